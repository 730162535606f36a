import { describe, expect, it } from 'vitest';
import { findTerms, findTermsInSegments } from './reference-matcher';

describe('reference matcher (checks the demo pages’ expectations)', () => {
  it('finds Chinese terms anywhere and merges overlaps into one span', () => {
    expect(findTerms('推动数字外交过程公开化，并关注网络安全。')).toEqual(['数字外交过程公开化', '网络安全']);
  });

  it('matches English terms case-insensitively on word boundaries only', () => {
    expect(findTerms('Digital Diplomacy and e diplomacy, not bigdigital diplomacyx or the diplomacy.')).toEqual([
      'Digital Diplomacy',
      'e diplomacy',
    ]);
  });

  it('prefers the listed plural over its singular and keeps acronyms case-sensitive', () => {
    expect(findTerms('digital divides, data breach, GDI and GSI but not gdi')).toEqual([
      'digital divides',
      'data breach',
      'GDI',
      'GSI',
    ]);
  });

  it('matches Traditional text through its Simplified form when asked', () => {
    expect(findTerms('話語權')).toEqual([]);
    expect(findTerms('話語權', true)).toEqual(['話語權']);
  });

  it('never joins a term across segments', () => {
    expect(findTermsInSegments(['数字', '外交'])).toEqual([]);
  });
});
