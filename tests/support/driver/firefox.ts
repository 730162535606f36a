/**
 * The scenario driver for Firefox: puppeteer-core over WebDriver BiDi, Debian's firefox-esr, the built
 * firefox-mv2 extension installed temporarily (unsigned). Pages reach their real host names through a local proxy
 * (proxy.ts) set in the profile's prefs; the extension's address is pinned by a pref so its pages open as tabs.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { DEMO_PAGES } from '../../../demo/pages';
import { ROOT } from '../browser';
import { backgroundCall, chordKeys, editorExpression, isEditorUrl, tabIdOf } from './common';
import { startDemoProxy } from './proxy';
import type { BrowserSession, Download, DriverPage, ExtensionApi, LaunchOptions, PageFunction, Point } from './types';

export const GECKO_ID = 'diplolens@diplolens.org';
export const FIREFOX_EXTENSION_DIR = join(ROOT, process.env.DIPLOLENS_OUT_DIR || '.output', 'firefox-mv2');
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Firefox's own housekeeping (remote settings, telemetry …): refused like everything else, but not ours. */
const BROWSER_HOSTS = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net)(:\d+)?$/;

/** `JavaScript error: <url>, line <n>: <message>` as Firefox prints it on stdout. */
const JS_ERROR = /^JavaScript error: (\S+), line (\d+): (.*)$/;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BidiRemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

interface BidiEvalResult {
  type: 'success' | 'exception';
  result?: BidiRemoteValue;
  exceptionDetails?: { text: string };
}

function connectionOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** The BiDi browsing context id of a page's main frame. */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** A chord's key in puppeteer's names: a single letter is sent by its code, so the handler sees KeyJ. */
function keyName(k: string): KeyInput {
  if (/^[A-Za-z]$/.test(k)) return `Key${k.toUpperCase()}` as KeyInput;
  if (k === 'Ctrl') return 'Control';
  return k as KeyInput;
}

class FirefoxPage implements DriverPage {
  readonly browser = 'firefox' as const;
  constructor(
    readonly page: Page,
    readonly bidi: BidiConnection,
    readonly downloadDir: string,
    public label: string,
  ) {}

