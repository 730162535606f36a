import type { NoteRecord, PostRef } from '../notes/types';
import { authorLabel } from '../sites/platforms';

const BOM = '\uFEFF';

/**
 * A spreadsheet evaluates a cell starting with = + - @ (or a tab/CR that hides one) as a formula.
 * A leading apostrophe makes it plain text (OWASP CSV injection guidance).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote when the cell holds a comma, quote, CR or LF; double inner quotes. */
export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const CSV_COLUMNS = [
  'id',
  'created',
  'updated',
  'url',
  'pageTitle',
  'site',
  'quote',
  'note',
  'tags',
  'concepts',
  'color',
  'lang',
  'country',
  'platform',
  'author',
  'account',
  'missionType',
  'permalink',
  'published',
  'quotedAuthor',
  'quotedCountry',
  'quotedPermalink',
  'quotedByAuthor',
  'quotedByPermalink',
  'anchorStatus',
  'archived',
] as const;

const author = (p: PostRef | undefined) => (p ? authorLabel(p.platform, p.author) : '');

function row(note: NoteRecord): string[] {
  const c = note.context;
  return [
    note.id,
    new Date(note.createdAt).toISOString(),
    new Date(note.updatedAt).toISOString(),
    note.url,
    note.pageTitle,
    note.site,
    note.quote.exact,
    note.note,
    note.tags.join('; '),
    note.conceptIds.join('; '),
    note.color,
    note.lang,
    note.country,
    c?.platform ?? '',
    author(c),
    c?.author.id ?? '',
    c?.author.mission?.missionType ?? '',
    c?.permalink ?? '',
    c?.publishedAt ?? '',
    author(c?.quoted),
    c?.quoted?.author.mission?.countryCode ?? '',
    c?.quoted?.permalink ?? '',
    author(c?.quotedBy),
    c?.quotedBy?.permalink ?? '',
    note.anchorStatus,
    String(note.archived),
  ];
}

/** UTF-8 CSV with a BOM (so Excel reads Chinese correctly), CRLF line ends, one note per row. */
export function notesToCsv(notes: readonly NoteRecord[]): string {
  const lines = [[...CSV_COLUMNS], ...notes.map(row)].map((cells) =>
    cells.map((c) => quoteCell(neutraliseCell(c))).join(','),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
