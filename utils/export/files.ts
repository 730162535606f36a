import type { NoteRecord } from '../notes/types';
import { createBackup } from './backup';
import { notesToCsv } from './csv';
import { type MarkdownOptions, notesToMarkdown } from './markdown';
import { notesToW3C } from './w3c';

export type ExportFormat = 'markdown' | 'csv' | 'w3c' | 'backup';

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

function stamp(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** A safe filename fragment from a page's host ("Export this page"). */
function pagePart(url: string): string {
  try {
    return `-${new URL(url).hostname.replace(/^www\./, '').replace(/[^a-z0-9.-]/gi, '_')}`;
  } catch {
    return '-page';
  }
}

/**
 * The file for one format. Pass `pageUrl` to export only that page's notes ("Export this page");
 * the notes are filtered here so callers cannot mix pages by mistake.
 */
export function buildExport(
  format: ExportFormat,
  allNotes: readonly NoteRecord[],
  options: { now?: number; pageUrl?: string; markdown?: MarkdownOptions } = {},
): ExportFile {
  const now = options.now ?? Date.now();
  const notes = options.pageUrl === undefined ? allNotes : allNotes.filter((n) => n.url === options.pageUrl);
  const base = `diplolens${options.pageUrl === undefined ? '' : pagePart(options.pageUrl)}-${stamp(now)}`;
  switch (format) {
    case 'markdown':
      return {
        filename: `${base}.md`,
        mimeType: 'text/markdown;charset=utf-8',
        content: notesToMarkdown(notes, { exportedAt: now, ...options.markdown }),
      };
    case 'csv':
      return { filename: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', content: notesToCsv(notes) };
    case 'w3c':
      return {
        filename: `${base}.annotations.jsonld`,
        mimeType: 'application/ld+json;charset=utf-8',
        content: `${JSON.stringify(notesToW3C(notes), null, 2)}\n`,
      };
    case 'backup':
      return {
        filename: `${base}.backup.json`,
        mimeType: 'application/json;charset=utf-8',
        content: `${JSON.stringify(createBackup(notes, now), null, 2)}\n`,
      };
  }
}
