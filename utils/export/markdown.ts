import type { NoteRecord } from '../notes/types';
import { isWebUrl } from '../notes/url';
import { groupByPage } from '../search/group';
import { authorLabel, PLATFORM_NAMES } from '../sites/platforms';

export interface MarkdownOptions {
  /** Display name for a concept id, used inside [[ ]] links; defaults to the id. */
  conceptName?: (id: string) => string;
  /** Heading of the document. */
  title?: string;
  exportedAt?: number;
  /** The reference of the post (or page) a note was taken from, in the reader's citation style (utils/cite). */
  citation?: (note: NoteRecord) => string;
}

/** Obsidian tags cannot contain spaces or most punctuation; keep letters (any script), digits, _ - /. */
export function toObsidianTag(tag: string): string {
  const cleaned = tag
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/[^\p{L}\p{N}_\-/]/gu, '');
  if (cleaned === '') return '';
  // An all-digit tag is not a tag in Obsidian.
  return /^\d+$/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** Wiki-link targets name a note file: drop what Obsidian refuses in links or file names ([ ] | # ^ \\ / : * ? " < >). */
export function wikiLink(name: string): string {
  return `[[${name
    .replace(/[[\]|#^\\/:*?"<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()}]]`;
}

/**
 * Page and reader text is data, never markup: Markdown's inline syntax and raw HTML (`<img onerror>`, `[x](javascript:…)`)
 * are escaped so a viewer shows them as typed and runs nothing.
 */
export function mdText(s: string): string {
  return s.replace(/[\\`*_[\]<>!|]/g, '\\$&');
}

/**
 * A page's address as Markdown: an autolink for a web page, with everything that could end the link or start
 * markup percent-encoded; anything else (an older version's javascript:, data:, file: or chrome: source) is plain,
 * escaped text that no viewer turns into a link.
 */
export function mdSource(url: string): string {
  if (!isWebUrl(url)) return `${mdText(url.replace(/\s+/g, ' ').slice(0, 200))} (not a web page; not linked)`;
  // The URL serialiser already encodes control characters; what remains that could end an autolink is encoded here.
  const href = new URL(url.trim()).href.replace(/[\s<>"'`\\]/g, (c) => encodeURIComponent(c));
  return `<${href}>`;
}

/** One line of Markdown text that must not start a heading/list or break out of a blockquote. */
function escapeHeading(s: string): string {
  return mdText(s.replace(/\s+/g, ' ').trim()) || 'Untitled';
}

function blockquote(text: string): string {
  return mdText(text)
    .split(/\r\n|\r|\n/)
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function noteBlock(note: NoteRecord, conceptName: (id: string) => string): string {
  const parts = [blockquote(note.quote.exact)];
  // A note line starting with # or > would become a heading or join the quote.
  if (note.note.trim() !== '') parts.push(mdText(note.note.trim()).replace(/^([#])/gm, '\\$1'));
  const meta: string[] = [];
  const tags = note.tags.map(toObsidianTag).filter((t) => t !== '');
  if (tags.length > 0) meta.push(tags.map((t) => `#${t}`).join(' '));
  if (note.conceptIds.length > 0) meta.push(note.conceptIds.map((id) => wikiLink(conceptName(id))).join(' '));
  meta.push(`${note.color} · ${new Date(note.createdAt).toISOString().slice(0, 10)}`);
  parts.push(meta.join(' · '));
  return parts.join('\n\n');
}

/**
 * Obsidian-friendly Markdown: one section per page (title + source URL), each highlight as a blockquote,
 * then the note, #tags and [[Concept]] links. Notes within a page follow their order on the page.
 */
export function notesToMarkdown(notes: readonly NoteRecord[], options: MarkdownOptions = {}): string {
  const conceptName = options.conceptName ?? ((id: string) => id);
  const sorted = [...notes].sort((a, b) => b.createdAt - a.createdAt);
  const out: string[] = [`# ${options.title ?? 'DiploLens notes'}`];
  if (options.exportedAt !== undefined) out.push(`Exported ${new Date(options.exportedAt).toISOString()}`);
  for (const page of groupByPage(sorted)) {
    const first = page.notes[0];
    const lines = [`## ${escapeHeading(page.title)}`, '', `Source: ${mdSource(page.key)}`];
    const c = first?.context;
    if (c) {
      const by = c.quotedBy ? ` (quoted by ${mdText(authorLabel(c.quotedBy.platform, c.quotedBy.author))})` : '';
      const when = c.publishedAt ? ` · ${mdText(c.publishedAt)}` : '';
      lines.push(`${PLATFORM_NAMES[c.platform].en}: ${mdText(authorLabel(c.platform, c.author))}${when}${by}`);
    }
    const reference = first && options.citation ? options.citation(first).trim() : '';
    if (reference) lines.push(`Cite: ${mdText(reference)}`);
    const inPage = [...page.notes].sort((a, b) => a.position.start - b.position.start || a.createdAt - b.createdAt);
    out.push([lines.join('\n'), ...inPage.map((n) => noteBlock(n, conceptName))].join('\n\n'));
  }
  return `${out.join('\n\n')}\n`;
}
