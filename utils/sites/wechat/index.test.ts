import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../registry';
import { h } from '../weibo/test-fixtures';
import { parsePublishTime, readScripts } from './article';
import { wechatAdapter } from './index';
import { canonicalOf, idsOfUrl, isArticleUrl, postIdOf, shortKeyOf } from './urls';

const LONG =
  'https://mp.weixin.qq.com/s?__biz=MzA4NjAxMjM0NQ==&mid=2650000001&idx=1&sn=0123456789abcdef0123456789abcdef&chksm=8b1c&scene=21#wechat_redirect';
const SHORT = 'https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv';
const CANONICAL =
  'https://mp.weixin.qq.com/s?__biz=MzA4NjAxMjM0NQ%3D%3D&idx=1&mid=2650000001&sn=0123456789abcdef0123456789abcdef';

function script(text: string): HTMLElement {
  const s = document.createElement('script');
  s.type = 'text/plain'; // never run in the test DOM
  s.textContent = text;
  return s;
}

const DECLARATIONS = `
  var biz = "MzA4NjAxMjM0NQ==" || "";
  var sn = "0123456789abcdef0123456789abcdef" || "";
  var mid = "2650000001" || "";
  var idx = "1" || "";
  var nickname = htmlDecode("美国驻华大使馆");
  var user_name = "gh_0123456789ab";
  var ct = "1716172320";
  var msg_title = '数字外交与公共外交'.html(false);
  var msg_link = "http://mp.weixin.qq.com/s?__biz=MzA4NjAxMjM0NQ==&amp;mid=2650000001&amp;idx=1&amp;sn=0123456789abcdef0123456789abcdef#rd";
`;

