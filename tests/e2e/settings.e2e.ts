/** Settings chosen in the options page apply to pages already open: pause, site off, categories. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/types';
import { type ExtensionSession, openDemo, readHighlights, waitForHighlights } from '../support/browser';
import { pageSeesUiHost } from '../support/ui';
import { useExtension } from './fixtures';

const e2e = useExtension();

/** Writes settings the way the options page does (storage.local, the extension's own storage). */
async function setSettings(session: ExtensionSession, patch: Partial<Settings>): Promise<void> {
  await session.worker.evaluate(
    async (value) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
        .chrome;
      await api.storage.local.set({ 'diplolens:settings': value });
    },
    { ...DEFAULT_SETTINGS, ...patch },
  );
}

async function waitForCount(page: Page, test: (n: number) => boolean, timeout = 8_000): Promise<number> {
  const until = Date.now() + timeout;
  for (;;) {
    const n = (await readHighlights(page)).length;
    if (test(n) || Date.now() > until) return n;
    await page.waitForTimeout(150);
  }
}

describe('settings reach open pages', () => {
  it('pausing clears the page at once, resuming paints it again; categories narrow what is painted', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'mfa-press-conference'), 'settings-live');
    await waitForHighlights(page, 5);
    const all = (await readHighlights(page)).length;

    await setSettings(e2e.session, { paused: true });
    expect(await waitForCount(page, (n) => n === 0)).toBe(0);
    expect(await pageSeesUiHost(page)).toBe(false);

    await setSettings(e2e.session, { paused: false });
    expect(await waitForCount(page, (n) => n === all)).toBe(all);

    await setSettings(e2e.session, { categories: ['challenge'] });
    const narrowed = await waitForCount(page, (n) => n > 0 && n < all);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    expect(await readHighlights(page)).toContain('技术民族主义');
    expect(await readHighlights(page)).not.toContain('数字外交');

    await setSettings(e2e.session, {});
    expect(await waitForCount(page, (n) => n === all)).toBe(all);
    await page.close();
  });
});
