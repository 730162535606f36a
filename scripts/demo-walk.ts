/**
 * The headless walk through the demo pages that `npm start` does without a display, and that `npm run
 * store-assets` does at the stores' screenshot size: each demo page painted, a concept card, the note editor,
 * and the popup's views, in the languages and themes asked for. Writes PNGs and says what each one shows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PAGES } from '../demo/pages';
import { type ExtensionSession, launchExtension, openPopup, waitForHighlights } from '../tests/support/browser';
import { selectAcross, waitForUi } from '../tests/support/notes';
import { clickInUi, evalInUi, openCardOnFirstTerm, typeInEditor, waitForEditor } from '../tests/support/ui';
import { ARM_MS } from '../utils/guard/activation';

export type Lang = 'en' | 'zh';
export type Theme = 'light' | 'dark';

export interface Shot {
  path: string;
  /** What it shows: "page", "card", "note-editor", "popup-page", "popup-notes" … */
  kind: string;
  lang: Lang;
  theme: Theme;
  /** The demo page shown (pages and cards). */
  demo?: string;
}

export interface WalkOptions {
  outDir: string;
  viewport?: { width: number; height: number };
  popupSize?: { width: number; height: number };
  themes?: readonly Theme[];
  langs?: readonly Lang[];
  /** Shoot every demo page in every language and theme (default: English, light only). */
  allPages?: boolean;
}

const LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

async function shoot(page: Page, file: string, shot: Omit<Shot, 'path'>, out: Shot[], dir: string): Promise<void> {
  const path = join(dir, file);
  await page.screenshot({ path });
  out.push({ path, ...shot });
}

/** Saves a highlight with a note across a #topic# link, as a reader would, so the popup has something to show. */
async function saveDemoNote(page: Page, lang: Lang, theme: Theme, out: Shot[], dir: string): Promise<void> {
  await selectAcross(page, '.wbpro-feed-content > div[class*="_wbtext_"]', 'a[href*="s.weibo.com"]', 4, 8);
  await waitForUi(page, '[data-role="toolbar"]');
  await clickInUi(page, '[data-role="toolbar-note"]');
  // The editor is an extension frame in our UI (issue 11): typed into with real keys, like a reader.
  const editor = await waitForEditor(page);
  await typeInEditor(
    editor,
    '[data-role="note-input"]',
    lang === 'zh' ? '使馆用话题标签组织公众讨论。' : 'The embassy frames debate with a hashtag.',
  );
  await typeInEditor(
    editor,
    '[data-role="tags-input"]',
    lang === 'zh' ? '话题, 公共外交' : 'hashtag, public diplomacy',
  );
  await shoot(page, `note-editor-${lang}-${theme}.png`, { kind: 'note-editor', lang, theme }, out, dir);
  // Saved from the keyboard (Ctrl+Enter in the editor), as a reader who has just typed the tags would.
  await page.waitForTimeout(ARM_MS + 100);
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(800);
}

/** "Collect the posts on this page" from the popup over the timeline, so Posts and Insights have content. */
async function collectDemoPosts(popup: Page): Promise<void> {
  const start = popup.locator('[data-role="collect-page-start"]');
  await start.waitFor({ timeout: 5000 });
  await start.click();
  await popup.locator('.collect-progress[data-state="done"]').waitFor({ timeout: 20_000 });
}

/** The Insights page over the collected demo posts: the heatmap first, then the page scrolled to the other charts. */
async function shootInsights(session: ExtensionSession, lang: Lang, theme: Theme, out: Shot[], dir: string) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1200, height: 1000 });
  await page.goto(`chrome-extension://${session.extensionId}/insights.html`);
  await page.locator('[data-chart="heatmap"] svg').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  await shoot(page, `insights-${lang}-${theme}.png`, { kind: 'insights', lang, theme }, out, dir);
  await page.evaluate(() => document.querySelector('[data-chart="timeline"]')?.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(200);
  await shoot(page, `insights-charts-${lang}-${theme}.png`, { kind: 'insights-charts', lang, theme }, out, dir);
  await page.close();
}

