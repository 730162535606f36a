import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../utils/concepts/index';
import { translator } from '../../utils/i18n';
import type { MessageError, PageSummary } from '../../utils/messages/protocol';
import type { NoteRecord } from '../../utils/notes/types';
import { NoteSearchIndex } from '../../utils/search';
import { makeNote, quote } from '../../utils/search/test-notes';
import { conceptOutline, sectionLabel } from './concept-outline';
import { EMPTY_FORM, filterOptions, presetFrom, toSearchFilters } from './filter-options';
import { analyzeThenLoad, isBrowserRefusal, loadPage, type PageClient, parseSummaryReply } from './page-client';
import { notesOnPage, pageExportFile } from './page-export';
import { reviewQueue } from './review-queue';
import { conceptFromHash, tabIdFromSearch } from './route';
import { buildRows, layoutRows, listRows, noteRows, ROW_HEIGHT, visibleRange, visibleRows } from './rows';
import { parseTags, shortQuote } from './tags';
import { applyDelta } from './useNotes';
import { tabKeyTarget } from './views';

const DAY = 86_400_000;

describe('tab keys', () => {
  it('moves with arrows (wrapping), Home and End, and ignores other keys', () => {
    expect(tabKeyTarget('ArrowRight', 0, 4)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 3, 4)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 4)).toBe(3);
    expect(tabKeyTarget('Home', 2, 4)).toBe(0);
    expect(tabKeyTarget('End', 0, 4)).toBe(3);
    expect(tabKeyTarget('Enter', 0, 4)).toBeNull();
  });
});

describe('route', () => {
  it('reads ?tabId=N and refuses anything else', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=0')).toBe(0);
    expect(tabIdFromSearch('?tabId=-1')).toBeNull();
    expect(tabIdFromSearch('?tabId=4a')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
  });
  it('reads #concept=<id>', () => {
    expect(conceptFromHash('#concept=digital-diplomacy')).toBe('digital-diplomacy');
    expect(conceptFromHash('#view=x&concept=cyber-diplomacy')).toBe('cyber-diplomacy');
    expect(conceptFromHash('#concept=<script>')).toBeNull();
    expect(conceptFromHash('')).toBeNull();
  });
});

