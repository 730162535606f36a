import { afterEach, describe, expect, it } from 'vitest';
import { findPostTextRoots, isWeiboHost, postOf, readPostContext } from './post';
import { h, mPost, richText, wbPost, wbTimeline } from './test-fixtures';

const WB = { href: 'https://weibo.com/' };
const US = { uid: '1743951792', name: '美国驻华大使馆', mblogid: 'OeAbCdEfG' };
const UK = { uid: '3158440525', name: '英国驻华使馆', mblogid: 'PbXyZ12aB', title: '2024-05-19 09:05' };
const FAN = { uid: '5550001', name: '爱美国驻华大使馆的小王', mblogid: 'Qq1Ww2Ee3' };

afterEach(() => {
  document.body.replaceChildren();
});

function firstText(root: ParentNode): Element {
  const el = findPostTextRoots(root)[0];
  if (!el) throw new Error('no text root');
  return el;
}

describe('isWeiboHost', () => {
  it.each([
    ['weibo.com', 'weibo.com'],
    ['www.weibo.com', 'weibo.com'],
    ['WEIBO.COM', 'weibo.com'],
    ['m.weibo.cn', 'm.weibo.cn'],
    ['evilweibo.com', null],
    ['weibo.com.example.org', null],
    ['weibo.cn', null],
    ['mfa.gov.cn', null],
    ['', null],
  ])('%s → %s', (host, expected) => {
    expect(isWeiboHost(host)).toBe(expected);
  });
});

describe('findPostTextRoots', () => {
  it('finds each post text and each retweeted text, in document order', () => {
    const tl = wbTimeline([
      { ...US, text: ['first'] },
      { ...FAN, text: ['second'], retweet: { ...UK, text: ['retweeted'] } },
      { ...UK, text: ['third'] },
    ]);
    expect(findPostTextRoots(tl).map((e) => e.textContent)).toEqual(['first', 'second', 'retweeted', 'third']);
    expect(findPostTextRoots(document).length).toBe(4);
  });

  it('does not take headers, footers or the source line for text', () => {
    const tl = wbTimeline([US]);
    const roots = findPostTextRoots(tl);
    expect(roots).toHaveLength(1);
    expect(roots[0]?.textContent).toBe('Text with #数字外交#, an emoji  and inline spans inside words.');
  });

  it('finds m.weibo.cn card texts', () => {
    document.body.append(mPost({ uid: '1', name: 'a', text: 'one' }), mPost({ uid: '2', name: 'b', text: 'two' }));
    expect(findPostTextRoots(document.body).map((e) => e.textContent)).toEqual(['one', 'two']);
  });

  it('returns nothing on a page without posts', () => {
    document.body.append(h('div', { class: 'detail_wbtext_x' }, 'not inside a feed'));
    expect(findPostTextRoots(document)).toEqual([]);
  });
});

describe('postOf', () => {
  it('finds the article around a text node deep inside the post text', () => {
    const tl = wbTimeline([US]);
    const span = tl.querySelector('span.expand');
    const textNode = span?.firstChild;
    if (!textNode) throw new Error('fixture');
    const post = postOf(textNode);
    expect(post?.tagName).toBe('ARTICLE');
    expect(post?.contains(span)).toBe(true);
  });

  it('gives the retweeted block for text inside a retweet', () => {
    const tl = wbTimeline([{ ...FAN, retweet: UK }]);
    const roots = findPostTextRoots(tl);
    const outer = roots[0];
    const inner = roots[1];
    if (!outer || !inner) throw new Error('fixture');
    expect(postOf(outer)?.tagName).toBe('ARTICLE');
    expect(postOf(inner)?.className).toContain('Feed_retweet');
  });

  it('is null outside any post', () => {
    const tl = wbTimeline([US]);
    expect(postOf(tl)).toBeNull();
    expect(postOf(document.body)).toBeNull();
  });
});

