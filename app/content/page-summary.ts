/** What the popup's "This page" view shows: the concepts found here with counts, the page's kind, its missions. */
import type { PageSummary } from '../../utils/messages/protocol';
import type { MissionInfo } from '../../utils/notes/types';
import { normalizeUrl } from '../../utils/notes/url';
import { findPostTextRoots, postOf, readPostContext } from '../../utils/sites/weibo/post';
import { dominantLanguage } from '../../utils/text/language';

interface ScannerView {
  countsByConcept(): Map<string, number>;
}

/** The first `max` characters of visible-ish text, without reading (or laying out) a whole long page. */
function leadingText(root: Element, max: number): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script, style, noscript, textarea')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let out = '';
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) out += n.nodeValue ?? '';
  return out.slice(0, max);
}

export function buildPageSummary(input: { scanner: ScannerView; isWeibo: boolean; noteUrls: string[] }): PageSummary {
  const concepts = [...input.scanner.countsByConcept()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const missions = new Map<string, MissionInfo>();
  const urls = new Set(input.noteUrls);
  let kind: PageSummary['kind'] = 'article';
  if (input.isWeibo) {
    const roots = findPostTextRoots(document);
    kind = roots.length === 1 || /\/(detail|status)\//.test(location.pathname) ? 'weibo-post' : 'weibo-timeline';
    for (const root of roots) {
      const post = postOf(root);
      const ctx = post ? readPostContext(post, { href: location.href }) : null;
      if (!ctx) continue;
      urls.add(ctx.permalink);
      if (ctx.mission)
        missions.set(`${ctx.mission.countryCode}|${ctx.mission.missionType}|${ctx.mission.city ?? ''}`, ctx.mission);
    }
  } else {
    urls.add(normalizeUrl(location.href));
  }
  const sample = leadingText(document.body, 4000);
  return {
    url: normalizeUrl(location.href),
    title: document.title,
    kind,
    concepts,
    missions: [...missions.values()],
    language: dominantLanguage(sample),
    noteUrls: [...urls],
  };
}
