import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DiploLensDB, openDb } from './db';
import { NotesError } from './errors';
import { makeDraft, makeRecord, uniqueDbName } from './fixtures';
import { createNotesRepo, type NotesRepo } from './repo';
import type { NoteRecord } from './types';

let db: DiploLensDB;
let repo: NotesRepo;
let clock = 1000;

beforeEach(() => {
  db = openDb(uniqueDbName());
  clock = 1000;
  repo = createNotesRepo(db, { now: () => clock++ });
});
afterEach(() => db.close());

async function expectCode(p: Promise<unknown>, code: NotesError['code']): Promise<NotesError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NotesError);
  const ne = err as NotesError;
  expect(ne.code).toBe(code);
  expect(ne.messageZh.length).toBeGreaterThan(0);
  expect(ne.messageEn.length).toBeGreaterThan(0);
  return ne;
}

describe('create', () => {
  it('fills id, times, defaults, normalises the URL and copies the mission country', async () => {
    const note = await repo.create(
      makeDraft({
        context: {
          platform: 'weibo',
          postId: 'Nabc',
          permalink: 'https://weibo.com/1743951792/Nabc',
          author: {
            name: '美国驻华大使馆',
            id: '1743951792',
            mission: { countryCode: 'US', countryZh: '美国', countryEn: 'United States', missionType: 'embassy' },
          },
        },
      }),
    );
    expect(note.id).toMatch(/[0-9a-f-]{36}/);
    expect(note.url).toBe('https://www.mfa.gov.cn/web/wjdt_674879/t1.shtml');
    expect(note.country).toBe('US');
    expect(note).toMatchObject({ anchorStatus: 'anchored', archived: 0, reviewCount: 0, createdAt: 1000 });
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('trims and de-duplicates tags', async () => {
    const note = await repo.create(makeDraft({ tags: [' EU ', 'eu', '', '  ', '数字主权', '数字主权 '] }));
    expect(note.tags).toEqual(['EU', '数字主权']);
  });

  it.each([
    ['a colour outside the palette', { color: 'red' }],
    [
      'a quote over 10 000 chars',
      { quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(10_001), prefix: '', suffix: '' } },
    ],
    ['an empty quote', { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } }],
    ['a note over 20 000 chars', { note: 'n'.repeat(20_001) }],
    ['33 tags', { tags: Array.from({ length: 33 }, (_, i) => `t${i}`) }],
    ['a tag of 65 chars', { tags: ['t'.repeat(65)] }],
    ['a relative URL', { url: '/web/t1.shtml' }],
    ['an inverted position', { position: { type: 'TextPositionSelector', start: 9, end: 2 } }],
  ])('refuses %s and writes nothing', async (_label, bad) => {
    const err = await expectCode(repo.create({ ...makeDraft(), ...(bad as object) } as never), 'invalid');
    expect(err.messageEn).toMatch(/New note/);
    expect(await db.notes.count()).toBe(0);
  });

  it('explains a refusal in both languages', async () => {
    const err = await expectCode(repo.create(makeDraft({ tags: ['t'.repeat(65)] })), 'invalid');
    expect(err.messageZh).toContain('tags.0：最多 64 个字符');
    expect(err.messageEn).toContain('tags.0: at most 64 characters');
  });

  it('accepts the limits exactly', async () => {
    const note = await repo.create(
      makeDraft({
        quote: { type: 'TextQuoteSelector', exact: '字'.repeat(10_000), prefix: '', suffix: '' },
        note: 'n'.repeat(20_000),
        tags: Array.from({ length: 32 }, (_, i) => `${i}`.padEnd(64, 'x')),
      }),
    );
    expect(note.tags).toHaveLength(32);
  });
});

describe('create with a sender-chosen id (retry after a lost answer)', () => {
  it('stores under that id; the same save again returns the stored note and adds nothing', async () => {
    const first = await repo.create(makeDraft(), { id: 'save-1' });
    expect(first.id).toBe('save-1');
    const retried = await repo.create(makeDraft(), { id: 'save-1' });
    expect(retried).toEqual(first);
    expect(await db.notes.count()).toBe(1);
  });

  it('refuses a different save under an existing id and changes nothing', async () => {
    const first = await repo.create(makeDraft(), { id: 'save-2' });
    await expectCode(repo.create(makeDraft({ note: 'other' }), { id: 'save-2' }), 'invalid');
    expect(await db.notes.toArray()).toEqual([first]);
  });

  it('validates the chosen id', async () => {
    await expectCode(repo.create(makeDraft(), { id: '' }), 'invalid');
    expect(await db.notes.count()).toBe(0);
  });
});