describe('readPostContext on weibo.com', () => {
  it('reads author, uid, mblogid, permalink, time and mission', () => {
    const post = postOf(firstText(wbTimeline([US])));
    if (!post) throw new Error('fixture');
    expect(readPostContext(post, WB)).toEqual({
      authorName: '美国驻华大使馆',
      uid: '1743951792',
      mblogid: 'OeAbCdEfG',
      permalink: 'https://weibo.com/1743951792/OeAbCdEfG',
      postedAt: new Date(2024, 4, 20, 10, 32).toISOString(),
      mission: { countryCode: 'US', countryZh: '美国', countryEn: 'United States', missionType: 'embassy' },
    });
  });

  it('ignores the relative label the page keeps rewriting', () => {
    const tl = wbTimeline([US]);
    const post = postOf(firstText(tl));
    if (!post) throw new Error('fixture');
    const before = readPostContext(post, WB);
    const label = tl.querySelector('a[title]');
    if (!label) throw new Error('fixture');
    label.textContent = '今天 10:32';
    expect(readPostContext(post, WB)).toEqual(before);
    label.textContent = '刚刚';
    expect(readPostContext(post, WB)?.postedAt).toBe(before?.postedAt);
  });

  it('leaves mission out for an account that is not a mission', () => {
    const post = postOf(firstText(wbTimeline([FAN])));
    if (!post) throw new Error('fixture');
    const ctx = readPostContext(post, WB);
    expect(ctx?.authorName).toBe('爱美国驻华大使馆的小王');
    expect(ctx?.uid).toBe('5550001');
    expect(ctx).not.toHaveProperty('mission');
  });

  it('gives a retweet’s inner text to the retweeted author', () => {
    const tl = wbTimeline([{ ...FAN, retweet: UK }]);
    const [outer, inner] = findPostTextRoots(tl);
    if (!outer || !inner) throw new Error('fixture');
    const innerPost = postOf(inner);
    const outerPost = postOf(outer);
    if (!innerPost || !outerPost) throw new Error('fixture');
    expect(readPostContext(innerPost, WB)).toMatchObject({
      authorName: '英国驻华使馆',
      uid: '3158440525',
      mblogid: 'PbXyZ12aB',
      permalink: 'https://weibo.com/3158440525/PbXyZ12aB',
      postedAt: new Date(2024, 4, 19, 9, 5).toISOString(),
      mission: { countryCode: 'GB', missionType: 'embassy' },
    });
    expect(readPostContext(outerPost, WB)).toMatchObject({ authorName: FAN.name, uid: FAN.uid, mblogid: FAN.mblogid });
  });

  it('never takes the retweet’s id for a post that shows none of its own', () => {
    const tl = wbTimeline([{ uid: FAN.uid, name: FAN.name, text: ['mine'], retweet: UK }]);
    const post = postOf(firstText(tl));
    if (!post) throw new Error('fixture');
    const ctx = readPostContext(post, WB);
    expect(ctx?.uid).toBe(FAN.uid);
    expect(ctx?.mblogid).toMatch(/^5550001:[0-9a-z]+$/);
    expect(ctx?.permalink).toBe('https://weibo.com/u/5550001');
    expect(ctx?.postedAt).toBeUndefined();
  });

  it('never takes the id of a post retweeting its own author', () => {
    // Embassies often retweet their own earlier posts: same uid inside and out.
    const tl = wbTimeline([{ uid: US.uid, name: US.name, text: ['now'], retweet: { ...US, mblogid: 'OldPost01' } }]);
    const [outer, inner] = findPostTextRoots(tl);
    if (!outer || !inner) throw new Error('fixture');
    expect(readPostContext(postOf(outer) as Element, WB)?.mblogid).toMatch(/^1743951792:/);
    expect(readPostContext(postOf(inner) as Element, WB)?.mblogid).toBe('OldPost01');
  });

  it('keys a post without permalink by its text, stably', () => {
    const spec = { uid: FAN.uid, name: FAN.name, text: ['same words'] };
    const a = readPostContext(postOf(firstText(wbTimeline([spec]))) as Element, WB)?.mblogid;
    const b = readPostContext(postOf(firstText(wbTimeline([spec]))) as Element, WB)?.mblogid;
    const c = readPostContext(
      postOf(firstText(wbTimeline([{ ...spec, text: ['other words'] }]))) as Element,
      WB,
    )?.mblogid;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('reads the new post when the scroller recycles a slot', () => {
    const tl = wbTimeline([US]);
    const slot = tl.firstElementChild;
    if (!slot) throw new Error('fixture');
    const first = readPostContext(postOf(firstText(tl)) as Element, WB);
    // The virtual scroller swaps the slot's content for another post.
    slot.replaceChildren(...Array.from(wbPost(UK).childNodes));
    const second = readPostContext(postOf(firstText(tl)) as Element, WB);
    expect(first?.uid).toBe(US.uid);
    expect(second?.uid).toBe(UK.uid);
    expect(second?.mission?.countryCode).toBe('GB');
  });

  it('returns null when the author is not on the page', () => {
    const article = h('article', { class: 'woo-panel-main Feed_wrap_x' }, h('div', { class: 'wbpro-feed-content' }));
    expect(readPostContext(article, WB)).toBeNull();
  });

  it('ignores time links whose title is not a time', () => {
    const tl = wbTimeline([{ ...US, title: '发布于 5月20日' }]);
    const ctx = readPostContext(postOf(firstText(tl)) as Element, WB);
    expect(ctx?.mblogid).toMatch(/^1743951792:/);
  });

  it('is cheap enough for a long timeline', () => {
    const specs = Array.from({ length: 300 }, (_, i) => ({ ...US, mblogid: `Abc${i}defg`, text: richText() }));
    const tl = wbTimeline(specs);
    const posts = findPostTextRoots(tl).map((r) => postOf(r) as Element);
    const t0 = performance.now();
    const ids = posts.map((p) => readPostContext(p, WB)?.mblogid);
    const perPost = (performance.now() - t0) / posts.length;
    expect(new Set(ids).size).toBe(300);
    // happy-dom is far slower than a browser; 2 ms a post here keeps a browser well under its frame budget.
    expect(perPost).toBeLessThan(2);
  });
});

describe('readPostContext on m.weibo.cn', () => {
  const now = new Date(2024, 4, 20, 10, 35);

  it('takes the post id from a detail page URL', () => {
    const card = mPost({ uid: '1743951792', name: '美国驻华大使馆', time: '3分钟前' });
    document.body.append(card);
    expect(readPostContext(card, { href: 'https://m.weibo.cn/detail/4987654321012345' }, now)).toEqual({
      authorName: '美国驻华大使馆',
      uid: '1743951792',
      mblogid: '4987654321012345',
      permalink: 'https://weibo.com/1743951792/4987654321012345',
      postedAt: new Date(2024, 4, 20, 10, 32).toISOString(),
      mission: { countryCode: 'US', countryZh: '美国', countryEn: 'United States', missionType: 'embassy' },
    });
    expect(readPostContext(card, { href: 'https://m.weibo.cn/status/OeAbCdEfG?from=x' }, now)?.mblogid).toBe(
      'OeAbCdEfG',
    );
  });

  it('falls back to "<uid>:<hash>" on a timeline', () => {
    const a = mPost({ uid: '42', name: '德国驻华大使馆', time: '昨天 10:00', text: '你好' });
    const b = mPost({ uid: '42', name: '德国驻华大使馆', text: '再见' });
    document.body.append(a, b);
    const ca = readPostContext(a, { href: 'https://m.weibo.cn/u/42' }, now);
    const cb = readPostContext(b, { href: 'https://m.weibo.cn/u/42' }, now);
    expect(ca?.mblogid).toMatch(/^42:[0-9a-z]+$/);
    expect(ca?.mblogid).not.toBe(cb?.mblogid);
    expect(ca?.permalink).toBe('https://weibo.com/u/42');
    expect(ca?.postedAt).toBe(new Date(2024, 4, 19, 10, 0).toISOString());
    expect(ca?.mission).toMatchObject({ countryCode: 'DE', missionType: 'embassy' });
  });

  it('returns null without a profile link', () => {
    const card = h('div', { class: 'card9' }, h('div', { class: 'weibo-og' }, h('div', { class: 'weibo-text' }, 'x')));
    expect(readPostContext(card, { href: 'https://m.weibo.cn/detail/4987654321012345' }, now)).toBeNull();
  });
});

describe('weibo.com variants seen beyond the demo DOM', () => {
  it('reads a post whose text sits one wrapper down, with relative links and an old-style usercard', () => {
    const text = h(
      'div',
      { class: 'detail_wbtext_4CRf9' },
      '英国驻华使馆谈',
      h('a', { href: '/weibo?q=%23数字外交%23' }, '#数字外交#'),
    );
    const post = h(
      'article',
      { class: 'woo-panel-main Feed_wrap_3v9LH' },
      h(
        'header',
        {},
        h(
          'a',
          { usercard: 'id=1898571035&refer_flag=1001030103_', href: '/u/1898571035' },
          h('span', { title: '英国驻华使馆' }, '英国驻华使馆'),
        ),
        h('a', { class: 'head-info_time_6sFQg', title: '2024-06-01 09:15', href: '/1898571035/OfXyZ12ab' }, '刚刚'),
      ),
      h('div', { class: 'wbpro-feed-content' }, h('div', { class: 'detail_text_1U10O wbpro-feed-ogText' }, text)),
    );
    document.body.append(post);
    expect(findPostTextRoots(document)).toEqual([text]);
    expect(postOf(text)).toBe(post);
    expect(readPostContext(post, { href: 'https://weibo.com/' })).toMatchObject({
      authorName: '英国驻华使馆',
      uid: '1898571035',
      mblogid: 'OfXyZ12ab',
      permalink: 'https://weibo.com/1898571035/OfXyZ12ab',
      mission: { countryCode: 'GB', missionType: 'embassy' },
    });
    post.remove();
  });
});
