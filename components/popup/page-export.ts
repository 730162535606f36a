import { buildExport, type ExportFile, type MarkdownOptions } from '../../utils/export';
import type { PageSummary } from '../../utils/messages/protocol';
import type { NoteRecord } from '../../utils/notes/types';

/** The reader's notes on this page: on Weibo those of every post shown (their permalinks are in noteUrls). */
export function notesOnPage(notes: readonly NoteRecord[], summary: Pick<PageSummary, 'noteUrls'>): NoteRecord[] {
  const urls = new Set(summary.noteUrls);
  return notes.filter((n) => urls.has(n.url));
}

/**
 * "Export this page" as Markdown. The notes are chosen by the summary's URLs (a Weibo timeline's notes live
 * at the posts' permalinks, not at the timeline's URL); the file is named after the page's host.
 */
export function pageExportFile(
  summary: Pick<PageSummary, 'url' | 'noteUrls'>,
  notes: readonly NoteRecord[],
  now: number,
  markdown: MarkdownOptions = {},
): ExportFile {
  const file = buildExport('markdown', notesOnPage(notes, summary), { now, markdown });
  let host = 'page';
  try {
    host = new URL(summary.url).hostname.replace(/^www\./, '').replace(/[^a-z0-9.-]/gi, '_') || 'page';
  } catch {
    // keep "page"
  }
  return { ...file, filename: file.filename.replace(/^diplolens-/, `diplolens-${host}-`) };
}
