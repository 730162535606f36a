/**
 * Citations for notes, collected posts and the papers behind the concept cards: a reference in a chosen style
 * (text to paste, HTML to keep italics), or a file for a reference manager. Loaded with a dynamic import by the
 * pages that cite, so neither the content script nor the popup's first load carries the engine.
 */
import { formatReferences, toBibtex, toCslJson, toRis } from './engine';
import { type CiteSource, cslItem, type ItemOptions } from './items';
import type { CitationFormat, CitationStyle } from './styles';

export type { CiteSource } from './items';

/** One reference per source, in the style, as text (for the clipboard's text/plain) and HTML (text/html). */
export function references(
  sources: readonly CiteSource[],
  style: CitationStyle,
  options: ItemOptions = {},
): { text: string[]; html: string[] } {
  const items = sources.map((s) => cslItem(s, style, options));
  return { text: formatReferences(items, style, 'text'), html: formatReferences(items, style, 'html') };
}

export interface CitationFile {
  filename: string;
  mimeType: string;
  content: string;
}

/** A reference-manager file (Zotero imports all three) of the sources. */
export function citationFile(
  sources: readonly CiteSource[],
  format: CitationFormat,
  options: ItemOptions & { now?: number; name?: string } = {},
): CitationFile {
  const items = sources.map((s) => cslItem(s, 'neutral', options));
  const base = `${options.name ?? 'diplolens-citations'}-${new Date(options.now ?? Date.now()).toISOString().slice(0, 10)}`;
  switch (format) {
    case 'bibtex':
      return { filename: `${base}.bib`, mimeType: 'application/x-bibtex;charset=utf-8', content: toBibtex(items) };
    case 'ris':
      return {
        filename: `${base}.ris`,
        mimeType: 'application/x-research-info-systems;charset=utf-8',
        content: toRis(items),
      };
    case 'csl-json':
      return {
        filename: `${base}.csl.json`,
        mimeType: 'application/vnd.citationstyles.csl+json;charset=utf-8',
        content: toCslJson(items),
      };
  }
}

/** A reference in several styles at once (the Markdown export and the citation menu's preview). */
export function referenceText(source: CiteSource, style: CitationStyle, options: ItemOptions = {}): string {
  return references([source], style, options).text[0] ?? '';
}
