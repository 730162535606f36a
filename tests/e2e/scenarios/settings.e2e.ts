/**
 * Settings chosen in the options page apply to pages already open: pause, a site switched off, categories. The
 * reader clicks the options page's own controls; the open article follows without a reload.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../../support/driver/fixture';
import type { DriverPage } from '../../support/driver/types';
import { openDemo, openOptions, pageSeesUiHost, poll, readHighlights, waitForHighlights } from '../../support/reader';

const PAUSE = 'section[aria-labelledby="sites-heading"] > label input[type="checkbox"]';

function waitForCount(page: DriverPage, test: (n: number) => boolean, timeout = 8_000): Promise<number> {
  return poll(async () => (await readHighlights(page)).length, test, timeout);
}

function isChecked(page: DriverPage, selector: string): Promise<boolean> {
  return page.evaluate(
    (s: string) => (document.querySelector(s) as HTMLInputElement | null)?.checked === true,
    selector,
  );
}

forEachBrowser('settings reach open pages', (e2e) => {
  it('pausing clears the page at once, resuming paints it again; categories and sites narrow what is painted', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'mfa-press-conference'), 'settings-live');
    await waitForHighlights(page, 5);
    const all = (await readHighlights(page)).length;
    const options = e2e.track(await openOptions(e2e.session), 'settings-options');
    await options.waitFor(PAUSE);

    await options.click(PAUSE);
    expect(await isChecked(options, PAUSE)).toBe(true);
    expect(await waitForCount(page, (n) => n === 0)).toBe(0);
    expect(await pageSeesUiHost(page)).toBe(false);

    await options.click(PAUSE);
    expect(await waitForCount(page, (n) => n === all)).toBe(all);

    // Only challenges: untick every other category, one by one as a reader would.
    const others = await options.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input[name="category"]')]
        .filter((c) => c.checked && c.value !== 'challenge')
        .map((c) => c.value),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const c of others) await options.click(`input[name="category"][value="${c}"]`);
    const narrowed = await waitForCount(page, (n) => n > 0 && n < all);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    expect(await readHighlights(page)).toContain('技术民族主义');
    expect(await readHighlights(page)).not.toContain('数字外交');
    for (const c of others) await options.click(`input[name="category"][value="${c}"]`);
    expect(await waitForCount(page, (n) => n === all)).toBe(all);

    // The ministry's site switched off: the open page is cleared; on again, painted again.
    const site = 'input[name="site-on"][value="mfa.gov.cn"]';
    await options.click(site);
    expect(await waitForCount(page, (n) => n === 0)).toBe(0);
    await options.click(site);
    expect(await waitForCount(page, (n) => n === all)).toBe(all);
    await options.close();
    await page.close();
  });
});