describe('update / remove / restore / get', () => {
  it('updates allowed fields and bumps updatedAt', async () => {
    const note = await repo.create(makeDraft());
    const next = await repo.update(note.id, { color: 'blue', note: '改了', tags: ['a', 'A'] });
    expect(next).toMatchObject({ color: 'blue', note: '改了', tags: ['a'], createdAt: note.createdAt });
    expect(next.updatedAt).toBeGreaterThan(note.updatedAt);
    expect(await repo.get(note.id)).toEqual(next);
  });

  it('refuses a patch touching other fields, or bad values, and changes nothing', async () => {
    const note = await repo.create(makeDraft());
    await expectCode(repo.update(note.id, { url: 'https://evil.example/' } as never), 'invalid');
    await expectCode(repo.update(note.id, { color: 'black' } as never), 'invalid');
    expect(await repo.get(note.id)).toEqual(note);
  });

  it('answers not-found for a missing id', async () => {
    await expectCode(repo.update('nope', { color: 'blue' }), 'not-found');
    await expectCode(repo.remove('nope'), 'not-found');
    expect(await repo.get('nope')).toBeUndefined();
  });

  it('remove returns the record and restore puts it back unchanged (undo)', async () => {
    const note = await repo.create(makeDraft());
    const removed = await repo.remove(note.id);
    expect(removed).toEqual(note);
    expect(await repo.get(note.id)).toBeUndefined();
    await repo.restore(removed);
    expect(await repo.get(note.id)).toEqual(note);
    // Restoring twice is harmless.
    await repo.restore(removed);
    expect(await db.notes.count()).toBe(1);
  });

  it('restore never overwrites a different note with the same id', async () => {
    const note = await repo.create(makeDraft());
    await expectCode(repo.restore({ ...note, note: 'other' }), 'invalid');
    expect((await repo.get(note.id))?.note).toBe(note.note);
  });
});

describe('forUrls and setAnchorStatus', () => {
  it('finds notes by normalised URL, oldest first', async () => {
    const a = await repo.create(makeDraft());
    const b = await repo.create(makeDraft({ url: 'https://www.mfa.gov.cn/web/wjdt_674879/t1.shtml?spm=1' }));
    await repo.create(makeDraft({ url: 'https://weibo.com/1/Nabc' }));
    const found = await repo.forUrls(['https://www.mfa.gov.cn/web/wjdt_674879/t1.shtml#x']);
    expect(found.map((n) => n.id)).toEqual([a.id, b.id]);
    expect(await repo.forUrls([])).toEqual([]);
    await expectCode(repo.forUrls(['::::']), 'invalid');
  });

  it('writes only statuses that change and ignores unknown ids', async () => {
    const a = await repo.create(makeDraft());
    const b = await repo.create(makeDraft());
    const n = await repo.setAnchorStatus([
      { id: a.id, status: 'orphan' },
      { id: b.id, status: 'anchored' },
      { id: 'ghost', status: 'fuzzy' },
    ]);
    expect(n).toBe(1);
    expect((await repo.get(a.id))?.anchorStatus).toBe('orphan');
    expect(await repo.setAnchorStatus([{ id: a.id, status: 'orphan' }])).toBe(0);
    await expectCode(repo.setAnchorStatus([{ id: a.id, status: 'lost' }] as never), 'invalid');
    expect((await repo.get(a.id))?.anchorStatus).toBe('orphan');
  });
});

