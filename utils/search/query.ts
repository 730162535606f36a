import { foldText } from '../text/normalize';

export interface QueryToken {
  text: string;
  /** Chinese (or any token with a Han character) matches as a substring; other tokens as a word prefix. */
  mode: 'substring' | 'prefix';
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Folds and splits what the reader typed. Empty tokens are dropped. */
export function parseQuery(input: string): QueryToken[] {
  return foldText(input)
    .split(/\s+/u)
    .filter((s) => s !== '')
    .map((text) => ({ text, mode: HAN.test(text) ? 'substring' : 'prefix' }));
}

/** A character that continues a word: letters and digits, but not Han characters (Chinese has no spaces). */
function continuesWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch) && !HAN.test(ch);
}

/** Does the folded haystack contain the token (at a word start, for prefix tokens)? */
export function tokenMatches(haystack: string, token: QueryToken): boolean {
  if (token.mode === 'substring') return haystack.includes(token.text);
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(token.text, from);
    if (at < 0) return false;
    if (at === 0 || !continuesWord(haystack[at - 1]) || !continuesWord(token.text[0])) return true;
    from = at + 1;
  }
}
