/**
 * Tells every tab when collected posts change — collected from a page, deleted or restored in the popup, imported
 * in the options page (Dexie reports commits of every extension context here) — so the in-page collect controls
 * show what is collected. Kept apart from live-sync.ts, which speaks for notes.
 */
import { Dexie, type ObservabilitySet } from 'dexie';

export function startPostsSync(options: { dbName: string; notify: () => void; debounceMs?: number }): () => void {
  const prefix = `idb://${options.dbName}/posts/`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onMutated = (parts: ObservabilitySet) => {
    if (!('all' in parts) && !Object.keys(parts).some((k) => k.startsWith(prefix))) return;
    if (timer === undefined) {
      timer = setTimeout(() => {
        timer = undefined;
        options.notify();
      }, options.debounceMs ?? 100);
    }
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  return () => {
    Dexie.on.storagemutated.unsubscribe(onMutated);
    if (timer !== undefined) clearTimeout(timer);
  };
}
