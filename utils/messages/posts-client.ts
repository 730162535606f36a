/**
 * The content script's way to collected posts: typed messages to the background, which owns the database in the
 * extension's origin. The page learns nothing of what was collected.
 */
import type { CollectResult } from '../posts/repo';
import type { PostDraft } from '../posts/types';
import { sendToBackground } from './client';
import type { ClientError, Result } from './notes-client';

export interface PostsClient {
  collect(posts: PostDraft[]): Promise<Result<CollectResult[]>>;
  /** Which of these keys are collected (an empty list when the background cannot say). */
  status(keys: string[]): Promise<string[]>;
}

export function createPostsClient(): PostsClient {
  return {
    async collect(posts) {
      const r = await sendToBackground({ type: 'posts:collect', posts });
      return r.ok ? { ok: true, value: r.results } : { ok: false, error: r.error as ClientError };
    },
    async status(keys) {
      if (keys.length === 0) return [];
      const r = await sendToBackground({ type: 'posts:status', keys });
      return r.ok ? r.collected : [];
    },
  };
}
