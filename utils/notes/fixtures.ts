/** Test data shared by the notes, messages and background tests. */
import type { NoteDraft, NoteRecord } from './types';

export function makeDraft(overrides: Partial<NoteDraft> = {}): NoteDraft {
  return {
    url: 'https://www.mfa.gov.cn/web/wjdt_674879/t1.shtml?utm_source=x#p3',
    pageTitle: '外交部发言人答记者问',
    site: 'mfa.gov.cn',
    root: { kind: 'page' },
    quote: { type: 'TextQuoteSelector', exact: '数字外交', prefix: '中国特色', suffix: '的实践' },
    position: { type: 'TextPositionSelector', start: 4, end: 8 },
    color: 'yellow',
    note: '关键概念 / key concept',
    tags: ['digital diplomacy'],
    conceptIds: ['digital-diplomacy'],
    lang: 'zh-Hans',
    ...overrides,
  };
}

let seq = 0;
export function makeRecord(overrides: Partial<NoteRecord> = {}): NoteRecord {
  seq++;
  return {
    ...makeDraft(),
    url: 'https://www.mfa.gov.cn/web/wjdt_674879/t1.shtml',
    id: `rec-${seq}`,
    country: '',
    createdAt: 1_700_000_000_000 + seq,
    updatedAt: 1_700_000_000_000 + seq,
    anchorStatus: 'anchored',
    archived: 0,
    lastReviewedAt: 0,
    reviewCount: 0,
    ...overrides,
  };
}

export function uniqueDbName(): string {
  return `diplolens-test-${crypto.randomUUID()}`;
}
