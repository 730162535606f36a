import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../registry';
import { xAdapter } from './index';
import { h, timeline, tweet } from './test-fixtures';
import { isXHost, parseStatusHref, permalinkOf } from './urls';

const HOME = 'https://x.com/home';
const US = { name: 'U.S. Embassy China', handle: 'USA_China_Talk', id: '1790000000000000001' };
const CN = { name: 'Chinese Embassy in US', handle: 'ChineseEmbinUS', id: '1790000000000000002' };
const FAN = { name: 'Dave 🇺🇸', handle: 'dave_reads', id: '1790000000000000003' };

afterEach(() => {
  document.body.replaceChildren();
});

describe('X urls', () => {
  it.each([
    ['x.com', true],
    ['www.x.com', true],
    ['mobile.x.com', true],
    ['twitter.com', true],
    ['mobile.twitter.com', true],
    ['X.COM.', true],
    ['api.x.com', false],
    ['notx.com', false],
    ['x.com.example.org', false],
  ])('%s is X: %s', (host, expected) => {
    expect(isXHost(host)).toBe(expected);
  });

  it('reads tweet links, relative or absolute, with tails, on either host', () => {
    expect(parseStatusHref('/USA_China_Talk/status/123')).toEqual({ handle: 'USA_China_Talk', id: '123' });
    expect(parseStatusHref('https://twitter.com/a_b/status/9/photo/1?s=20')).toEqual({ handle: 'a_b', id: '9' });
    expect(parseStatusHref('/i/status/123')).toBeNull();
    expect(parseStatusHref('/home')).toBeNull();
    expect(parseStatusHref('https://example.org/a/status/1')).toBeNull();
    expect(parseStatusHref('/a/status/12x')).toBeNull();
  });

  it('keeps one permalink on x.com', () => {
    expect(permalinkOf('USA_China_Talk', '1')).toBe('https://x.com/USA_China_Talk/status/1');
  });
});

describe('the registry', () => {
  it('gives x.com and twitter.com pages to the X adapter', () => {
    expect(adapterFor('https://x.com/home').id).toBe('x');
    expect(adapterFor('https://twitter.com/USA_China_Talk/status/1').id).toBe('x');
    expect(adapterFor('https://mobile.twitter.com/search?q=embassy').id).toBe('x');
  });
});

describe('xAdapter.postRoots', () => {
  it('finds each tweet text and each quoted text, in document order', () => {
    timeline([
      { ...US, text: 'first' },
      { ...FAN, text: 'second', quote: { ...CN, id: undefined, text: 'quoted' } },
      { ...CN, text: 'third' },
    ]);
    expect(xAdapter.postRoots(document).map((e) => e.textContent)).toEqual(['first', 'second', 'quoted', 'third']);
  });

  it('ignores tweet-like text outside a tweet (a profile bio, a trend)', () => {
    document.body.append(h('div', { 'data-testid': 'tweetText' }, 'not a tweet'));
    expect(xAdapter.postRoots(document)).toEqual([]);
  });
});

