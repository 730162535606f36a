/**
 * The in-page UI, attached to the first paint (boot.ts) once it is loaded (shared.ts): mounts our closed shadow
 * root and wires the concept card, mission badges on posts, the reader's highlights and notes, post collection, the
 * note editor and the answers to the popup's and background's messages. Which site the page is on is the adapter's
 * business (utils/sites): nothing here asks.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type ContentActions, ContentApp } from '../../components/content/ContentApp';
import type { ContentState } from '../../components/content/state';
import { CONTENT_CSS } from '../../components/content/styles';
import type { ConceptCardData } from '../../utils/concepts/card-data';
import { editorFrameAllowed } from '../../utils/editor/frame-allowed';
import { EDITOR_PAGE } from '../../utils/editor/protocol';
import { HOST_MATCHES } from '../../utils/hosts';
import { resolveUiLanguage, translator } from '../../utils/i18n';
import { createNotesClient } from '../../utils/messages/notes-client';
import { createPostsClient } from '../../utils/messages/posts-client';
import { watchSettings } from '../../utils/settings/storage';
import type { Settings } from '../../utils/settings/types';
import { adapterFor } from '../../utils/sites/registry';
import { createStore } from '../../utils/state/store';
import { dominantLanguage } from '../../utils/text/language';
import { createEditorChannel } from './editor/channel';
import { createEditorController } from './editor/controller';
import { createVisibilityGuard } from './guards/visibility';
import { createMissionBadges } from './mission-badges';
import { createNotesController } from './notes/index';
import { buildPageSummary } from './page-summary';
import { createPostsController } from './posts/index';
import type { ContentCore, ContentUi } from './shared';
import { createTermCardController } from './term-card';
import { createUiHost } from './ui-host';

const PUBLIC_SOCIALIZING = 'public-socializing-of-governments';

function themeOf(settings: Settings): 'light' | 'dark' {
  if (settings.theme !== 'auto') return settings.theme;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Whether a tab-wide keyboard command is for this frame: the frame with focus, or the top frame when focus is
 * not inside one of its frames.
 */
function commandIsOurs(): boolean {
  if (window === window.top) return !(document.activeElement instanceof HTMLIFrameElement);
  return document.hasFocus();
}

