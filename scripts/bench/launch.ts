/**
 * Like tests/support/browser.ts's launchExtension, but from a private copy of the built extension: other builds
 * of the shared working tree (e.g. an e2e run) rewrite .output/chrome-mv3 and would pull files out from under a
 * benchmark that runs for minutes.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Route } from 'playwright-core';
import { DEMO_PAGES, type DemoPage } from '../../demo/pages';
import { EXTENSION_DIR, type ExtensionSession, findChromium, ROOT } from '../../tests/support/browser';

/** Copies the built extension once its manifest is there (waits out a build in progress). */
export async function snapshotExtension(timeoutMs = 120_000): Promise<string> {
  const t0 = Date.now();
  while (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\``);
    await new Promise((r) => setTimeout(r, 2000));
  }
  // A build writes the manifest last; give its last files a moment.
  await new Promise((r) => setTimeout(r, 1000));
  const dir = mkdtempSync(join(tmpdir(), 'diplolens-bench-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  if (!existsSync(join(dir, 'content-scripts', 'content.js'))) throw new Error('Incomplete extension build copied');
  return dir;
}

function serve(route: Route, pages: readonly DemoPage[], blocked: string[]): Promise<void> {
  const url = new URL(route.request().url());
  const page = pages.find((p) => {
    const pu = new URL(p.url);
    return pu.origin === url.origin && pu.pathname === url.pathname;
  });
  if (!page) {
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  }
  return route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', ...(page.headers ?? {}) },
    body: readFileSync(join(ROOT, 'demo', page.file)),
  });
}

export interface BenchSession extends ExtensionSession {
  /** The private copy of the extension this browser loaded. */
  extensionDir: string;
  /** The text of one of its files (a path inside the extension), for quoting profiled functions. */
  source(path: string): string | undefined;
}

export async function launchBench(extraPages: DemoPage[] = []): Promise<BenchSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found. Install it with: apt-get install -y chromium');
  const extDir = await snapshotExtension();
  const userDataDir = mkdtempSync(join(tmpdir(), 'diplolens-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  const pages = [...DEMO_PAGES, ...extraPages];
  const blockedRequests: string[] = [];
  await context.route(/^(https?|wss?):\/\//, (route) => serve(route, pages, blockedRequests));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    extensionDir: extDir,
    source(path) {
      const file = join(extDir, path);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
    worker,
    blockedRequests,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extDir, { recursive: true, force: true });
    },
  };
}
