/**
 * Mission badges: a small country + mission-type chip beside the author of each post a foreign mission wrote (and
 * of each quoted post). They are drawn in our overlay, positioned over the page, not inserted into the site's own
 * DOM: timelines are framework-managed recycled lists, and foreign nodes inside them could break their patching.
 */
import type { BadgeState, ContentState } from '../../components/content/state';
import type { SiteAdapter } from '../../utils/sites/types';
import type { Store } from '../../utils/state/store';

export interface MissionBadges {
  refresh(): void;
  destroy(): void;
}

/**
 * Badge positions for posts near the viewport. `candidates` are the post text roots an IntersectionObserver says
 * are on screen: a long timeline has thousands of posts, and measuring each would force layout for all of them.
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
    const rect = name.getBoundingClientRect();
    if (rect.width === 0 || rect.bottom < 0 || rect.top > viewportHeight) continue;
    // Beside the whole name row (verified/VIP icons follow the name), not over it.
    const row = name.closest('a')?.parentElement ?? name.parentElement;
    let right = rect.right;
    for (const child of row?.children ?? []) {
      const r = child.getBoundingClientRect();
      if (r.width > 0 && r.right > right && r.top < rect.bottom && r.bottom > rect.top) right = r.right;
    }
    const ctx = adapter.postContext(root, href);
    const mission = ctx?.author.mission;
    if (!ctx || !mission) continue;
    out.push({
      key: `${ctx.platform}:${ctx.postId}`,
      mission,
      left: Math.round(right + 6),
      top: Math.round(rect.top + rect.height / 2 - 11),
    });
  }
  return out;
}

function sameBadges(a: BadgeState[], b: BadgeState[]): boolean {
  return (
    a.length === b.length && a.every((x, i) => x.key === b[i]?.key && x.left === b[i]?.left && x.top === b[i]?.top)
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
