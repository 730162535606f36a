import { sendToBackground } from '../../utils/messages/client';
import { openDb } from '../../utils/notes/db';
import { createNotesRepo } from '../../utils/notes/repo';
import { createPostsRepo } from '../../utils/posts/repo';
import type { NotesStore } from './DataSection';

/**
 * The options page's view of the notes database (extension origin). Writes go through the repo, which
 * validates and runs each call in one transaction; reading everything for export is a plain table read.
 * After a write, the background is told so open tabs re-anchor (it may be asleep and miss Dexie's own broadcast).
 */
export function createNotesStore(): NotesStore {
  const db = openDb();
  const repo = createNotesRepo(db);
  const posts = createPostsRepo(db);
  const announce = () => void sendToBackground({ type: 'notes:changed', urls: null });
  return {
    count: () => db.notes.count(),
    listAll: () => db.notes.toArray(),
    bulkImport: async (notes) => {
      const result = await repo.bulkImport(notes);
      if (result.added > 0) announce();
      return result;
    },
    clear: async () => {
      await repo.clear();
      announce();
    },
    listPosts: () => posts.list(),
    importAll: async (notes, list) => {
      // One transaction over notes and posts: a bad record anywhere leaves both as they were.
      const result = await db.transaction('rw', db.notes, db.posts, db.postFacts, async () => {
        const n = await repo.bulkImport(notes);
        const p = await posts.bulkImport(list);
        return { ...n, posts: p.added + p.updated };
      });
      if (result.added > 0 || result.posts > 0) announce();
      return result;
    },
  };
}
