/**
 * Opens the concept card for a term: on hover (after a short delay), on tap, and on keyboard focus (a shortcut
 * steps through the page's terms in document order). Closes on Escape, outside click, or when a hover card loses
 * the pointer.
 */

import type { CardState, ContentState } from '../../components/content/state';
import { hitTest } from '../../utils/dom/hit-test';
import type { Occurrence } from '../../utils/dom/page-scanner';
import type { Store } from '../../utils/state/store';
import { TERM_HIGHLIGHT } from './highlights';

export { FOCUS_HIGHLIGHT, TERM_HIGHLIGHT } from './highlights';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;

export interface TermCardDeps {
  store: Store<ContentState>;
  occurrences(): Occurrence[];
  occurrenceAt(node: Node, offset: number): Occurrence | null;
  /** Language of the block an occurrence stands in (async: may ask the background). */
  languageOf(occurrence: Occurrence): Promise<string | undefined>;
  /** Paint the keyboard-focused term distinctly. */
  setFocusRange(range: Range | null): void;
  isOurUi(target: EventTarget | null): boolean;
}

export interface TermCardController {
  /** Steps to the next (or previous) term, scrolls it into view and opens its card. */
  step(direction: 1 | -1): void;
  /** The reader's pointer is resting here (it moved before this controller existed): hover as if it just moved. */
  hoverAt(e: PointerEvent): void;
  close(): void;
  currentOccurrence(): Occurrence | null;
  cardPointer(inside: boolean): void;
  destroy(): void;
}

function rectOf(range: Range): CardState['anchor'] {
  const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/** Occurrence objects are rebuilt on each read; their match objects are stable until the block is re-scanned. */
function same(a: Occurrence | null, b: Occurrence | null): boolean {
  return a !== null && b !== null && a.match === b.match;
}

function conceptIdsOf(o: Occurrence): string[] {
  return [...new Set(o.match.hits.map((h) => h.conceptId))];
}

export function createTermCardController(deps: TermCardDeps): TermCardController {
  const { store } = deps;
  let current: Occurrence | null = null;
  let focusIndex = -1;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pointerInCard = false;
  let moveFrame = 0;
  let lastMove: PointerEvent | null = null;

  // The painted ranges are StaticRanges the scanner owns; its occurrence lookup by start point maps them back.
  const byRange = (r: AbstractRange): Occurrence | undefined =>
    deps.occurrenceAt(r.startContainer, r.startOffset) ?? undefined;

  const occurrenceAtPoint = (x: number, y: number): Occurrence | null =>
    hitTest(document, x, y, TERM_HIGHLIGHT, byRange, deps.occurrenceAt);

  function open(o: Occurrence, via: CardState['via']): void {
    current = o;
    const ids = conceptIdsOf(o);
    const first = ids[0];
    if (!first) return;
    store.set({ card: { conceptIds: ids, activeId: first, anchor: rectOf(o.range), via, canSave: true } });
    void deps.languageOf(o).then((lang) => {
      const card = store.get().card;
      if (lang && card && same(current, o)) store.set({ card: { ...card, blockLanguage: lang } });
    });
  }

  function close(): void {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    current = null;
    pointerInCard = false;
    deps.setFocusRange(null);
    if (store.get().card) store.set({ card: null });
  }

  function handleMove(e: PointerEvent): void {
    if (deps.isOurUi(e.target)) return;
    const card = store.get().card;
    const o = occurrenceAtPoint(e.clientX, e.clientY);
    if (o && same(o, current)) {
      clearTimeout(closeTimer);
      return;
    }
    clearTimeout(openTimer);
    if (o) {
      openTimer = setTimeout(() => open(o, 'hover'), HOVER_OPEN_MS);
    } else if (card && card.via === 'hover') {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => {
        if (!pointerInCard && store.get().card?.via === 'hover') close();
      }, HOVER_CLOSE_MS);
    }
  }

  // Only the reader's own pointer and keys open cards: a page's synthetic events do nothing here.
  const onPointerMove = (e: PointerEvent) => {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    lastMove = e;
    if (moveFrame) return;
    // One hit test per frame, however fast the pointer moves.
    moveFrame = requestAnimationFrame(() => {
      moveFrame = 0;
      if (lastMove) handleMove(lastMove);
    });
  };

  const onPointerDown = (e: PointerEvent) => {
    if (!e.isTrusted || deps.isOurUi(e.target)) return;
    const o = occurrenceAtPoint(e.clientX, e.clientY);
    if (o && e.pointerType === 'touch') {
      open(o, 'tap');
      return;
    }
    if (store.get().card && !same(o, current)) close();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape' && store.get().card) {
      close();
      return;
    }
    if (e.altKey && e.shiftKey && (e.code === 'KeyJ' || e.code === 'KeyK')) {
      e.preventDefault();
      step(e.code === 'KeyJ' ? 1 : -1);
    }
  };

  const onScroll = () => {
    const card = store.get().card;
    if (card && current && card.via !== 'badge') {
      if (!current.range.startContainer.isConnected) close();
      else store.set({ card: { ...card, anchor: rectOf(current.range) } });
    }
  };

  function step(direction: 1 | -1): void {
    const all = deps.occurrences();
    if (all.length === 0) return;
    const at = current ? all.findIndex((x) => same(x, current)) : -1;
    focusIndex = ((at >= 0 ? at : focusIndex) + direction + all.length) % all.length;
    const o = all[focusIndex];
    if (!o) return;
    const el = o.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    deps.setFocusRange(o.range);
    open(o, 'focus');
  }

  document.addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
  document.addEventListener('pointerdown', onPointerDown, { capture: true });
  document.addEventListener('keydown', onKeyDown, { capture: true });
  window.addEventListener('scroll', onScroll, { passive: true, capture: true });

  return {
    step,
    close,
    currentOccurrence: () => current,
    cardPointer(inside) {
      pointerInCard = inside;
      if (inside) clearTimeout(closeTimer);
      else if (store.get().card?.via === 'hover') {
        closeTimer = setTimeout(() => {
          if (!pointerInCard) close();
        }, HOVER_CLOSE_MS);
      }
    },
    hoverAt(e) {
      if (e.isTrusted && e.pointerType !== 'touch') handleMove(e);
    },
    destroy() {
      close();
      cancelAnimationFrame(moveFrame);
      document.removeEventListener('pointermove', onPointerMove, { capture: true });
      document.removeEventListener('pointerdown', onPointerDown, { capture: true });
      document.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('scroll', onScroll, { capture: true });
    },
  };
}
