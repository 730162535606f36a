/**
 * WeChat official-account articles in Chromium with the built extension, on the demo article that mimics
 * mp.weixin.qq.com: terms, a card, the embassy's badge inside the article box (after the meta line, not over the
 * time), and a note with the article's context, found again after a reload.
 */
import { describe, expect, it } from 'vitest';
import { openDemo, waitForHighlights } from '../../support/browser';
import { selectText, waitForDb, waitForUi } from '../../support/notes';
import { clickInUi, openCardOnFirstTerm } from '../../support/ui';
import { useExtension } from '../fixtures';
import { boxAround, inside, waitForBadges, waitForNote } from './helpers';

const e2e = useExtension();
const YELLOW = 'yellow';
const CANONICAL =
  'https://mp.weixin.qq.com/s?__biz=MzA5OTQ3NTAzMg%3D%3D&idx=1&mid=2651234567&sn=8c1f0e5d2b3a4c6d7e8f9a0b1c2d3e4f';

describe('WeChat article', () => {
  it("badges the embassy's account inside the article, clear of the publish time", async () => {
    const page = e2e.track(await openDemo(e2e.session, 'wechat-article'), 'wechat-badge');
    await waitForHighlights(page, 3);
    const [badge] = await waitForBadges(page, 1);
    expect(badge?.country).toBe('GB');
    if (!badge) return;
    const box = await boxAround(page, '#img-content', badge.left + 1, badge.top + 1);
    expect(box && inside(badge, box)).toBe(true);
    const time = await page.evaluate(() => {
      const r = document.querySelector('#publish_time')?.getBoundingClientRect();
      return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: r.width } : null;
    });
    // The publish time the page wrote is still visible: the badge does not cover it.
    expect(time && (badge.left >= time.right || badge.right <= time.left)).toBe(true);
    expect(await openCardOnFirstTerm(page)).toBe(true);
    await page.close();
  });

  it('saves a note with the account, title, time and canonical link, and finds it again', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'wechat-article'), 'wechat-note');
    await waitForHighlights(page, 3);
    await selectText(page, '#js_content', '每一条留言都值得认真阅读');
    await waitForUi(page, '[data-role="toolbar"]');
    await clickInUi(page, '[data-color="yellow"]');
    expect(await waitForNote(page, YELLOW, '每一条留言都值得认真阅读')).toContain('每一条留言都值得认真阅读');
    const notes = await waitForDb(e2e.session, (n) => n.length > 0);
    const note = notes.find((n) => n.quote.exact === '每一条留言都值得认真阅读');
    expect(note?.url).toBe(CANONICAL);
    expect(note?.root).toEqual({ kind: 'post', platform: 'wechat', postId: 'MzA5OTQ3NTAzMg==:2651234567:1' });
    expect(note?.context).toMatchObject({
      platform: 'wechat',
      permalink: CANONICAL,
      title: '从公告栏到客厅：我们的社交媒体十年',
      publishedAt: '2024-05-20T02:32:00.000Z',
      author: { name: '英国驻华使馆', id: 'gh_3f8e2c1a9b7d', mission: { countryCode: 'GB', missionType: 'embassy' } },
    });
    await page.reload();
    expect(await waitForNote(page, YELLOW, '每一条留言都值得认真阅读')).toEqual(['每一条留言都值得认真阅读']);
    await page.close();
  });
});
