/** What the popup's "This page" view shows: the concepts found here with counts, the page's kind, its missions. */
import type { PageInterference, PageSummary } from '../../utils/messages/protocol';
import type { MissionInfo } from '../../utils/notes/types';
import { normalizeUrl } from '../../utils/notes/url';
import type { SiteAdapter } from '../../utils/sites/types';
import { dominantLanguage } from '../../utils/text/language';

interface ScannerView {
  countsByConcept(): Map<string, number>;
}

/** The first `max` characters of visible-ish text, without reading (or laying out) a whole long page. */
function leadingText(root: Element, max: number): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script, style, noscript, textarea')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let out = '';
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) out += n.nodeValue ?? '';
  return out.slice(0, max);
}

const missionKey = (m: MissionInfo) => `${m.countryCode}|${m.missionType}|${m.city ?? ''}|${m.host?.code ?? ''}`;

export function buildPageSummary(input: {
  scanner: ScannerView;
  adapter: SiteAdapter;
  postRoots: readonly Element[];
  noteUrls: string[];
  /** The page (tests pass their own). */
  doc?: Document;
  href?: string;
  interference?: readonly PageInterference[];
}): PageSummary {
  const { adapter } = input;
  const doc = input.doc ?? document;
  const href = input.href ?? location.href;
  const concepts = [...input.scanner.countsByConcept()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const missions = new Map<string, MissionInfo>();
  const urls = new Set(input.noteUrls);
  for (const root of input.postRoots) {
    const ctx = adapter.postContext(root, href);
    if (!ctx) continue;
    urls.add(ctx.permalink);
    for (const m of [ctx.author.mission, ctx.quoted?.author.mission]) if (m) missions.set(missionKey(m), m);
  }
  if (adapter.articleRoot(doc)) urls.add(normalizeUrl(href));
  // An article's own context (a WeChat article, a ministry page, a mission's website) may name a mission too.
  const article = adapter.articleContext?.(doc, href)?.author.mission;
  if (article) missions.set(missionKey(article), article);
  const sample = leadingText(doc.body, 4000);
  return {
    url: normalizeUrl(href),
    title: doc.title,
    site: adapter.id,
    platform: adapter.platform,
    kind: adapter.pageKind(new URL(href), input.postRoots),
    concepts,
    missions: [...missions.values()],
    language: dominantLanguage(sample),
    noteUrls: [...urls],
    ...(input.interference?.length ? { interference: [...input.interference] } : {}),
  };
}
