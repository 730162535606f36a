/**
 * Live sync: whenever notes change — written by the background, the popup or the options page (Dexie propagates
 * commits between same-origin contexts) — every tab hears `notes:changed` and re-queries its notes.
 */
import { Dexie, type IntervalTree, type ObservabilitySet, RangeSet } from 'dexie';

/** The exact URLs a mutation touched when Dexie reports them as single keys; null when it can only say "something". */
export function urlsFromParts(parts: ObservabilitySet, dbName: string): string[] | null | 'none' {
  const prefix = `idb://${dbName}/notes/`;
  // Dexie's "everything may have changed" signal (e.g. after a page comes back from the bfcache).
  if ('all' in parts) return null;
  const touched = Object.keys(parts).filter((k) => k.startsWith(prefix));
  if (!touched.length) return 'none';
  const tree: IntervalTree | undefined = parts[`${prefix}url`];
  if (!tree) return null;
  const urls: string[] = [];
  for (const node of RangeSet(tree)) {
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    urls.push(node.from);
  }
  return urls.length ? urls : null;
}

export interface LiveSyncOptions {
  dbName: string;
  /** Called once per burst of changes. */
  notify: (urls: string[] | null) => void;
  debounceMs?: number;
}

export interface LiveSync {
  /** Queue a change reported by a message (merged with Dexie's own reports into one notification). */
  announce(urls: string[] | null): void;
  stop(): void;
}

/** Subscribes to Dexie's storagemutated event. */
export function startLiveSync({ dbName, notify, debounceMs = 50 }: LiveSyncOptions): LiveSync {
  let pending: Set<string> | null | undefined; // undefined: nothing pending; null: "anything"
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const p = pending;
    pending = undefined;
    if (p !== undefined) notify(p === null ? null : [...p].sort());
  };

  const announce = (urls: string[] | null) => {
    if (urls === null || pending === null) pending = null;
    else pending = new Set([...(pending ?? []), ...urls]);
    if (timer === undefined) timer = setTimeout(flush, debounceMs);
  };

  const onMutated = (parts: ObservabilitySet) => {
    const urls = urlsFromParts(parts, dbName);
    if (urls !== 'none') announce(urls);
  };

  Dexie.on.storagemutated.subscribe(onMutated);
  return {
    announce,
    stop() {
      Dexie.on.storagemutated.unsubscribe(onMutated);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
