/**
 * "Collect the posts on this page": reads every loaded post in slices of a few milliseconds (no task of ours near
 * the 50 ms line, the page never blocks), sends them to the background in small batches, and reports its progress
 * to the popup, which polls it. Cancel stops between two posts; what was stored so far stays collected.
 */
import { yieldToMain } from '../../../utils/dom/scheduler';
import type { Result } from '../../../utils/messages/notes-client';
import type { CollectProgress } from '../../../utils/messages/protocol';
import type { CollectResult } from '../../../utils/posts/repo';
import type { PostDraft } from '../../../utils/posts/types';

export const BATCH = 25;
const BUDGET_MS = 8;

export interface PageJobDeps {
  roots(): readonly Element[];
  read(root: Element): PostDraft | null;
  send(batch: PostDraft[]): Promise<Result<CollectResult[]>>;
  onFinish(progress: CollectProgress): void;
  now?: () => number;
  yieldFn?: () => Promise<void>;
}

export interface PageJob {
  start(): CollectProgress;
  progress(): CollectProgress;
  cancel(): CollectProgress;
}

export function createPageJob(deps: PageJobDeps): PageJob {
  const now = deps.now ?? (() => performance.now());
  const yieldFn = deps.yieldFn ?? yieldToMain;
  let progress: CollectProgress = { state: 'idle', total: 0, done: 0, added: 0, skipped: 0 };
  let cancelled = false;

  async function run(roots: readonly Element[]): Promise<void> {
    let batch: PostDraft[] = [];
    const flush = async (): Promise<boolean> => {
      if (batch.length === 0) return true;
      const sent = batch;
      batch = [];
      const res = await deps.send(sent);
      if (!res.ok) {
        progress = { ...progress, state: 'failed', error: { ...res.error, code: 'internal' } };
        return false;
      }
      progress = {
        ...progress,
        done: progress.done + sent.length,
        added: progress.added + res.value.filter((r) => r.created).length,
      };
      return true;
    };
    let sliceStart = now();
    for (const root of roots) {
      if (cancelled) break;
      const draft = root.isConnected ? deps.read(root) : null;
      if (draft) batch.push(draft);
      else progress = { ...progress, skipped: progress.skipped + 1 };
      if (batch.length >= BATCH && !(await flush())) return deps.onFinish(progress);
      if (now() - sliceStart >= BUDGET_MS) {
        await yieldFn();
        sliceStart = now();
      }
    }
    if (!(await flush())) return deps.onFinish(progress);
    progress = { ...progress, state: cancelled ? 'cancelled' : 'done' };
    deps.onFinish(progress);
  }

  return {
    start() {
      if (progress.state === 'running') return progress;
      cancelled = false;
      const roots = [...deps.roots()];
      progress = { state: 'running', total: roots.length, done: 0, added: 0, skipped: 0 };
      void run(roots).catch((err: unknown) => {
        const msg = err instanceof Error ? err.message : String(err);
        progress = { ...progress, state: 'failed', error: { code: 'internal', messageZh: msg, messageEn: msg } };
        deps.onFinish(progress);
      });
      return progress;
    },
    progress: () => progress,
    cancel() {
      if (progress.state === 'running') cancelled = true;
      return progress;
    },
  };
}
