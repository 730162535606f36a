/**
 * The bundled demo pages and the real host names the test harness serves them under.
 * `autoRun` is true when the url's host is one where DiploLens runs by itself (see utils/hosts.ts).
 */
export interface DemoPage {
  id: string;
  url: string;
  /** Path relative to demo/. */
  file: string;
  title: string;
  autoRun: boolean;
  headers?: Record<string, string>;
}

const HTML = { 'content-type': 'text/html; charset=utf-8' };

export const DEMO_PAGES: DemoPage[] = [
  {
    id: 'weibo-timeline',
    url: 'https://weibo.com/u/1743951792',
    file: 'weibo/timeline.html',
    title: 'Weibo: embassy accounts timeline (recycled virtual list)',
    autoRun: true,
    headers: HTML,
  },
  {
    id: 'm-weibo-detail',
    url: 'https://m.weibo.cn/detail/4987654321012345',
    file: 'm-weibo/detail.html',
    title: 'm.weibo.cn: one embassy post with comments',
    autoRun: true,
    headers: HTML,
  },
  {
    id: 'm-weibo-repost',
    url: 'https://m.weibo.cn/status/QrStUvWxY',
    file: 'm-weibo/repost.html',
    title: 'm.weibo.cn: a student reposting an embassy post (.weibo-rp)',
    autoRun: true,
    headers: HTML,
  },
  {
    id: 'x-timeline',
    url: 'https://x.com/home',
    file: 'x/timeline.html',
    title: 'X: home timeline of mission accounts (recycled virtual list, quote tweets, a repost)',
    autoRun: true,
    headers: HTML,
  },
  {
    id: 'x-status',
    url: 'https://twitter.com/ChineseEmbinUS/status/1791000000000000001',
    file: 'x/status.html',
    title: 'X (on twitter.com): one tweet quoting another, with replies',
    autoRun: true,
    headers: HTML,
  },
  {
    id: 'wechat-article',
    url: 'https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv',
    file: 'wechat/article.html',
    title: 'WeChat official-account article by an embassy',
    autoRun: true,
    headers: HTML,
  },
  {
    id: 'mfa-press-conference',
    url: 'https://www.mfa.gov.cn/web/fyrbt_673021/202405/t20240520_11111111.shtml',
    file: 'mfa/press-conference.html',
    title: 'MFA regular press conference transcript (zh-CN)',
    autoRun: true,
    headers: HTML,
  },
  {
    id: 'article-english',
    url: 'https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240521_22222222.html',
    file: 'articles/english.html',
    title: 'English commentary on digital diplomacy',
    autoRun: true,
    headers: HTML,
  },
  {
    id: 'article-traditional',
    url: 'https://news.example.hk/diplomacy/2024/digital.html',
    file: 'articles/traditional.html',
    title: 'Traditional Chinese news feature (popup-triggered)',
    autoRun: false,
    headers: HTML,
  },
  {
    id: 'think-tank',
    url: 'https://think.example/essays/digital-diplomacy',
    file: 'articles/think-tank.html',
    title: 'English think-tank essay (popup-triggered)',
    autoRun: false,
    headers: HTML,
  },
];

/** Timelines with a recycled virtual list: their expectations live in their post data (`window.__demo.posts()`). */
export const TIMELINE_PAGE_IDS: readonly string[] = ['weibo-timeline', 'x-timeline'];

/** Pages whose text does not change after load. */
export const STATIC_PAGE_IDS = DEMO_PAGES.filter((p) => !TIMELINE_PAGE_IDS.includes(p.id)).map((p) => p.id);

/** Pages written in Traditional Chinese (matched after Traditional-to-Simplified conversion). */
export const TRADITIONAL_PAGE_IDS: readonly string[] = ['article-traditional'];
