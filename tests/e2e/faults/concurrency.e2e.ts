/**
 * Five DiploLens pages each save 200 highlights at the same moment. Web pages cannot message the extension, and
 * driving the content script with select + shortcut is one save at a time per tab; so five extension pages (options
 * tabs) send the very message the content script sends (`notes:create`, through runtime.sendMessage to the same
 * background router, validation and repo), 200 at once each: 1 000 concurrent writes through the real path.
 */
import { describe, expect, it } from 'vitest';
import { openOptions } from '../../support/browser';
import { readDbNotes } from '../../support/notes';
import { useExtension } from '../fixtures';
import { draftFor, type SaveOutcome, sendCreates } from './helpers';

const e2e = useExtension();

describe('concurrent saves', () => {
  it('five tabs × 200 simultaneous saves: all 1 000 stored, none twice, each with the id its tab was told', async () => {
    const tabs = await Promise.all([0, 1, 2, 3, 4].map(() => openOptions(e2e.session)));
    const results: SaveOutcome[][] = await Promise.all(
      tabs.map((page, t) =>
        sendCreates(
          page,
          Array.from({ length: 200 }, (_, i) => draftFor(`tab${t}`, i)),
        ),
      ),
    );
    const failures = results.flat().filter((r) => !r.ok);
    expect(failures).toEqual([]);

    const notes = await readDbNotes(e2e.session);
    expect(notes).toHaveLength(1000);
    expect(new Set(notes.map((n) => n.id)).size).toBe(1000);
    // Every save is there exactly once, with its own content and the id its sender got back.
    const byQuote = new Map(notes.map((n) => [n.quote.exact, n]));
    expect(byQuote.size).toBe(1000);
    results.forEach((tab, t) => {
      for (const r of tab) {
        const n = byQuote.get(`数字外交 tab${t}#${r.i}`);
        expect(n?.note).toBe(`tab${t} note ${r.i}`);
        expect(r.ok && n?.id === r.id).toBe(true);
      }
    });
    for (const p of tabs) await p.close();
  });
});
