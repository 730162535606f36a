/**
 * Mission badges: a small country + mission-type chip beside the author of each post a diplomatic mission wrote (and
 * of each quoted or reposted post), kept inside the post's card. They are drawn in our overlay, positioned over the
 * page, not inserted into the site's own DOM: timelines are framework-managed recycled lists, and foreign nodes
 * inside them could break their patching.
 */
import type { BadgeState, ContentState } from '../../components/content/state';
import type { SiteAdapter } from '../../utils/sites/types';
import type { Store } from '../../utils/state/store';

export interface MissionBadges {
  refresh(): void;
  destroy(): void;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The boxes of what an element draws — its text runs, line by line, and its images and icons — which is what a
 * badge must clear: a name in a block-level heading has a box as wide as the card, its text does not.
 */
function inkBoxes(el: Element, limit = 80): Box[] {
  const doc = el.ownerDocument;
  const out: Box[] = [];
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const range = doc.createRange();
  for (let node: Node | null = walker.currentNode, n = 0; node && n < limit; node = walker.nextNode(), n++) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!(node as Text).data.trim()) continue;
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) if (r.width > 0) out.push(r);
    } else if (node !== el && /^(?:img|svg|i)$/i.test((node as Element).tagName)) {
      const r = (node as Element).getBoundingClientRect();
      if (r.width > 0) out.push(r);
    }
  }
  return out;
}

function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    right: Math.max(...boxes.map((b) => b.right)),
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** The last line of text a post shows (where a badge can sit after its last word), or null. */
function lastTextLine(root: Element): Box | null {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) last = n as Text;
  if (!last) return null;
  const range = doc.createRange();
  range.selectNodeContents(last);
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
  return rects[rects.length - 1] ?? null;
}

const BADGE_HEIGHT = 22;

/** A post's badge places relative to its card's top-left, kept while the card's size and text stay the same. */
interface Geometry {
  width: number;
  height: number;
  signature: string;
  nameTop: number;
  nameBottom: number;
  slots: { dx: number; dy: number; maxDx: number }[];
}
const geometries = new WeakMap<Element, Geometry>();

/** The places a badge may go for one post, in viewport px (measured: a few dozen text boxes). */
function measureSlots(
  root: Element,
  name: Element,
  nameBox: Box,
  adapter: SiteAdapter,
  cardEl: Element | null,
  card: DOMRect | undefined,
): BadgeState['slots'] {
  const hasCard = card !== undefined && card.width > 0;
  const maxRight = Math.round(hasCard ? card.right - 8 : Number.POSITIVE_INFINITY);
  const cardLeft = hasCard ? card.left + 4 : nameBox.left;
  const mid = (nameBox.top + nameBox.bottom) / 2;

  // After the author's row: whatever is drawn on the name's line in that row (verified icons, handle, time …).
  const row = adapter.authorRow?.(root) ?? name.closest('a')?.parentElement ?? name.parentElement ?? name;
  let rowRight = nameBox.right;
  for (const b of inkBoxes(row, 200)) {
    if (b.top < mid && b.bottom > mid && b.right > rowRight) rowRight = b.right;
  }
  // …and before whatever else the post draws on that line (X's "more" button, a follow button).
  let lineRight = maxRight;
  for (const b of cardEl ? inkBoxes(cardEl, 300) : []) {
    if (b.top < mid && b.bottom > mid && b.left >= rowRight + 2 && b.left - 6 < lineRight) lineRight = b.left - 6;
  }
  const slots: BadgeState['slots'] = [
    { left: Math.round(rowRight + 6), top: Math.round(mid - BADGE_HEIGHT / 2), maxRight: Math.round(lineRight) },
  ];
  // After the post's last line of text.
  const line = lastTextLine(root);
  if (line && (!hasCard || (line.top >= card.top && line.bottom <= card.bottom))) {
    const lineMid = (line.top + line.bottom) / 2;
    slots.push({ left: Math.round(line.right + 8), top: Math.round(lineMid - BADGE_HEIGHT / 2), maxRight });
  }
  // Under the name (a last resort: it may cover what follows).
  slots.push({ left: Math.round(Math.max(nameBox.left, cardLeft)), top: Math.round(nameBox.bottom + 2), maxRight });
  return slots;
}

/**
 * Badge positions for posts near the viewport. `candidates` are the post text roots an IntersectionObserver says
 * are on screen: a long timeline has thousands of posts, and measuring each would force layout for all of them.
 * Each badge gets places to try, best first, all inside the post's card: after the author's row (a name followed by
 * the time or running text leaves no room), after the post's last line of text, under the name. A post is measured
 * once; while it scrolls, its places move with its card.
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
    const ctx = adapter.postContext(root, href);
    const mission = ctx?.author.mission;
    if (!ctx || !mission) continue;

    const cardEl = adapter.postCard(root) ?? root.parentElement;
    const card = cardEl?.getBoundingClientRect();
    let slots: BadgeState['slots'];
    let nameTop: number;
    let nameBottom: number;
    const signature = `${root.textContent?.length ?? 0}|${name.textContent ?? ''}`;
    const cached = card && card.width > 0 ? geometries.get(root) : undefined;
    if (
      card &&
      cached &&
      cached.width === card.width &&
      cached.height === card.height &&
      cached.signature === signature
    ) {
      nameTop = card.top + cached.nameTop;
      nameBottom = card.top + cached.nameBottom;
      slots = cached.slots.map((x) => ({
        left: Math.round(card.left + x.dx),
        top: Math.round(card.top + x.dy),
        maxRight: Math.round(card.left + x.maxDx),
      }));
    } else {
      const nameBox = union(inkBoxes(name));
      if (!nameBox) continue;
      nameTop = nameBox.top;
      nameBottom = nameBox.bottom;
      slots = measureSlots(root, name, nameBox, adapter, cardEl ?? null, card);
      if (card && card.width > 0) {
        geometries.set(root, {
          width: card.width,
          height: card.height,
          signature,
          nameTop: nameBox.top - card.top,
          nameBottom: nameBox.bottom - card.top,
          slots: slots.map((x) => ({ dx: x.left - card.left, dy: x.top - card.top, maxDx: x.maxRight - card.left })),
        });
      }
    }
    if (nameBottom < 0 || nameTop > viewportHeight) continue;

    out.push({
      key: `${ctx.platform}:${ctx.postId}${ctx.quotedBy ? `<${ctx.quotedBy.postId}` : ''}`,
      mission,
      slots,
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
        x.slots.length === y.slots.length &&
        x.slots.every((s, k) => {
          const t = y.slots[k];
          return s.left === t?.left && s.top === t.top && s.maxRight === t.maxRight;
        })
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
