import type { NoteRecord } from '../notes/types';

/** A complete, valid NoteRecord for tests; override what the test is about. */
export function makeNote(over: Partial<NoteRecord> & { id: string }): NoteRecord {
  const exact = over.quote?.exact ?? 'digital diplomacy';
  return {
    url: 'https://example.com/a',
    pageTitle: 'Example page',
    site: 'example.com',
    root: { kind: 'page' },
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    color: 'yellow',
    note: '',
    tags: [],
    conceptIds: [],
    lang: 'en',
    country: '',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    anchorStatus: 'anchored',
    archived: 0,
    lastReviewedAt: 0,
    reviewCount: 0,
    ...over,
  };
}

export function quote(exact: string): NoteRecord['quote'] {
  return { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' };
}
