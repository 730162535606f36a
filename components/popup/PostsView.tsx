import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { getConcept } from '../../utils/concepts/index';
import { rowMatches } from '../../utils/insights/aggregate';
import { rowsFromPosts } from '../../utils/insights/rows';
import type { PostRecord } from '../../utils/posts/types';
import { PostSearchIndex } from '../../utils/search/post-index';
import { authorLabel, PLATFORM_NAMES } from '../../utils/sites/platforms';
import { CountryCode } from '../common/CountryCode';
import { useUiLanguage } from '../common/i18n';
import { CiteMenu } from './CiteMenu';
import { usePopup } from './context';
import { EMPTY_FORM, type FilterForm, type FilterOptions, isFormEmpty, toSearchFilters } from './filter-options';
import { NoteFilters } from './NoteFilters';
import { createPostsStore, type PostsStore } from './posts-store';
import { useResearchT } from './research-messages';

/** How many rows the popup draws at once; search and filters narrow a larger collection. */
const SHOWN = 200;

function optionsOf(posts: readonly PostRecord[], l: 'zh' | 'en'): FilterOptions {
  const concepts = new Map<string, string>();
  const sites = new Set<string>();
  const countries = new Map<string, string>();
  for (const p of posts) {
    for (const id of p.conceptIds) if (!concepts.has(id)) concepts.set(id, getConcept(id)?.name[l] ?? id);
    if (p.site) sites.add(p.site);
    const m = p.context.author.mission;
    if (p.country && m && !countries.has(p.country)) countries.set(p.country, l === 'zh' ? m.countryZh : m.countryEn);
  }
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  return {
    concepts: [...concepts].map(([value, label]) => ({ value, label })).sort(byLabel),
    tags: [],
    sites: [...sites].map((s) => ({ value: s, label: s })).sort(byLabel),
    countries: [...countries].map(([value, label]) => ({ value, label })).sort(byLabel),
  };
}

/** Collected posts: search as in Notes, the Notes filters that apply to posts, cite, open, delete with undo. */
export function PostsView({ store: given }: { store?: PostsStore }) {
  const r = useResearchT();
  const l = useUiLanguage() === 'zh-CN' ? 'zh' : 'en';
  const { now, announceUndo } = usePopup();
  const store = useMemo(() => given ?? createPostsStore(), [given]);
  const index = useMemo(() => new PostSearchIndex(), []);
  const [posts, setPosts] = useState<PostRecord[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);

  useEffect(
    () =>
      store.subscribe(
        (next) => {
          index.set(next);
          setPosts(next);
        },
        (err) => setError(err),
      ),
    [store, index],
  );

  const results = useMemo(() => {
    if (!posts) return [];
    const filters = toSearchFilters(form, now());
    if (isFormEmpty(form)) return index.search(query);
    const all = rowsFromPosts(posts);
    const rows = new Map(posts.map((p, i) => [p, all[i] ?? null] as const));
    return index.search(query, (p) => {
      const row = rows.get(p);
      return row ? rowMatches(row, filters) : false;
    });
  }, [posts, index, query, form, now]);
  const options = useMemo(() => optionsOf(posts ?? [], l), [posts, l]);

  const remove = useCallback(
    async (post: PostRecord) => {
      try {
        const removed = await store.remove(post.key);
        announceUndo(r('posts.deleted'), async () => {
          await store.restore(removed);
          return r('posts.restored');
        });
      } catch (err) {
        announceUndo(r('posts.error', { message: err instanceof Error ? err.message : String(err) }));
      }
    },
    [store, announceUndo, r],
  );

  if (error)
    return (
      <p role="alert" class="error">
        {r('posts.error', { message: String(error) })}
      </p>
    );
  if (posts === null) return <p class="muted">…</p>;
  return (
    <div class="notes-view posts-view">
      <div class="search">
        <label class="sr-only" for="post-search">
          {r('posts.search')}
        </label>
        <input
          id="post-search"
          type="search"
          data-role="post-search"
          placeholder={r('posts.searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <NoteFilters
        form={form}
        options={options}
        grouping="none"
        onChange={setForm}
        onGrouping={() => undefined}
        showGrouping={false}
      />
      <p class="muted count" data-role="post-count">
        {r('posts.count', { shown: results.length, total: posts.length })}
      </p>
      {posts.length === 0 ? (
        <p data-role="empty">{r('posts.empty')}</p>
      ) : results.length === 0 ? (
        <p data-role="empty">{r('posts.noMatch')}</p>
      ) : (
        <ul class="plain post-list" aria-label={r('tab.posts')}>
          {results.slice(0, SHOWN).map((p) => (
            <PostRow key={p.key} post={p} onDelete={remove} />
          ))}
        </ul>
      )}
      {results.length > SHOWN && <p class="muted">{r('posts.more', { count: SHOWN })}</p>}
    </div>
  );
}

function PostRow({ post, onDelete }: { post: PostRecord; onDelete: (p: PostRecord) => void }) {
  const r = useResearchT();
  const l = useUiLanguage() === 'zh-CN' ? 'zh' : 'en';
  const c = post.context;
  const m = c.author.mission;
  const author = authorLabel(c.platform, c.author);
  const when =
    post.published > 0
      ? new Date(post.published).toLocaleString(l === 'zh' ? 'zh-CN' : 'en', {
          dateStyle: 'medium',
          timeStyle: 'short',
        })
      : '';
  const source = useCallback(() => ({ kind: 'post' as const, post }), [post]);
  return (
    <li class="post" data-post-key={post.key} data-platform={c.platform}>
      <div class="post-head">
        <strong>
          {m && (
            <>
              <CountryCode code={m.countryCode} />{' '}
            </>
          )}
          {author}
        </strong>
        <span class="muted">
          {' · '}
          {PLATFORM_NAMES[c.platform][l]}
          {when && ` · ${when}`}
        </span>
      </div>
      <p class="post-text" lang={post.lang.startsWith('zh') ? 'zh' : post.lang === 'en' ? 'en' : undefined}>
        {post.text}
      </p>
      {post.concepts.length > 0 && (
        <ul class="chips" aria-label={r('posts.concepts')}>
          {post.concepts.map((k) => (
            <li key={k.id} class="chip static" data-concept-id={k.id}>
              {getConcept(k.id)?.name[l] ?? k.id} <span class="count">{k.count}</span>
            </li>
          ))}
        </ul>
      )}
      <div class="row actions">
        <a class="link" href={c.permalink} target="_blank" rel="noopener noreferrer" data-role="open-post">
          {r('posts.open')}
        </a>
        <CiteMenu source={source} label={`${r('cite.button')}: ${author}`} />
        <button
          type="button"
          class="quiet danger"
          data-role="delete-post"
          aria-label={r('posts.deleteLabel', { author })}
          onClick={() => onDelete(post)}
        >
          {r('posts.delete')}
        </button>
      </div>
    </li>
  );
}
