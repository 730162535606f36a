/**
 * Mission badges: a small country + mission-type chip beside the author of each post a diplomatic mission wrote (and
 * of each quoted or reposted post), kept inside the post's card. They are drawn in our overlay, positioned over the page, not inserted into the site's own
 * DOM: timelines are framework-managed recycled lists, and foreign nodes inside them could break their patching.
 */
import type { BadgeState, ContentState } from '../../components/content/state';
import type { SiteAdapter } from '../../utils/sites/types';
import type { Store } from '../../utils/state/store';

export interface MissionBadges {
  refresh(): void;
  destroy(): void;
}

interface Ink {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * Where an element's text and icons are actually drawn (the union of its text runs and images), which is what a
 * badge must clear: a name in a block-level heading has a box as wide as the card.
 */
function inkRect(el: Element): Ink {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let ink: Ink | null = null;
  const addRect = (r: DOMRect | DOMRectReadOnly) => {
    if (r.width === 0 && r.height === 0) return;
    ink = ink
      ? {
          left: Math.min(ink.left, r.left),
          right: Math.max(ink.right, r.right),
          top: Math.min(ink.top, r.top),
          bottom: Math.max(ink.bottom, r.bottom),
          width: 0,
          height: 0,
        }
      : { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: 0, height: 0 };
  };
  const range = doc.createRange();
  let n = 0;
  for (let node = walker.currentNode; node && n < 60; node = walker.nextNode() as Node, n++) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!(node as Text).data.trim()) continue;
      range.selectNodeContents(node);
      addRect(range.getBoundingClientRect());
    } else if (node !== el && /^(?:IMG|SVG|svg|I)$/.test((node as Element).tagName)) {
      addRect((node as Element).getBoundingClientRect());
    }
  }
  const found = ink as Ink | null;
  if (!found) {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  }
  return { ...found, width: found.right - found.left, height: found.bottom - found.top };
}

/**
 * Badge positions for posts near the viewport. `candidates` are the post text roots an IntersectionObserver says
 * are on screen: a long timeline has thousands of posts, and measuring each would force layout for all of them.
 * A badge sits beside the author's name row, inside the post's card; where the row has no room, under the name.
 */
export function computeBadges(
  candidates: Iterable<Element>,
  adapter: SiteAdapter,
  href: string,
  viewportHeight: number,
): BadgeState[] {
  const out: BadgeState[] = [];
  const seen = new Set<Element>();
  for (const root of candidates) {
    if (!root.isConnected) continue;
    const name = adapter.authorElement(root);
    if (!name || seen.has(name)) continue;
    seen.add(name);
    const rect = inkRect(name);
    if (rect.width === 0 || rect.bottom < 0 || rect.top > viewportHeight) continue;
    const ctx = adapter.postContext(root, href);
    const mission = ctx?.author.mission;
    if (!ctx || !mission) continue;
    // Beside the whole name row (verified/VIP icons follow the name), not over it: only what is drawn counts, not
    // the boxes (a name in a block-level heading has a box as wide as the card).
    const row = name.closest('a')?.parentElement ?? name.parentElement;
    let right = rect.right;
    for (const child of row?.children ?? []) {
      if (child.contains(name) && child !== name && !name.contains(child)) continue;
      const r = inkRect(child);
      if (r.width > 0 && r.right > right && r.top < rect.bottom && r.bottom > rect.top) right = r.right;
    }
    const card = (adapter.postCard(root) ?? root.parentElement)?.getBoundingClientRect();
    const cardLeft = card && card.width > 0 ? card.left : rect.left;
    const maxRight = card && card.width > 0 ? card.right - 8 : Number.POSITIVE_INFINITY;
    out.push({
      key: `${ctx.platform}:${ctx.postId}${ctx.quotedBy ? `<${ctx.quotedBy.postId}` : ''}`,
      mission,
      left: Math.round(right + 6),
      top: Math.round(rect.top + rect.height / 2 - 11),
      below: { left: Math.round(Math.max(rect.left, cardLeft + 4)), top: Math.round(rect.bottom + 2) },
      maxRight: Math.round(maxRight),
      ...(ctx.quotedBy ? { quoted: true } : {}),
    });
  }
  return out;
}

function sameBadges(a: BadgeState[], b: BadgeState[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return (
        x.key === y?.key &&
        x.left === y.left &&
        x.top === y.top &&
        x.maxRight === y.maxRight &&
        x.below.left === y.below.left &&
        x.below.top === y.below.top
      );
    })
  );
}

export function createMissionBadges(deps: {
  store: Store<ContentState>;
  adapter: SiteAdapter;
  href(): string;
  /** The post text roots now in the page (memoised per page change by the caller). */
  postRoots(): readonly Element[];
}): MissionBadges {
  let frame = 0;
  const onScreen = new Set<Element>();
  const observed = new WeakSet<Element>();
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) onScreen.add(e.target);
        else onScreen.delete(e.target);
      }
      schedule();
    },
    { rootMargin: '200px 0px' },
  );
  const observeNewRoots = () => {
    for (const root of deps.postRoots()) {
      if (observed.has(root)) continue;
      observed.add(root);
      io.observe(root);
    }
  };
  function update(): void {
    frame = 0;
    for (const el of onScreen) if (!el.isConnected) onScreen.delete(el);
    const next = computeBadges(onScreen, deps.adapter, deps.href(), window.innerHeight);
    if (!sameBadges(next, deps.store.get().badges)) deps.store.set({ badges: next });
  }
  window.addEventListener('scroll', schedule, { passive: true, capture: true });
  window.addEventListener('resize', schedule, { passive: true });
  return {
    refresh() {
      observeNewRoots();
      schedule();
    },
    destroy() {
      io.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      deps.store.set({ badges: [] });
    },
  };
}
