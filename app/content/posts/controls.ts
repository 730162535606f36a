/**
 * The collect controls: a small "Collect" chip at the right of each post's author line, for posts near the
 * viewport, drawn in our overlay (the closed shadow root), never inside the site's own DOM — timelines are
 * framework-managed recycled lists. Whether each post is already collected is asked of the background (the page
 * cannot read it: our UI is closed to it).
 */
import type { CollectControlState, ContentState } from '../../../components/content/state';
import { postKey } from '../../../utils/posts/key';
import type { SiteAdapter } from '../../../utils/sites/types';
import type { Store } from '../../../utils/state/store';

/** Space left at the card's right edge for the site's own menu (Weibo's ∨, X's ⋯). */
const RIGHT_GAP = 44;

export interface PlacedControl {
  control: Omit<CollectControlState, 'collected' | 'busy'>;
  root: Element;
}

/** Where each post's control goes, for post roots an IntersectionObserver says are near the viewport. */
export function placeControls(
  candidates: Iterable<Element>,
  adapter: SiteAdapter,
  href: string,
  viewportHeight: number,
): PlacedControl[] {
  const out: PlacedControl[] = [];
  const seen = new Set<string>();
  for (const root of candidates) {
    if (!root.isConnected) continue;
    const card = adapter.postCard(root);
    if (!card) continue;
    const box = card.getBoundingClientRect();
    if (box.width === 0 || box.bottom < 0 || box.top > viewportHeight) continue;
    const ctx = adapter.postContext(root, href);
    if (!ctx) continue;
    const key = postKey(ctx);
    if (seen.has(key)) continue;
    seen.add(key);
    // On the author's line (a quoted post's author line is lower in the same card), else at the card's top.
    const name = adapter.authorElement(root)?.getBoundingClientRect();
    const top = name && name.height > 0 ? name.top + name.height / 2 - 12 : box.top + 10;
    if (top < -24 || top > viewportHeight) continue;
    out.push({
      control: {
        key,
        author: ctx.author.name || ctx.author.id,
        left: Math.round(box.right - RIGHT_GAP),
        top: Math.round(top),
      },
      root,
    });
  }
  return out;
}

function same(a: readonly CollectControlState[], b: readonly CollectControlState[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return (
        y && x.key === y.key && x.left === y.left && x.top === y.top && x.collected === y.collected && x.busy === y.busy
      );
    })
  );
}

export interface CollectControls {
  refresh(): void;
  /** The post a shown control stands for. */
  rootOf(key: string): Element | undefined;
  setBusy(key: string, busy: boolean): void;
  markCollected(keys: string[]): void;
  /** Collected posts changed somewhere: ask again. */
  forget(): void;
  destroy(): void;
}

export function createCollectControls(deps: {
  store: Store<ContentState>;
  adapter: SiteAdapter;
  href(): string;
  postRoots(): readonly Element[];
  /** Which of these keys are collected. */
  status(keys: string[]): Promise<string[]>;
}): CollectControls {
  let frame = 0;
  const onScreen = new Set<Element>();
  const observed = new WeakSet<Element>();
  const roots = new Map<string, Element>();
  const known = new Map<string, boolean>();
  const busy = new Set<string>();
  let asking: Promise<void> | null = null;
  let generation = 0;
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

  function ask(keys: string[]): void {
    const unknown = keys.filter((k) => !known.has(k));
    if (unknown.length === 0 || asking) return;
    const gen = generation;
    asking = deps
      .status(unknown)
      .then((collected) => {
        if (gen !== generation) return;
        const yes = new Set(collected);
        for (const k of unknown) known.set(k, yes.has(k));
      })
      .finally(() => {
        asking = null;
        schedule();
      });
  }

  function update(): void {
    frame = 0;
    for (const el of onScreen) if (!el.isConnected) onScreen.delete(el);
    const placed = placeControls(onScreen, deps.adapter, deps.href(), window.innerHeight);
    roots.clear();
    const next: CollectControlState[] = placed.map(({ control, root }) => {
      roots.set(control.key, root);
      return { ...control, collected: known.get(control.key) === true, busy: busy.has(control.key) };
    });
    ask(next.map((c) => c.key));
    if (!same(next, deps.store.get().collects)) deps.store.set({ collects: next });
  }

  window.addEventListener('scroll', schedule, { passive: true, capture: true });
  window.addEventListener('resize', schedule, { passive: true });
  return {
    refresh() {
      for (const root of deps.postRoots()) {
        if (observed.has(root)) continue;
        observed.add(root);
        io.observe(root);
      }
      schedule();
    },
    rootOf: (key) => roots.get(key),
    setBusy(key, on) {
      if (on) busy.add(key);
      else busy.delete(key);
      schedule();
    },
    markCollected(keys) {
      for (const k of keys) known.set(k, true);
      schedule();
    },
    forget() {
      generation++;
      known.clear();
      schedule();
    },
    destroy() {
      io.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      deps.store.set({ collects: [] });
    },
  };
}
