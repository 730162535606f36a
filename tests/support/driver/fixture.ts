/**
 * Runs one scenario file once per browser: `forEachBrowser('concept card', (e2e) => { it(…) })` declares a
 * describe block per selected browser, each with its own browser and the built extension. After every test, any
 * uncaught error from the extension's own scripts fails it (in Firefox they show only on its stdout).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it, onTestFailed } from 'vitest';
import { ROOT } from '../browser';
import { launchBrowser, selectedBrowsers } from './index';
import type { BrowserName, BrowserSession, DriverPage, LaunchOptions } from './types';

export interface E2E {
  readonly browser: BrowserName;
  readonly session: BrowserSession;
  /** Names a page for its screenshot if the current test fails. */
  track<P extends DriverPage>(page: P, label: string): P;
  /** Opens a URL in a new tab, tracked. */
  open(url: string, label: string): Promise<DriverPage>;
}

export interface ScenarioOptions extends LaunchOptions {
  /** Browsers this file cannot run in, each with the reason (shown as a skipped test, never silently). */
  skip?: Partial<Record<BrowserName, string>>;
}

export function forEachBrowser(title: string, body: (e2e: E2E) => void, options: ScenarioOptions = {}): void {
  for (const name of selectedBrowsers()) {
    const reason = options.skip?.[name];
    if (reason) {
      describe(`${name}: ${title}`, () => {
        it.skip(`skipped in ${name}: ${reason}`, () => undefined);
      });
      continue;
    }
    describe(`${name}: ${title}`, () => {
      let session: BrowserSession | undefined;
      let errorsBefore = 0;
      beforeAll(async () => {
        session = await launchBrowser(name, options);
      });
      afterAll(async () => {
        await session?.close();
      });
      beforeEach(() => {
        errorsBefore = session?.extensionErrors().length ?? 0;
      });
      afterEach(() => {
        const fresh = session?.extensionErrors().slice(errorsBefore) ?? [];
        if (fresh.length > 0) throw new Error(`the extension threw in ${name}:\n${fresh.join('\n')}`);
      });
      const e2e: E2E = {
        browser: name,
        get session() {
          if (!session) throw new Error('The browser is not launched yet (use e2e.session inside a test).');
          return session;
        },
        track(page, label) {
          page.label = label;
          onTestFailed(async () => {
            const dir = join(ROOT, 'test-results');
            mkdirSync(dir, { recursive: true });
            const file = join(dir, `${name}-${label.replace(/[^a-z0-9-]+/gi, '_')}.png`);
            await page.screenshot(file).catch(() => undefined);
            console.error(`screenshot of failed test: ${file}`);
          });
          return page;
        },
        async open(url, label) {
          const page = e2e.track(await e2e.session.newPage(label), label);
          await page.goto(url);
          return page;
        },
      };
      body(e2e);
    });
  }
}
