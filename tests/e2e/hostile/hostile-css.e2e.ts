/**
 * Threat: a page stylesheet that unsets and overrides everything (`* { all: unset !important; … }`, which reaches our
 * <div> host too) and targets our old host element by name. The card lives in a closed shadow root under a host
 * with inline !important styles, so it must still render as designed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, waitForHighlights } from '../../support/browser';
import { evalInUi, openCardOnFirstTerm, readCard } from '../../support/ui';
import { useExtension } from '../fixtures';
import { selectText, waitForUi } from './helpers';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const e2e = useExtension({ extraPages: HOSTILE_PAGES });

interface CardStyle {
  position: string;
  fontSize: string;
  titleSize: string;
  color: string;
  background: string;
  width: number;
  height: number;
  visible: boolean;
  hostDisplay: string;
  hostPosition: string;
  hostOpacity: string;
  hostZ: string;
  panelZ: string;
}

it('the concept card and selection toolbar render as designed under `* { all: unset !important }`', async () => {
  const page = e2e.track(await e2e.session.context.newPage(), 'hostile-css');
  await page.goto(HOSTILE.css.url, { waitUntil: 'load' });
  await waitForHighlights(page, 3);
  // The page's rule really is in force on its own text.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('p') as Element).fontSize)).toBe('40px');

  expect(await openCardOnFirstTerm(page)).toBe(true);
  const card = await readCard(page);
  expect(card?.conceptId).toBeTruthy();
  expect(card?.text.length).toBeGreaterThan(40);

  const style = await evalInUi<CardStyle>(
    page,
    `function () {
      const panel = this.querySelector('.dl-float');
      const title = this.querySelector('.dl-card-title') || panel;
      const host = this.host;
      const cs = getComputedStyle(panel);
      const hs = getComputedStyle(host);
      const r = panel.getBoundingClientRect();
      return {
        position: cs.position, fontSize: cs.fontSize, titleSize: getComputedStyle(title).fontSize,
        color: cs.color, background: cs.backgroundColor, width: r.width, height: r.height,
        visible: cs.visibility === 'visible' && r.top >= 0 && r.bottom <= innerHeight + 1,
        hostDisplay: hs.display, hostPosition: hs.position, hostOpacity: hs.opacity, hostZ: hs.zIndex,
        panelZ: cs.zIndex,
      };
    }`,
  );
  expect(style).not.toBeNull();
  expect(style?.position).toBe('fixed');
  expect(style?.fontSize).toBe('14px');
  expect(style?.titleSize).toBe('17px');
  expect(style?.color).not.toBe('rgb(255, 0, 0)');
  expect(style?.background).toBe('rgb(255, 255, 255)');
  expect(style?.width).toBeGreaterThan(200);
  expect(style?.width).toBeLessThanOrEqual(360);
  expect(style?.height).toBeGreaterThan(60);
  expect(style?.visible).toBe(true);
  expect(style?.hostDisplay).toBe('block');
  // The host sits at the document's origin and forms no stacking context (saved passages blend with the text);
  // each panel carries the top z-index itself.
  expect(style?.hostPosition).toBe('absolute');
  expect(style?.hostOpacity).toBe('1');
  expect(style?.hostZ).toBe('auto');
  expect(style?.panelZ).toBe('2147483647');

  // The selection toolbar too.
  await page.keyboard.press('Escape');
  await selectText(page, '#article p', 0, 6);
  await waitForUi(page, '[data-role="toolbar"]');
  const toolbar = await evalInUi<{ position: string; swatch: number; display: string }>(
    page,
    `function () {
      const bar = this.querySelector('[data-role="toolbar"]');
      const sw = this.querySelector('.dl-swatch').getBoundingClientRect();
      return { position: getComputedStyle(bar).position, swatch: Math.round(sw.width), display: getComputedStyle(bar).display };
    }`,
  );
  expect(toolbar).toEqual({ position: 'fixed', swatch: 20, display: 'flex' });

  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, 'hostile-css-card.png') });
  expect(e2e.pageErrors).toEqual([]);
});
