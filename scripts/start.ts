/**
 * `npm start`: builds the extension, serves the bundled demo pages under their real host names and opens
 * Chromium with DiploLens loaded. With a display: a normal window to use by hand. Without one: a headless walk
 * through the demo pages that writes screenshots to demo-output/.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PAGES } from '../demo/pages';
import { findChromium, launchExtension, openPopup, ROOT, waitForHighlights } from '../tests/support/browser';
import { selectAcross, typeInUi, waitForUi } from '../tests/support/notes';
import { clickInEditor, clickInUi, openCardOnFirstTerm, waitForEditor } from '../tests/support/ui';

function ensureChromium(): void {
  if (findChromium()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing it with apt-get (chromium, fonts-wqy-microhei)…');
    execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei', { stdio: 'inherit' });
    return;
  }
  console.error('DiploLens needs Chromium. Install it with:\n  sudo apt-get install -y chromium fonts-wqy-microhei');
  process.exit(1);
}

function build(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function interactive(): Promise<void> {
  const session = await launchExtension({ headless: false });
  for (const demo of DEMO_PAGES) {
    const page = await session.context.newPage();
    await page.goto(demo.url);
  }
  console.log('DiploLens is running on the demo pages. Close the browser window to stop.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
}

async function shoot(page: Page, file: string, out: string[]): Promise<void> {
  const path = join(ROOT, 'demo-output', file);
  await page.screenshot({ path });
  out.push(path);
}

/** Saves a highlight with a note across a #topic# link, as a reader would, so the popup has something to show. */
async function saveDemoNote(page: Page, lang: string, theme: string, written: string[]): Promise<void> {
  await selectAcross(page, '.wbpro-feed-content > div[class*="_wbtext_"]', 'a[href*="s.weibo.com"]', 4, 8);
  await waitForUi(page, '[data-role="toolbar"]');
  await clickInUi(page, '[data-role="toolbar-note"]');
  const editor = await waitForEditor(page);
  await typeInUi(
    page,
    '[data-role="note-input"]',
    lang === 'zh' ? '使馆用话题标签组织公众讨论。' : 'The embassy frames debate with a hashtag.',
  );
  await typeInUi(page, '[data-role="tags-input"]', lang === 'zh' ? '话题, 公共外交' : 'hashtag, public diplomacy');
  await shoot(page, `note-editor-${lang}-${theme}.png`, written);
  await clickInEditor(editor, '[data-role="save-note"]');
  await page.waitForTimeout(800);
}

async function walkthrough(): Promise<void> {
  mkdirSync(join(ROOT, 'demo-output'), { recursive: true });
  const written: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    for (const locale of ['en-US', 'zh-CN'] as const) {
      const session = await launchExtension({ colorScheme: theme, locale });
      const lang = locale === 'zh-CN' ? 'zh' : 'en';
      try {
        let weiboPage: Page | undefined;
        for (const demo of DEMO_PAGES.filter((d) => d.autoRun)) {
          const page = await session.context.newPage();
          await page.goto(demo.url);
          await waitForHighlights(page).catch(() => console.warn(`no highlights on ${demo.id}`));
          if (theme === 'light' && locale === 'en-US') await shoot(page, `page-${demo.id}.png`, written);
          if (demo.url.startsWith('https://weibo.com/')) weiboPage = page;
        }
        if (weiboPage) {
          await weiboPage.bringToFront();
          if (await openCardOnFirstTerm(weiboPage)) await shoot(weiboPage, `card-${lang}-${theme}.png`, written);
          await weiboPage.keyboard.press('Escape');
          await saveDemoNote(weiboPage, lang, theme, written).catch((err: unknown) => console.warn('demo note:', err));
          const popup = await openPopup(session, weiboPage);
          await popup.setViewportSize({ width: 420, height: 600 });
          await popup.waitForTimeout(800);
          for (const view of ['page', 'notes', 'concepts', 'review'] as const) {
            const tab = popup.locator(`[data-view="${view}"]`);
            if ((await tab.count()) > 0) await tab.first().click();
            await popup.waitForTimeout(300);
            await shoot(popup, `popup-${view}-${lang}-${theme}.png`, written);
          }
        }
      } finally {
        await session.close();
      }
    }
  }
  console.log('\nScreenshots written:');
  for (const f of written) console.log(`  ${f}`);
}

ensureChromium();
build();
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.HEADLESS !== '1';
await (hasDisplay ? interactive() : walkthrough());
