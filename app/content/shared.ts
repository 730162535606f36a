/**
 * The seam between the content script's two parts. `content.js` (every tab) paints the terms; the in-page UI
 * (`content-ui.js`: concept card, selection toolbar, saved notes, mission badges, collect controls, note editor) is
 * injected by the background into the same frame once the first pass is done, or as soon as a message needs it.
 * Both run in the same isolated world, so they meet on that world's global, which a page's scripts never see (Chrome:
 * the isolated world; Firefox: the content-script sandbox). Each bundle has its own copy of this module; the state
 * lives on the global, so it is one.
 */

import type { Bilingual } from '../../utils/concepts/types';
import type { PageScanner } from '../../utils/dom/page-scanner';
import type { Matcher } from '../../utils/matcher/types';
import type { CollectProgress, PageInterference, PageSummary } from '../../utils/messages/protocol';
import type { Settings } from '../../utils/settings/types';

/** What the first paint hands the UI. */
export interface ContentCore {
  /** The settings this instance started with. */
  settings: Settings;
  matcher: Matcher;
  scanner: PageScanner;
  /** Paint (or clear) the keyboard-focused term. */
  setFocusRange(range: Range | null): void;
  /** What the page did against us (for the popup's "This page"); the UI adds to it too. */
  interference: Set<PageInterference>;
  /** A concept's name, for the card's related concepts. */
  conceptName(id: string): Bilingual | undefined;
  /**
   * The reader's last pointer move before the UI attached (a hover on a term in the first moments), so the UI can
   * answer it instead of waiting for the next move. Null when there was none.
   */
  pointerBeforeUi(): PointerEvent | null;
}

/** The page's messages the UI answers (app/content/messages.ts routes them). */
export interface UiHandlers {
  summary(): PageSummary;
  nextTerm(): void;
  saveSelection(): void;
  notesChanged(): void;
  revealNote(id: string): boolean;
  collectPost(via: 'key' | 'menu'): void;
  collectPage(): CollectProgress;
  collectProgress(): CollectProgress;
  collectCancel(): CollectProgress;
  postsChanged(): void;
}

export interface ContentUi {
  handlers: UiHandlers;
  /** After each scanner pass. */
  onScanUpdate(): void;
  stop(): void;
}

export type AttachUi = (core: ContentCore) => ContentUi;

interface Shared {
  attachUi?: AttachUi;
  /** The request to inject the UI script, once per frame (shared by restarts). */
  loading?: Promise<AttachUi>;
}

/** A name of our isolated world's global, not of the page's window. */
const KEY = '__diplolensShared';

function shared(): Shared {
  const g = globalThis as unknown as Record<string, Shared | undefined>;
  let s = g[KEY];
  if (!s) {
    s = {};
    g[KEY] = s;
  }
  return s;
}

/** Called by the UI script when it runs. */
export function registerUi(attach: AttachUi): void {
  shared().attachUi = attach;
}

/**
 * The UI's attach function: at once when the UI script already ran in this frame, else after `inject` (which asks
 * the background to inject it; the injection resolves once the script has run) has run it. Rejects when the
 * injection fails; a later call tries again.
 */
export function loadUi(inject: () => Promise<void>): Promise<AttachUi> {
  const s = shared();
  if (s.attachUi) return Promise.resolve(s.attachUi);
  if (!s.loading) {
    const loading = inject().then(() => {
      if (s.attachUi) return s.attachUi;
      throw new Error('DiploLens: the in-page UI script did not start');
    });
    s.loading = loading;
    loading.catch(() => {
      if (s.loading === loading) s.loading = undefined;
    });
  }
  return s.loading;
}
