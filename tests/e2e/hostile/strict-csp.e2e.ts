/**
 * Fault: a page served with `Content-Security-Policy: default-src 'none'` (no scripts, styles, fonts or connections
 * for the page). The content script, its constructed stylesheets and its CSS highlights must still work.
 */
import { expect, it } from 'vitest';
import { readHighlights, waitForHighlights } from '../../support/browser';
import { openCardOnFirstTerm, readCard } from '../../support/ui';
import { useExtension } from '../fixtures';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const e2e = useExtension({ extraPages: HOSTILE_PAGES });

it("highlights terms and opens the card under default-src 'none'", async () => {
  const page = e2e.track(await e2e.session.context.newPage(), 'strict-csp');
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto(HOSTILE.csp.url, { waitUntil: 'load' });
  expect(res?.headers()['content-security-policy']).toBe("default-src 'none'");
  await waitForHighlights(page, 4);
  expect(await readHighlights(page)).toEqual([
    '数字外交',
    '数字外交',
    '网络外交',
    'Digital diplomacy',
    'digital sovereignty',
  ]);
  // The ::highlight rule is a constructed sheet, which the page's style-src does not block.
  const styled = await page.evaluate(() =>
    document.adoptedStyleSheets.some((s) =>
      [...s.cssRules].some((r) => r.cssText.includes('::highlight(diplolens-term)')),
    ),
  );
  expect(styled).toBe(true);
  expect(await openCardOnFirstTerm(page)).toBe(true);
  expect((await readCard(page))?.conceptId).toBe('digital-diplomacy');
  expect(violations).toEqual([]);
  expect(e2e.session.blockedRequests).toEqual([]);
});
