/**
 * Vitest fixtures for the e2e tests: one Chromium with the built extension per test file, pages that are
 * screenshotted into test-results/ when a test fails, and the page's own errors collected so tests can assert
 * that the extension never breaks the page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import { type ExtensionSession, type LaunchOptions, launchExtension, ROOT } from '../support/browser';

export interface E2E {
  readonly session: ExtensionSession;
  /** Registers a page for a screenshot if the current test fails, and records its uncaught errors. */
  track(page: Page, name: string): Page;
  /** Uncaught errors thrown by page scripts (not console noise). */
  pageErrors: string[];
}

export function useExtension(options: LaunchOptions = {}): E2E {
  let session: ExtensionSession | undefined;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    session = await launchExtension(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    get session() {
      if (!session) throw new Error('The browser is not launched yet (use e2e.session inside a test).');
      return session;
    },
    pageErrors,
    track(page, name) {
      page.on('pageerror', (err) => pageErrors.push(`${name}: ${err.message}`));
      onTestFailed(async () => {
        const dir = join(ROOT, 'test-results');
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`);
        await page.screenshot({ path: file, fullPage: false }).catch(() => undefined);
        console.error(`screenshot of failed test: ${file}`);
      });
      return page;
    },
  };
}
