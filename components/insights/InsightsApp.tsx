import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CitationFormat, CitationStyle } from '../../utils/cite/styles';
import { CITATION_STYLES, defaultStyle, STYLE_NAMES } from '../../utils/cite/styles';
import { getConcept } from '../../utils/concepts/index';
import { postsToCsv } from '../../utils/export/corpus-csv';
import { postsToJsonl } from '../../utils/export/corpus-jsonl';
import { resolveUiLanguage } from '../../utils/i18n';
import { aggregate, type InsightFilters, rowMatches, type SourceFilter } from '../../utils/insights/aggregate';
import { accountName, type InsightRow, rowsFromChunks, rowsFromNotes, rowsFromPosts } from '../../utils/insights/rows';
import type { DiploLensDB } from '../../utils/notes/db';
import type { NoteRecord } from '../../utils/notes/types';
import type { FactChunk } from '../../utils/posts/facts';
import { fromStored } from '../../utils/posts/repo';
import { downloadFile } from '../common/download';
import { I18nProvider } from '../common/i18n';
import { applyTheme } from '../common/theme';
import { useSettings } from '../options/useSettings';
import { EMPTY_FORM, type FilterForm, type FilterOptions, isFormEmpty, toSearchFilters } from '../popup/filter-options';
import { NoteFilters } from '../popup/NoteFilters';
import { accountsChart, type ChartLabels, heatmapChart, pairsChart, timelineChart } from './charts';
import { Figure } from './Figure';
import { type InsightsT, insightsT } from './messages';

interface Loaded {
  rows: InsightRow[];
  notes: NoteRecord[];
}

