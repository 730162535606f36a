/**
 * Collecting posts on a page, wired together: the collect control beside each post, the concept card's
 * "Collect this post", the keyboard command and the context menu (the post they mean: target.ts), and "Collect the
 * posts on this page" (page-job.ts). Every reader action must be a trusted event: a page can synthesise clicks and
 * keys, never trusted ones, so it cannot collect posts; and what was collected stays in the extension's origin.
 */
import type { ContentState } from '../../../components/content/state';
import type { Occurrence } from '../../../utils/dom/page-scanner';
import type { Translate } from '../../../utils/i18n';
import type { Matcher } from '../../../utils/matcher/types';
import type { PostsClient } from '../../../utils/messages/posts-client';
import type { CollectProgress } from '../../../utils/messages/protocol';
import { readPost } from '../../../utils/posts/read';
import type { PostDraft } from '../../../utils/posts/types';
import type { SiteAdapter } from '../../../utils/sites/types';
import type { Store } from '../../../utils/state/store';
import { inEditable } from '../notes/selection';
import { createCollectControls } from './controls';
import { createPageJob } from './page-job';
import { postRootAtPoint, postRootInView, postRootOf } from './target';

export interface PostsControllerDeps {
  store: Store<ContentState>;
  client: PostsClient;
  adapter: SiteAdapter;
  matcher: Matcher;
  postRoots(): readonly Element[];
  /** The term occurrence the concept card is open on. */
  cardOccurrence(): Occurrence | null;
  t: () => Translate;
  lang: () => 'zh' | 'en';
}

export interface PostsController {
  refresh(): void;
  /** The keyboard command or the context menu. */
  collectCommand(via: 'key' | 'menu'): void;
  startPage(): CollectProgress;
  progress(): CollectProgress;
  cancel(): CollectProgress;
  postsChanged(): void;
  actions: { collectPost(key: string, trusted: boolean): void; collectCardPost(trusted: boolean): void };
  destroy(): void;
}

export function createPostsController(deps: PostsControllerDeps): PostsController {
  const { store, adapter } = deps;
  const href = () => location.href;
  const text = (key: Parameters<Translate>[0], params?: Record<string, string | number>) => deps.t()(key, params);
  const toast = (t: string, kind: 'info' | 'error' = 'info') => store.set({ toast: { text: t, kind } });
  const read = (root: Element): PostDraft | null =>
    readPost(adapter, root, { href: href(), matcher: deps.matcher, roots: deps.postRoots() });

  const controls = createCollectControls({
    store,
    adapter,
    href,
    postRoots: deps.postRoots,
    status: (keys) => deps.client.status(keys),
  });

  async function collectRoot(root: Element | null | undefined, key?: string): Promise<void> {
    const draft = root ? read(root) : null;
    if (!draft) {
      toast(text('collect.noPost'), 'error');
      return;
    }
    if (key) controls.setBusy(key, true);
    const res = await deps.client.collect([draft]);
    if (key) controls.setBusy(key, false);
    if (!res.ok) {
      toast(
        text('collect.failed', { message: deps.lang() === 'zh' ? res.error.messageZh : res.error.messageEn }),
        'error',
      );
      return;
    }
    controls.markCollected(res.value.map((r) => r.key));
    toast(text(res.value[0]?.created === false ? 'collect.updated' : 'collect.done'));
  }

  // Where the reader last opened the context menu and pointed: trusted events only (a page can dispatch others).
  let menuTarget: Node | null = null;
  let pointer: { x: number; y: number } | null = null;
  const onContextMenu = (e: MouseEvent) => {
    if (e.isTrusted) menuTarget = e.target instanceof Node ? e.target : null;
  };
  const onPointerMove = (e: PointerEvent) => {
    if (e.isTrusted) pointer = { x: e.clientX, y: e.clientY };
  };
  const roots = () => deps.postRoots();

  function commandTarget(via: 'key' | 'menu'): Element | null {
    if (via === 'menu') return postRootOf(adapter, roots(), menuTarget, href());
    const sel = document.getSelection();
    if (sel && sel.rangeCount > 0 && !sel.isCollapsed) {
      const r = postRootOf(adapter, roots(), sel.getRangeAt(0).commonAncestorContainer, href());
      if (r) return r;
    }
    const o = store.get().card ? deps.cardOccurrence() : null;
    const inCard = o ? postRootOf(adapter, roots(), o.range.startContainer, href()) : null;
    if (inCard) return inCard;
    const under = pointer ? postRootAtPoint(adapter, roots(), pointer.x, pointer.y, href()) : null;
    return under ?? postRootInView(adapter, roots(), window.innerHeight);
  }

  // The manifest's command arrives through the background; where the browser leaves Alt+Shift+P to the page, the
  // key still works — only when the reader pressed it.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isTrusted && e.altKey && e.shiftKey && e.code === 'KeyP' && !inEditable(document.activeElement)) {
      e.preventDefault();
      void collectRoot(commandTarget('key'));
    }
  };

  // The card offers "Collect this post" once it is open on a term that stands in a post.
  const unsubscribe = store.subscribe((state) => {
    const card = state.card;
    if (!card || card.canCollect !== undefined) return;
    const o = card.via === 'badge' ? null : deps.cardOccurrence();
    const canCollect = Boolean(o && postRootOf(adapter, roots(), o.range.startContainer, href()));
    store.set({ card: { ...card, canCollect } });
  });

  const job = createPageJob({
    roots,
    read,
    send: (batch) => deps.client.collect(batch),
    onFinish: (p) => {
      controls.forget();
      if (p.state === 'failed') {
        const e = p.error;
        toast(
          text('collect.failed', { message: e ? (deps.lang() === 'zh' ? e.messageZh : e.messageEn) : '' }),
          'error',
        );
      } else toast(text('collect.pageDone', { count: p.done, added: p.added }));
    },
  });

  document.addEventListener('contextmenu', onContextMenu, { capture: true, passive: true });
  document.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  document.addEventListener('keydown', onKeyDown, { capture: true });

  return {
    refresh: () => controls.refresh(),
    collectCommand: (via) => void collectRoot(commandTarget(via)),
    startPage: () => job.start(),
    progress: () => job.progress(),
    cancel: () => job.cancel(),
    postsChanged: () => controls.forget(),
    actions: {
      collectPost(key, trusted) {
        if (!trusted) return;
        void collectRoot(controls.rootOf(key), key);
      },
      collectCardPost(trusted) {
        if (!trusted) return;
        const o = deps.cardOccurrence();
        void collectRoot(o ? postRootOf(adapter, roots(), o.range.startContainer, href()) : null);
      },
    },
    destroy() {
      unsubscribe();
      controls.destroy();
      job.cancel();
      document.removeEventListener('contextmenu', onContextMenu, { capture: true });
      document.removeEventListener('pointermove', onPointerMove, { capture: true });
      document.removeEventListener('keydown', onKeyDown, { capture: true });
    },
  };
}
