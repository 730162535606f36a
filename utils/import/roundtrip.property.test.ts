import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../export/backup';
import { notesToW3C } from '../export/w3c';
import { HIGHLIGHT_COLORS, type NoteRecord, PLATFORMS } from '../notes/types';
import { parseImportText } from './index';

const text = (min: number, max: number) => fc.string({ unit: 'grapheme', minLength: min, maxLength: max });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

/** Arbitrary notes as the repo would store them (tags already trimmed and de-duplicated). */
const noteArb: fc.Arbitrary<NoteRecord> = fc.record(
  {
    id: fc.uuid(),
    url: fc.webUrl({ withQueryParameters: true }),
    pageTitle: text(0, 40),
    site: fc.domain(),
    root: fc.oneof(
      fc.constant({ kind: 'page' as const }),
      fc.record({
        kind: fc.constant('post' as const),
        platform: fc.constantFrom(...PLATFORMS),
        postId: fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
      }),
    ),
    quote: fc.record({
      type: fc.constant('TextQuoteSelector' as const),
      exact: text(1, 60),
      prefix: text(0, 32),
      suffix: text(0, 32),
    }),
    position: fc
      .tuple(fc.nat(100_000), fc.nat(1000))
      .map(([start, len]) => ({ type: 'TextPositionSelector' as const, start, end: start + len })),
    color: fc.constantFrom(...HIGHLIGHT_COLORS),
    note: text(0, 80),
    tags: fc.uniqueArray(fc.stringMatching(/^[a-z0-9\u4e00-\u4e2f]{1,12}$/), { maxLength: 5 }),
    conceptIds: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,8})?$/), { maxLength: 3 }),
    lang: fc.constantFrom('zh-Hans', 'zh-Hant', 'en', 'und'),
    context: fc.record(
      {
        platform: fc.constantFrom(...PLATFORMS),
        postId: fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
        permalink: fc.webUrl(),
        author: fc.record(
          {
            name: text(0, 20),
            id: fc.stringMatching(/^\w{0,10}$/),
            url: fc.webUrl(),
            mission: fc.record({
              countryCode: fc.constantFrom('US', 'GB', 'EU'),
              countryZh: text(0, 6),
              countryEn: text(0, 20),
              missionType: fc.constantFrom('embassy', 'consulate-general' as const),
            }),
          },
          { requiredKeys: ['name', 'id'] },
        ),
        publishedAt: fc.constant('2024-05-20T02:32:00.000Z'),
        quoted: fc.record({
          platform: fc.constantFrom(...PLATFORMS),
          postId: fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
          permalink: fc.webUrl(),
          author: fc.record({ name: text(0, 20), id: fc.stringMatching(/^\w{0,10}$/) }),
        }),
      },
      { requiredKeys: ['platform', 'postId', 'permalink', 'author'] },
    ),
    country: fc.constantFrom('', 'US', 'EU'),
    createdAt: time,
    updatedAt: time,
    anchorStatus: fc.constantFrom('anchored', 'fuzzy', 'orphan' as const),
    archived: fc.constantFrom(0 as const, 1 as const),
    lastReviewedAt: time,
    reviewCount: fc.nat(1000),
  },
  {
    requiredKeys: [
      'id',
      'url',
      'pageTitle',
      'site',
      'root',
      'quote',
      'position',
      'color',
      'note',
      'tags',
      'conceptIds',
      'lang',
      'country',
      'createdAt',
      'updatedAt',
      'anchorStatus',
      'archived',
      'lastReviewedAt',
      'reviewCount',
    ],
  },
) as fc.Arbitrary<NoteRecord>;

const notesArb = fc.uniqueArray(noteArb, { maxLength: 6, selector: (n) => n.id });

describe('round trips restore every field exactly (property)', () => {
  it('W3C export → import', () => {
    fc.assert(
      fc.property(notesArb, (notes) => {
        expect(parseImportText(JSON.stringify(notesToW3C(notes)))).toEqual({ ok: true, notes });
      }),
      { numRuns: 150 },
    );
  });
  it('backup export → import', () => {
    fc.assert(
      fc.property(notesArb, (notes) => {
        expect(parseImportText(JSON.stringify(createBackup(notes)))).toEqual({ ok: true, notes, posts: [] });
      }),
      { numRuns: 150 },
    );
  });
  it('never throws on arbitrary JSON, and answers ok or a non-empty error list', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        const r = parseImportText(json);
        expect(r.ok || r.errors.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
