import { expect, it, describe as suite } from 'vitest';
import { describe } from './describe';

suite('describe', () => {
  it('takes the quote and 32 characters of context either side', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    const d = describe(text, 40, 45);
    expect(d.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'QUOTE',
      prefix: 'a'.repeat(32),
      suffix: 'b'.repeat(32),
    });
    expect(d.position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
  });

  it('shortens context at the text edges', () => {
    const d = describe('中国特色数字外交的实践', 4, 8);
    expect(d.quote).toMatchObject({ exact: '数字外交', prefix: '中国特色', suffix: '的实践' });
  });

  it('never splits an emoji at the context edge', () => {
    const text = `${'😀'.repeat(20)}X${'😀'.repeat(20)}`;
    const at = text.indexOf('X');
    const d = describe(text, at, at + 1);
    expect(d.quote.prefix.length).toBeLessThanOrEqual(32);
    expect(d.quote.prefix).toBe('😀'.repeat(16));
    expect(d.quote.suffix).toBe('😀'.repeat(16));
    expect(d.quote.prefix.isWellFormed()).toBe(true);
  });
});