function article(opts: { name?: string; time?: string; scripts?: string; title?: string } = {}): void {
  document.body.append(
    h(
      'div',
      { id: 'js_article', class: 'rich_media' },
      h(
        'div',
        { id: 'img-content', class: 'rich_media_wrp' },
        h('h1', { id: 'activity-name', class: 'rich_media_title' }, opts.title ?? ' 数字外交与公共外交 '),
        h(
          'div',
          { id: 'meta_content' },
          h('span', { class: 'rich_media_meta rich_media_meta_text' }, '使馆新闻处'),
          h(
            'span',
            { id: 'profileBt', class: 'rich_media_meta rich_media_meta_nickname' },
            h('a', { id: 'js_name', href: 'javascript:void(0);' }, opts.name ?? ' 美国驻华大使馆 '),
          ),
          h('em', { id: 'publish_time', class: 'rich_media_meta rich_media_meta_text' }, opts.time ?? ''),
        ),
        h('div', { id: 'js_content', class: 'rich_media_content' }, h('p', {}, '数字外交是公共外交的延伸。')),
      ),
    ),
    script(opts.scripts ?? DECLARATIONS),
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('WeChat urls', () => {
  it('tells article pages from others', () => {
    expect(isArticleUrl(new URL(LONG))).toBe(true);
    expect(isArticleUrl(new URL(SHORT))).toBe(true);
    expect(isArticleUrl(new URL('https://mp.weixin.qq.com/mp/profile_ext?action=home'))).toBe(false);
    expect(isArticleUrl(new URL('https://example.org/s/AbCdEfGhIjKl'))).toBe(false);
  });

  it('keeps ids, drops tracking, and keys an article the same whichever link reached it', () => {
    const ids = idsOfUrl(new URL(LONG));
    expect(ids).toEqual({
      biz: 'MzA4NjAxMjM0NQ==',
      mid: '2650000001',
      idx: '1',
      sn: '0123456789abcdef0123456789abcdef',
    });
    if (!ids) throw new Error('ids');
    expect(canonicalOf(ids)).toBe(CANONICAL);
    expect(postIdOf(ids, null)).toBe('MzA4NjAxMjM0NQ==:2650000001:1');
    expect(postIdOf(null, shortKeyOf(new URL(SHORT)))).toBe('s/AbCdEfGhIjKlMnOpQrStUv');
    expect(postIdOf(null, null)).toBeNull();
  });

  it('goes to the WeChat adapter', () => {
    expect(adapterFor(SHORT).id).toBe('wechat');
    expect(adapterFor('https://weixin.qq.com/').id).toBe('article');
  });
});

describe('readScripts', () => {
  it('reads the declarations without running anything', () => {
    article();
    expect(readScripts(document)).toEqual({
      nickname: '美国驻华大使馆',
      userName: 'gh_0123456789ab',
      ct: 1716172320,
      title: '数字外交与公共外交',
      ids: { biz: 'MzA4NjAxMjM0NQ==', mid: '2650000001', idx: '1', sn: '0123456789abcdef0123456789abcdef' },
    });
  });

  it('falls back to msg_link for the ids and decodes escapes', () => {
    article({
      scripts: `var nickname = "\\u6b27\\u76df\\u5728\\u4e2d\\u56fd"; var msg_link = "http://mp.weixin.qq.com/s?__biz=QUJD&amp;mid=42&amp;idx=2&amp;sn=abcdef0123456789#rd";`,
    });
    expect(readScripts(document)).toEqual({
      nickname: '欧盟在中国',
      ids: { biz: 'QUJD', mid: '42', idx: '2', sn: 'abcdef0123456789' },
    });
  });

  it('reads a long unterminated string quickly (no backtracking blow-up)', () => {
    article({ scripts: `var nickname = "${'\\a'.repeat(20_000)}; var ct = "1716172320";` });
    // An exponential pattern would not return within the test's time limit.
    expect(readScripts(document).ct).toBe(1716172320);
  });

  it('ignores scripts that declare nothing of ours and ids that do not parse', () => {
    article({ scripts: 'var biz = "<img onerror=x>"; var mid = "1"; var idx = "1";' });
    expect(readScripts(document)).toEqual({});
  });
});

describe('parsePublishTime', () => {
  it.each([
    ['2024年5月20日 10:32', '2024-05-20T02:32:00.000Z'],
    ['2024-05-20 10:32', '2024-05-20T02:32:00.000Z'],
    ['2024-05-20', '2024-05-19T16:00:00.000Z'],
    ['昨天', undefined],
    ['', undefined],
  ])('%s → %s', (label, iso) => {
    expect(parsePublishTime(label)).toBe(iso);
  });
});

describe('wechatAdapter', () => {
  it('takes the article body as the one post, with the account, mission, time, title and canonical link', () => {
    article();
    const roots = wechatAdapter.postRoots(document);
    expect(roots.map((r) => r.id)).toEqual(['js_content']);
    const ctx = wechatAdapter.postContext(roots[0] as Element, SHORT);
    expect(ctx).toEqual({
      platform: 'wechat',
      postId: 'MzA4NjAxMjM0NQ==:2650000001:1',
      permalink: CANONICAL,
      author: {
        name: '美国驻华大使馆',
        id: 'gh_0123456789ab',
        mission: { countryCode: 'US', countryZh: '美国', countryEn: 'United States', missionType: 'embassy' },
      },
      publishedAt: '2024-05-20T02:32:00.000Z',
      title: '数字外交与公共外交',
    });
  });

  it('falls back to the URL and the shown publish time when the scripts say nothing', () => {
    article({ scripts: '', name: '英国驻华使馆', time: '2024年5月21日 09:05' });
    const ctx = wechatAdapter.postContext(wechatAdapter.postRoots(document)[0] as Element, SHORT);
    expect(ctx).toMatchObject({
      postId: 's/AbCdEfGhIjKlMnOpQrStUv',
      permalink: 'https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv',
      author: { name: '英国驻华使馆', id: '', mission: { countryCode: 'GB' } },
      publishedAt: '2024-05-21T01:05:00.000Z',
    });
  });

  it.each([
    ['欧盟在中国', 'EU'],
    ['德国驻华大使馆', 'DE'],
    ['法国驻华大使馆文化处', 'FR'],
  ])('recognises %s', (name, code) => {
    article({ scripts: '', name });
    const ctx = wechatAdapter.postContext(wechatAdapter.postRoots(document)[0] as Element, LONG);
    expect(ctx?.author.mission?.countryCode).toBe(code);
  });

  it.each(['美国签证代办中心', '留学美国大使馆指南', '外交部发言人办公室'])('gives no mission to %s', (name) => {
    article({ scripts: '', name });
    const ctx = wechatAdapter.postContext(wechatAdapter.postRoots(document)[0] as Element, LONG);
    expect(ctx?.author.mission).toBeUndefined();
  });

  it('is not an article without a body or a key', () => {
    document.body.append(h('div', {}, 'profile page'));
    expect(wechatAdapter.postRoots(document)).toEqual([]);
    article({ scripts: '' });
    const root = wechatAdapter.postRoots(document)[0] as Element;
    expect(wechatAdapter.postContext(root, 'https://mp.weixin.qq.com/mp/homepage?x=1')).toBeNull();
  });

  it('badges the account name inside the article box', () => {
    article();
    const root = wechatAdapter.postRoots(document)[0] as Element;
    expect(wechatAdapter.authorElement(root)?.id).toBe('js_name');
    expect(wechatAdapter.postCard(root)?.id).toBe('img-content');
    expect(wechatAdapter.pageKind(new URL(SHORT), [root])).toBe('article');
  });
});

describe('the canonical link is already normalised', () => {
  it('equals what notes/url.ts makes of it (a note is stored under exactly this URL)', async () => {
    const { normalizeUrl } = await import('../../notes/url');
    expect(normalizeUrl(CANONICAL)).toBe(CANONICAL);
  });
});
