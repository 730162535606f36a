import { useEffect, useState } from 'preact/hooks';
import { getConcept } from '../../utils/concepts/index';
import type { PageSummary } from '../../utils/messages/protocol';
import { missionLabel } from '../../utils/missions/index';
import type { NoteRecord } from '../../utils/notes/types';
import { siteName } from '../../utils/sites/registry';
import { CountryCode } from '../common/CountryCode';
import { downloadFile } from '../common/download';
import { useT, useUiLanguage } from '../common/i18n';
import { AlwaysRun } from './AlwaysRun';
import { CollectPage } from './CollectPage';
import { usePopup } from './context';
import { errorText } from './errors';
import { analyzeThenLoad, isBrowserRefusal, loadPage, needsToolbarGrant, type PageState } from './page-client';
import { notesOnPage, pageExportFile } from './page-export';
import { useSiteAccess } from './site-access';
import { shortQuote } from './tags';

/** "This page": what DiploLens found on the tab the popup was opened over, and the reader's highlights there. */
export function PageView() {
  const t = useT();
  const lang = useUiLanguage();
  const { page } = usePopup();
  const [state, setState] = useState<PageState>({ status: 'loading' });

  const access = useSiteAccess();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void loadPage(page).then((s) => {
      if (!live) return;
      setState(s);
      // The popup was opened over this tab: its URL may just have become readable, so the icon can count its notes.
      if ('tabId' in s) access.refreshBadge(s.tabId);
    });
    return () => {
      live = false;
    };
  }, [page, access, generation]);

  // A site just chosen: run DiploLens on this tab now too (from the next visit on, it starts by itself).
  const afterChosen = async (tabId: number) => {
    await page.analyze(tabId);
    setGeneration((g) => g + 1);
  };

  const analyze = async (tabId: number) => {
    setState({ status: 'analyzing', tabId });
    setState(await analyzeThenLoad(page, tabId));
  };

  switch (state.status) {
    case 'loading':
      return <p class="muted">{t('popup.loading')}</p>;
    case 'no-tab':
      return <p data-role="page-message">{t('popup.page.noTab')}</p>;
    case 'refused':
      return (
        <p role="alert" class="error" data-role="page-message">
          {needsToolbarGrant(state.error)
            ? t('popup.page.needsToolbar')
            : isBrowserRefusal(state.error)
              ? t('popup.page.refused')
              : t('popup.page.analyzeFailed', { message: errorText(state.error, lang) })}
        </p>
      );
    case 'unavailable':
    case 'analyzing':
      return (
        <div class="stack">
          <p data-role="page-message">
            {state.status === 'unavailable' && state.after
              ? t('popup.page.stillUnavailable')
              : t('popup.page.unavailable')}
          </p>
          <button
            type="button"
            data-role="analyze"
            disabled={state.status === 'analyzing'}
            onClick={() => void analyze(state.tabId)}
          >
            {state.status === 'analyzing' ? t('popup.page.analyzing') : t('popup.page.analyze')}
          </button>
          <AlwaysRun tabId={state.tabId} onChosen={() => void afterChosen(state.tabId)} />
        </div>
      );
    case 'ready':
      return (
        <>
          <PageSummaryView tabId={state.tabId} summary={state.summary} />
          <AlwaysRun tabId={state.tabId} url={state.summary.url} onChosen={() => setGeneration((g) => g + 1)} />
        </>
      );
  }
}

