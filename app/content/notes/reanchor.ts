/**
 * Brings the reader's notes back on every visit and keeps them in place: fetches the notes of the page's URLs (a
 * post's permalink, the page's URL), re-anchors each root's notes whenever its text changes (Weibo's recycled
 * slots included), records anchor statuses, and repaints.
 */
import { placeNotes } from '../../../utils/anchoring/place';
import { buildTextIndex, rangeFromOffsets } from '../../../utils/anchoring/text-index';
import type { NotesClient } from '../../../utils/messages/notes-client';
import type { AnchorStatus, NoteRecord } from '../../../utils/notes/types';
import { isWebUrl } from '../../../utils/notes/url';
import { currentRoots, type RootInfo, rootKey } from '../../../utils/sites/roots';
import type { SiteAdapter } from '../../../utils/sites/types';
import type { NotesModel } from './model';

export interface ReanchorDeps {
  model: NotesModel;
  client: NotesClient;
  adapter: SiteAdapter;
  /** The post text roots now in the page (memoised per page change by the caller). */
  postRoots(): readonly Element[];
  paint(): void;
  onError(error: { messageZh: string; messageEn: string }): void;
  doc?: Document;
  href?: () => string;
}

export interface Reanchorer {
  /** Re-anchors soon (debounced: a burst of page mutations costs one pass). */
  refresh(): void;
  /** Re-anchors now. */
  refreshNow(): Promise<void>;
  /** Notes changed elsewhere: forget what we fetched and placed, then fetch and place again. */
  reload(): Promise<void>;
  /** Places every note again, even in roots whose text did not change (a note restored by undo). */
  reanchorAll(): Promise<void>;
  /** The URL was fetched already (a note just saved there). */
  markFetched(url: string): void;
  destroy(): void;
}

const REFRESH_DEBOUNCE_MS = 60;

export function createReanchorer(deps: ReanchorDeps): Reanchorer {
  const { model, client } = deps;
  const doc = deps.doc ?? document;
  const href = deps.href ?? (() => location.href);
  const fetchedUrls = new Set<string>();
  /** Root text last anchored against, so an unchanged post is not re-anchored on every mutation burst. */
  const anchoredText = new Map<string, { element: Element; text: string; notes: string }>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Fetches in flight: a pass that finds its URLs already asked for waits for the answer before placing. */
  const inFlight = new Set<Promise<void>>();

  async function fetchNotes(urls: string[]): Promise<void> {
    // Only web pages have notes (an about:srcdoc frame has none to ask for).
    const fresh = [...new Set(urls)].filter((u) => isWebUrl(u) && !fetchedUrls.has(u));
    if (fresh.length === 0) {
      // Otherwise a pass racing a reload would place nothing and wipe every note off the page for a moment.
      await Promise.all(inFlight);
      return;
    }
    for (const u of fresh) fetchedUrls.add(u);
    const fetching = (async () => {
      const res = await client.forUrls(fresh);
      if (!res.ok) {
        for (const u of fresh) fetchedUrls.delete(u);
        deps.onError(res.error);
        return;
      }
      for (const n of res.value) model.notes.set(n.id, n);
    })();
    inFlight.add(fetching);
    try {
      await Promise.all(inFlight);
    } finally {
      inFlight.delete(fetching);
    }
  }

  function notesFor(info: RootInfo): NoteRecord[] {
    const key = rootKey(info.root);
    return [...model.notes.values()].filter((n) => n.url === info.url && rootKey(n.root) === key);
  }

  async function refreshNow(): Promise<void> {
    const roots = currentRoots(deps.adapter, doc, href(), deps.postRoots);
    await fetchNotes(roots.map((r) => r.url));
    const statusUpdates: { id: string; status: AnchorStatus }[] = [];
    const present = new Set<string>();
    for (const info of roots) {
      const mine = notesFor(info);
      const key = `${rootKey(info.root)}|${info.url}`;
      present.add(key);
      if (mine.length === 0) {
        anchoredText.delete(key);
        continue;
      }
      const index = buildTextIndex(info.element);
      const signature = mine.map((n) => `${n.id}:${n.updatedAt}`).join(',');
      const last = anchoredText.get(key);
      if (last && last.element === info.element && last.text === index.text && last.notes === signature) {
        const stillLive = mine.every((n) => model.placed.get(n.id)?.startContainer.isConnected !== false);
        if (stillLive) continue;
      }
      anchoredText.set(key, { element: info.element, text: index.text, notes: signature });
      for (const p of placeNotes(index.text, mine)) {
        const range = p.start !== undefined && p.end !== undefined ? rangeFromOffsets(index, p.start, p.end) : null;
        if (range) model.place(p.id, range);
        else model.unplace(p.id);
        const status: AnchorStatus = range ? p.status : 'orphan';
        const note = model.notes.get(p.id);
        if (note && status !== note.anchorStatus) {
          statusUpdates.push({ id: p.id, status });
          model.notes.set(p.id, { ...note, anchorStatus: status });
        }
      }
    }
    // Posts scrolled out of a recycled list are not orphans: their notes simply wait for the post to return. A
    // recycled slot keeps its text nodes, so "still connected" is not enough: the note's root must still be here.
    for (const [id, range] of model.placed) {
      const n = model.notes.get(id);
      if (!n || !range.startContainer.isConnected || !present.has(`${rootKey(n.root)}|${n.url}`)) model.unplace(id);
    }
    for (const key of anchoredText.keys()) if (!present.has(key)) anchoredText.delete(key);
    deps.paint();
    if (statusUpdates.length > 0) void client.setAnchorStatus(statusUpdates);
  }

  return {
    refresh() {
      clearTimeout(timer);
      timer = setTimeout(() => void refreshNow(), REFRESH_DEBOUNCE_MS);
    },
    refreshNow,
    reload() {
      model.clear();
      fetchedUrls.clear();
      anchoredText.clear();
      return refreshNow();
    },
    reanchorAll() {
      anchoredText.clear();
      return refreshNow();
    },
    markFetched(url) {
      fetchedUrls.add(url);
    },
    destroy() {
      clearTimeout(timer);
    },
  };
}
