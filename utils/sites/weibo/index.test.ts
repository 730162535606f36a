import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../registry';
import { mWeiboAdapter, weiboComAdapter } from './index';
import { mPost, wbTimeline } from './test-fixtures';

const US = { uid: '1743951792', name: '美国驻华大使馆', mblogid: 'OeAbCdEfG' };
const UK = { uid: '3158440525', name: '英国驻华使馆', mblogid: 'PbXyZ12aB' };
const FAN = { uid: '5550001', name: '一只橘子', mblogid: 'Qq1Ww2Ee3' };
const DETAIL = 'https://m.weibo.cn/detail/4987654321012345';

afterEach(() => {
  document.body.replaceChildren();
});

describe('the registry', () => {
  it('gives weibo.com and m.weibo.cn to their adapters', () => {
    expect(adapterFor('https://weibo.com/u/1743951792').id).toBe('weibo');
    expect(adapterFor('https://www.weibo.com/').id).toBe('weibo');
    expect(adapterFor('https://m.weibo.cn/detail/1').id).toBe('m-weibo');
  });
});

describe('weiboComAdapter', () => {
  it('links a post and its retweet both ways, each with its own author and mission', () => {
    wbTimeline([{ ...FAN, text: ['转发'], retweet: { ...UK, text: ['数字外交'] } }]);
    const [outer, inner] = weiboComAdapter.postRoots(document);
    if (!outer || !inner) throw new Error('fixture');
    const quoted = weiboComAdapter.postContext(inner, 'https://weibo.com/');
    expect(quoted?.author).toMatchObject({ name: UK.name, id: UK.uid, mission: { countryCode: 'GB' } });
    expect(quoted?.quotedBy?.author.id).toBe(FAN.uid);
    const quoting = weiboComAdapter.postContext(outer, 'https://weibo.com/');
    expect(quoting?.author.mission).toBeUndefined();
    expect(quoting?.quoted).toMatchObject({ postId: UK.mblogid, author: { mission: { countryCode: 'GB' } } });
  });

  it("badges the retweet's author inside the retweet, the post's inside its card", () => {
    wbTimeline([{ ...FAN, retweet: UK }]);
    const [outer, inner] = weiboComAdapter.postRoots(document);
    if (!outer || !inner) throw new Error('fixture');
    expect(weiboComAdapter.authorElement(outer)?.textContent).toBe(FAN.name);
    expect(weiboComAdapter.authorElement(inner)?.textContent).toBe(`@${UK.name}`);
    expect(weiboComAdapter.postCard(outer)?.tagName).toBe('ARTICLE');
  });

  it('calls a profile a timeline and a permalink page a post', () => {
    expect(weiboComAdapter.pageKind(new URL('https://weibo.com/u/1'), [])).toBe('timeline');
    expect(weiboComAdapter.pageKind(new URL('https://weibo.com/1743951792/OeAbCdEfG'), [])).toBe('post');
  });
});

describe('mWeiboAdapter: reposts (.weibo-rp)', () => {
  it('reads the reposted author from its @name link and keys the repost by its text', () => {
    document.body.append(
      mPost({ ...FAN, text: '转发微博', repost: { uid: US.uid, name: US.name, text: '我们谈谈数字外交。' } }),
    );
    const roots = mWeiboAdapter.postRoots(document);
    expect(roots.map((r) => r.textContent)).toEqual(['转发微博', `@${US.name}:我们谈谈数字外交。`]);
    const [outer, inner] = roots;
    if (!outer || !inner) throw new Error('fixture');
    const repost = mWeiboAdapter.postContext(inner, DETAIL);
    expect(repost).toMatchObject({
      platform: 'weibo',
      permalink: `https://weibo.com/u/${US.uid}`,
      author: { name: US.name, id: US.uid, mission: { countryCode: 'US', missionType: 'embassy' } },
      quotedBy: { postId: '4987654321012345', author: { id: FAN.uid } },
    });
    expect(repost?.postId).toMatch(new RegExp(`^${US.uid}:[0-9a-z]+$`));
    const card = mWeiboAdapter.postContext(outer, DETAIL);
    expect(card?.postId).toBe('4987654321012345');
    expect(card?.quoted).toMatchObject({ postId: repost?.postId, author: { mission: { countryCode: 'US' } } });
  });

  it('reads /profile/<uid> links and name-only links too', () => {
    document.body.append(
      mPost({ ...FAN, repost: { name: UK.name, text: 'a', href: `/profile/${UK.uid}` } }),
      mPost({ ...FAN, repost: { name: '欧盟在中国', text: 'b', href: '/n/欧盟在中国' } }),
    );
    const reposts = mWeiboAdapter.postRoots(document).filter((r) => r.closest('.weibo-rp'));
    const [uk, eu] = reposts.map((r) => mWeiboAdapter.postContext(r, 'https://m.weibo.cn/'));
    expect(uk?.author).toMatchObject({ id: UK.uid, mission: { countryCode: 'GB' } });
    expect(eu?.author).toMatchObject({ id: '', name: '欧盟在中国', mission: { countryCode: 'EU' } });
    expect(eu?.permalink).toBe('https://weibo.com/n/%E6%AC%A7%E7%9B%9F%E5%9C%A8%E4%B8%AD%E5%9B%BD');
  });

  it('keeps a badge inside the repost box, and the card author inside the card', () => {
    document.body.append(mPost({ ...FAN, repost: { uid: US.uid, name: US.name, text: 'x' } }));
    const [outer, inner] = mWeiboAdapter.postRoots(document);
    if (!outer || !inner) throw new Error('fixture');
    expect(mWeiboAdapter.authorElement(inner)?.textContent).toBe(`@${US.name}`);
    expect(mWeiboAdapter.postCard(inner)?.className).toBe('weibo-rp');
    expect(mWeiboAdapter.authorElement(outer)?.tagName).toBe('H3');
    expect(mWeiboAdapter.postCard(outer)?.classList.contains('card9')).toBe(true);
  });

  it('reads a card whose author links to /u/<uid>', () => {
    const card = mPost({ ...US, text: 'x' });
    card.querySelector('a')?.setAttribute('href', `https://m.weibo.cn/u/${US.uid}?uid=${US.uid}`);
    document.body.append(card);
    const [root] = mWeiboAdapter.postRoots(document);
    expect(mWeiboAdapter.postContext(root as Element, DETAIL)?.author.id).toBe(US.uid);
  });
});