function PageSummaryView({ tabId, summary }: { tabId: number; summary: PageSummary }) {
  const t = useT();
  const lang = useUiLanguage();
  const { notes, now, announce } = usePopup();
  const mine = notesOnPage(notes.notes ?? [], summary);
  const exportPage = async () => {
    // Each post's citation goes with its highlights, in the reader's citation style (the engine loads now).
    const [cite, { preferredStyle }] = await Promise.all([import('../../utils/cite/index'), import('./CiteMenu')]);
    const style = preferredStyle(lang === 'zh-CN' ? 'zh' : 'en');
    const citation = (note: NoteRecord) => cite.referenceText({ kind: 'note', note }, style);
    downloadFile(pageExportFile(summary, notes.notes ?? [], now(), { citation }));
    announce(t('popup.page.exported', { count: mine.length }));
  };
  return (
    <div class="stack" data-role="page-summary" data-kind={summary.kind}>
      <div>
        <h2 class="page-title">{summary.title || summary.url}</h2>
        <p class="muted">
          <span data-role="page-site" data-site={summary.site}>
            {siteName(summary.site)?.[lang === 'zh-CN' ? 'zh' : 'en'] ?? summary.site}
          </span>
          {' · '}
          <span data-role="page-kind">{t(`popup.page.kind.${summary.kind}`)}</span>
        </p>
      </div>
      {(summary.interference ?? []).map((why) => (
        // The page kept undoing DiploLens and DiploLens stopped putting things back: say so (issue 11).
        <p key={why} role="status" class="warning" data-role="page-interference" data-reason={why}>
          {t(why === 'highlights-removed' ? 'popup.page.highlightsRemoved' : 'popup.page.uiRemoved')}
        </p>
      ))}
      <PageConcepts concepts={summary.concepts} />
      {summary.missions.length > 0 && <PageMissions missions={summary.missions} />}
      {(summary.postCount ?? 0) > 0 && <CollectPage tabId={tabId} count={summary.postCount ?? 0} />}
      <PageHighlights tabId={tabId} notes={mine} />
      <div>
        <button type="button" data-role="export-page" onClick={() => void exportPage()}>
          {t('popup.page.export')}
        </button>
      </div>
    </div>
  );
}

function PageConcepts({ concepts }: { concepts: PageSummary['concepts'] }) {
  const t = useT();
  const l = useUiLanguage() === 'zh-CN' ? 'zh' : 'en';
  const { showConcept } = usePopup();
  return (
    <section aria-labelledby="page-concepts-h">
      <h3 id="page-concepts-h">{t('popup.page.concepts')}</h3>
      {concepts.length === 0 ? (
        <p class="muted">{t('popup.page.noConcepts')}</p>
      ) : (
        <ul class="chips" data-role="page-concepts">
          {concepts.map(({ id, count }) => {
            const name = getConcept(id)?.name[l] ?? id;
            return (
              <li key={id}>
                <button
                  type="button"
                  class="chip"
                  data-concept-id={id}
                  aria-label={t('popup.page.conceptLabel', { name, count })}
                  onClick={() => showConcept(id)}
                >
                  {name} <span class="count">{count}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function PageMissions({ missions }: { missions: PageSummary['missions'] }) {
  const t = useT();
  const l = useUiLanguage() === 'zh-CN' ? 'zh' : 'en';
  return (
    <section aria-labelledby="page-missions-h">
      <h3 id="page-missions-h">{t('popup.page.missions')}</h3>
      <ul class="plain" data-role="page-missions">
        {missions.map((m) => (
          <li
            key={`${m.countryCode}|${m.missionType}|${m.city ?? ''}|${m.host?.code ?? ''}`}
            data-country={m.countryCode}
            class="mission"
          >
            <CountryCode code={m.countryCode} /> {missionLabel(m, l)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PageHighlights({ tabId, notes }: { tabId: number; notes: NoteRecord[] }) {
  const t = useT();
  const { page, announce } = usePopup();
  const reveal = async (note: NoteRecord) => {
    if (!(await page.reveal(tabId, note.id))) announce(t('popup.page.notRevealed'));
  };
  return (
    <section aria-labelledby="page-highlights-h">
      <h3 id="page-highlights-h">{t('popup.page.highlights')}</h3>
      {notes.length === 0 ? (
        <p class="muted">{t('popup.page.noHighlights')}</p>
      ) : (
        <ul class="plain" data-role="page-highlights">
          {notes.map((n) => (
            <li key={n.id} data-note-id={n.id} data-anchor={n.anchorStatus}>
              <button
                type="button"
                class={`highlight color-${n.color}`}
                aria-label={t('popup.page.reveal', { quote: shortQuote(n.quote.exact, 80) })}
                aria-describedby={n.anchorStatus === 'orphan' ? `orphan-${n.id}` : undefined}
                onClick={() => void reveal(n)}
              >
                <span class="quote">{shortQuote(n.quote.exact, 120)}</span>
                {n.note && <span class="muted note-text">{shortQuote(n.note, 80)}</span>}
              </button>
              {n.anchorStatus === 'orphan' && (
                <span class="orphan" data-role="orphan" id={`orphan-${n.id}`}>
                  {t('popup.page.orphan')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
