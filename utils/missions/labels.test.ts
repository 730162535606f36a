import { describe, expect, it } from 'vitest';
import { flagEmoji, missionTypeLabel } from './labels';

describe('flagEmoji', () => {
  it('builds regional-indicator flags from two-letter codes', () => {
    expect(flagEmoji('US')).toBe('🇺🇸');
    expect(flagEmoji('gb')).toBe('🇬🇧');
    expect(flagEmoji('EU')).toBe('🇪🇺');
    expect(flagEmoji('UN')).toBe('🇺🇳');
  });
  it('uses a globe for organisations and unknown codes', () => {
    expect(flagEmoji('UNDP')).toBe('🌐');
    expect(flagEmoji('')).toBe('🌐');
    expect(flagEmoji('U1')).toBe('🌐');
  });
});

describe('missionTypeLabel', () => {
  it('labels in both languages', () => {
    expect(missionTypeLabel('embassy', 'zh')).toBe('大使馆');
    expect(missionTypeLabel('embassy', 'en')).toBe('Embassy');
    expect(missionTypeLabel('consulate-general', 'zh')).toBe('总领事馆');
    expect(missionTypeLabel('cultural-section', 'en')).toBe('Cultural Section');
    expect(missionTypeLabel('ambassador', 'zh')).toBe('大使');
  });
});
