/**
 * Launches Debian's Chromium with the built extension and answers the demo sites' host names from the files in
 * demo/, so the manifest's real match patterns are exercised while no request ever leaves the machine.
 * Shared by the e2e tests, `npm start` and `npm run bench`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Route, type Worker } from 'playwright-core';
import { DEMO_PAGES, type DemoPage } from '../../demo/pages';
import { highlightTexts } from './in-page';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, process.env.DIPLOLENS_OUT_DIR || '.output', 'chrome-mv3');
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (its background). */
  worker: Worker;
  /** Requests the harness refused because they would have left the machine. */
  blockedRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Load the extension from here instead of the build (the benchmark loads a private copy). */
  extensionDir?: string;
  /** Extra pages to serve, e.g. hostile pages built by a test. */
  extraPages?: DemoPage[];
  viewport?: { width: number; height: number };
  locale?: string;
  colorScheme?: 'light' | 'dark';
}

function demoPageFor(url: string, pages: readonly DemoPage[]): DemoPage | undefined {
  const u = new URL(url);
  const key = `${u.origin}${u.pathname}`;
  return pages.find((p) => {
    const pu = new URL(p.url);
    return `${pu.origin}${pu.pathname}` === key;
  });
}

async function serve(route: Route, pages: readonly DemoPage[], blocked: string[]): Promise<void> {
  const url = route.request().url();
  const page = demoPageFor(url, pages);
  if (page) {
    const body = readFileSync(join(ROOT, 'demo', page.file));
    await route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', ...(page.headers ?? {}) },
      body,
    });
    return;
  }
  blocked.push(url);
  await route.abort('blockedbyclient');
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('Chromium not found. Install it with: apt-get install -y chromium fonts-wqy-microhei');
  }
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'diplolens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
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
  const pages = [...DEMO_PAGES, ...(options.extraPages ?? [])];
  const blockedRequests: string[] = [];
  await context.route(/^(https?|wss?):\/\//, (route) => serve(route, pages, blockedRequests));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    blockedRequests,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function demoPage(id: string): DemoPage {
  const page = DEMO_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`No demo page "${id}". Known: ${DEMO_PAGES.map((p) => p.id).join(', ')}`);
  return page;
}

/** Opens a demo page under its real host name. */
export async function openDemo(session: ExtensionSession, id: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(demoPage(id).url, { waitUntil: 'load' });
  return page;
}

/**
 * The browser's tab id of a page, asked of the extension's own background. Tabs on hosts we have no permission
 * for hide their URL from us, so then the page is brought to the front and the active tab is taken.
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  const byUrl = await session.worker.evaluate(async (u: string) => {
    // Runs in the extension's service worker, where `chrome` is the extension API.
    const api = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
    ).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (byUrl >= 0) return byUrl;
  await page.bringToFront();
  const active = await session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
      .chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (active < 0) throw new Error(`No tab for ${url}`);
  return active;
}

/**
 * Opens the popup as a tab. `forTab` makes it act on that page, as it would when opened from the toolbar over it
 * (a test cannot click the toolbar button).
 */
export async function openPopup(session: ExtensionSession, forTab?: Page): Promise<Page> {
  const tabId = forTab ? await tabIdOf(session, forTab) : undefined;
  const page = await session.context.newPage();
  const query = tabId === undefined ? '' : `?tabId=${tabId}`;
  await page.goto(`chrome-extension://${session.extensionId}/popup.html${query}`);
  return page;
}

export async function openOptions(session: ExtensionSession, hash = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html${hash}`);
  return page;
}

/**
 * The text of every range in a CSS highlight, in document order, read from the page's main world.
 * Painted ranges may be StaticRanges (no toString), so each is re-read through a live Range.
 */
export async function readHighlights(page: Page, name = 'diplolens-term'): Promise<string[]> {
  return page.evaluate(highlightTexts, name);
}

/** Waits until the content script has painted at least `min` term ranges. */
export async function waitForHighlights(page: Page, min = 1, name = 'diplolens-term', timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ([n, m]) => (CSS.highlights.get(n as string)?.size ?? 0) >= (m as number),
    [name, min] as const,
    { timeout },
  );
}

/**
 * Sends a message to every frame of a tab from the extension's background, as the browser does with a keyboard
 * command (Alt+Shift+H arrives as `command:save-highlight`). A test cannot press the browser's own shortcut.
 */
export async function sendToTabFromBackground(session: ExtensionSession, page: Page, message: object): Promise<void> {
  const tabId = await tabIdOf(session, page);
  await session.worker.evaluate(
    async ([id, msg]) => {
      const api = (
        globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }
      ).chrome;
      await api.tabs.sendMessage(id as number, msg as object).catch(() => undefined);
    },
    [tabId, message] as const,
  );
}
