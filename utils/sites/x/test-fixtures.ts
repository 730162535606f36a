/**
 * Test fixtures: the X DOM we read, built with DOM APIs (never innerHTML), following the structure documented in
 * selectors.ts (generated class names left out: we never read them). Used by the *.test.ts files in this folder.
 */
import { h } from '../weibo/test-fixtures';

export { h };

export interface TweetSpec {
  name: string;
  handle: string;
  /** Omit for a tweet whose time has no link (a quoted tweet). */
  id?: string;
  datetime?: string;
  text: (Node | string)[] | string;
  quote?: TweetSpec;
  /** A photo link to this tweet ("/<handle>/status/<id>/photo/1") inside a quote without a time link. */
  photoLinkId?: string;
  /** The focal tweet of a status page: its time link sits under the text, not in the author row. */
  focal?: boolean;
}

function userName(t: TweetSpec, linked: boolean): HTMLElement {
  const time = h('time', { datetime: t.datetime ?? '2024-05-20T02:32:00.000Z' }, 'May 20');
  const nameBlock = linked
    ? h('div', {}, h('a', { href: `/${t.handle}`, role: 'link' }, h('span', {}, t.name)))
    : h('div', {}, h('span', {}, t.name));
  const handleBlock = h(
    'div',
    {},
    linked
      ? h('a', { href: `/${t.handle}`, tabindex: '-1' }, h('span', {}, `@${t.handle}`))
      : h('span', {}, `@${t.handle}`),
    h('span', {}, '·'),
    t.focal ? '' : linked && t.id ? h('a', { href: `/${t.handle}/status/${t.id}`, role: 'link' }, time) : time,
  );
  return h('div', { 'data-testid': 'User-Name' }, nameBlock, handleBlock);
}

function textBlock(t: TweetSpec): HTMLElement {
  const parts = typeof t.text === 'string' ? [t.text] : t.text;
  return h('div', { 'data-testid': 'tweetText', lang: 'en', dir: 'auto' }, ...parts);
}

export function quoteBlock(q: TweetSpec): HTMLElement {
  const inner = [userName(q, false), textBlock(q)];
  if (q.photoLinkId)
    inner.push(h('a', { href: `/${q.handle}/status/${q.photoLinkId}/photo/1` }, h('img', { alt: 'Image' })));
  return h('div', {}, h('div', { role: 'link', tabindex: '0' }, ...inner));
}

export function tweet(t: TweetSpec): HTMLElement {
  const body: HTMLElement[] = [userName(t, true), textBlock(t)];
  if (t.quote) body.push(quoteBlock(t.quote));
  if (t.focal && t.id) {
    body.push(
      h(
        'div',
        {},
        h(
          'a',
          { href: `/${t.handle}/status/${t.id}` },
          h('time', { datetime: t.datetime ?? '2024-05-20T02:32:00.000Z' }, '10:32 AM · May 20, 2024'),
        ),
      ),
    );
  }
  // A link card (role="link" without an author row) is not a quote.
  body.push(h('div', { role: 'link', 'data-testid': 'card.wrapper' }, h('span', {}, 'example.org')));
  body.push(h('div', { role: 'group' }, h('button', { 'data-testid': 'reply' }, '3')));
  return h('article', { 'data-testid': 'tweet', role: 'article', tabindex: t.focal ? '-1' : '0' }, ...body);
}

/** A timeline: each tweet in a translateY-positioned cell. */
export function timeline(tweets: TweetSpec[]): HTMLElement {
  const list = h('div', { style: 'position: relative' });
  tweets.forEach((t, i) => {
    list.append(
      h(
        'div',
        { 'data-testid': 'cellInnerDiv', style: `transform: translateY(${i * 300}px); position: absolute;` },
        tweet(t),
      ),
    );
  });
  const root = h('main', { role: 'main' }, h('div', { 'data-testid': 'primaryColumn' }, h('section', {}, list)));
  document.body.append(root);
  return root;
}
