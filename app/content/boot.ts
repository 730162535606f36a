/**
 * Starts DiploLens in a page — what every tab pays for: reads the settings, decodes the term matcher (the
 * categories the reader enabled), scans and paints the terms, keeps them painted, and answers the popup's and
 * background's messages. Everything else (card, toolbar, notes, badges, collect controls, editor) is the in-page UI
 * (ui.tsx), a second script the background injects into this frame right after the first pass, or as soon as a
 * message needs it (shared.ts).
 */
import { browser } from 'wxt/browser';
import { lexiconConcepts, loadTermMatcher } from '../../utils/concepts/lexicon';
import { afterFirstPaint } from '../../utils/dom/after-first-paint';
import { domReady } from '../../utils/dom/dom-ready';
import { createPageScanner } from '../../utils/dom/page-scanner';
import { createHighlightRegistry, createTermPainter, injectStyle } from '../../utils/dom/painter';
import { yieldToMain } from '../../utils/dom/scheduler';
import type { PageInterference } from '../../utils/messages/protocol';
import { isSiteEnabled } from '../../utils/settings/sites';
import { loadSettings } from '../../utils/settings/storage';
import { createHighlightKeeper, type HighlightKeeper } from './highlight-keeper';
import { FOCUS_HIGHLIGHT, TERM_HIGHLIGHT } from './highlights';
import { type ContentHandlers, handleContentMessage } from './messages';
import { inEditable } from './notes/selection';
import { type ContentCore, type ContentUi, loadUi } from './shared';

export interface BootOptions {
  /** The reader asked for this page (popup button): run even where DiploLens does not run by itself. */
  manual: boolean;
}

export interface DiploLensInstance {
  stop(): void;
}

/** Saved passages are not painted through the page's CSS (notes/paint.ts); only the focused term is. */
const FOCUS_CSS = `::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(232, 170, 40, 0.45); }`;

/** Asks the background to run the UI script in this frame; resolves once it has run. */
async function injectUiScript(): Promise<void> {
  const res = (await browser.runtime.sendMessage({ type: 'content:loadUi' })) as { ok?: boolean } | undefined;
  if (res?.ok !== true) throw new Error('DiploLens: the in-page UI could not be loaded');
}