describe('xAdapter.postContext', () => {
  it('reads author, handle, mission, id, time and the x.com permalink', () => {
    timeline([{ ...US, text: 'Digital diplomacy at work.', datetime: '2024-05-20T02:32:00.000Z' }]);
    const [root] = xAdapter.postRoots(document);
    if (!root) throw new Error('fixture');
    expect(xAdapter.postContext(root, HOME)).toEqual({
      platform: 'x',
      postId: US.id,
      permalink: `https://x.com/USA_China_Talk/status/${US.id}`,
      publishedAt: '2024-05-20T02:32:00.000Z',
      author: {
        name: 'U.S. Embassy China',
        id: 'USA_China_Talk',
        url: 'https://x.com/USA_China_Talk',
        mission: { countryCode: 'US', countryZh: '美国', countryEn: 'United States', missionType: 'embassy' },
      },
    });
  });

  it('keeps the x.com permalink on twitter.com', () => {
    timeline([{ ...US, text: 'x' }]);
    const [root] = xAdapter.postRoots(document);
    if (!root) throw new Error('fixture');
    expect(xAdapter.postContext(root, 'https://twitter.com/home')?.permalink).toBe(
      `https://x.com/USA_China_Talk/status/${US.id}`,
    );
  });

  it('gives a quoted tweet its own author and mission, and links the two both ways', () => {
    timeline([{ ...FAN, text: 'Look at this', quote: { ...CN, text: 'Our words', photoLinkId: CN.id } }]);
    const [outer, inner] = xAdapter.postRoots(document);
    if (!outer || !inner) throw new Error('fixture');
    const quoted = xAdapter.postContext(inner, HOME);
    expect(quoted?.author).toMatchObject({
      name: CN.name,
      id: CN.handle,
      mission: { countryCode: 'CN', host: { code: 'US' } },
    });
    expect(quoted?.postId).toBe(CN.id);
    expect(quoted?.quotedBy).toMatchObject({ postId: FAN.id, author: { id: FAN.handle } });
    expect(quoted?.quotedBy?.author.mission).toBeUndefined();
    const quoting = xAdapter.postContext(outer, HOME);
    expect(quoting?.author.mission).toBeUndefined();
    expect(quoting?.quoted).toMatchObject({ postId: CN.id, author: { id: CN.handle, mission: { countryCode: 'CN' } } });
  });

  it('keys a quoted tweet without a link by its author and text, stable across renders', () => {
    timeline([{ ...FAN, text: 'Look', quote: { ...CN, id: undefined, text: 'Our words' } }]);
    const inner = xAdapter.postRoots(document)[1];
    if (!inner) throw new Error('fixture');
    const a = xAdapter.postContext(inner, HOME);
    document.body.replaceChildren();
    timeline([{ ...US, text: 'Another quoting tweet', quote: { ...CN, id: undefined, text: 'Our words' } }]);
    const again = xAdapter.postContext(xAdapter.postRoots(document)[1] as Element, HOME);
    expect(a?.postId).toMatch(/^ChineseEmbinUS:[0-9a-z]+$/);
    expect(again?.postId).toBe(a?.postId);
    expect(a?.permalink).toBe('https://x.com/ChineseEmbinUS');
  });

  it('takes the focal tweet id from its time link under the text, or from the page URL', () => {
    const page = `https://x.com/USA_China_Talk/status/${US.id}`;
    document.body.append(tweet({ ...US, focal: true, text: 'focal' }));
    const [root] = xAdapter.postRoots(document);
    if (!root) throw new Error('fixture');
    expect(xAdapter.postContext(root, page)?.postId).toBe(US.id);
    document.body.replaceChildren(tweet({ ...US, id: undefined, focal: true, text: 'focal' }));
    expect(xAdapter.postContext(xAdapter.postRoots(document)[0] as Element, page)?.postId).toBe(US.id);
  });

  it('returns null when the author row is missing', () => {
    document.body.append(h('article', { 'data-testid': 'tweet' }, h('div', { 'data-testid': 'tweetText' }, 'x')));
    expect(xAdapter.postContext(xAdapter.postRoots(document)[0] as Element, HOME)).toBeNull();
  });

  it('reads a display name drawn with emoji images', () => {
    const t = tweet({ ...US, text: 'x' });
    const name = t.querySelector('[data-testid="User-Name"] span');
    name?.append(h('img', { alt: '🇺🇸', src: 'data:,' }));
    document.body.append(t);
    expect(xAdapter.postContext(xAdapter.postRoots(document)[0] as Element, HOME)?.author.name).toBe(
      'U.S. Embassy China🇺🇸',
    );
  });
});

describe('xAdapter: page kind, author row, card', () => {
  it('calls a status page a post and anything else a timeline', () => {
    expect(xAdapter.pageKind(new URL('https://x.com/a/status/1'), [])).toBe('post');
    expect(xAdapter.pageKind(new URL('https://x.com/home'), [])).toBe('timeline');
    expect(xAdapter.pageKind(new URL('https://x.com/search?q=embassy'), [])).toBe('timeline');
  });

  it('gives each post its own author row and card: the quote block for a quoted text', () => {
    timeline([{ ...FAN, text: 'Look', quote: { ...CN, text: 'Our words' } }]);
    const [outer, inner] = xAdapter.postRoots(document);
    if (!outer || !inner) throw new Error('fixture');
    expect(xAdapter.authorElement(outer)?.textContent).toContain('@dave_reads');
    expect(xAdapter.authorElement(inner)?.textContent).toContain('@ChineseEmbinUS');
    expect(xAdapter.postCard(outer)?.tagName).toBe('ARTICLE');
    expect(xAdapter.postCard(inner)?.getAttribute('role')).toBe('link');
  });

  it('has no article root: notes live in tweets', () => {
    expect(xAdapter.articleRoot(document)).toBeNull();
  });
});
