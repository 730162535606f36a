/**
 * The background's message router: the only door to the notes database for content scripts.
 * A message is handled only when it comes from this extension and its shape validates; otherwise it is answered
 * with an 'invalid' error and nothing changes.
 */

import { conceptCardData } from '../../utils/concepts/card-data';
import {
  type BackgroundRequest,
  type Envelope,
  type Fail,
  fail,
  type LangSegment,
  ok,
} from '../../utils/messages/protocol';
import { backgroundRequestSchema } from '../../utils/messages/schemas';
import { toNotesError } from '../../utils/notes/errors';
import type { NotesRepo } from '../../utils/notes/repo';
import { describeIssues } from '../../utils/notes/validate';
import type { PostsRepo } from '../../utils/posts/repo';

export interface MessageSenderLike {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export interface RouterDeps {
  repo: NotesRepo;
  /** Collected posts (absent in tests that do not need them: their messages then answer 'unavailable'). */
  posts?: PostsRepo;
  /** browser.runtime.id, read at call time. */
  extensionId: () => string;
  /** The extension's own origin with a trailing slash (browser.runtime.getURL('/')): its pages' URLs start so. */
  extensionOrigin: () => string;
  detectLanguage: (text: string) => string;
  detectSegments?: (text: string) => LangSegment[];
  openOptions: (hash?: string) => Promise<void>;
  /** Opens a note's page and reveals the highlight when the page has placed it. */
  openNote: (url: string, id: string) => Promise<void>;
  /** Opens the note editor window for a content script (tab, frame) that will connect with `nonce`. */
  openEditorWindow: (target: { tabId: number; frameId: number; nonce: string }) => Promise<void>;
  /** Runs the in-page UI script in one frame of a tab (resolves once it has run). */
  injectContentUi: (target: { tabId: number; frameId: number }) => Promise<void>;
  /** Resolves false when the tab already runs our content script. */
  injectContentScript: (tabId: number) => Promise<boolean>;
  /** Tell every tab that notes changed (see live-sync.ts). */
  broadcastChanged: (urls: string[] | null) => void;
  /** Count a tab's notes again for the toolbar icon (its URL may just have become readable). */
  refreshBadge?: (tabId: number) => Promise<void>;
}

const FOREIGN = fail(
  'invalid',
  '已拒绝：消息不是来自 DiploLens 扩展本身。',
  'Refused: the message did not come from the DiploLens extension itself.',
);

const NO_POSTS = fail('unavailable', '收藏的帖子暂不可用。', 'Collected posts are not available here.');

export function createRouter(deps: RouterDeps) {
  /** A popup has no tab; an extension page opened in a tab has one, and its URL is in our origin. */
  const isExtensionPage = (sender: MessageSenderLike): boolean =>
    !sender.tab || (sender.url?.startsWith(deps.extensionOrigin()) ?? false);

  async function dispatch(req: BackgroundRequest, sender: MessageSenderLike): Promise<Envelope<object>> {
    const { repo } = deps;
    switch (req.type) {
      case 'notes:create':
        return ok({ note: await repo.create(req.draft, req.id === undefined ? {} : { id: req.id }) });
      case 'notes:update':
        return ok({ note: await repo.update(req.id, req.patch) });
      case 'notes:delete':
        return ok({ note: await repo.remove(req.id) });
      case 'notes:restore':
        return ok({ note: await repo.restore(req.note) });
      case 'notes:forUrls':
        return ok({ notes: await repo.forUrls(req.urls) });
      case 'notes:setAnchorStatus':
        return ok({ changed: await repo.setAnchorStatus(req.updates) });
      case 'lang:detect':
        return ok({ lang: deps.detectLanguage(req.text), segments: deps.detectSegments?.(req.text) ?? [] });
      case 'concept:card':
        return ok({ card: conceptCardData(req.id) });
      case 'ui:openNote':
        await deps.openNote(req.url, req.id);
        return ok({});
      case 'ui:openOptions':
        await deps.openOptions(req.hash);
        return ok({});
      case 'page:analyze':
        // Only our own pages (the popup, also when opened in a tab) may inject; a content script must not reach
        // into other tabs.
        if (!isExtensionPage(sender)) {
          return fail('invalid', '只有扩展弹窗可以分析页面。', 'Only the extension popup may analyse a page.');
        }
        return ok({ injected: await deps.injectContentScript(req.tabId) });
      case 'ui:refreshBadge':
        if (!isExtensionPage(sender)) {
          return fail('invalid', '只有扩展页面可以刷新图标计数。', 'Only extension pages may refresh the icon count.');
        }
        await deps.refreshBadge?.(req.tabId);
        return ok({});
      case 'editor:openWindow': {
        // Only a content script (a tab's web page) asks; the window talks to that frame alone.
        const tabId = sender.tab?.id;
        if (tabId === undefined || isExtensionPage(sender)) {
          return fail(
            'invalid',
            '只有网页中的外交透镜可以打开笔记窗口。',
            'Only DiploLens in a web page may open a note window.',
          );
        }
        await deps.openEditorWindow({ tabId, frameId: sender.frameId ?? 0, nonce: req.nonce });
        return ok({});
      }
      case 'content:loadUi': {
        // Only a content script asks, for its own frame; never into another tab or frame.
        const tabId = sender.tab?.id;
        if (tabId === undefined || isExtensionPage(sender)) {
          return fail(
            'invalid',
            '只有网页中的外交透镜可以加载页面界面。',
            'Only DiploLens in a web page may load its page UI.',
          );
        }
        await deps.injectContentUi({ tabId, frameId: sender.frameId ?? 0 });
        return ok({});
      }
      case 'notes:changed':
        if (!isExtensionPage(sender)) {
          return fail('invalid', '只有扩展页面可以通知笔记变更。', 'Only extension pages may announce note changes.');
        }
        deps.broadcastChanged(req.urls);
        return ok({});
      case 'posts:collect':
        if (!deps.posts) return NO_POSTS;
        return ok({ results: await deps.posts.collect(req.posts, deps.detectLanguage) });
      case 'posts:status':
        if (!deps.posts) return NO_POSTS;
        return ok({ collected: await deps.posts.collectedKeys(req.keys) });
    }
  }

  return {
    async handle(message: unknown, sender: MessageSenderLike): Promise<Envelope<object>> {
      if (!sender || sender.id !== deps.extensionId()) return FOREIGN;
      const parsed = backgroundRequestSchema.safeParse(message);
      if (!parsed.success) {
        const detail = describeIssues(parsed.error);
        return fail(
          'invalid',
          `消息格式无效，未作任何更改：${detail.zh}`,
          `Malformed message; nothing was changed: ${detail.en}`,
        );
      }
      try {
        // The schema's output is the validated request (tags trimmed, unknown keys stripped).
        return await dispatch(parsed.data, sender);
      } catch (err) {
        const e = toNotesError(err);
        if (e.code === 'internal') console.error('[DiploLens] background request failed', err);
        return { ok: false, error: e.toJSON() } satisfies Fail;
      }
    },
  };
}

export type Router = ReturnType<typeof createRouter>;