describe('tags and quotes', () => {
  it('splits on commas of either script, trims and de-duplicates', () => {
    expect(parseTags(' 主权，sovereignty, Sovereignty、 ,cyber ')).toEqual(['主权', 'sovereignty', 'cyber']);
    expect(parseTags('   ')).toEqual([]);
  });
  it('shortens long quotes with an ellipsis', () => {
    expect(shortQuote('a  b\nc', 10)).toBe('a b c');
    expect(shortQuote('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('virtual list layout', () => {
  const notes = Array.from({ length: 1000 }, (_, i) => makeNote({ id: `n${i}`, createdAt: 1000 - i }));
  it('lays out fixed-height rows and renders only those in view', () => {
    const rows = buildRows(notes, 'none', () => '');
    const layout = layoutRows(rows, null);
    expect(layout.total).toBe(1000 * ROW_HEIGHT.note);
    const top = visibleRange(layout, 0, 400, 2);
    expect(top).toEqual({ start: 0, end: Math.ceil(400 / ROW_HEIGHT.note) + 2 });
    const mid = visibleRange(layout, 500 * ROW_HEIGHT.note + 10, 400, 2);
    expect(mid.start).toBe(498);
    expect(mid.end - mid.start).toBeLessThan(12);
    const end = visibleRange(layout, layout.total, 400, 2);
    expect(end.end).toBe(1000);
  });
  it('gives the row being edited more room and shifts the rows after it', () => {
    const rows = buildRows(notes.slice(0, 3), 'none', () => '');
    const layout = layoutRows(rows, 'n1');
    expect(layout.offsets).toEqual([0, ROW_HEIGHT.note, ROW_HEIGHT.note + ROW_HEIGHT.editing, layout.total]);
  });
  it('puts group headings before their notes, a note under each of its concepts', () => {
    const ns = [
      makeNote({ id: 'a', conceptIds: ['x', 'y'], createdAt: 3 }),
      makeNote({ id: 'b', conceptIds: [], createdAt: 2 }),
    ];
    const rows = buildRows(ns, 'concept', (key) => key || 'none');
    expect(rows.map((r) => (r.kind === 'group' ? `[${r.title}:${r.count}]` : r.note.id))).toEqual([
      '[x:1]',
      'a',
      '[y:1]',
      'a',
      '[none:1]',
      'b',
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
  it('handles an empty list', () => {
    expect(visibleRange(layoutRows([], null), 0, 400)).toEqual({ start: 0, end: 0 });
    expect(visibleRows(noteRows([], null), 0, 400)).toEqual({ start: 0, end: 0 });
  });
  it('lays out ungrouped notes by arithmetic exactly as the full layout does, editing row included', () => {
    for (const editing of [null, 'n0', 'n1', 'n500', 'n999']) {
      const lazy = noteRows(notes, editing);
      const full = listRows(
        buildRows(notes, 'none', () => ''),
        editing,
      );
      expect(lazy.total).toBe(full.total);
      for (const i of [0, 1, 2, 499, 500, 501, 998, 999, 1000]) expect(lazy.top(i)).toBe(full.top(i));
      for (const y of [0, 1, 159, 160, 161, 330, 480, 490, 79_999, 80_000, 80_200, 159_999, 160_169, 10_000_000]) {
        expect(lazy.indexAt(y), `y ${y} editing ${editing}`).toBe(full.indexAt(y));
      }
      for (const top of [0, 500 * ROW_HEIGHT.note + 10, full.total]) {
        expect(visibleRows(lazy, top, 400, 2)).toEqual(visibleRows(full, top, 400, 2));
      }
      expect(lazy.row(7)).toEqual(full.row(7));
    }
  });
});

describe('filters', () => {
  const us = makeNote({
    id: 'u',
    country: 'US',
    tags: ['Cyber'],
    conceptIds: ['digital-diplomacy'],
    site: 'weibo.com',
    context: {
      platform: 'weibo',
      postId: 'm',
      permalink: 'https://weibo.com/1/m',
      author: {
        name: '美国驻华大使馆',
        id: '1',
        mission: { countryCode: 'US', countryZh: '美国', countryEn: 'United States', missionType: 'embassy' },
      },
    },
  });
  it('offers only the values the notes have, labelled in the UI language', () => {
    const o = filterOptions([us, makeNote({ id: 'v', tags: ['cyber', '主权'] })], 'zh');
    expect(o.countries).toEqual([{ value: 'US', label: '美国' }]);
    expect(o.tags.map((t) => t.value)).toEqual(['Cyber', '主权']);
    expect(o.sites.map((s) => s.value)).toEqual(['example.com', 'weibo.com']);
    expect(o.concepts).toEqual([{ value: 'digital-diplomacy', label: '数字外交' }]);
  });
  it('turns the form into search filters; date presets count back from now', () => {
    const now = new Date(2026, 10, 22, 15, 30).getTime();
    expect(toSearchFilters(EMPTY_FORM, now)).toEqual({});
    const f = toSearchFilters({ ...EMPTY_FORM, country: 'US', lang: 'zh', date: 'week' }, now);
    expect(f).toEqual({ country: 'US', lang: 'zh', from: now - 7 * DAY });
    expect(presetFrom('today', now)).toBe(new Date(2026, 10, 22).getTime());
  });
});

describe('applyDelta', () => {
  it('applies upserts, removals and resets to the index, and says whether anything changed', () => {
    const index = new NoteSearchIndex();
    const a = makeNote({ id: 'a', quote: quote('数字外交'), createdAt: 1 });
    const b = makeNote({ id: 'b', quote: quote('cyber'), createdAt: 2 });
    const delta = { upserted: [a, b], removed: [], reset: true, complete: false };
    expect(applyDelta(index, delta)).toBe(true);
    expect(applyDelta(index, { ...delta, reset: false })).toBe(false); // the very same objects
    const edited = { ...a, note: 'sovereignty', updatedAt: a.updatedAt + 1 };
    expect(applyDelta(index, { upserted: [edited], removed: ['b'], reset: false, complete: true })).toBe(true);
    expect(index.search('sov').map((n) => n.id)).toEqual(['a']);
    expect(index.size).toBe(1);
    expect(applyDelta(index, { upserted: [b], removed: [], reset: true, complete: false })).toBe(true);
    expect(index.notes().map((n) => n.id)).toEqual(['b']);
  });
});

describe('reviewQueue', () => {
  const now = new Date(2026, 10, 22, 12).getTime();
  const old = (id: string, url: string, over: Partial<NoteRecord> = {}) =>
    makeNote({ id, url, createdAt: now - 30 * DAY, updatedAt: now - 30 * DAY, ...over });
  it('keeps the day stable: a kept note frees no place for a new one, and ends in "done"', () => {
    const notes = Array.from({ length: 8 }, (_, i) => old(`n${i}`, `https://e.com/${i}`));
    const first = reviewQueue(notes, now, 3);
    expect(first.due).toHaveLength(3);
    expect(first.doneToday).toBe(0);
    const [kept] = first.due;
    if (!kept) throw new Error('no note');
    const after = notes.map((n) => (n.id === kept.id ? { ...n, lastReviewedAt: now, reviewCount: 1 } : n));
    const second = reviewQueue(after, now + 1000, 3);
    expect(second.doneToday).toBe(1);
    expect(second.due.map((n) => n.id)).toEqual(first.due.slice(1).map((n) => n.id));
    const allDone = after.map((n) =>
      second.due.some((d) => d.id === n.id) ? { ...n, archived: 1 as const, updatedAt: now } : n,
    );
    expect(reviewQueue(allDone, now + 2000, 3)).toEqual({ due: [], doneToday: 3 });
  });
  it('a new day brings a new review', () => {
    const notes = [old('a', 'https://e.com/a', { lastReviewedAt: now - DAY })];
    expect(reviewQueue(notes, now, 3).due.map((n) => n.id)).toEqual(['a']);
  });
});

describe('concept outline', () => {
  it('places every concept exactly once, in the paper order', () => {
    const groups = conceptOutline();
    const ids = groups.flatMap((g) => g.concepts.map((c) => c.id));
    expect(ids.sort()).toEqual(CONCEPTS.map((c) => c.id).sort());
    expect(groups[0]?.entry?.section).toBe('intro');
    for (const g of groups) {
      if (g.entry) for (const c of g.concepts) expect(c.sources[0]?.section).toBe(g.entry.section);
    }
  });
  it('numbers numbered sections only', () => {
    expect(sectionLabel('1(2)', 'Driver', translator('en'))).toBe('§1(2) Driver');
    expect(sectionLabel('2', '主要特征', translator('zh-CN'))).toBe('第 2 节 主要特征');
    expect(sectionLabel('intro', 'Introduction', translator('en'))).toBe('Introduction');
  });
});

const summary: PageSummary = {
  url: 'https://weibo.com/u/123',
  title: 'Timeline',
  site: 'weibo',
  platform: 'weibo',
  kind: 'timeline',
  concepts: [{ id: 'digital-diplomacy', count: 3 }],
  missions: [],
  language: 'zh-Hans',
  noteUrls: ['https://weibo.com/1/a', 'https://weibo.com/1/b'],
};

describe('page export', () => {
  it('exports the notes of every post on the page, named after the host', () => {
    const notes = [
      makeNote({ id: 'a', url: 'https://weibo.com/1/a', quote: quote('数字外交') }),
      makeNote({ id: 'b', url: 'https://weibo.com/1/b', quote: quote('网络主权') }),
      makeNote({ id: 'c', url: 'https://other.com/x', quote: quote('elsewhere') }),
    ];
    expect(notesOnPage(notes, summary).map((n) => n.id)).toEqual(['a', 'b']);
    const file = pageExportFile(summary, notes, Date.UTC(2026, 10, 22));
    expect(file.filename).toBe('diplolens-weibo.com-2026-11-22.md');
    expect(file.content).toContain('数字外交');
    expect(file.content).toContain('网络主权');
    expect(file.content).not.toContain('elsewhere');
  });
});

describe('page client flow', () => {
  const unavailable: MessageError = { code: 'unavailable', messageZh: '无', messageEn: 'none' };
  const refused: MessageError = { code: 'internal', messageZh: '不能', messageEn: 'Cannot access a chrome:// URL' };
  function client(over: Partial<PageClient>): PageClient & { analyzed: number[] } {
    const analyzed: number[] = [];
    return {
      analyzed,
      targetTabId: async () => 7,
      summary: async () => ({ ok: false, error: unavailable }),
      analyze: async (id) => {
        analyzed.push(id);
        return { ok: true };
      },
      reveal: async () => true,
      openNote: async () => true,
      ...over,
    };
  }
  it('reports a page without a content script as unavailable, then analyses and retries', async () => {
    let calls = 0;
    const c = client({
      summary: async () => (++calls >= 3 ? { ok: true, summary } : { ok: false, error: unavailable }),
    });
    expect(await loadPage(c)).toEqual({ status: 'unavailable', tabId: 7, after: false });
    const state = await analyzeThenLoad(c, 7, { delayMs: 0 });
    expect(state).toEqual({ status: 'ready', tabId: 7, summary });
    expect(c.analyzed).toEqual([7]);
  });
  it('says when the browser refuses, and when the script never answers', async () => {
    const c = client({ analyze: async () => ({ ok: false, error: refused }) });
    expect(await analyzeThenLoad(c, 7, { delayMs: 0 })).toEqual({ status: 'refused', tabId: 7, error: refused });
    expect(await analyzeThenLoad(client({}), 7, { delayMs: 0, attempts: 2 })).toEqual({
      status: 'unavailable',
      tabId: 7,
      after: true,
    });
    expect(await loadPage(client({ targetTabId: async () => null }))).toEqual({ status: 'no-tab' });
  });
});

describe('parseSummaryReply', () => {
  it('accepts the envelope and a bare summary, passes errors on, and treats anything else as no answer', () => {
    expect(parseSummaryReply({ ok: true, ...summary })).toEqual({ ok: true, summary });
    expect(parseSummaryReply(summary)).toEqual({ ok: true, summary });
    const error = { code: 'internal', messageZh: '坏', messageEn: 'bad' };
    expect(parseSummaryReply({ ok: false, error })).toEqual({ ok: false, error });
    for (const junk of [undefined, null, 'x', { ok: true }, { url: 'u' }]) {
      expect(parseSummaryReply(junk)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    }
  });
});

describe('isBrowserRefusal', () => {
  const err = (messageEn: string): MessageError => ({ code: 'internal', messageZh: '', messageEn });
  it('recognises the browser keeping extensions out, and nothing else', () => {
    expect(isBrowserRefusal(err('Internal error; nothing was changed. (Cannot access a chrome:// URL)'))).toBe(true);
    expect(isBrowserRefusal(err('The extensions gallery cannot be scripted.'))).toBe(true);
    expect(
      isBrowserRefusal(err('Cannot access contents of url "file:///x". Extension manifest must request permission')),
    ).toBe(true);
    expect(isBrowserRefusal(err('Only the extension popup may analyse a page.'))).toBe(false);
    expect(isBrowserRefusal(err('No tab with id: 5.'))).toBe(false);
  });
});
