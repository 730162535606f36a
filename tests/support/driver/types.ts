/**
 * The small surface the end-to-end scenarios drive a browser through, so one set of scenario files runs in
 * Chromium (playwright-core over CDP) and in Firefox (puppeteer-core over WebDriver BiDi). Everything a scenario
 * does goes through here as a reader would: pages under their real host names, mouse and keyboard, the
 * extension's own pages opened as tabs, and the extension's privileged context for what a reader does through
 * browser chrome a test cannot click (the toolbar, keyboard commands).
 */
import type { browser } from 'wxt/browser';
import type { DemoPage } from '../../../demo/pages';

export type BrowserName = 'chromium' | 'firefox';

/** The extension API as seen in the extension's background (`chrome` in Chromium, `browser` in Firefox). */
export type ExtensionApi = typeof browser;

export interface Point {
  x: number;
  y: number;
}

export interface Download {
  name: string;
  text: string;
}

/** A function run in a page; it is serialised, so it must not close over anything. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface DriverPage {
  readonly browser: BrowserName;
  /** A name for screenshots and error messages. */
  label: string;
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  goBack(): Promise<void>;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
  /** Runs `fn` in the page's main world at the start of every document this page loads from now on. */
  addInitScript(fn: () => void): Promise<void>;
  /** Runs `fn(arg)` in the page's main world and returns its (JSON-like) result. */
  evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
  /**
   * Runs `fn` (a function's source) with `this` bound to DiploLens's in-page UI root, a CLOSED shadow root the page
   * cannot reach; only the automation protocol can. Returns its JSON result, or null when there is no UI.
   */
  evalInUi<T>(fn: string, ...args: unknown[]): Promise<T | null>;
  /**
   * Runs `fn` (a function's source) with `this` bound to the document of DiploLens's note editor: the extension
   * frame inside our UI, or this page itself when it is the editor's own window. Null while there is no editor.
   */
  evalInEditor<T>(fn: string, ...args: unknown[]): Promise<T | null>;
  mouseMove(p: Point): Promise<void>;
  mouseClick(p: Point): Promise<void>;
  /** Presses a key or a chord such as "Alt+Shift+J" (modifiers first, as a person would). */
  press(keys: string): Promise<void>;
  /** Types text into whatever has focus (any script: Chinese is typed as it is). */
  insertText(text: string): Promise<void>;
  /** Waits for a CSS selector in the page's own DOM (not our shadow UI). */
  waitFor(selector: string, timeout?: number): Promise<void>;
  /** A real click at the centre of the first element matching a selector (scrolled into view first). */
  click(selector: string): Promise<void>;
  /** Focuses a field, selects its content and types `text` over it. */
  fill(selector: string, text: string): Promise<void>;
  /** Sets the files of an `<input type=file>` as a reader choosing them would. */
  setInputFiles(selector: string, path: string): Promise<void>;
  /** Runs `trigger` (which clicks something that downloads a file) and returns the file saved. */
  download(trigger: () => Promise<void>): Promise<Download>;
  screenshot(path: string): Promise<void>;
  wait(ms: number): Promise<void>;
}

export interface LaunchOptions {
  /** Load the extension from here instead of the build (e.g. a store package unpacked). */
  extensionDir?: string;
  /** Firefox only: install this packed .zip/.xpi instead of a folder. */
  extensionFile?: string;
  /** Extra pages to serve, e.g. aliases of demo pages under another host. */
  extraPages?: DemoPage[];
  viewport?: { width: number; height: number };
  locale?: string;
}

export interface BrowserSession {
  readonly name: BrowserName;
  /** e.g. "Chromium 149.0.7795.2", "Firefox 153.8.0esr". */
  readonly version: string;
  /** The extension's own origin: chrome-extension://<id> or moz-extension://<uuid>. */
  readonly extensionOrigin: string;
  /** Requests the harness refused because they would have left the machine (pages' and the extension's). */
  readonly blockedRequests: string[];
  /** Uncaught errors from the extension's scripts (content script, background, its pages). */
  extensionErrors(): string[];
  /** Uncaught errors thrown by the pages' own scripts. */
  pageErrors(): string[];
  newPage(label?: string): Promise<DriverPage>;
  /** Opens a URL (a demo page under its real host name) in a new tab. */
  open(url: string, label?: string): Promise<DriverPage>;
  /** Opens one of the extension's pages (popup.html, options.html#…) as a tab. */
  openExtensionPage(path: string, label?: string): Promise<DriverPage>;
  /** Runs `trigger` (which makes the extension open a tab) and returns the new tab once its page has loaded. */
  waitForNewPage(trigger: () => Promise<void>, label?: string): Promise<DriverPage>;
  /** Runs `fn(api, arg)` in the extension's privileged background context and returns its JSON result. */
  evalInBackground<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => Promise<R> | R, arg?: A): Promise<R>;
  /** The browser's tab id of a page, asked of the extension (as a toolbar click would tell the popup). */
  tabIdOf(page: DriverPage): Promise<number>;
  close(): Promise<void>;
}