export async function bootDiploLens(options: BootOptions): Promise<DiploLensInstance | null> {
  const settings = await loadSettings();
  if (!options.manual && !isSiteEnabled(settings, location.hostname)) return null;

  const enabled = new Set(settings.categories);
  // Start-up is split into tasks well under 50 ms each: decoding the prebuilt matcher tables gets its own, so a
  // page's input is never kept waiting behind all of start-up.
  await yieldToMain();
  const matcher = loadTermMatcher(enabled);
  // Settings and matcher are ready while the page is still parsing (we start at document_start): the DOM now.
  await domReady();
  await yieldToMain();
  const painter = createTermPainter(TERM_HIGHLIGHT, { style: { kind: settings.termStyle, color: settings.termColor } });
  const registry = createHighlightRegistry();
  const interference = new Set<PageInterference>();

  let ui: ContentUi | null = null;
  let stopped = false;
  const scanner = createPageScanner({
    root: document.body,
    matcher,
    painter,
    onUpdate: () => ui?.onScanUpdate(),
  });

  // Until the UI arrives, remember where the reader's pointer rests: a hover in the first moments still opens a card.
  let pointerBeforeUi: PointerEvent | null = null;
  const notePointer = (e: PointerEvent) => {
    if (e.isTrusted) pointerBeforeUi = e;
  };
  document.addEventListener('pointermove', notePointer, { passive: true, capture: true });
  const forgetPointer = () => {
    document.removeEventListener('pointermove', notePointer, { capture: true });
    document.removeEventListener('keydown', earlyKey, { capture: true });
    pointerBeforeUi = null;
  };

  // Our in-page shortcuts (where the browser leaves them to the page) work before the UI arrives too: the reader's
  // own key loads it and is answered once it is there.
  const earlyKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || ui || !e.altKey || !e.shiftKey || inEditable(document.activeElement)) return;
    const act: ((u: ContentUi) => void) | null =
      e.code === 'KeyH'
        ? (u) => u.handlers.saveSelection()
        : e.code === 'KeyJ'
          ? (u) => u.handlers.nextTerm()
          : e.code === 'KeyP'
            ? (u) => u.handlers.collectPost('key')
            : null;
    if (!act) return;
    e.preventDefault();
    withUi().then(act, () => undefined);
  };
  document.addEventListener('keydown', earlyKey, { capture: true });

  const focusHighlight = registry.get(FOCUS_HIGHLIGHT, 5);
  let focusRange: Range | null = null;
  const core: ContentCore = {
    settings,
    matcher,
    scanner,
    setFocusRange(range) {
      focusRange = range;
      focusHighlight?.clear();
      if (range) focusHighlight?.add(range);
    },
    interference,
    conceptName: (id) => lexiconConcepts().get(id)?.name,
    pointerBeforeUi: () => pointerBeforeUi,
  };

  // The UI of this instance, attached once (a restart attaches a new one to the new instance).
  let attaching: Promise<ContentUi> | null = null;
  const withUi = (): Promise<ContentUi> => {
    attaching ??= loadUi(injectUiScript).then(async (attach) => {
      if (stopped) throw new Error('DiploLens stopped');
      const attached = attach(core);
      ui = attached;
      forgetPointer();
      // Place saved notes, badges and collect controls for what the scanner has read so far (later passes do it
      // again), in a task of its own.
      await yieldToMain();
      if (!stopped) attached.onScanUpdate();
      return attached;
    });
    attaching.catch(() => {
      attaching = null;
    });
    return attaching;
  };

  // Messages the UI answers wait for it (it is loaded at once if it is not yet).
  const handlers: ContentHandlers = {
    summary: () => withUi().then((u) => u.handlers.summary()),
    nextTerm: () => withUi().then((u) => u.handlers.nextTerm()),
    saveSelection: () => withUi().then((u) => u.handlers.saveSelection()),
    notesChanged: () => withUi().then((u) => u.handlers.notesChanged()),
    revealNote: (id) => withUi().then((u) => u.handlers.revealNote(id)),
    collectPost: (via) => withUi().then((u) => u.handlers.collectPost(via)),
    collectPage: () => withUi().then((u) => u.handlers.collectPage()),
    collectProgress: () => withUi().then((u) => u.handlers.collectProgress()),
    collectCancel: () => withUi().then((u) => u.handlers.collectCancel()),
    postsChanged: () => withUi().then((u) => u.handlers.postsChanged()),
  };
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void): true | undefined => {
    const reply = handleContentMessage(message, handlers);
    if (reply === undefined) return undefined;
    void Promise.resolve(reply).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);

  await scanner.start();
  // After the first pass: adding a ::highlight rule restyles the whole page, so it must not stall the load.
  const extraStyle = injectStyle(document, FOCUS_CSS);
  // A page that clears CSS.highlights gets our terms back within a second — within a bound.
  let keeper: HighlightKeeper | null = null;
  if (typeof CSS !== 'undefined' && CSS.highlights) {
    keeper = createHighlightKeeper({
      registry: CSS.highlights,
      entries: () => [
        { name: TERM_HIGHLIGHT, highlight: painter.highlight, ranges: () => painter.paintedRanges() },
        { name: FOCUS_HIGHLIGHT, highlight: focusHighlight, ranges: () => (focusRange ? [focusRange] : []) },
      ],
      onGiveUp: () => interference.add('highlights-removed'),
    });
  }
  // The terms are painted: now the in-page UI (saved notes are painted by it), once the page has painted its own
  // first content — our UI must not hold that back. A message or command that needs the UI loads it at once.
  void afterFirstPaint().then(() => {
    if (!stopped) withUi().catch((err: unknown) => console.warn('DiploLens could not load its in-page UI', err));
  });

  return {
    stop() {
      stopped = true;
      forgetPointer();
      keeper?.stop();
      ui?.stop();
      ui = null;
      browser.runtime.onMessage.removeListener(onMessage);
      scanner.stop();
      painter.dispose();
      registry.dispose();
      extraStyle.remove();
    },
  };
}