function optionsOf(rows: readonly InsightRow[], notes: readonly NoteRecord[], l: 'zh' | 'en'): FilterOptions {
  const concepts = new Set<string>();
  const sites = new Set<string>();
  const countries = new Map<string, string>();
  for (const r of rows) {
    for (const [id] of r.concepts) concepts.add(id);
    if (r.site) sites.add(r.site);
    if (r.country && !countries.has(r.country))
      countries.set(r.country, (l === 'zh' ? r.countryZh : r.countryEn) || r.country);
  }
  const tags = new Map<string, string>();
  for (const n of notes) for (const t of n.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  return {
    concepts: [...concepts].map((id) => ({ value: id, label: getConcept(id)?.name[l] ?? id })).sort(byLabel),
    tags: [...tags.values()].map((t) => ({ value: t, label: t })).sort(byLabel),
    sites: [...sites].map((s) => ({ value: s, label: s })).sort(byLabel),
    countries: [...countries].map(([value, label]) => ({ value, label })).sort(byLabel),
  };
}

/** The Insights page: four pictures of the reader's collection, each with its data table; exports; citations. */
export function InsightsApp({
  db,
  browserLang,
  preload,
  now = Date.now,
}: {
  db: DiploLensDB;
  browserLang: string;
  /** The reads, started before the first render (main.tsx). */
  preload?: Promise<[FactChunk[], NoteRecord[]]>;
  now?: () => number;
}) {
  const { settings } = useSettings();
  const lang = resolveUiLanguage(settings?.uiLanguage ?? 'auto', browserLang);
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const t = useMemo(() => insightsT(l), [l]);
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  const [source, setSource] = useState<SourceFilter>('all');
  const [status, setStatus] = useState('');
  const started = useRef(performance.now());
  const filterStart = useRef<number | null>(null);
  const [width, setWidth] = useState(() => Math.min(1100, Math.max(480, window.innerWidth - 80)));

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang, t]);
  useEffect(() => {
    const onResize = () => setWidth(Math.min(1100, Math.max(480, window.innerWidth - 80)));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useEffect(() => {
    let live = true;
    // Both reads at once: the packed post facts (fast whatever the number of posts) and the notes.
    (preload ?? Promise.all([db.postFacts.toArray(), db.notes.toArray()])).then(
      ([chunks, notes]) => {
        if (!live) return;
        const read = performance.now();
        const rows = [...rowsFromChunks(chunks), ...rowsFromNotes(notes)];
        // Where the first chart's time goes (npm run bench reads these): page start → mounted → read → rows.
        const root = document.documentElement.dataset;
        root.mountedAt = String(Math.round(started.current));
        root.readMs = String(Math.round(read - started.current));
        root.rowsMs = String(Math.round(performance.now() - read));
        setData({ rows, notes });
      },
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [db, preload]);

  const filters: InsightFilters = useMemo(() => ({ ...toSearchFilters(form, now()), source }), [form, source, now]);
  const insights = useMemo(() => (data ? aggregate(data.rows, filters) : null), [data, filters]);
  const options = useMemo(() => (data ? optionsOf(data.rows, data.notes, l) : null), [data, l]);

  const labels = (title: string, description: string): ChartLabels => ({
    title,
    description,
    mentions: t('mentions'),
    concept: (id) => getConcept(id)?.name[l] ?? id,
    country: (code) => {
      if (code === '*') return t('timeline.others');
      const c = insights?.countries.find((x) => x.code === code);
      return code === '' ? t('heatmap.none') : (l === 'zh' ? c?.zh : c?.en) || code;
    },
    account: accountName,
  });

  const onFirstChart = () => {
    const root = document.documentElement;
    if (!root.dataset.firstChartMs) {
      root.dataset.firstChartMs = String(Math.round(performance.now() - started.current));
      performance.mark('diplolens:first-chart');
    }
    if (filterStart.current !== null) {
      root.dataset.filterMs = String(Math.round(performance.now() - filterStart.current));
      filterStart.current = null;
    }
    root.dataset.drawn = String(Number(root.dataset.drawn ?? 0) + 1);
  };
  const changeForm = (f: FilterForm) => {
    filterStart.current = performance.now();
    setForm(f);
  };
  const changeSource = (s: SourceFilter) => {
    filterStart.current = performance.now();
    setSource(s);
  };

  async function filteredPosts() {
    const all = (await db.posts.toArray()).map(fromStored);
    const rows = rowsFromPosts(all);
    return all.filter(
      (_, i) => rows[i] && rowMatches(rows[i] as InsightRow, { ...filters, source: 'all' }) && source !== 'note',
    );
  }
  function filteredNotes(): NoteRecord[] {
    if (!data || source === 'post') return [];
    const rows = rowsFromNotes(data.notes);
    return data.notes.filter((_, i) => rowMatches(rows[i] as InsightRow, { ...filters, source: 'all' }));
  }
  async function exportCorpus(kind: 'csv' | 'jsonl') {
    const posts = await filteredPosts();
    const stamp = new Date(now()).toISOString().slice(0, 10);
    downloadFile(
      kind === 'csv'
        ? { filename: `diplolens-corpus-${stamp}.csv`, mimeType: 'text/csv;charset=utf-8', content: postsToCsv(posts) }
        : {
            filename: `diplolens-corpus-${stamp}.jsonl`,
            mimeType: 'application/x-ndjson;charset=utf-8',
            content: postsToJsonl(posts),
          },
    );
    setStatus(t('export.exported', { count: posts.length }));
  }
  async function exportCitations(format: CitationFormat) {
    const [posts, cite] = await Promise.all([filteredPosts(), import('../../utils/cite/index')]);
    const sources = [
      ...posts.map((post) => ({ kind: 'post' as const, post })),
      ...filteredNotes().map((note) => ({ kind: 'note' as const, note })),
    ];
    downloadFile(cite.citationFile(sources, format, { now: now() }));
    setStatus(t('export.exported', { count: sources.length }));
  }

  return (
    <I18nProvider lang={lang}>
      <main class="insights" aria-busy={!data}>
        <header>
          <h1>{t('title')}</h1>
          <p class="muted">{t('intro')}</p>
        </header>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        {!data || !insights || !options ? (
          <p class="muted">{t('loading')}</p>
        ) : (
          <>
            <section class="controls" aria-label={t('filters')}>
              <div class="field">
                <label for="insights-source">{t('source')}</label>
                <select
                  id="insights-source"
                  data-role="source"
                  value={source}
                  onChange={(e) => changeSource(e.currentTarget.value as SourceFilter)}
                >
                  {(['all', 'post', 'note'] as const).map((s) => (
                    <option key={s} value={s}>
                      {t(`source.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <NoteFilters
                form={form}
                options={options}
                grouping="none"
                onChange={changeForm}
                onGrouping={() => undefined}
                showGrouping={false}
                open
              />
              {(!isFormEmpty(form) || source !== 'all') && (
                <button
                  type="button"
                  class="quiet"
                  onClick={() => {
                    changeForm(EMPTY_FORM);
                    changeSource('all');
                  }}
                >
                  {t('clear')}
                </button>
              )}
              <p class="summary" data-role="summary" aria-live="polite">
                {t('summary', { posts: insights.posts, notes: insights.notes, mentions: insights.mentions })}
              </p>
            </section>
            {data.rows.length === 0 ? (
              <p data-role="empty">{t('empty')}</p>
            ) : insights.mentions === 0 ? (
              <p data-role="empty">{t('noMatch')}</p>
            ) : (
              <>
                <ChartSection id="heatmap" t={t} title={t('heatmap.title')} desc={t('heatmap.desc')}>
                  <Figure
                    build={() => heatmapChart(insights, labels(t('heatmap.title'), t('heatmap.desc')), width)}
                    deps={[insights, width, l]}
                    onDrawn={onFirstChart}
                  />
                  <HeatmapTable insights={insights} t={t} labels={labels('', '')} />
                </ChartSection>
                <ChartSection id="timeline" t={t} title={t('timeline.title')} desc={t('timeline.desc')}>
                  <Figure
                    build={() => timelineChart(insights, labels(t('timeline.title'), t('timeline.desc')), width)}
                    deps={[insights, width, l]}
                  />
                  <TimelineTable insights={insights} t={t} labels={labels('', '')} />
                </ChartSection>
                <ChartSection id="accounts" t={t} title={t('accounts.title')} desc={t('accounts.desc')}>
                  <Figure
                    build={() => accountsChart(insights, labels(t('accounts.title'), t('accounts.desc')), width)}
                    deps={[insights, width, l]}
                  />
                  <AccountsTable insights={insights} t={t} labels={labels('', '')} />
                </ChartSection>
                {insights.cooccurrence.length > 0 && (
                  <ChartSection id="pairs" t={t} title={t('pairs.title')} desc={t('pairs.desc')}>
                    <Figure
                      build={() => pairsChart(insights, labels(t('pairs.title'), t('pairs.desc')), width)}
                      deps={[insights, width, l]}
                    />
                    <PairsTable insights={insights} t={t} labels={labels('', '')} />
                  </ChartSection>
                )}
              </>
            )}
            <section aria-labelledby="export-h" class="card">
              <h2 id="export-h">{t('export')}</h2>
              <p class="muted">{t('export.explain')}</p>
              <div class="row wrap">
                <button type="button" data-role="export-csv" onClick={() => void exportCorpus('csv')}>
                  {t('export.csv')}
                </button>
                <button type="button" data-role="export-jsonl" onClick={() => void exportCorpus('jsonl')}>
                  {t('export.jsonl')}
                </button>
                <button
                  type="button"
                  class="quiet"
                  data-role="export-bibtex"
                  onClick={() => void exportCitations('bibtex')}
                >
                  {t('export.bibtex')}
                </button>
                <button type="button" class="quiet" data-role="export-ris" onClick={() => void exportCitations('ris')}>
                  {t('export.ris')}
                </button>
                <button
                  type="button"
                  class="quiet"
                  data-role="export-csl"
                  onClick={() => void exportCitations('csl-json')}
                >
                  {t('export.csl')}
                </button>
              </div>
              <p role="status" aria-live="polite" data-role="export-status">
                {status}
              </p>
            </section>
            <PapersSection t={t} l={l} />
          </>
        )}
      </main>
    </I18nProvider>
  );
}

function ChartSection(props: {
  id: string;
  t: InsightsT;
  title: string;
  desc: string;
  children: preact.ComponentChildren;
}) {
  return (
    <section class="card chart" id={props.id} data-chart={props.id} aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      <p class="muted">{props.desc}</p>
      {props.children}
    </section>
  );
}

interface TableProps {
  insights: NonNullable<ReturnType<typeof aggregate>>;
  t: InsightsT;
  labels: ChartLabels;
}

function DataTable({ t, caption, children }: { t: InsightsT; caption: string; children: preact.ComponentChildren }) {
  return (
    <details class="data-table">
      <summary class="table-toggle">{t('dataTable')}</summary>
      <div class="table-wrap">
        <table>
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}

function HeatmapTable({ insights, t, labels }: TableProps) {
  const value = new Map(insights.heatmap.map((c) => [`${c.row}\u0000${c.column}`, c.value]));
  return (
    <DataTable t={t} caption={t('heatmap.title')}>
      <thead>
        <tr>
          <th scope="col">{t('heatmap.concept')}</th>
          {insights.countries.map((c) => (
            <th scope="col" key={c.code} data-country={c.code}>
              {labels.country(c.code)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {insights.concepts.map((c) => (
          <tr key={c.id} data-concept-id={c.id}>
            <th scope="row">{labels.concept(c.id)}</th>
            {insights.countries.map((k) => (
              <td key={k.code} data-country={k.code}>
                {value.get(`${c.id}\u0000${k.code}`) ?? 0}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function TimelineTable({ insights, t, labels }: TableProps) {
  const series = [...new Set(insights.timeline.map((p) => p.country))];
  const value = new Map(insights.timeline.map((p) => [`${p.month}\u0000${p.country}`, p.mentions]));
  return (
    <DataTable t={t} caption={t('timeline.title')}>
      <thead>
        <tr>
          <th scope="col">{t('timeline.month')}</th>
          {series.map((c) => (
            <th scope="col" key={c} data-country={c}>
              {labels.country(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {insights.months.map((m) => (
          <tr key={m} data-month={m}>
            <th scope="row">{m}</th>
            {series.map((c) => (
              <td key={c} data-country={c}>
                {value.get(`${m}\u0000${c}`) ?? 0}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function AccountsTable({ insights, t, labels }: TableProps) {
  return (
    <DataTable t={t} caption={t('accounts.title')}>
      <thead>
        <tr>
          <th scope="col">{t('accounts.account')}</th>
          <th scope="col">{t('accounts.concept')}</th>
          <th scope="col">{t('accounts.mentions')}</th>
        </tr>
      </thead>
      <tbody>
        {insights.accounts.flatMap((a) =>
          a.top.map((c) => (
            <tr key={`${a.account}|${c.id}`} data-concept-id={c.id}>
              <th scope="row">{labels.account(a.account)}</th>
              <td>{labels.concept(c.id)}</td>
              <td>{c.mentions}</td>
            </tr>
          )),
        )}
      </tbody>
    </DataTable>
  );
}

function PairsTable({ insights, t, labels }: TableProps) {
  return (
    <DataTable t={t} caption={t('pairs.title')}>
      <thead>
        <tr>
          <th scope="col">{t('pairs.a')}</th>
          <th scope="col">{t('pairs.b')}</th>
          <th scope="col">{t('pairs.items')}</th>
        </tr>
      </thead>
      <tbody>
        {insights.cooccurrence.map((p) => (
          <tr key={`${p.a}|${p.b}`}>
            <th scope="row">{labels.concept(p.a)}</th>
            <td>{labels.concept(p.b)}</td>
            <td>{p.items}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function PapersSection({ t, l }: { t: InsightsT; l: 'zh' | 'en' }) {
  const [style, setStyle] = useState<CitationStyle>(defaultStyle(l));
  const [refs, setRefs] = useState<{ text: string[]; html: string[] } | null>(null);
  const [copied, setCopied] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../utils/cite/index').then((cite) => {
      if (!live) return;
      setRefs(
        cite.references(
          [
            { kind: 'paper', id: 'han-wu-2024' },
            { kind: 'paper', id: 'gov-weibo-socializing' },
          ],
          style,
        ),
      );
    });
    return () => {
      live = false;
    };
  }, [style]);
  const copy = async (i: number) => {
    if (!refs) return;
    await copyCitation(refs.text[i] ?? '', refs.html[i] ?? '');
    setCopied(i);
  };
  return (
    <section class="card" aria-labelledby="papers-h">
      <h2 id="papers-h">{t('papers.title')}</h2>
      <div class="field">
        <label for="papers-style">{t('style')}</label>
        <select
          id="papers-style"
          data-role="papers-style"
          value={style}
          onChange={(e) => setStyle(e.currentTarget.value as CitationStyle)}
        >
          {CITATION_STYLES.map((s) => (
            <option key={s} value={s}>
              {STYLE_NAMES[s][l]}
            </option>
          ))}
        </select>
      </div>
      <ol class="refs" data-role="paper-refs">
        {refs?.text.map((r, i) => (
          <li key={r} data-role="paper-ref">
            <span class="ref">{r}</span>{' '}
            <button type="button" class="quiet" onClick={() => void copy(i)}>
              {copied === i ? t('copied') : t('copy')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Both forms on the clipboard: a word processor takes the HTML (italics), a plain field the text. */
export async function copyCitation(text: string, html: string): Promise<void> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } catch {
    await navigator.clipboard.writeText(text);
  }
}