export async function walkDemo(options: WalkOptions): Promise<Shot[]> {
  const dir = options.outDir;
  mkdirSync(dir, { recursive: true });
  const out: Shot[] = [];
  for (const theme of options.themes ?? (['light', 'dark'] as const)) {
    for (const lang of options.langs ?? (['en', 'zh'] as const)) {
      const session = await launchExtension({ colorScheme: theme, locale: LOCALE[lang], viewport: options.viewport });
      try {
        let weiboPage: Page | undefined;
        const opened = new Map<string, Page>();
        for (const demo of DEMO_PAGES.filter((d) => d.autoRun)) {
          const page = await session.context.newPage();
          await page.goto(demo.url);
          await waitForHighlights(page).catch(() => console.warn(`no highlights on ${demo.id}`));
          // Mission badges are placed after the first paint.
          await page.waitForTimeout(500);
          opened.set(demo.id, page);
          if (options.allPages || (theme === 'light' && lang === 'en')) {
            const suffix = options.allPages ? `-${lang}-${theme}` : '';
            await shoot(page, `page-${demo.id}${suffix}.png`, { kind: 'page', lang, theme, demo: demo.id }, out, dir);
          }
          if (demo.url.startsWith('https://weibo.com/')) weiboPage = page;
        }
        // The other sites in the reader's language: a card on X, and the popup's "This page" over X and WeChat.
        if (theme === 'light') {
          const x = opened.get('x-timeline');
          if (x) {
            await x.bringToFront();
            if (await openCardOnFirstTerm(x)) {
              await shoot(x, `card-x-${lang}.png`, { kind: 'card', lang, theme, demo: 'x-timeline' }, out, dir);
            }
            await x.keyboard.press('Escape');
          }
          for (const id of ['x-timeline', 'wechat-article'] as const) {
            const page = opened.get(id);
            if (!page) continue;
            const popup = await openPopup(session, page);
            await popup.setViewportSize(options.popupSize ?? { width: 420, height: 600 });
            await popup.waitForTimeout(800);
            await shoot(popup, `popup-page-${id}-${lang}.png`, { kind: 'popup-page', lang, theme, demo: id }, out, dir);
            await popup.close();
          }
        }
        if (weiboPage) {
          await weiboPage.bringToFront();
          if (await openCardOnFirstTerm(weiboPage)) {
            await shoot(
              weiboPage,
              `card-${lang}-${theme}.png`,
              { kind: 'card', lang, theme, demo: 'weibo-timeline' },
              out,
              dir,
            );
          }
          await weiboPage.keyboard.press('Escape');
          await saveDemoNote(weiboPage, lang, theme, out, dir).catch((err: unknown) => console.warn('demo note:', err));
          if (options.allPages) {
            // The timeline again, now with the reader's yellow highlight.
            await weiboPage.evaluate(() => getSelection()?.removeAllRanges());
            await weiboPage.mouse.move(1, 1);
            // Once the "Highlight saved" toast has gone.
            for (let i = 0; i < 50; i++) {
              const toast = await evalInUi<boolean>(
                weiboPage,
                'function () { return !!this.querySelector(\'[data-role="toast"]\'); }',
              );
              if (!toast) break;
              await weiboPage.waitForTimeout(200);
            }
            const shot = { kind: 'page-with-note', lang, theme, demo: 'weibo-timeline' } as const;
            await shoot(weiboPage, `page-weibo-with-note-${lang}-${theme}.png`, shot, out, dir);
          }
          const popup = await openPopup(session, weiboPage);
          const size = options.popupSize ?? { width: 420, height: 600 };
          await popup.setViewportSize(size);
          // "This page" lists the reader's highlights once the page has answered.
          await popup
            .locator('[data-role="page-highlights"] li')
            .first()
            .waitFor({ timeout: 5_000 })
            .catch(() => console.warn('the popup listed no highlight on the page'));
          await collectDemoPosts(popup).catch((err: unknown) => console.warn('collect posts:', err));
          for (const view of ['page', 'notes', 'posts', 'concepts', 'review'] as const) {
            const tab = popup.locator(`[data-view="${view}"]`);
            if ((await tab.count()) > 0) await tab.first().click();
            await popup.waitForTimeout(300);
            // As tall as its content, like the toolbar popup, up to the size given.
            const height = await popup.evaluate(() => document.documentElement.scrollHeight);
            await popup.setViewportSize({ width: size.width, height: Math.min(size.height, height) });
            await shoot(popup, `popup-${view}-${lang}-${theme}.png`, { kind: `popup-${view}`, lang, theme }, out, dir);
            await popup.setViewportSize(size);
          }
          await shootInsights(session, lang, theme, out, dir).catch((err: unknown) => console.warn('insights:', err));
        }
      } finally {
        await session.close();
      }
    }
  }
  return out;
}
