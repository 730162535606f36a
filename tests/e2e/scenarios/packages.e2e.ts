/**
 * The store packages themselves (`npm run zip`, `npm run zip:firefox`) load and work: Chromium loads the Chrome
 * zip unpacked, Firefox installs the Firefox zip as it is (as an .xpi). A package missing a file, or holding a stale
 * build, fails here rather than in a store review.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { unzip } from '../../../scripts/check-sources';
import { ROOT } from '../../support/browser';
import { forEachBrowser } from '../../support/driver/fixture';
import { selectedBrowsers } from '../../support/driver/index';
import { attrOf, openDemo, openPopup, readHighlights, waitForHighlights } from '../../support/reader';

const outBase = join(ROOT, process.env.DIPLOLENS_OUT_DIR || '.output');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const chromeZip = join(outBase, `${pkg.name}-${pkg.version}-chrome.zip`);
const firefoxZip = join(outBase, `${pkg.name}-${pkg.version}-firefox.zip`);
const browsers = selectedBrowsers();
const needed = [
  ...(browsers.includes('chromium') ? [chromeZip] : []),
  ...(browsers.includes('firefox') ? [firefoxZip] : []),
];
for (const zip of needed) {
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run \`npm run zip\` / \`npm run zip:firefox\` first.`);
}
const unpacked = mkdtempSync(join(tmpdir(), 'diplolens-chrome-zip-'));
if (browsers.includes('chromium')) unzip(chromeZip, unpacked);
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

forEachBrowser(
  'store package',
  (e2e) => {
    it('loads from the zip and paints a ministry page; the popup reads it', async () => {
      const page = e2e.track(await openDemo(e2e.session, 'mfa-press-conference'), 'package-page');
      await waitForHighlights(page, 5);
      expect(await readHighlights(page)).toContain('技术民族主义');
      const popup = e2e.track(await openPopup(e2e.session, page), 'package-popup');
      await popup.waitFor('[data-role="page-summary"]');
      expect(await attrOf(popup, '[data-role="page-summary"]', 'data-kind')).toBeTruthy();
      await popup.close();
      await page.close();
    });
  },
  { extensionDir: unpacked, extensionFile: firefoxZip },
);
