/**
 * Citations in the built extension: the citation engine (citeproc-js with the bundled CSL styles) runs in an
 * extension page under Manifest V3's CSP (no eval), and each style's output for a Weibo post, a tweet and both
 * papers equals the reference written by hand from the style guide (or, where the engine disagrees on a
 * documented detail, exactly that documented output: utils/cite/reference-fixtures.ts).
 */
import { describe, expect, it } from 'vitest';
import { DEVIATIONS, REFERENCES, SOURCES } from '../../../utils/cite/reference-fixtures';
import { CITATION_STYLES } from '../../../utils/cite/styles';
import { useExtension } from '../fixtures';
import { citeChunk } from './helpers';

const e2e = useExtension();

describe('citations in the extension', () => {
  it('every style formats the Weibo post, the tweet and both papers as the hand-written references say', async () => {
    const page = e2e.track(await e2e.session.context.newPage(), 'cite');
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`chrome-extension://${e2e.session.extensionId}/insights.html`);
    // A string, not a function: the test runner would rewrite a function's import() for Node.
    const got = (await page.evaluate(`(async () => {
      const cite = await import(${JSON.stringify(citeChunk())});
      const styles = ${JSON.stringify([...CITATION_STYLES])};
      const sources = ${JSON.stringify(SOURCES)};
      const out = {};
      for (const style of styles) {
        out[style] = {};
        for (const [name, source] of Object.entries(sources)) {
          out[style][name] = cite.references([source], style, { timeZone: 'UTC' }).text[0] ?? '';
        }
      }
      return out;
    })()`)) as Record<string, Record<string, string>>;
    for (const style of CITATION_STYLES) {
      for (const [name, reference] of Object.entries(REFERENCES[style])) {
        const want = DEVIATIONS[style]?.[name]?.engine ?? reference;
        expect(got[style]?.[name], `${style} / ${name}`).toBe(want);
      }
    }
    // The papers' section of the Insights page shows them too.
    await page.locator('[data-role="paper-ref"]').first().waitFor();
    await page.locator('[data-role="papers-style"]').selectOption('gb-t-7714-2015-numeric');
    await expect
      .poll(() => page.locator('[data-role="paper-ref"] .ref').first().textContent())
      .toBe(REFERENCES['gb-t-7714-2015-numeric']['han-wu-2024']);
    expect(errors.filter((e) => /Content Security Policy|unsafe-eval|EvalError/i.test(e))).toEqual([]);
    await page.close();
  });
});
