/**
 * Mission badges on Weibo: a small flag + country + mission type beside the name of each foreign mission's post.
 * They are drawn in our overlay (positioned over the page), not inserted into Weibo's own DOM: the timeline is a
 * Vue-managed recycled list, and foreign nodes inside it could break its patching.
 */

import type { BadgeState, ContentState } from '../../components/content/state';
import { postOf, readPostContext } from '../../utils/sites/weibo/post';
import { M_AUTHOR_NAME, WB_AUTHOR_LINK, WB_AUTHOR_NAME } from '../../utils/sites/weibo/selectors';
import type { Store } from '../../utils/state/store';

export interface WeiboBadges {
  refresh(): void;
  destroy(): void;
}

function authorNameElement(post: Element): Element | null {
  return (
    post.querySelector(`${WB_AUTHOR_LINK} ${WB_AUTHOR_NAME}`) ??
    post.querySelector(M_AUTHOR_NAME) ??
    post.querySelector(`${WB_AUTHOR_LINK}:not(:has(img))`)
  );
}

/**
 * Badge positions for posts near the viewport. `candidates` are the post text roots an IntersectionObserver says
 * are on screen: a long timeline has thousands of posts, and measuring each would force layout for all of them.
 */
export function computeBadges(candidates: Iterable<Element>, href: string, viewportHeight: number): BadgeState[] {
  const out: BadgeState[] = [];
  const seen = new Set<Element>();
  for (const root of candidates) {
    if (!root.isConnected) continue;
    const post = postOf(root);
    if (!post || seen.has(post)) continue;
    seen.add(post);
    const name = authorNameElement(post);
    if (!name) continue;
    const rect = name.getBoundingClientRect();
    if (rect.width === 0 || rect.bottom < 0 || rect.top > viewportHeight) continue;
    // Beside the whole name row (verified/VIP icons follow the name), not over it.
    const row = name.closest('a')?.parentElement ?? name.parentElement;
    let right = rect.right;
    for (const child of row?.children ?? []) {
      const r = child.getBoundingClientRect();
      if (r.width > 0 && r.right > right && r.top < rect.bottom && r.bottom > rect.top) right = r.right;
    }
    const ctx = readPostContext(post, { href });
    if (!ctx?.mission) continue;
    out.push({
      key: ctx.mblogid,
      mission: ctx.mission,
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

export function createWeiboBadges(deps: {
  store: Store<ContentState>;
  isOurUi(t: EventTarget | null): boolean;
  href(): string;
  /** The post text roots now in the page (memoised per page change by the caller). */
  postRoots(): readonly Element[];
}): WeiboBadges {
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
    const next = computeBadges(onScreen, deps.href(), window.innerHeight);
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
