/**
 * Terms marked `quoted` count only between quotation marks. The automaton stays oblivious: this filter drops a hit
 * whose surface is quoted-only when the characters around it are not an opening and a closing mark.
 */
import type { Matcher, TermEntry, TermMatch } from './types';

const OPENING = new Set(['“', '「', '『', '《', '〈', '"', "'", '‘', '＂', '【']);
const CLOSING = new Set(['”', '」', '』', '》', '〉', '"', "'", '’', '＂', '】']);

export function isQuotedAt(text: string, start: number, end: number): boolean {
  return OPENING.has(text[start - 1] ?? '') && CLOSING.has(text[end] ?? '');
}

/**
 * `fold` compares a hit's text with the quoted-only surfaces: normalize's `foldText`, or on a page the matcher's own
 * fold onto its key characters (`keyFold` in automaton.ts), which gives the same answer for every hit (a hit's units
 * all fold onto key characters) without the full fold's tables.
 */
export function requireQuotes(
  matcher: Matcher,
  entries: readonly Pick<TermEntry, 'surface' | 'conceptId' | 'quoted'>[],
  fold: (s: string) => string,
): Matcher {
  const quotedSurfaces = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!e.quoted) continue;
    const set = quotedSurfaces.get(e.conceptId) ?? new Set<string>();
    set.add(fold(e.surface));
    quotedSurfaces.set(e.conceptId, set);
  }
  if (quotedSurfaces.size === 0) return matcher;
  return {
    findAll(text: string): TermMatch[] {
      const found = matcher.findAll(text);
      if (found.length === 0) return found;
      const out: TermMatch[] = [];
      for (const m of found) {
        const hits = m.hits.filter((h) => {
          const quoted = quotedSurfaces.get(h.conceptId);
          if (!quoted?.has(fold(text.slice(h.start, h.end)))) return true;
          return isQuotedAt(text, h.start, h.end);
        });
        if (hits.length === 0) continue;
        if (hits.length === m.hits.length) out.push(m);
        else {
          const start = Math.min(...hits.map((h) => h.start));
          const end = Math.max(...hits.map((h) => h.end));
          out.push({ start, end, hits });
        }
      }
      return out;
    },
  };
}