export function attachUi(core: ContentCore): ContentUi {
  const { settings, matcher, scanner, interference } = core;
  const lang = resolveUiLanguage(settings.uiLanguage, navigator.language);
  const store = createStore<ContentState>({
    lang,
    theme: themeOf(settings),
    card: null,
    badges: [],
    collects: [],
    toast: null,
    toolbar: null,
    editor: null,
  });
  const t = () => translator(store.get().lang);
  const ui = createUiHost(CONTENT_CSS);
  const isOurUi = (target: EventTarget | null) => target === ui.host;
  ui.onGiveUp(() => interference.add('ui-removed'));
  const client = createNotesClient();
  const adapter = adapterFor(location.href);

  // The post roots, queried once per page change and shared by the notes and the badges (on a long timeline the
  // query over the whole document is the costly part of a refresh).
  let postRootsCache: readonly Element[] | null = null;
  const postRoots = (): readonly Element[] => {
    postRootsCache ??= adapter.postRoots(document);
    // A root the page removed since the last change is no longer one (cheap: a flag per element).
    return postRootsCache.filter((el) => el.isConnected);
  };

  const languageCache = new WeakMap<Element, Promise<string | undefined>>();
  const cards = createTermCardController({
    store,
    occurrences: () => scanner.occurrences(),
    occurrenceAt: (node, offset) => scanner.occurrenceAt(node, offset),
    languageOf(o) {
      let p = languageCache.get(o.block);
      if (!p) {
        const text = scanner.blockTextOf(o.block)?.text ?? o.block.textContent ?? '';
        // franc runs in the background worker; the script-based guess answers if the worker cannot.
        p = client.detectLanguage(text.slice(0, 2000)).then((l) => (l && l !== 'und' ? l : dominantLanguage(text)));
        languageCache.set(o.block, p);
      }
      return p;
    },
    setFocusRange: (range) => core.setFocusRange(range),
    isOurUi,
  });

  const notes = createNotesController({
    store,
    client,
    matcher,
    host: ui.host,
    paintLayer: ui.paintLayer,
    colors: () => settings.noteColors,
    adapter,
    t,
    lang: () => (store.get().lang === 'zh-CN' ? 'zh' : 'en'),
    isOurUi,
    postRoots,
  });

  const badges = createMissionBadges({ store, adapter, href: () => location.href, postRoots });
  const posts = createPostsController({
    store,
    client: createPostsClient(),
    adapter,
    matcher,
    postRoots,
    cardOccurrence: () => cards.currentOccurrence(),
    t,
    lang: () => (store.get().lang === 'zh-CN' ? 'zh' : 'en'),
  });

  // Only the reader's clicks save, open or undo from our in-page panels (guards/visibility.ts).
  const guard = createVisibilityGuard({
    host: ui.host,
    shadow: ui.shadow,
    root: ui.mount,
    onBlocked(verdict) {
      // Say why, unless that would take the place of a toast still offering Undo.
      if (verdict === 'covered' && !store.get().toast?.action) {
        store.set({ toast: { text: t()('guard.covered'), kind: 'error' } });
      }
    },
  });

  // The note editor runs in our own origin: a frame where the browser loads it, else a small window.
  const channel = createEditorChannel({
    onConnect: browser.runtime.onConnect as unknown as Parameters<typeof createEditorChannel>[0]['onConnect'],
    extensionId: () => browser.runtime.id,
  });
  const editor = createEditorController({
    store,
    host: ui.host,
    shadow: ui.shadow,
    frameLayer: ui.frameLayer,
    channel,
    frameAllowed: editorFrameAllowed(
      location.origin,
      HOST_MATCHES,
      import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome',
    ),
    frameSrc: browser.runtime.getURL(EDITOR_PAGE),
    // Chrome serves the page under a per-session address but runs it in the extension's own origin.
    frameOrigin: new URL(browser.runtime.getURL('/')).origin,
    openWindow: async (nonce) => {
      try {
        const res = (await browser.runtime.sendMessage({ type: 'editor:openWindow', nonce })) as { ok?: boolean };
        return res?.ok === true;
      } catch {
        return false;
      }
    },
    actions: notes.editorActions,
    text: {
      frameTitle: () => t()('editor.frameTitle'),
      blocked: (v) =>
        t()(v === 'too-soon' ? 'editor.tooSoon' : v === 'covered' ? 'editor.covered' : 'editor.unavailable'),
    },
  });
  const themeOfFrames = () => ui.frameLayer.setAttribute('data-theme', store.get().theme);
  themeOfFrames();
  store.subscribe(themeOfFrames);

  // Card content comes from the background, once per concept, whenever a card shows a concept not yet loaded.
  const cardData = new Map<string, Promise<ConceptCardData | null>>();
  store.subscribe((state) => {
    const card = state.card;
    // Loaded (or known to be missing: null) for the concept on show: nothing to ask.
    if (!card || card.details === null || card.details?.concept.id === card.activeId) return;
    const id = card.activeId;
    let p = cardData.get(id);
    if (!p) {
      p = client.conceptCard(id);
      cardData.set(id, p);
    }
    void p.then((details) => {
      const now = store.get().card;
      if (now && now.activeId === id && now.details === undefined) store.set({ card: { ...now, details } });
    });
  });

  const actions: ContentActions = {
    ...notes.toolbarActions,
    selectConcept(id) {
      const card = store.get().card;
      if (!card) return;
      const ids = card.conceptIds.includes(id) ? card.conceptIds : [id];
      store.set({ card: { ...card, conceptIds: ids, activeId: id, details: undefined } });
    },
    saveTerm() {
      const o = cards.currentOccurrence();
      if (o) notes.saveRange(o.range);
      cards.close();
    },
    openInDiploLens(conceptId) {
      void browser.runtime.sendMessage({ type: 'ui:openOptions', hash: `concept=${conceptId}` });
    },
    closeCard: () => cards.close(),
    openBadge(_key, rect) {
      const concept = adapter.badgeConcept ?? PUBLIC_SOCIALIZING;
      store.set({
        card: {
          conceptIds: [concept],
          activeId: concept,
          anchor: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
          via: 'badge',
          canSave: false,
        },
      });
    },
    countOnPage: (id) => scanner.countsByConcept().get(id) ?? 0,
    nameOf: (id) => core.conceptName(id),
    cardPointer: (inside) => cards.cardPointer(inside),
    dismissToast: () => store.set({ toast: null }),
    ...posts.actions,
  };
  render(<ContentApp store={store} actions={actions} />, ui.mount);

  const unwatch = watchSettings((next) => {
    store.set({ lang: resolveUiLanguage(next.uiLanguage, navigator.language), theme: themeOf(next) });
  });

  const refresh = () => {
    postRootsCache = null;
    notes.refresh();
    badges.refresh();
    posts.refresh();
  };

  // A reader already resting the pointer on a term while the UI loaded gets its card now.
  const resting = core.pointerBeforeUi();
  if (resting) cards.hoverAt(resting);

  return {
    handlers: {
      summary: () => ({
        ...buildPageSummary({
          scanner,
          adapter,
          postRoots: postRoots(),
          noteUrls: notes.noteUrls(),
          interference: [...interference],
        }),
        postCount: postRoots().length,
      }),
      nextTerm: () => {
        if (commandIsOurs()) cards.step(1);
      },
      saveSelection: () => {
        // A keyboard command reaches every frame of the tab: the frame holding the selection saves it, and only
        // the frame the reader is in explains an empty selection.
        if (document.getSelection()?.isCollapsed === false || commandIsOurs()) notes.saveCurrentSelection();
      },
      notesChanged: () => notes.notesChanged(),
      revealNote: (id) => notes.reveal(id),
      collectPost: (via) => {
        // Like the save command: the frame the reader is in (the menu's frame is the one it was sent to).
        if (via === 'menu' || commandIsOurs()) posts.collectCommand(via);
      },
      collectPage: () => posts.startPage(),
      collectProgress: () => posts.progress(),
      collectCancel: () => posts.cancel(),
      postsChanged: () => posts.postsChanged(),
    },
    // Also called once by the first paint right after attaching (in a task of its own).
    onScanUpdate: refresh,
    stop() {
      editor.destroy();
      channel.destroy();
      guard.destroy();
      unwatch();
      cards.destroy();
      notes.destroy();
      badges.destroy();
      posts.destroy();
      render(null, ui.mount);
      ui.destroy();
    },
  };
}
