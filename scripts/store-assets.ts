/**
 * `npm run store-assets`: everything a store listing asks for, in one folder (.output/store/):
 *   screenshots/<lang>/*.png  1280×800, in English and Chinese, from `npm start`'s walk through the demo pages
 *                             (the popup is shown over the page it was opened on, as from the toolbar);
 *   icons/*.png               the extension's icons;
 *   listing.json, listing-<locale>.txt  name and description in each locale, from public/_locales.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, ROOT } from '../tests/support/browser';
import { type Lang, type Shot, walkDemo } from './demo-walk';

export const STORE_SIZE = { width: 1280, height: 800 };
const OUT = join(ROOT, process.env.DIPLOLENS_OUT_DIR || '.output', 'store');

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.toString('ascii', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Locales {
  [locale: string]: { name: string; description: string };
}

export function readListing(localesDir = join(ROOT, 'public', '_locales')): Locales {
  const out: Locales = {};
  for (const locale of readdirSync(localesDir).sort()) {
    const m = JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    const name = m.extName?.message;
    const description = m.extDescription?.message;
    if (!name || !description) throw new Error(`_locales/${locale} lacks extName or extDescription`);
    out[locale] = { name, description };
  }
  return out;
}

/** The popup screenshot laid over the page it was opened on, at the top right, as a toolbar popup appears. */
function popupOverPage(page: Buffer, popup: Buffer): string {
  const src = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden;
    background:url('${src(page)}') no-repeat 0 0/cover">
    <img src="${src(popup)}" style="position:absolute;top:12px;right:24px;border-radius:8px;
      box-shadow:0 8px 28px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)"></body></html>`;
}

/** Mission badges show flag emoji: without a colour emoji font they are empty boxes in the screenshots. */
function ensureEmojiFont(): void {
  const fonts = spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? '';
  if (/emoji/i.test(fonts)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing fonts-noto-color-emoji (flags in the screenshots)…');
    spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq fonts-noto-color-emoji'], {
      stdio: 'inherit',
    });
    return;
  }
  console.warn('No colour emoji font: flags will show as boxes. sudo apt-get install -y fonts-noto-color-emoji');
}

async function main(): Promise<void> {
  ensureEmojiFont();
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: ROOT });
  if (built.status !== 0) process.exit(built.status ?? 1);
  rmSync(OUT, { recursive: true, force: true });
  const raw = join(OUT, 'raw');
  const shots = await walkDemo({
    outDir: raw,
    viewport: STORE_SIZE,
    // The toolbar popup's own size (its stylesheet makes it 580 px high).
    popupSize: { width: 400, height: 580 },
    themes: ['light'],
    langs: ['en', 'zh'],
    allPages: true,
  });
  const find = (lang: Lang, kind: string, demo?: string): Shot | undefined =>
    shots.find((s) => s.lang === lang && s.kind === kind && (demo === undefined || s.demo === demo));

  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium fonts-wqy-microhei');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  const written: string[] = [];
  try {
    const page = await browser.newPage({ viewport: STORE_SIZE });
    for (const lang of ['en', 'zh'] as const) {
      const dir = join(OUT, 'screenshots', lang);
      mkdirSync(dir, { recursive: true });
      const article = lang === 'zh' ? 'mfa-press-conference' : 'article-english';
      const plain: [string, Shot | undefined][] = [
        ['1-concept-card-on-weibo', find(lang, 'card')],
        ['2-note-editor', find(lang, 'note-editor')],
        ['5-article-highlights', find(lang, 'page', article)],
      ];
      for (const [name, shot] of plain) {
        if (!shot) throw new Error(`the walk made no ${name} screenshot in ${lang}`);
        const to = join(dir, `${name}.png`);
        copyFileSync(shot.path, to);
        written.push(to);
      }
      const weibo = find(lang, 'page-with-note') ?? find(lang, 'page', 'weibo-timeline');
      for (const [name, view] of [
        ['3-popup-this-page', 'popup-page'],
        ['4-popup-notes', 'popup-notes'],
      ] as const) {
        const popup = find(lang, view);
        if (!weibo || !popup) throw new Error(`the walk made no ${view} screenshot in ${lang}`);
        await page.setContent(popupOverPage(readFileSync(weibo.path), readFileSync(popup.path)));
        await page.waitForLoadState('load');
        const to = join(dir, `${name}.png`);
        await page.screenshot({ path: to });
        written.push(to);
      }
    }
  } finally {
    await browser.close();
  }
  for (const f of written) {
    const size = pngSize(readFileSync(f));
    if (size.width !== STORE_SIZE.width || size.height !== STORE_SIZE.height) {
      throw new Error(`${f} is ${size.width}×${size.height}, not ${STORE_SIZE.width}×${STORE_SIZE.height}`);
    }
  }
  rmSync(raw, { recursive: true, force: true });

  const icons = join(OUT, 'icons');
  mkdirSync(icons, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'public', 'icon')))
    copyFileSync(join(ROOT, 'public', 'icon', f), join(icons, f));

  const listing = readListing();
  writeFileSync(join(OUT, 'listing.json'), `${JSON.stringify(listing, null, 2)}\n`);
  for (const [locale, { name, description }] of Object.entries(listing)) {
    writeFileSync(join(OUT, `listing-${locale}.txt`), `${name}\n\n${description}\n`);
  }
  console.log(`\nStore assets in ${OUT}:`);
  for (const f of written) console.log(`  ${f}`);
  console.log(`  ${icons}/ (${readdirSync(icons).join(', ')})`);
  console.log(
    `  listing.json, ${Object.keys(listing)
      .map((l) => `listing-${l}.txt`)
      .join(', ')}`,
  );
}

if (process.argv[1]?.endsWith('store-assets.ts')) await main();
