import { afterEach, describe, expect, it } from 'vitest';
import { h } from '../weibo/test-fixtures';
import { articleAdapter, webArticleContext } from './index';
import { isoTime, memoByPage, pageKey, readArticleMeta } from './metadata';

function head(...els: HTMLElement[]): void {
  document.head.replaceChildren(...els);
}

function metaTag(attr: 'name' | 'property', key: string, content: string): HTMLElement {
  return h('meta', { [attr]: key, content });
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  document.title = '';
});

describe('isoTime', () => {
  it.each([
    ['2024-05-20T19:30:00+08:00', false, '2024-05-20T11:30:00.000Z'],
    ['2024-05-20T11:30:00Z', false, '2024-05-20T11:30:00.000Z'],
    ['2024-05-20 19:30', true, '2024-05-20T11:30:00.000Z'],
    ['2024-05-20 19:30', false, '2024-05-20T19:30'],
    ['2024/5/20', false, '2024-05-20'],
    ['2024年5月20日', true, '2024-05-20'],
    ['May 20, 2024', false, undefined],
    ['', false, undefined],
  ])('%s (China time: %s) → %s', (v, china, iso) => {
    expect(isoTime(v, china)).toBe(iso);
  });
});

describe('readArticleMeta', () => {
  it('reads Open Graph and article metadata', () => {
    head(
      metaTag('property', 'og:title', 'Digital diplomacy, a decade on'),
      metaTag('property', 'og:site_name', 'Think Tank Review'),
      metaTag('property', 'article:published_time', '2024-05-22T08:00:00Z'),
      metaTag('name', 'author', 'By Jane Doe'),
      h('link', { rel: 'canonical', href: 'https://think.example/essays/dd?utm_source=x' }),
    );
    expect(readArticleMeta(document, 'https://think.example/essays/dd?ref=home')).toEqual({
      title: 'Digital diplomacy, a decade on',
      siteName: 'Think Tank Review',
      author: 'Jane Doe',
      publishedAt: '2024-05-22T08:00:00.000Z',
      canonical: 'https://think.example/essays/dd?utm_source=x',
    });
  });

  it('reads JSON-LD when there is no Open Graph, and never a canonical on another site', () => {
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'x' },
        {
          '@type': 'NewsArticle',
          headline: 'Embassies online',
          datePublished: '2024-05-21T10:00:00+02:00',
          author: [{ '@type': 'Person', name: 'A. Writer' }, { name: 'B. Writer' }],
          publisher: { '@type': 'Organization', name: 'News Agency' },
        },
      ],
    });
    head(ld, h('link', { rel: 'canonical', href: 'https://elsewhere.example/a' }));
    expect(readArticleMeta(document, 'https://news.example/a')).toEqual({
      title: 'Embassies online',
      siteName: 'News Agency',
      author: 'A. Writer, B. Writer',
      publishedAt: '2024-05-21T08:00:00.000Z',
    });
  });

  it("reads Chinese government pages' ArticleTitle and PubDate in Beijing time", () => {
    head(
      metaTag('name', 'ArticleTitle', '2024年5月20日外交部发言人主持例行记者会'),
      metaTag('name', 'PubDate', '2024-05-20 19:30'),
    );
    expect(readArticleMeta(document, 'https://www.mfa.gov.cn/x.shtml', { chinaTime: true })).toMatchObject({
      title: '2024年5月20日外交部发言人主持例行记者会',
      publishedAt: '2024-05-20T11:30:00.000Z',
    });
  });

  it('falls back to the h1 and a <time datetime> in the article; bad JSON is ignored', () => {
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = '{ not json';
    head(ld);
    document.body.append(h('article', {}, h('h1', {}, ' Headline '), h('time', { datetime: '2024-05-01' }, 'May 1')));
    expect(readArticleMeta(document, 'https://b.example/p')).toEqual({ title: 'Headline', publishedAt: '2024-05-01' });
  });
});

describe('webArticleContext', () => {
  it("gives a page's notes a citable context: title, site, author, date, canonical permalink", () => {
    head(
      metaTag('property', 'og:title', 'Beyond the Broadcast'),
      metaTag('property', 'og:site_name', 'Think Tank Review'),
      metaTag('name', 'author', 'Jane Doe'),
      metaTag('property', 'article:published_time', '2024-05-22T08:00:00Z'),
    );
    expect(webArticleContext(document, 'https://think.example/essays/dd?utm_source=x#s2')).toEqual({
      platform: 'web',
      postId: 'https://think.example/essays/dd',
      permalink: 'https://think.example/essays/dd',
      author: { name: 'Jane Doe', id: 'think.example', url: 'https://think.example/' },
      title: 'Beyond the Broadcast',
      publishedAt: '2024-05-22T08:00:00.000Z',
    });
  });

  it("recognises a mission's own website by its name", () => {
    head(
      metaTag('property', 'og:site_name', "Embassy of the People's Republic of China in the United States of America"),
    );
    expect(webArticleContext(document, 'http://us.china-embassy.gov.cn/eng/')?.author.mission).toMatchObject({
      countryCode: 'CN',
      missionType: 'embassy',
      host: { code: 'US' },
    });
    head(metaTag('property', 'og:site_name', 'U.S. Embassy & Consulates in China'));
    expect(webArticleContext(document, 'https://china.usembassy-china.org.cn/')?.author.mission?.countryCode).toBe(
      'US',
    );
  });

  it('names the site when nothing else is known, and is nothing for a non-web URL', () => {
    document.title = 'Plain page';
    expect(webArticleContext(document, 'https://plain.example/p')).toMatchObject({
      author: { name: 'plain.example', id: 'plain.example' },
      title: 'Plain page',
    });
    expect(webArticleContext(document, 'file:///tmp/a.html')).toBeNull();
  });
});

describe('articleAdapter', () => {
  it('anchors notes in the body and has no posts', () => {
    expect(articleAdapter.articleRoot(document)).toBe(document.body);
    expect(articleAdapter.postRoots(document)).toEqual([]);
    expect(articleAdapter.pageKind(new URL('https://a.example/'), [])).toBe('article');
    expect(articleAdapter.handles(new URL('https://a.example/'))).toBe(true);
    expect(articleAdapter.handles(new URL('chrome://settings'))).toBe(false);
  });
});

describe('pageKey and memoByPage', () => {
  it('keeps ids within 128 characters', () => {
    expect(pageKey('https://a.example/x')).toBe('https://a.example/x');
    const long = `https://a.example/${'x'.repeat(200)}`;
    expect(pageKey(long)).toMatch(/^a\.example:[0-9a-z]+$/);
  });

  it('reads once per document and URL', () => {
    let calls = 0;
    const read = memoByPage((_d, href) => {
      calls++;
      return href;
    });
    read(document, 'https://a/1');
    read(document, 'https://a/1');
    read(document, 'https://a/2');
    expect(calls).toBe(2);
  });
});