describe('bulkImport', () => {
  it('imports once; the same file twice adds nothing', async () => {
    const notes = [
      makeRecord(),
      makeRecord({ url: 'https://weibo.com/1/Nabc', root: { kind: 'post', platform: 'weibo', postId: 'Nabc' } }),
    ];
    expect(await repo.bulkImport(notes)).toEqual({ added: 2, skipped: 0 });
    expect(await repo.bulkImport(notes)).toEqual({ added: 0, skipped: 2 });
    expect(await db.notes.count()).toBe(2);
  });

  it('skips a duplicate inside one import', async () => {
    const n = makeRecord();
    expect(await repo.bulkImport([n, { ...n }])).toEqual({ added: 1, skipped: 1 });
  });

  it('keeps both when an id collides with different content, and stays idempotent', async () => {
    const mine = await repo.create(makeDraft());
    const theirs = { ...makeRecord(), id: mine.id, note: 'from another device' };
    expect(await repo.bulkImport([theirs])).toEqual({ added: 1, skipped: 0 });
    expect(await repo.bulkImport([theirs])).toEqual({ added: 0, skipped: 1 });
    expect(await db.notes.count()).toBe(2);
    expect((await repo.get(mine.id))?.note).toBe(mine.note);
  });

  it('one bad record refuses the whole import and writes nothing', async () => {
    const err = await expectCode(
      repo.bulkImport([makeRecord(), { ...makeRecord(), color: 'red' } as never]),
      'invalid',
    );
    expect(err.messageEn).toMatch(/Imported record 2/);
    expect(err.messageZh).toMatch(/第 2 条/);
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses something that is not a list', async () => {
    await expectCode(repo.bulkImport({} as never), 'invalid');
  });
});

describe('quota', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('maps a QuotaExceededError on create to quota, nothing written', async () => {
    await db.open();
    vi.spyOn(db.notes, 'add').mockRejectedValue(quota());
    await expectCode(repo.create(makeDraft()), 'quota');
    expect(await db.notes.count()).toBe(0);
  });

  it('maps a Dexie-wrapped quota error too', async () => {
    await db.open();
    vi.spyOn(db.notes, 'put').mockRejectedValue(new Dexie.AbortError('Transaction aborted', quota()));
    const note = await repo.create(makeDraft());
    await expectCode(repo.update(note.id, { note: 'x' }), 'quota');
    expect((await repo.get(note.id))?.note).toBe(note.note);
  });

  it('rolls back an import that hits the quota half way', async () => {
    await db.open();
    const realAdd = db.notes.add.bind(db.notes);
    // The first record is written, then the disk is full: the transaction must take the first one back.
    vi.spyOn(db.notes, 'bulkAdd').mockImplementation(((items: NoteRecord[]) =>
      realAdd(items[0] as NoteRecord).then(() => Dexie.Promise.reject(quota()))) as unknown as typeof db.notes.bulkAdd);
    await expectCode(repo.bulkImport([makeRecord(), makeRecord(), makeRecord()]), 'quota');
    vi.restoreAllMocks();
    expect(await db.notes.count()).toBe(0);
  });
});

describe('clear', () => {
  it('empties the table', async () => {
    await repo.create(makeDraft());
    await repo.clear();
    expect(await db.notes.count()).toBe(0);
  });
});

describe('only web pages (issue 11)', () => {
  const BAD = ['javascript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'chrome://settings/'];

  it('refuses a draft, a lookup or an import naming anything but an http(s) page, and changes nothing', async () => {
    for (const url of BAD) {
      await expect(repo.create(makeDraft({ url }))).rejects.toMatchObject({ code: 'invalid' });
      await expect(repo.forUrls([url])).rejects.toMatchObject({ code: 'invalid' });
      await expect(repo.bulkImport([makeRecord({ id: `i-${url.length}`, url })])).rejects.toMatchObject({
        code: 'invalid',
      });
      await expect(repo.restore(makeRecord({ id: `r-${url.length}`, url }))).rejects.toMatchObject({ code: 'invalid' });
    }
    expect(await db.notes.count()).toBe(0);
  });

  it('keeps a record an older version stored with another scheme: editable, and put back by the popup’s undo', async () => {
    const legacy = makeRecord({ id: 'legacy-js', url: 'javascript:alert(1)' });
    await db.notes.add(legacy);
    const updated = await repo.update('legacy-js', { note: 'still here' });
    expect(updated.url).toBe('javascript:alert(1)');
    const removed = await repo.remove('legacy-js');
    await expect(repo.restore(removed)).rejects.toMatchObject({ code: 'invalid' });
    expect(await repo.restore(removed, { stored: true })).toEqual(removed);
    expect((await repo.get('legacy-js'))?.note).toBe('still here');
  });
});
