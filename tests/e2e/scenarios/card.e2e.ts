/** The concept card, used as a reader would: hover a term, read the card, close it, step with the keyboard. */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../../support/driver/fixture';
import {
  clickInUi,
  highlightPoint,
  openDemo,
  readCard,
  uiText,
  waitForCard,
  waitForHighlights,
} from '../../support/reader';

forEachBrowser('concept card', (e2e) => {
  it('opens on hover with the right concept, stays clear of the term and inside the viewport, closes on Escape', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'mfa-press-conference'), 'card-hover');
    await waitForHighlights(page, 5);
    const term = await page.evaluate(() => {
      const h = CSS.highlights.get('diplolens-term');
      if (!h) return null;
      const ranges = [...h].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      });
      const r = ranges.find((x) => x.toString() === '技术民族主义');
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0];
      return b
        ? {
            x: b.left + b.width / 2,
            y: b.top + b.height / 2,
            left: b.left,
            top: b.top,
            right: b.right,
            bottom: b.bottom,
          }
        : null;
    });
    expect(term).not.toBeNull();
    if (!term) return;
    await page.mouseMove(term);
    const card = await waitForCard(page);
    expect(card.conceptId).toBe('techno-nationalism');
    expect(card.text).toContain('技术民族主义');
    expect(card.text).toContain('techno-nationalism');
    expect(card.text).toMatch(/3\(3\)/); // where the paper treats it
    const box = await page.evalInUi<{
      left: number;
      top: number;
      right: number;
      bottom: number;
      vw: number;
      vh: number;
    }>(
      `function () {
        const el = this.querySelector('[data-role="card"]').closest('.dl-float');
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, vw: innerWidth, vh: innerHeight };
      }`,
    );
    expect(box).not.toBeNull();
    if (!box) return;
    const overlaps = box.left < term.right && term.left < box.right && box.top < term.bottom && term.top < box.bottom;
    expect(overlaps).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.vw);
    expect(box.bottom).toBeLessThanOrEqual(box.vh);
    await page.press('Escape');
    await page.wait(150);
    expect(await readCard(page)).toBeNull();
    await page.close();
  });

  it('related concepts open their own card; the summary toggles to the other language', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'mfa-press-conference'), 'card-related');
    await waitForHighlights(page, 5);
    const p = await highlightPoint(page, 0);
    if (!p) throw new Error('no term on screen');
    await page.mouseMove(p);
    const first = await waitForCard(page);
    const related = await page.evalInUi<string>(
      `function () { const b = this.querySelector('[data-role="related"] button'); return b ? b.getAttribute('data-concept-id') : null; }`,
    );
    expect(related).toBeTruthy();
    await clickInUi(page, `[data-role="related"] button[data-concept-id="${related}"]`);
    await expect.poll(async () => (await readCard(page))?.conceptId).toBe(related);
    expect(related).not.toBe(first.conceptId);
    const before = await uiText(page, '[data-role="summary"]');
    await clickInUi(page, '[data-role="toggle-language"]');
    await expect.poll(() => uiText(page, '[data-role="summary"]')).not.toBe(before);
    const after = await uiText(page, '[data-role="summary"]');
    expect(/[\u4e00-\u9fff]/.test(after ?? '')).not.toBe(/[\u4e00-\u9fff]/.test(before ?? ''));
    await page.close();
  });

  it('the keyboard shortcut Alt+Shift+J steps to the next term and opens its card', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'article-english'), 'card-keyboard');
    await waitForHighlights(page, 5);
    await page.mouseClick({ x: 5, y: 5 });
    await page.press('Alt+Shift+J');
    const c1 = await waitForCard(page);
    await page.press('Alt+Shift+J');
    await page.wait(200);
    const c2 = await readCard(page);
    expect(c1.conceptId).toBe('digital-diplomacy');
    expect(c2?.conceptId).toBeTruthy();
    const focused = await page.evaluate(() => CSS.highlights.get('diplolens-term-focus')?.size ?? 0);
    expect(focused).toBe(1);
    await page.press('Escape');
    await page.wait(150);
    expect(await readCard(page)).toBeNull();
    await page.close();
  });

  it('a foreign mission post on Weibo gets a badge whose card explains public socializing of governments', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'badge');
    await waitForHighlights(page, 3);
    await page.wait(300);
    const badges = await page.evalInUi<{ country: string; text: string }[]>(
      `function () { return [...this.querySelectorAll('[data-role="mission-badge"]')].map((b) => ({ country: b.getAttribute('data-country'), text: b.textContent })); }`,
    );
    expect(badges?.length ?? 0).toBeGreaterThan(0);
    expect(badges?.some((b) => b.country === 'US')).toBe(true);
    await clickInUi(page, '[data-role="mission-badge"]');
    const card = await waitForCard(page);
    expect(card.conceptId).toBe('public-socializing-of-governments');
    expect(card.text).toContain('政府公共社交化外交');
    await page.close();
  });
});
