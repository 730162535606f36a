/**
 * Test fixtures: the weibo.com and m.weibo.cn DOM we read, built with DOM APIs (never innerHTML), following the
 * structure documented in selectors.ts. Used by the *.test.ts files in this folder only.
 */

type Child = Node | string;

export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

export interface WbPostSpec {
  uid: string;
  name: string;
  /** Omit for a post whose permalink the page does not show. */
  mblogid?: string;
  title?: string;
  label?: string;
  text?: Child[];
  retweet?: WbPostSpec;
}

/** Post text with a topic link, an emoji image and a span inside a word, like the real site. */
export function richText(): Child[] {
  return [
    'Text with ',
    h('a', { href: '//s.weibo.com/weibo?q=%23数字外交%23' }, '#数字外交#'),
    ', an emoji ',
    h('img', { alt: '[微笑]', title: '[微笑]', src: 'data:,' }),
    ' and ',
    h('span', { class: 'expand' }, 'inline spans'),
    ' inside words.',
  ];
}

function authorLinks(uid: string, name: string): Child[] {
  return [
    h(
      'a',
      { href: `//weibo.com/u/${uid}`, usercard: uid },
      h('div', { class: 'woo-avatar-main' }, h('img', { alt: '' })),
    ),
    h(
      'div',
      { class: 'woo-box-item-flex head_main_3DRDm' },
      h(
        'div',
        { class: 'head_nick_1yix2' },
        h(
          'a',
          { class: 'head_name_24eEB', usercard: uid, href: `//weibo.com/u/${uid}` },
          h('span', { title: name }, name),
        ),
      ),
    ),
  ];
}

function timeLink(spec: WbPostSpec): Child[] {
  if (!spec.mblogid) return [];
  return [
    h(
      'div',
      { class: 'head-info_info_2AspQ' },
      h(
        'a',
        {
          class: 'head-info_time_6sFQg',
          title: spec.title ?? '2024-05-20 10:32',
          href: `https://weibo.com/${spec.uid}/${spec.mblogid}`,
        },
        spec.label ?? '3分钟前',
      ),
      h('div', { class: 'head-info_source_2zcEX' }, '来自 微博网页版'),
    ),
  ];
}

function retweetBlock(spec: WbPostSpec): HTMLElement {
  return h(
    'div',
    { class: 'Feed_retweet_JqZJb' },
    h(
      'div',
      { class: 'retweet_head' },
      h('a', { usercard: spec.uid, href: `//weibo.com/u/${spec.uid}` }, `@${spec.name}`),
    ),
    h('div', { class: 'detail_wbtext_4CRf9' }, ...(spec.text ?? ['retweeted text'])),
    ...timeLink(spec),
  );
}

/** One weibo.com post inside its recycled scroller slot; returns the slot. */
export function wbPost(spec: WbPostSpec, offset = 0): HTMLElement {
  const body = h(
    'div',
    { class: 'Feed_body_3R0rO' },
    h('header', { class: 'woo-box-flex' }, ...authorLinks(spec.uid, spec.name), ...timeLink(spec)),
    h('div', { class: 'wbpro-feed-content' }, h('div', { class: 'detail_wbtext_4CRf9' }, ...(spec.text ?? richText()))),
  );
  if (spec.retweet) body.append(retweetBlock(spec.retweet));
  const article = h(
    'article',
    { class: 'woo-panel-main Feed_wrap_3v9LH Feed_normal_12A98', tabindex: '0' },
    body,
    h('footer', {}, '转发 评论 赞'),
  );
  return h(
    'div',
    { class: 'vue-recycle-scroller__item-view', style: `transform: translateY(${offset}px);` },
    h('div', { class: 'wbpro-scroller-item' }, article),
  );
}

/** A weibo.com timeline of posts, attached to the document. */
export function wbTimeline(specs: WbPostSpec[]): HTMLElement {
  const scroller = h('div', { id: 'scroller', class: 'vue-recycle-scroller' });
  specs.forEach((s, i) => {
    scroller.append(wbPost(s, i * 400));
  });
  document.body.replaceChildren(scroller);
  return scroller;
}

export interface MPostSpec {
  uid: string;
  name: string;
  time?: string;
  text?: string;
  /** A reposted post: its author's link (profile_url form by default) and text. */
  repost?: { uid?: string; name: string; text: string; href?: string };
}

/** The repost block m.weibo.cn renders: weibo-rp > weibo-text > span > a[href=profile_url] "@name" ":" + span. */
function mRepost(r: NonNullable<MPostSpec['repost']>): HTMLElement {
  const href = r.href ?? `https://m.weibo.cn/u/${r.uid}?uid=${r.uid}&luicode=20000174`;
  return h(
    'div',
    { class: 'weibo-rp' },
    h('div', { class: 'weibo-text' }, h('span', {}, h('a', { href }, `@${r.name}`), ':'), h('span', {}, r.text)),
  );
}

/** One m.weibo.cn card. */
export function mPost(spec: MPostSpec): HTMLElement {
  return h(
    'div',
    { class: 'card m-panel card9' },
    h(
      'header',
      { class: 'weibo-top m-box' },
      h(
        'div',
        { class: 'm-box-col m-box-dir m-box-center' },
        h(
          'div',
          { class: 'm-text-box' },
          h('a', { href: `/profile/${spec.uid}` }, h('h3', { class: 'm-text-cut' }, spec.name)),
          h(
            'h4',
            { class: 'm-text-cut' },
            h('span', { class: 'time' }, spec.time ?? '3分钟前'),
            h('span', {}, '来自 iPhone'),
          ),
        ),
      ),
    ),
    h(
      'article',
      { class: 'weibo-main' },
      h('div', { class: 'weibo-og' }, h('div', { class: 'weibo-text' }, spec.text ?? '正文')),
      ...(spec.repost ? [mRepost(spec.repost)] : []),
    ),
  );
}
