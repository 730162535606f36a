/** The scenario driver for Chromium: playwright-core over CDP, on the launcher in tests/support/browser.ts. */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension } from '../browser';
import { evalInUi } from '../ui';
import { backgroundCall, editorExpression, isEditorUrl, tabIdOf } from './common';
import type { BrowserSession, Download, DriverPage, ExtensionApi, LaunchOptions, PageFunction, Point } from './types';

class ChromiumPage implements DriverPage {
  readonly browser = 'chromium' as const;
  constructor(
    readonly page: Page,
    public label: string,
  ) {}
  async url(): Promise<string> {
    return this.page.url();
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }
  async goBack(): Promise<void> {
    await this.page.goBack();
  }
  async close(): Promise<void> {
    await this.page.close();
  }
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }
  async addInitScript(fn: () => void): Promise<void> {
    await this.page.addInitScript(fn);
  }
  async evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R> {
    return (await this.page.evaluate(fn as (a: unknown) => unknown, arg)) as R;
  }
  evalInUi<T>(fn: string, ...args: unknown[]): Promise<T | null> {
    return evalInUi<T>(this.page, fn, ...args);
  }
  async evalInEditor<T>(fn: string, ...args: unknown[]): Promise<T | null> {
    const frame = this.page.frames().find((f) => isEditorUrl(f.url()));
    if (!frame) return null;
    return (await frame.evaluate(editorExpression(fn, args)).catch(() => null)) as T | null;
  }
  async mouseMove(p: Point): Promise<void> {
    await this.page.mouse.move(p.x, p.y);
  }
  async mouseClick(p: Point): Promise<void> {
    await this.page.mouse.click(p.x, p.y);
  }
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }
  async insertText(text: string): Promise<void> {
    await this.page.keyboard.insertText(text);
  }
  async waitFor(selector: string, timeout = 10_000): Promise<void> {
    await this.page.locator(selector).first().waitFor({ timeout });
  }
  async click(selector: string): Promise<void> {
    await this.page.locator(selector).first().click();
  }
  async fill(selector: string, text: string): Promise<void> {
    await this.page.locator(selector).first().fill(text);
  }
  async setInputFiles(selector: string, path: string): Promise<void> {
    await this.page.locator(selector).first().setInputFiles(path);
  }
  async download(trigger: () => Promise<void>): Promise<Download> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), trigger()]);
    const path = join(tmpdir(), `diplolens-dl-${process.pid}-${Date.now()}-${file.suggestedFilename()}`);
    await file.saveAs(path);
    const text = readFileSync(path, 'utf8');
    rmSync(path, { force: true });
    return { name: file.suggestedFilename(), text };
  }
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
  async wait(ms: number): Promise<void> {
    await this.page.waitForTimeout(ms);
  }
}

export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserSession> {
  const s = await launchExtension({
    extensionDir: options.extensionDir,
    extraPages: options.extraPages,
    viewport: options.viewport,
    locale: options.locale,
  });
  const version = `Chromium ${s.context.browser()?.version() ?? '?'}`;
  const pageErrors: string[] = [];
  const extensionErrors: string[] = [];
  const pages = new WeakMap<Page, ChromiumPage>();
  const wrap = (page: Page, label: string): ChromiumPage => {
    const known = pages.get(page);
    if (known) return known;
    const wrapped = new ChromiumPage(page, label);
    pages.set(page, wrapped);
    page.on('pageerror', (err) => {
      const where = `${wrapped.label}: ${err.message}`;
      // Errors of the extension's own pages, or thrown from its content script's code, are ours.
      if (page.url().startsWith('chrome-extension://') || (err.stack ?? '').includes('chrome-extension://'))
        extensionErrors.push(where);
      else pageErrors.push(where);
    });
    return wrapped;
  };
  const session: BrowserSession = {
    name: 'chromium',
    version,
    extensionOrigin: `chrome-extension://${s.extensionId}`,
    blockedRequests: s.blockedRequests,
    extensionErrors: () => [...extensionErrors],
    pageErrors: () => [...pageErrors],
    async newPage(label = 'page') {
      return wrap(await s.context.newPage(), label);
    },
    async open(url, label = url) {
      const page = wrap(await s.context.newPage(), label);
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path, label = path) {
      const page = wrap(await s.context.newPage(), label);
      await page.goto(`chrome-extension://${s.extensionId}/${path}`);
      return page;
    },
    async waitForNewPage(trigger, label = 'new-page') {
      const [page] = await Promise.all([s.context.waitForEvent('page'), trigger()]);
      await page.waitForLoadState('load');
      return wrap(page, label);
    },
    async evalInBackground<R, A>(fn: (api: ExtensionApi, arg: A) => Promise<R> | R, arg?: A): Promise<R> {
      return (await s.worker.evaluate(
        backgroundCall(fn as (api: ExtensionApi, arg: never) => unknown, arg, 'chrome'),
      )) as R;
    },
    async tabIdOf(page) {
      return tabIdOf(session, page);
    },
    async close() {
      await s.close();
    },
  };
  return session;
}
