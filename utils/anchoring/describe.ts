/** Selectors for a stretch of an anchor root's text (W3C Web Annotation TextQuote + TextPosition). */
import type { TextPositionSelector, TextQuoteSelector } from '../notes/types';

export const CONTEXT_LENGTH = 32;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function describe(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  let ps = Math.max(0, start - CONTEXT_LENGTH);
  // Never cut an emoji (surrogate pair) in half at the context's outer edge.
  if (ps > 0 && isLow(text.charCodeAt(ps))) ps++;
  let se = Math.min(text.length, end + CONTEXT_LENGTH);
  if (se < text.length && isHigh(text.charCodeAt(se - 1))) se--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(ps, start),
      suffix: text.slice(end, se),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
