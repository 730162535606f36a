import { afterEach, describe, expect, it } from 'vitest';
import { lexiconTerms } from '../concepts/lexicon';
import { buildMatcher } from '../matcher/automaton';
import { compilePatterns } from '../matcher/patterns';
import { weiboComAdapter } from '../sites/weibo/index';
import { wbTimeline } from '../sites/weibo/test-fixtures';
import { conceptCounts, postText, readPost } from './read';

const matcher = buildMatcher(compilePatterns(lexiconTerms()));
const HREF = 'https://weibo.com/u/1743951792?from=feed';

afterEach(() => document.body.replaceChildren());

describe('reading a whole post', () => {
  it('counts each concept by its terms, most frequent first', () => {
    expect(conceptCounts(matcher, '数字外交，數字外交与 digital diplomacy；网络外交。')).toEqual([
      { id: 'digital-diplomacy', count: 3 },
      { id: 'cyber-diplomacy', count: 1 },
    ]);
    expect(conceptCounts(matcher, 'nothing here')).toEqual([]);
  });

  it('reads a Weibo post with its context, text, concepts, and the text of the post it reposts', () => {
    document.body.append(
      wbTimeline([
        {
          uid: '1743951792',
          name: '美国驻华大使馆',
          mblogid: 'OeAbCdEfG',
          text: ['转发：数字外交的新形式。'],
          retweet: { uid: '3158440525', name: '英国驻华使馆', mblogid: 'PbXyZ12aB', text: ['网络外交  与\n数字主权'] },
        },
      ]),
    );
    const roots = weiboComAdapter.postRoots(document);
    expect(roots).toHaveLength(2);
    const outer = readPost(weiboComAdapter, roots[0] as Element, { href: HREF, matcher, roots });
    expect(outer?.context.permalink).toBe('https://weibo.com/1743951792/OeAbCdEfG');
    expect(outer?.context.author.mission?.countryCode).toBe('US');
    expect(outer?.context.quoted?.postId).toBe('PbXyZ12aB');
    expect(outer?.text).toBe('转发：数字外交的新形式。');
    expect(outer?.quotedText).toBe('网络外交 与\n数字主权');
    expect(outer?.concepts).toEqual([{ id: 'digital-diplomacy', count: 1 }]);
    expect(outer?.pageUrl).toBe('https://weibo.com/u/1743951792');
    const inner = readPost(weiboComAdapter, roots[1] as Element, { href: HREF, matcher, roots });
    expect(inner?.context.quotedBy?.postId).toBe('OeAbCdEfG');
    expect(inner?.concepts.map((c) => c.id).sort()).toEqual(['cyber-diplomacy', 'digital-sovereignty']);
    expect(inner?.quotedText).toBeUndefined();
  });

  it('gives nothing for a block the adapter cannot place, or an empty one', () => {
    const div = document.createElement('div');
    div.textContent = '数字外交';
    document.body.append(div);
    expect(readPost(weiboComAdapter, div, { href: HREF, matcher })).toBeNull();
    expect(postText(document.createElement('p'))).toBe('');
  });
});
