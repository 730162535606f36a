import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeSelectors } from '../../../utils/anchoring/describe';
import type { NotesClient, Result } from '../../../utils/messages/notes-client';
import type { AnchorStatus, NoteRecord } from '../../../utils/notes/types';
import { makeNote } from '../../../utils/search/test-notes';
import { xAdapter } from '../../../utils/sites/x/index';
import { timeline } from '../../../utils/sites/x/test-fixtures';
import { createNotesModel } from './model';
import { createReanchorer } from './reanchor';

const HOME = 'https://x.com/home';
const US = { name: 'U.S. Embassy China', handle: 'USA_China_Talk', id: '1790000000000000001' };
const UK = { name: 'UK in China', handle: 'UKinChina', id: '1790000000000000002' };

function noteIn(id: string, text: string, exact: string, tweet: { handle: string; id: string }): NoteRecord {
  const start = text.indexOf(exact);
  const { quote, position } = describeSelectors(text, start, start + exact.length);
  return makeNote({
    id,
    url: `https://x.com/${tweet.handle}/status/${tweet.id}`,
    root: { kind: 'post', platform: 'x', postId: tweet.id },
    quote,
    position,
  });
}

function fakeClient(notes: NoteRecord[]) {
  const asked: string[][] = [];
  const statuses: { id: string; status: AnchorStatus }[][] = [];
  const client = {
    async forUrls(urls: string[]): Promise<Result<NoteRecord[]>> {
      asked.push(urls);
      return { ok: true, value: notes.filter((n) => urls.includes(n.url)) };
    },
    async setAnchorStatus(updates: { id: string; status: AnchorStatus }[]): Promise<Result<null>> {
      statuses.push(updates);
      return { ok: true, value: null };
    },
  } as unknown as NotesClient;
  return { client, asked, statuses };
}

afterEach(() => {
  document.body.replaceChildren();
});

function reanchorer(notes: NoteRecord[]) {
  const model = createNotesModel();
  const fake = fakeClient(notes);
  let paints = 0;
  const errors: string[] = [];
  const r = createReanchorer({
    model,
    client: fake.client,
    adapter: xAdapter,
    postRoots: () => xAdapter.postRoots(document),
    paint: () => paints++,
    onError: (e) => errors.push(e.messageEn),
    href: () => HOME,
  });
  return { r, model, fake, paints: () => paints, errors };
}

describe('re-anchoring notes per post', () => {
  it("fetches the notes of every post's permalink once and places each in its own tweet", async () => {
    timeline([
      { ...US, text: 'Digital diplomacy starts with listening.' },
      { ...UK, text: 'Digital diplomacy starts with listening.' },
    ]);
    const a = noteIn('a', 'Digital diplomacy starts with listening.', 'starts with', US);
    const b = noteIn('b', 'Digital diplomacy starts with listening.', 'listening', UK);
    const { r, model, fake, paints } = reanchorer([a, b]);
    await r.refreshNow();
    expect(fake.asked).toEqual([[a.url, b.url]]);
    const placedA = model.placed.get('a');
    const placedB = model.placed.get('b');
    expect(placedA?.toString()).toBe('starts with');
    expect(placedB?.toString()).toBe('listening');
    // Same words in two tweets: each note sits in its own.
    expect(placedA?.startContainer.parentElement?.closest('article')).not.toBe(
      placedB?.startContainer.parentElement?.closest('article'),
    );
    expect(paints()).toBe(1);
    await r.refreshNow();
    expect(fake.asked).toHaveLength(1);
  });

  it('records a changed status (fuzzy, orphan) and keeps an orphan stored, unplaced', async () => {
    timeline([{ ...US, text: 'Digital diplomacy now starts with listening.' }]);
    const moved = noteIn('m', 'Digital diplomacy starts with listening.', 'starts with listening', US);
    const gone = noteIn('g', 'Digital diplomacy starts with listening.', 'Completely different words', US);
    const { r, model, fake } = reanchorer([
      moved,
      { ...gone, quote: { ...gone.quote, exact: 'nothing like this here at all' } },
    ]);
    await r.refreshNow();
    expect(model.placed.get('m')?.toString()).toBe('starts with listening');
    expect(model.placed.has('g')).toBe(false);
    expect(model.notes.get('g')?.anchorStatus).toBe('orphan');
    expect(fake.statuses.flat()).toContainEqual({ id: 'g', status: 'orphan' });
  });

  it('lets a note wait (not orphaned) while its tweet is out of the recycled list, and places it again after', async () => {
    timeline([{ ...US, text: 'Digital diplomacy starts with listening.' }]);
    const a = noteIn('a', 'Digital diplomacy starts with listening.', 'listening', US);
    const { r, model, fake } = reanchorer([a]);
    await r.refreshNow();
    expect(model.placed.has('a')).toBe(true);
    // The cell is recycled for another tweet.
    document.body.replaceChildren();
    timeline([{ ...UK, text: 'Another tweet entirely.' }]);
    await r.refreshNow();
    expect(model.placed.has('a')).toBe(false);
    expect(fake.statuses.flat()).toEqual([]);
    document.body.replaceChildren();
    timeline([{ ...US, text: 'Digital diplomacy starts with listening.' }]);
    await r.refreshNow();
    expect(model.placed.get('a')?.toString()).toBe('listening');
  });

  it('fetches again after notes changed elsewhere (reload), and reports a failed fetch', async () => {
    timeline([{ ...US, text: 'x' }]);
    const { r, fake } = reanchorer([]);
    await r.refreshNow();
    await r.reload();
    expect(fake.asked).toHaveLength(2);
    const failing = createReanchorer({
      model: createNotesModel(),
      client: {
        forUrls: async () => ({ ok: false, error: { code: 'internal', messageZh: '失败', messageEn: 'failed' } }),
      } as unknown as NotesClient,
      adapter: xAdapter,
      postRoots: () => xAdapter.postRoots(document),
      paint: () => undefined,
      onError: (e) => errs.push(e.messageEn),
      href: () => HOME,
    });
    const errs: string[] = [];
    await failing.refreshNow();
    expect(errs).toEqual(['failed']);
  });
});
