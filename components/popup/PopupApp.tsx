import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getConcept } from '../../utils/concepts/index';
import { resolveUiLanguage, translator } from '../../utils/i18n';
import type { NotePatch, NoteRecord } from '../../utils/notes/types';
import { I18nProvider } from '../common/i18n';
import { applyTheme } from '../common/theme';
import { useSettings } from '../options/useSettings';
import { ConceptsView } from './ConceptsView';
import { PopupContext, type PopupServices } from './context';
import { errorText } from './errors';
import { NotesView } from './NotesView';
import { PageView } from './PageView';
import { PostsView } from './PostsView';
import type { PageClient } from './page-client';
import { ReviewView } from './ReviewView';
import { researchT } from './research-messages';
import { conceptFromHash, conceptHash } from './route';
import type { PopupStore } from './store';
import { type ToastState, UndoToast } from './UndoToast';
import { useNotes } from './useNotes';
import { ViewTabs } from './ViewTabs';
import type { ViewId } from './views';

export interface PopupAppProps {
  store: PopupStore;
  page: PageClient;
  /** navigator.language, passed in so tests can choose. */
  browserLang: string;
  /** location.hash at start (`#concept=<id>` opens that concept). */
  initialHash?: string;
  now?: () => number;
}

const TOAST_MS = 10_000;

function hashConcept(hash: string): string | null {
  const id = conceptFromHash(hash);
  return id && getConcept(id) ? id : null;
}

/** The toolbar popup: This page / Notes / Concepts / Review, in the reader's language and theme. */
export function PopupApp({ store, page, browserLang, initialHash = '', now = Date.now }: PopupAppProps) {
  const { settings } = useSettings();
  const lang = resolveUiLanguage(settings?.uiLanguage ?? 'auto', browserLang);
  const t = useMemo(() => translator(lang), [lang]);
  const notes = useNotes(store);
  const startConcept = hashConcept(initialHash);
  const [view, setView] = useState<ViewId>(startConcept ? 'concepts' : 'page');
  const [conceptId, setConceptId] = useState<string | null>(startConcept);
  const [toast, setToast] = useState<ToastState | null>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);
  useEffect(() => {
    const onHash = () => {
      const id = hashConcept(window.location.hash);
      if (id) {
        setConceptId(id);
        setView('concepts');
      }
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => () => clearTimeout(toastTimer.current), []);

  const showToast = useCallback((next: ToastState) => {
    clearTimeout(toastTimer.current);
    setToast(next);
    toastTimer.current = setTimeout(() => setToast(null), TOAST_MS);
  }, []);
  const holdToast = useCallback((hold: boolean) => {
    clearTimeout(toastTimer.current);
    if (!hold) toastTimer.current = setTimeout(() => setToast(null), TOAST_MS);
  }, []);
  /** After Undo its button goes away: the keyboard goes back to the current tab rather than to nowhere. */
  const focusCurrentTab = useCallback(() => {
    document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, []);

  const services: PopupServices = useMemo(
    () => ({
      notes,
      store,
      page,
      now,
      openNote: (note: NoteRecord) => {
        void page.openNote(note.url, note.id).then((opened) => {
          if (!opened) showToast({ text: t('popup.note.notWebPage') });
        });
      },
      deleteNote: async (note: NoteRecord) => {
        try {
          const removed = await store.remove(note.id);
          showToast({
            text: t('popup.note.deleted'),
            onUndo: () => {
              focusCurrentTab();
              store.restore(removed).then(
                () => showToast({ text: t('popup.note.restored') }),
                (err: unknown) => showToast({ text: t('popup.note.error', { message: errorText(err, lang) }) }),
              );
            },
            focusUndo: true,
          });
        } catch (err) {
          showToast({ text: t('popup.note.error', { message: errorText(err, lang) }) });
        }
      },
      updateNote: async (id: string, patch: NotePatch) => {
        try {
          await store.update(id, patch);
          return null;
        } catch (err) {
          return t('popup.note.error', { message: errorText(err, lang) });
        }
      },
      showConcept: (id: string) => {
        setConceptId(id);
        setView('concepts');
        history.replaceState(null, '', conceptHash(id));
      },
      announce: (text: string) => showToast({ text }),
      announceUndo: (text: string, undo?: () => Promise<string>) =>
        showToast({
          text,
          ...(undo
            ? {
                onUndo: () => {
                  focusCurrentTab();
                  undo().then(
                    (done) => showToast({ text: done }),
                    (err: unknown) => showToast({ text: t('popup.note.error', { message: errorText(err, lang) }) }),
                  );
                },
                focusUndo: true,
              }
            : {}),
        }),
    }),
    [notes, store, page, now, t, lang, showToast, focusCurrentTab],
  );

  return (
    <I18nProvider lang={lang}>
      <PopupContext.Provider value={services}>
        <div class="popup">
          <header class="bar">
            <h1>{t('app.name')}</h1>
            <button
              type="button"
              class="quiet"
              data-role="open-insights"
              onClick={() => {
                void browser.tabs.create({ url: browser.runtime.getURL('/insights.html') });
              }}
            >
              {researchT(lang === 'zh-CN' ? 'zh' : 'en')('insights')}
            </button>
            <button
              type="button"
              class="quiet"
              data-role="settings"
              onClick={() => {
                void browser.runtime.openOptionsPage();
              }}
            >
              {t('popup.openSettings')}
            </button>
          </header>
          <ViewTabs current={view} onSelect={setView} />
          {notes.error ? (
            <p role="alert" class="error">
              {t('popup.dbError', { message: errorText(notes.error, lang) })}
            </p>
          ) : null}
          <section key={view} class="panel" role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
            {view === 'page' && <PageView />}
            {view === 'notes' && <NotesView />}
            {view === 'posts' && <PostsView />}
            {view === 'concepts' && <ConceptsView selectedId={conceptId} onSelect={setConceptId} />}
            {view === 'review' && <ReviewView />}
          </section>
          <UndoToast toast={toast} onHold={holdToast} />
        </div>
      </PopupContext.Provider>
    </I18nProvider>
  );
}
