/**
 * Fault: a page served with `Content-Security-Policy: default-src 'none'` (no scripts, styles, fonts or connections
 * for the page). The content script, its constructed stylesheets, its CSS highlights, the private painting of saved
 * passages and the note editor's extension frame must still work.
 */
import { expect, it } from 'vitest';
import { readHighlights, waitForHighlights } from '../../support/browser';
import {
  clickInEditor,
  clickInUi,
  openCardOnFirstTerm,
  readCard,
  waitForEditor,
  waitForPainted,
} from '../../support/ui';
import { useExtension } from '../fixtures';
import { selectText, waitForNotes, waitForUi } from './helpers';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const e2e = useExtension({ extraPages: HOSTILE_PAGES });

it("highlights terms, opens the card and saves a highlight under default-src 'none'", async () => {
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
  // Saving a highlight goes through the background, which the page's CSP does not govern.
  await page.keyboard.press('Escape');
  const quote = await selectText(page, '#p2', 0, 17);
  await waitForUi(page, '[data-role="toolbar"]');
  await clickInUi(page, '[data-role="toolbar"] [data-color="blue"]');
  await waitForNotes(e2e.session, (ns) => ns.some((n) => n.quote.exact === quote));
  expect(await waitForPainted(page, [quote], 'blue')).toEqual([quote]);
  // The note editor is an extension frame: the page's CSP (default-src 'none') does not keep it out.
  const second = await selectText(page, '#p2', 18, 40);
  await waitForUi(page, '[data-role="toolbar"]');
  await clickInUi(page, '[data-role="toolbar-note"]');
  const editor = await waitForEditor(page);
  await page.keyboard.type('typed under a strict CSP');
  await clickInEditor(editor, '[data-role="save-note"]');
  await waitForNotes(e2e.session, (ns) =>
    ns.some((n) => n.quote.exact === second && n.note === 'typed under a strict CSP'),
  );
  expect(violations).toEqual([]);
  expect(e2e.session.blockedRequests).toEqual([]);
});
