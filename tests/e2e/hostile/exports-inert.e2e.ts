/**
 * Threat: note and page text written to execute where it is exported — a spreadsheet formula in CSV, HTML or a
 * javascript: link in Markdown, a broken JSON string. Pure tests of the export functions (no browser).
 */
import { describe, expect, it } from 'vitest';
import { notesToCsv, notesToMarkdown, notesToW3C } from '../../../utils/export/index';
import { makeRecord } from '../../../utils/notes/fixtures';
import type { NoteRecord } from '../../../utils/notes/types';
import { EVIL_NOTE } from './helpers';

const RLO = '\u202E';
const LONG = `数字外交${'x'.repeat(199_992)}数字主权`;

const notes: NoteRecord[] = [
  makeRecord({
    id: 'evil-1',
    pageTitle: "=cmd|' /C calc'!A0 <script>alert(1)</script>",
    quote: {
      type: 'TextQuoteSelector',
      exact: '数字外交 <img src=x onerror=alert(1)> 网络外交',
      prefix: '',
      suffix: '',
    },
    note: EVIL_NOTE,
    tags: ['+SUM(1,1)', '-1+1', '@SUM(A1)', '\t=1', `${RLO}gnp.exe`, '<b>x</b>'],
  }),
  makeRecord({
    id: 'evil-2',
    url: 'https://www.mfa.gov.cn/hostile/injection.html',
    pageTitle: `# heading ${RLO}txt.exe <img src=x onerror=alert(2)>`,
    quote: { type: 'TextQuoteSelector', exact: "@SUM(1+1)*cmd|' /C calc'!A0", prefix: '', suffix: '' },
    note: '-2+3\n> quote break\n# heading\n[click](javascript:alert(1))\n<a href="javascript:alert(1)">x</a>',
    tags: [],
  }),
  makeRecord({ id: 'long-1', quote: { type: 'TextQuoteSelector', exact: LONG, prefix: '', suffix: '' }, note: LONG }),
];

/** RFC 4180 reader, written independently of the exporter. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('CSV export of hostile notes', () => {
  const csv = notesToCsv(notes);
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));

  it('neutralises every cell a spreadsheet would run as a formula (= + - @ tab CR)', () => {
    expect(rows).toHaveLength(1 + notes.length);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const [, evil] = rows;
    expect(evil?.[4]).toBe(`'=cmd|' /C calc'!A0 <script>alert(1)</script>`);
    expect(evil?.[8]).toBe(`'+SUM(1,1); -1+1; @SUM(A1); \t=1; ${RLO}gnp.exe; <b>x</b>`);
    expect(rows[2]?.[6]).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0`);
    expect(rows[2]?.[7]?.startsWith(`'-2+3`)).toBe(true);
  });

  it('keeps markup, RTL overrides and 200 000 characters exactly (only the apostrophe is added)', () => {
    expect(rows[1]?.[7]).toBe(EVIL_NOTE);
    expect(rows[1]?.[6]).toBe('数字外交 <img src=x onerror=alert(1)> 网络外交');
    expect(rows[3]?.[6]).toBe(LONG);
    expect(rows[3]?.[7]).toBe(LONG);
  });
});

describe('Markdown export of hostile notes', () => {
  const md = notesToMarkdown(notes);
  const lines = md.split('\n');

  it('does not let a note or title start a heading or leave its blockquote', () => {
    const headings = lines.filter((l) => /^#{1,6} /.test(l));
    // The document title and one heading per page; nothing from note text.
    expect(headings).toEqual(['# DiploLens notes', expect.stringMatching(/^## /), expect.stringMatching(/^## /)]);
    expect(md).toContain('\\# heading');
    expect(md).toContain('\\> quote break');
  });

  it('keeps the 200 000-character quote and the RTL override intact', () => {
    expect(md).toContain(`> ${LONG}`);
    expect(md).toContain(`${RLO}gnp.exe`);
  });

  it('emits no raw HTML tag from page or note text', () => {
    // Source lines are autolinks (<https://…>); any other unescaped "<letter" opens an HTML tag in CommonMark
    // renderers (a backslash-escaped "\<" or an entity "&lt;" is text).
    const offending = lines.filter((l) => !l.startsWith('Source: <') && /(?<!\\)<[a-z/!?]/i.test(l));
    expect(offending).toEqual([]);
  });

  it('emits no javascript: link', () => {
    expect(lines.filter((l) => /(?<!\\)\]\(\s*javascript:/i.test(l))).toEqual([]);
  });
});

describe('W3C JSON export of hostile notes', () => {
  it('is valid JSON that gives back every string exactly', () => {
    const json = JSON.stringify(notesToW3C(notes));
    const back = JSON.parse(json) as ReturnType<typeof notesToW3C>;
    expect(back.total).toBe(3);
    const [evil, , long] = back.first.items;
    expect(evil?.body?.[0]?.value).toBe(EVIL_NOTE);
    expect(evil?.target.selector[0].exact).toBe('数字外交 <img src=x onerror=alert(1)> 网络外交');
    expect(evil?.body?.map((b) => b.value)).toContain(`${RLO}gnp.exe`);
    expect(long?.target.selector[0].exact).toBe(LONG);
    expect(long?.body?.[0]?.value).toBe(LONG);
    // Control characters (the tab in a tag included) must be escaped inside JSON strings.
    expect([...json].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false);
  });
});
