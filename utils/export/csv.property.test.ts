import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeNote, quote } from '../search/test-notes';
import { CSV_COLUMNS, neutraliseCell, notesToCsv } from './csv';

/** A strict RFC 4180 reader, written independently of the writer, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        cell += ch;
        i++;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (ch === '"' || ch === '\r' || ch === '\n') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

describe('CSV (property)', () => {
  it('every quote and note reads back as exactly its neutralised text, and no cell starts a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'grapheme' }), (q, n) => {
        const csv = notesToCsv([makeNote({ id: 'x', quote: quote(q), note: n })]);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const rows = parseCsv(csv.slice(1));
        expect(rows).toHaveLength(2);
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        const row = rows[1] as string[];
        expect(row).toHaveLength(CSV_COLUMNS.length);
        expect(row[CSV_COLUMNS.indexOf('quote')]).toBe(neutraliseCell(q));
        expect(row[CSV_COLUMNS.indexOf('note')]).toBe(neutraliseCell(n));
        for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });
});
