/**
 * Test doubles: happy-dom has no CSS Custom Highlight API, so a small Highlight / HighlightRegistry stand-in,
 * and a tiny indexOf matcher (the real matcher is tested on its own).
 */
import type { Matcher, TermMatch } from '../matcher/types';

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

export class FakeHighlightRegistry extends Map<string, FakeHighlight> {}

interface HighlightGlobals {
  CSS?: { highlights?: FakeHighlightRegistry };
  Highlight?: typeof FakeHighlight;
}

/** Installs the fakes on `window` (and globalThis); returns the registry and an uninstall function. */
export function installFakeHighlights(): { registry: FakeHighlightRegistry; uninstall: () => void } {
  const registry = new FakeHighlightRegistry();
  const targets = new Set<HighlightGlobals>([globalThis as unknown as HighlightGlobals]);
  if (document.defaultView) targets.add(document.defaultView as unknown as HighlightGlobals);
  const saved: Array<() => void> = [];
  for (const t of targets) {
    const css = t.CSS ?? {};
    const hadCss = t.CSS !== undefined;
    const oldHighlights = css.highlights;
    const oldHighlight = t.Highlight;
    css.highlights = registry;
    t.CSS = css;
    t.Highlight = FakeHighlight;
    saved.push(() => {
      if (oldHighlights === undefined) delete css.highlights;
      else css.highlights = oldHighlights;
      if (!hadCss) delete t.CSS;
      if (oldHighlight === undefined) delete t.Highlight;
      else t.Highlight = oldHighlight;
    });
  }
  return {
    registry,
    uninstall: () => {
      for (const f of saved) f();
    },
  };
}

export interface CountingMatcher extends Matcher {
  /** Texts passed to findAll, in call order. */
  calls: string[];
}

/** Finds the given words by indexOf (leftmost, non-overlapping, longest word first); conceptId is the word. */
export function fakeMatcher(words: string[]): CountingMatcher {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const calls: string[] = [];
  return {
    calls,
    findAll(text) {
      calls.push(text);
      const out: TermMatch[] = [];
      let pos = 0;
      while (pos < text.length) {
        let best: { start: number; word: string } | null = null;
        for (const w of sorted) {
          const i = text.indexOf(w, pos);
          if (i >= 0 && (!best || i < best.start)) best = { start: i, word: w };
        }
        if (!best) break;
        const end = best.start + best.word.length;
        out.push({ start: best.start, end, hits: [{ conceptId: best.word, start: best.start, end }] });
        pos = end;
      }
      return out;
    },
  };
}

/** Builds DOM from trusted test markup inside a fresh <div> in <body> (tests only). */
export function html(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  const host = document.createElement('div');
  for (const n of [...parsed.body.childNodes]) host.append(document.importNode(n, true));
  document.body.append(host);
  return host;
}
