import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../registry';
import { h } from '../weibo/test-fixtures';
import { MINISTRY, mfaAdapter, mfaContext } from './index';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  document.documentElement.lang = '';
  document.title = '';
});

describe('mfaAdapter', () => {
  it('reads mfa.gov.cn and fmprc.gov.cn pages, anchoring notes in the body', () => {
    expect(adapterFor('https://www.mfa.gov.cn/web/fyrbt_673021/').id).toBe('mfa');
    expect(adapterFor('https://www.fmprc.gov.cn/eng/xw/').id).toBe('mfa');
    expect(adapterFor('https://mfa.gov.cn.example.org/').id).toBe('article');
    expect(mfaAdapter.articleRoot(document)).toBe(document.body);
    expect(mfaAdapter.pageKind(new URL('https://www.mfa.gov.cn/'), [])).toBe('article');
  });

  it('names the ministry, the title (without the site name) and the Beijing publish time', () => {
    document.title = '2024年5月20日外交部发言人主持例行记者会_中华人民共和国外交部';
    document.head.append(h('meta', { name: 'PubDate', content: '2024-05-20 19:30' }));
    const href = 'https://www.mfa.gov.cn/web/fyrbt_673021/202405/t20240520_11111111.shtml';
    expect(mfaContext(document, href)).toEqual({
      platform: 'web',
      postId: href,
      permalink: href,
      author: { name: MINISTRY.zh, id: 'mfa.gov.cn', url: 'https://www.mfa.gov.cn/' },
      title: '2024年5月20日外交部发言人主持例行记者会',
      publishedAt: '2024-05-20T11:30:00.000Z',
    });
  });

  it('names the ministry in English on English pages, and never gives it a mission', () => {
    document.documentElement.lang = 'en';
    document.head.append(
      h('meta', { name: 'ArticleTitle', content: "Foreign Ministry Spokesperson's Regular Press Conference" }),
    );
    const ctx = mfaContext(document, 'https://www.fmprc.gov.cn/eng/xw/fyrbt/202405/t20240521_22222222.html');
    expect(ctx?.author.name).toBe(MINISTRY.en);
    expect(ctx?.author.mission).toBeUndefined();
    expect(ctx?.title).toBe("Foreign Ministry Spokesperson's Regular Press Conference");
  });
});
