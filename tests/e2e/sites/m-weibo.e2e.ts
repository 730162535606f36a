/**
 * m.weibo.cn in Chromium with the built extension: the badge stays inside the post card (it used to be drawn past
 * its right edge), a repost (.weibo-rp) gets its own badge inside the repost box, and a note taken in the repost
 * records whose words it quotes and the post reposting them.
 */
import { describe, expect, it } from 'vitest';
import { openDemo, waitForHighlights } from '../../support/browser';
import { selectText, waitForDb, waitForUi } from '../../support/notes';
import { clickInUi } from '../../support/ui';
import { useExtension } from '../fixtures';
import { boxAround, inside, waitForBadges, waitForNote } from './helpers';

const e2e = useExtension();
const YELLOW = 'yellow';

describe('m.weibo.cn', () => {
  it("keeps the author's badge inside the post card", async () => {
    const page = e2e.track(await openDemo(e2e.session, 'm-weibo-detail'), 'm-weibo-badge');
    await waitForHighlights(page, 3);
    const [badge] = await waitForBadges(page, 1);
    expect(badge?.country).toBe('GB');
    if (!badge) return;
    const card = await boxAround(page, '.card9', badge.left + 1, badge.top + 1);
    expect(card && inside(badge, card)).toBe(true);
    await page.close();
  });

  it('badges a reposted embassy post inside the repost box, and not the student reposting it', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'm-weibo-repost'), 'm-weibo-repost-badge');
    await waitForHighlights(page, 2);
    const badges = await waitForBadges(page, 1);
    expect(badges.map((b) => [b.country, b.quoted])).toEqual([['US', true]]);
    const b = badges[0];
    if (!b) return;
    const box = await boxAround(page, '.weibo-rp', b.left + 1, b.top + 1);
    expect(box && inside(b, box)).toBe(true);
    await page.close();
  });

  it('records whose words a note in the repost quotes', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'm-weibo-repost'), 'm-weibo-repost-note');
    await waitForHighlights(page, 2);
    await selectText(page, '.weibo-rp .weibo-text', '倾听比发声更重要');
    await waitForUi(page, '[data-role="toolbar"]');
    await clickInUi(page, '[data-color="yellow"]');
    expect(await waitForNote(page, YELLOW, '倾听比发声更重要')).toContain('倾听比发声更重要');
    const notes = await waitForDb(e2e.session, (n) => n.some((x) => x.quote.exact === '倾听比发声更重要'));
    const note = notes.find((x) => x.quote.exact === '倾听比发声更重要');
    expect(note?.context).toMatchObject({
      platform: 'weibo',
      author: { name: '美国驻华大使馆', id: '1743951792', mission: { countryCode: 'US' } },
      quotedBy: { postId: 'QrStUvWxY', author: { name: '国关研二小王', id: '6198204537' } },
    });
    expect(note?.context?.quotedBy?.author.mission).toBeUndefined();
    await page.reload();
    expect(await waitForNote(page, YELLOW, '倾听比发声更重要')).toEqual(['倾听比发声更重要']);
    await page.close();
  });
});
