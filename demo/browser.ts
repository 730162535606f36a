import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { DEMO_PAGES } from './pages';

export const DEMO_DIR = dirname(fileURLToPath(import.meta.url));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}

/**
 * A context that serves every demo page under its real url and refuses (and records) every other request,
 * so a page that reaches for a font, CDN or tracker is caught.
 */
export async function servingContext(browser: Browser): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const blocked: string[] = [];
  const byUrl = new Map(DEMO_PAGES.map((p) => [p.url, p]));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const page = byUrl.get(`${url.origin}${url.pathname}`);
    if (page) {
      const body = await readFile(join(DEMO_DIR, page.file));
      await route.fulfill({
        status: 200,
        headers: page.headers ?? { 'content-type': 'text/html; charset=utf-8' },
        body,
      });
      return;
    }
    blocked.push(url.href);
    await route.abort();
  });
  return { context, blocked };
}

/**
 * Source of a function run in the page: the text segments a highlighter would read under `root`, skipping
 * form fields, scripts, styles and hidden elements; blocks, <br> and images end a segment.
 */
export const SEGMENTS_FN = `(root) => {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'svg', 'HEAD']);
  const segments = [];
  let current = '';
  const flush = () => { if (current.trim()) segments.push(current); current = ''; };
  const walk = (node) => {
    for (const n of node.childNodes) {
      if (n.nodeType === 3) { current += n.data; continue; }
      if (n.nodeType !== 1 || SKIP.has(n.tagName)) continue;
      const style = getComputedStyle(n);
      if (style.display === 'none') continue;
      if (n.tagName === 'BR' || n.tagName === 'IMG') { flush(); continue; }
      const inline = style.display === 'inline';
      if (!inline) flush();
      walk(n);
      if (!inline) flush();
    }
  };
  walk(root);
  flush();
  return segments;
}`;
