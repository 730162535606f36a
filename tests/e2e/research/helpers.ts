/** Reading collected posts and driving the collect control, for the research e2e tests. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { StoredPost } from '../../../utils/notes/db';
import { EXTENSION_DIR, type ExtensionSession } from '../../support/browser';
import { evalInUi } from '../../support/ui';

/** Every collected post in the extension's database, read from one of the extension's own pages. */
export async function readDbPosts(session: ExtensionSession): Promise<StoredPost[]> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  const posts = await page.evaluate(
    () =>
      new Promise<StoredPost[]>((resolve, reject) => {
        const req = indexedDB.open('diplolens');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('posts')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('posts', 'readonly').objectStore('posts').getAll();
          all.onsuccess = () => {
            resolve(all.result as StoredPost[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
  await page.close();
  return posts;
}

export async function waitForPosts(
  session: ExtensionSession,
  predicate: (posts: StoredPost[]) => boolean,
  timeout = 8_000,
): Promise<StoredPost[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const posts = await readDbPosts(session);
    if (predicate(posts) || Date.now() > until) return posts;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The collect controls now drawn in our overlay: key, collected state and centre. */
export async function collectControls(
  page: Page,
): Promise<{ key: string; collected: boolean; x: number; y: number }[]> {
  return (
    (await evalInUi<{ key: string; collected: boolean; x: number; y: number }[]>(
      page,
      `function () {
        return [...this.querySelectorAll('[data-role="collect-post"]')].map((el) => {
          const r = el.getBoundingClientRect();
          return { key: el.getAttribute('data-post-key'), collected: el.getAttribute('data-collected') === 'true',
            x: r.left + r.width / 2, y: r.top + r.height / 2 };
        });
      }`,
    )) ?? []
  );
}

/** The built chunk that holds the citation engine (its name carries a content hash). */
export function citeChunk(): string {
  const file = readdirSync(join(EXTENSION_DIR, 'chunks')).find((f) => /^cite-[\w-]+\.js$/.test(f));
  if (!file) throw new Error('no cite chunk in the build');
  return `/chunks/${file}`;
}
