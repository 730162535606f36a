import { describe, expect, it } from 'vitest';
import { HOST_MATCHES } from '../hosts';
import { ADAPTERS, adapterFor, siteMatches, siteName } from './registry';

/** A URL a match pattern covers, for checking that each adapter claims its own hosts. */
function sampleUrl(pattern: string): string {
  const m = /^\*:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) throw new Error(pattern);
  return `https://${m[1] ? 'www.' : ''}${m[2]}/some/page`;
}

describe('the site registry', () => {
  it('has one adapter per id, the generic article last', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('article');
    expect(ids).toEqual(['weibo', 'm-weibo', 'x', 'wechat', 'mfa', 'article']);
  });

  it('gives every host an adapter declares to that adapter', () => {
    for (const a of ADAPTERS) {
      for (const m of a.matches) expect(adapterFor(sampleUrl(m)).id, m).toBe(a.id);
    }
  });

  it('falls back to the article adapter for any other page, and for a malformed URL', () => {
    expect(adapterFor('https://think.example/essay').id).toBe('article');
    expect(adapterFor(new URL('http://news.example.hk/')).id).toBe('article');
    expect(adapterFor('not a url').id).toBe('article');
  });

  it('builds the manifest host list from the adapters, without duplicates', () => {
    const all = ADAPTERS.flatMap((a) => a.matches);
    expect(siteMatches()).toEqual([...new Set(all)]);
    expect(HOST_MATCHES).toEqual(siteMatches());
    expect(siteMatches([ADAPTERS[0] as (typeof ADAPTERS)[number], ADAPTERS[0] as (typeof ADAPTERS)[number]])).toEqual(
      ADAPTERS[0]?.matches,
    );
  });

  it('names each site in both languages', () => {
    for (const a of ADAPTERS) {
      expect(siteName(a.id)?.zh).toBeTruthy();
      expect(siteName(a.id)?.en).toBeTruthy();
    }
    expect(siteName('nowhere')).toBeUndefined();
  });
});