  async url(): Promise<string> {
    // page.url() lags behind a navigation into the extension's process; the document knows where it is.
    return this.page.evaluate(() => location.href).catch(() => this.page.url());
  }
  async goto(url: string): Promise<void> {
    if (url.startsWith('moz-extension:')) {
      // A navigation into the extension's process may never report back (the frame is swapped): do not wait for
      // it (it times out by itself later, ignored); wait for the document itself.
      await this.page
        .evaluate(() => {
          (window as unknown as { __reloading?: boolean }).__reloading = true;
        })
        .catch(() => undefined);
      void this.page.goto(url, { timeout: 20_000 }).catch(() => undefined);
      await this.waitForDocument(url);
      return;
    }
    await this.page.goto(url, { waitUntil: 'load' });
  }
  private async waitForDocument(url: string, timeout = 15_000): Promise<void> {
    const until = Date.now() + timeout;
    const want = url.split('#')[0];
    for (;;) {
      const state = await this.page
        .evaluate(() => ({
          href: location.href.split('#')[0],
          ready: document.readyState,
          old: (window as unknown as { __reloading?: boolean }).__reloading === true,
        }))
        .catch(() => null);
      if (state && state.href === want && state.ready === 'complete' && !state.old) return;
      if (Date.now() > until) throw new Error(`${url} did not load (last seen: ${JSON.stringify(state)})`);
      await this.wait(100);
    }
  }
  async reload(): Promise<void> {
    const href = await this.url();
    if (href.startsWith('moz-extension:')) {
      // As with goto: a reload of an extension page may never report back, so watch the document change instead.
      await this.page.evaluate(() => {
        (window as unknown as { __reloading?: boolean }).__reloading = true;
        setTimeout(() => location.reload(), 0);
      });
      await this.waitForDocument(href);
      return;
    }
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
    await this.page.evaluateOnNewDocument(fn);
  }
  async evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R> {
    return (await this.page.evaluate(fn as (a: unknown) => unknown, arg)) as R;
  }
  async evalInUi<T>(fn: string, ...args: unknown[]): Promise<T | null> {
    const context = contextOf(this.page);
    const shadowId = await this.uiShadowId(context);
    if (!shadowId) return null;
    const res = (await this.bidi.send('script.callFunction', {
      functionDeclaration: `async function (argsJson) {
        const r = await (${fn}).apply(this, JSON.parse(argsJson));
        return JSON.stringify(r === undefined ? null : r);
      }`,
      this: { sharedId: shadowId },
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      awaitPromise: true,
      target: { context },
      resultOwnership: 'none',
    })) as { result: BidiEvalResult };
    if (res.result.type === 'exception') throw new Error(`evalInUi: ${res.result.exceptionDetails?.text}`);
    return JSON.parse(String(res.result.result?.value ?? 'null')) as T | null;
  }
  /**
   * Our UI's closed shadow root: a plain <div> child of <html> (no name a page could take), told from the page's
   * own elements by what only we put inside it (`.dl-root`). WebDriver BiDi serialises a node with its shadow root,
   * closed ones included when asked ("all").
   */
  private async uiShadowId(context: string): Promise<string | null> {
    const count = (await this.bidi.send('script.evaluate', {
      expression: 'document.documentElement ? document.documentElement.children.length : 0',
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
    })) as { result: BidiEvalResult };
    const n = Number(count.result.result?.value ?? 0);
    for (let i = n - 1; i >= 0; i--) {
      const host = (await this.bidi.send('script.evaluate', {
        expression: `document.documentElement.children[${i}]`,
        target: { context },
        awaitPromise: false,
        resultOwnership: 'none',
        serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
      })) as { result: BidiEvalResult };
      const node = host.result.result;
      const value = node?.value as { localName?: string; shadowRoot?: BidiRemoteValue | null } | undefined;
      const shadow = value?.shadowRoot;
      if (value?.localName !== 'div' || !shadow?.sharedId) continue;
      const ours = (await this.bidi.send('script.callFunction', {
        functionDeclaration: 'function () { return [...this.children].some((c) => c.classList.contains("dl-root")); }',
        this: { sharedId: shadow.sharedId },
        awaitPromise: false,
        target: { context },
        resultOwnership: 'none',
      })) as { result: BidiEvalResult };
      if (ours.result.result?.value === true) return shadow.sharedId;
    }
    return null;
  }
  async evalInEditor<T>(fn: string, ...args: unknown[]): Promise<T | null> {
    // A frame's url() can lag behind what it loaded (it says about:blank for our editor): ask each frame itself.
    for (const frame of this.page.frames()) {
      const href = isEditorUrl(frame.url()) ? frame.url() : await frame.evaluate(() => location.href).catch(() => '');
      if (!isEditorUrl(href)) continue;
      return (await frame.evaluate(editorExpression(fn, args)).catch(() => null)) as T | null;
    }
    return null;
  }
  async mouseMove(p: Point): Promise<void> {
    await this.page.mouse.move(p.x, p.y);
  }
  async mouseClick(p: Point): Promise<void> {
    await this.page.mouse.click(p.x, p.y);
  }
  async press(keys: string): Promise<void> {
    const parts = chordKeys(keys).map(keyName);
    const key = parts.pop();
    if (!key) return;
    for (const m of parts) await this.page.keyboard.down(m);
    await this.page.keyboard.press(key);
    for (const m of parts.reverse()) await this.page.keyboard.up(m);
  }
  async insertText(text: string): Promise<void> {
    // WebDriver key actions type any character as the focused element receives it, in whichever frame has focus
    // (puppeteer's sendCharacter inserts into the top document, which misses our editor frame).
    const actions = [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.bidi.send('input.performActions', {
      context: contextOf(this.page),
      actions: [{ type: 'key', id: 'diplolens-typing', actions }],
    });
  }
  async waitFor(selector: string, timeout = 10_000): Promise<void> {
    await this.page.waitForSelector(selector, { timeout });
  }
  async click(selector: string): Promise<void> {
    await this.page.waitForSelector(selector, { visible: true, timeout: 10_000 });
    // Like Playwright: wait until the element stops moving, then click its centre.
    const box = () =>
      this.page.evaluate((s: string) => {
        const el = document.querySelector(s);
        if (!el) return null;
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, selector);
    const until = Date.now() + 5_000;
    let last = await box();
    for (;;) {
      await this.wait(80);
      const now = await box();
      if (now && last && now.x === last.x && now.y === last.y) {
        await this.page.mouse.click(now.x, now.y);
        return;
      }
      if (Date.now() > until) throw new Error(`${this.label}: ${selector} did not settle`);
      last = now;
    }
  }
  async fill(selector: string, text: string): Promise<void> {
    await this.page.locator(selector).fill(text);
  }
  async setInputFiles(selector: string, path: string): Promise<void> {
    const input = await this.page.waitForSelector(selector, { timeout: 10_000 });
    if (!input) throw new Error(`no ${selector}`);
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
  }
  async download(trigger: () => Promise<void>): Promise<Download> {
    const before = new Set(readdirSync(this.downloadDir));
    await trigger();
    const until = Date.now() + 15_000;
    for (;;) {
      // Firefox writes into a .part file and renames it when done.
      // Firefox makes the target file at once (empty) and writes into a .part file beside it, renamed when done.
      const files = readdirSync(this.downloadDir).filter((f) => !before.has(f));
      const name = files.find((f) => !f.endsWith('.part'));
      if (name && !files.some((f) => f.endsWith('.part'))) {
        const path = join(this.downloadDir, name);
        const size = statSync(path).size;
        await this.wait(150);
        if (size > 0 && statSync(path).size === size) {
          const text = readFileSync(path, 'utf8');
          rmSync(path, { force: true });
          return { name, text };
        }
      }
      if (Date.now() > until) throw new Error('no download arrived');
      await this.wait(100);
    }
  }
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png` });
  }
  async wait(ms: number): Promise<void> {
    await new Promise((r) => setTimeout(r, ms));
  }
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<BrowserSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox not found. Install it with: apt-get install -y firefox-esr');
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!options.extensionFile && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  }
  const proxy = await startDemoProxy(ROOT, [...DEMO_PAGES, ...(options.extraPages ?? [])]);
  const uuid = randomUUID();
  const downloadDir = mkdtempSync(join(tmpdir(), 'diplolens-firefox-dl-'));
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  const locale = options.locale ?? 'en-US';
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      // Lets BiDi install an add-on and reach privileged realms.
      args: ['--remote-allow-system-access'],
      defaultViewport: viewport,
      // Firefox's stdout is read below for the extension's errors; DIPLOLENS_FIREFOX_DUMPIO=1 also echoes it.
      dumpio: process.env.DIPLOLENS_FIREFOX_DUMPIO === '1',
      extraPrefsFirefox: {
        // Every request goes to the local proxy, which answers the demo hosts and refuses the rest.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.dns.disablePrefetch': true,
        'network.trr.mode': 5,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // The extension's address, so its popup and options pages can be opened as tabs.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        // Downloads (exports) land in a folder of this session's, without a dialog.
        'browser.download.dir': downloadDir,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'intl.accept_languages': locale,
        'intl.locale.requested': locale,
        'ui.systemUsesDarkTheme': 0,
        'layout.css.prefers-color-scheme.content-override': 1,
      },
    });
  } catch (err) {
    await proxy.close();
    throw err;
  }
  const bidi = connectionOf(browser);
  const extensionErrors: string[] = [];
  const pageErrors: string[] = [];
  const stdout: string[] = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        stdout.push(line);
        const m = JS_ERROR.exec(line.trim());
        if (m?.[1]?.startsWith('moz-extension://')) extensionErrors.push(line.trim());
      }
    });
  }
  const version = `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`;
  try {
    if (options.extensionFile) {
      await bidi.send('webExtension.install', { extensionData: { type: 'archivePath', path: options.extensionFile } });
    } else {
      await browser.installExtension(extensionDir);
    }
  } catch (err) {
    await browser.close();
    await proxy.close();
    throw err;
  }
  const origin = `moz-extension://${uuid}`;

  const wrap = (page: Page, label: string): FirefoxPage => {
    const wrapped = new FirefoxPage(page, bidi, downloadDir, label);
    page.on('pageerror', (err) => {
      const message = err instanceof Error ? err.message : String(err);
      pageErrors.push(`${wrapped.label}: ${message}`);
    });
    return wrapped;
  };

  // The extension's privileged context: one of its pages, kept open in a tab of its own. In Firefox MV2 the
  // background is a page of the same origin, reached from here with getBackgroundPage().
  const helper = wrap(await browser.newPage(), 'extension-context');
  await helper.goto(`${origin}/options.html`);

  const session: BrowserSession = {
    name: 'firefox',
    version,
    extensionOrigin: origin,
    get blockedRequests() {
      return proxy.blocked.filter(
        (r) => !BROWSER_HOSTS.test(r.replace(/^CONNECT /, '').replace(/^https?:\/\/([^/]+).*/, '$1')),
      );
    },
    extensionErrors: () => [...extensionErrors],
    pageErrors: () => [...pageErrors],
    async newPage(label = 'page') {
      return wrap(await browser.newPage(), label);
    },
    async open(url, label = url) {
      const page = wrap(await browser.newPage(), label);
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path, label = path) {
      const page = wrap(await browser.newPage(), label);
      await page.goto(`${origin}/${path}`);
      return page;
    },
    async waitForNewPage(trigger, label = 'new-page') {
      const before = new Set(browser.targets());
      const created = browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 15_000 });
      await trigger();
      const page = await (await created).page();
      if (!page) throw new Error('the new tab has no page');
      await page.waitForFunction(() => location.href !== 'about:blank' && document.readyState === 'complete', {
        timeout: 15_000,
      });
      return wrap(page, label);
    },
    async evalInBackground<R, A>(fn: (api: ExtensionApi, arg: A) => Promise<R> | R, arg?: A): Promise<R> {
      const api =
        '((globalThis.browser.extension.getBackgroundPage && globalThis.browser.extension.getBackgroundPage()) || globalThis).browser';
      const call = backgroundCall(fn as (api: ExtensionApi, arg: never) => unknown, arg, api);
      return (await helper.page.evaluate(`(async () => ${call})()`)) as R;
    },
    async tabIdOf(page) {
      return tabIdOf(session, page);
    },
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
  return session;
}
