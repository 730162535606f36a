/**
 * The popup's view of collected posts (extension origin): a live list, newest collected first, and delete with undo
 * through the validating repository.
 */
import { liveQuery } from 'dexie';
import { type DiploLensDB, openDb } from '../../utils/notes/db';
import { createPostsRepo, fromStored } from '../../utils/posts/repo';
import type { PostRecord } from '../../utils/posts/types';

export interface PostsStore {
  subscribe(onPosts: (posts: PostRecord[]) => void, onError: (err: unknown) => void): () => void;
  remove(key: string): Promise<PostRecord[]>;
  restore(posts: PostRecord[]): Promise<void>;
}

export function createPostsStore(db: DiploLensDB = openDb()): PostsStore {
  const repo = createPostsRepo(db);
  return {
    subscribe(onPosts, onError) {
      const sub = liveQuery(() => db.posts.orderBy('collectedAt').reverse().toArray()).subscribe({
        next: (rows) => onPosts(rows.map(fromStored)),
        error: onError,
      });
      return () => sub.unsubscribe();
    },
    remove: (key) => repo.remove([key]),
    restore: (posts) => repo.restore(posts),
  };
}
