/**
 * Formats citations with Citation.js and citeproc-js (the CSL processor Zotero uses) and the official CSL styles
 * bundled as data (csl/). Loaded only by the extension's pages that cite (Insights, and the popup and options on
 * demand, through a dynamic import): the content script never carries it. citeproc-js runs without eval, so the
 * extension pages' CSP (no 'unsafe-eval') holds.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-author-date.csl?raw';
import gbAuthorDate from './csl/china-national-standard-gb-t-7714-2015-author-date.csl?raw';
import gbNumeric from './csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import enUS from './csl/locales-en-US.xml?raw';
import zhCN from './csl/locales-zh-CN.xml?raw';
import type { CslItem } from './items';
import { type CitationStyle, styleLanguage } from './styles';

const STYLE_XML: Record<CitationStyle, string> = {
  'gb-t-7714-2015-numeric': gbNumeric,
  'gb-t-7714-2015-author-date': gbAuthorDate,
  'apa-7': apa,
  'chicago-author-date': chicago,
};

/** Our names for the styles inside Citation.js (prefixed: its own bundled "apa" is an older copy). */
const templateOf = (style: CitationStyle) => `diplolens-${style}`;

let ready = false;
function setup(): void {
  if (ready) return;
  const csl = plugins.config.get('@csl');
  for (const [style, xml] of Object.entries(STYLE_XML)) csl.styles.add(templateOf(style as CitationStyle), xml);
  csl.locales.add('en-US', enUS);
  csl.locales.add('zh-CN', zhCN);
  // Chinese titles and names stay as written in BibTeX (biber and Zotero read UTF-8), not dropped as non-ASCII.
  const bibtex = plugins.config.get('@bibtex');
  bibtex.format.asciiOnly = false;
  ready = true;
}

/** Strips the numeric style's "[1] " label: a copied reference is numbered where it is pasted. */
function unnumbered(entry: string): string {
  return entry.replace(/^\[\d+\]\s*/, '');
}

/** One reference-list entry per item, in the given style, as plain text or HTML. */
export function formatReferences(
  items: readonly CslItem[],
  style: CitationStyle,
  format: 'text' | 'html' = 'text',
): string[] {
  setup();
  const lang = styleLanguage(style) === 'zh' ? 'zh-CN' : 'en-US';
  return items.map((item) => {
    const out = new Cite(item).format('bibliography', { format, template: templateOf(style), lang }).trim();
    if (format === 'text') return unnumbered(out);
    return out.replace(/(<div class="csl-left-margin">)\[\d+\]\s*(<\/div>)/, '$1$2');
  });
}

export function toBibtex(items: readonly CslItem[]): string {
  setup();
  return new Cite(items.map(withLabel)).format('bibtex', { format: 'text' });
}

export function toRis(items: readonly CslItem[]): string {
  setup();
  return unwrapRis(new Cite(items).format('ris', { format: 'text' }));
}

/**
 * Citation.js breaks RIS values every 70 characters, mid-word; RIS readers take a line without a tag as the previous
 * value's continuation but disagree on the joining space. Our values never hold a line break, so lines are rejoined.
 */
export function unwrapRis(ris: string): string {
  const out: string[] = [];
  for (const line of ris.split('\n')) {
    const last = out.length - 1;
    if (last >= 0 && line !== '' && !/^[A-Z][A-Z0-9] {2}- /.test(line) && out[last] !== '') out[last] += line;
    else out.push(line);
  }
  return out.join('\n');
}

/** CSL-JSON as Zotero imports it (a list of items). */
export function toCslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** BibTeX's entry label is the item's citation key. */
function withLabel(item: CslItem): CslItem {
  return item['citation-key'] ? item : { ...item, 'citation-key': item.id.replace(/[^A-Za-z0-9]/g, '') };
}
