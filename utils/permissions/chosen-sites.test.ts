import { describe, expect, it } from 'vitest';
import {
  chosenPatterns,
  forgetSite,
  originPattern,
  type RegisteredScript,
  type SiteAccessApi,
  scriptFor,
  siteOfPattern,
  syncRegistrations,
} from './chosen-sites';

const BUILT_IN = ['*://weibo.com/*', '*://*.weibo.com/*', '*://x.com/*'];

function fakeApi(origins: string[], scripts: { id: string; matches?: string[] }[] = []) {
  const state = { origins: [...origins], scripts: [...scripts], calls: [] as string[] };
  const api: SiteAccessApi = {
    permissions: {
      getAll: async () => ({ origins: [...state.origins] }),
      remove: async ({ origins: o }) => {
        state.calls.push(`remove ${o.join(',')}`);
        state.origins = state.origins.filter((x) => !o.includes(x));
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async (filter) =>
        state.scripts.filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (list: RegisteredScript[]) => {
        for (const s of list) {
          if (state.scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          state.scripts.push(s);
        }
        state.calls.push(`register ${list.map((s) => s.matches.join()).join(',')}`);
      },
      unregisterContentScripts: async (filter) => {
        state.scripts = state.scripts.filter((s) => !filter?.ids.includes(s.id));
        state.calls.push(`unregister ${filter?.ids.join(',')}`);
      },
    },
  };
  return { api, state };
}

describe('originPattern', () => {
  it.each([
    ['https://think.example/essays/a?x=1#s', 'https://think.example/*'],
    ['http://news.example.hk:8080/p', 'http://news.example.hk/*'],
    ['https://WWW.Embassy.Example/', 'https://www.embassy.example/*'],
    ['chrome://settings', null],
    ['file:///tmp/a.html', null],
    ['moz-extension://abc/popup.html', null],
    ['about:blank', null],
    ['not a url', null],
  ])('%s → %s', (href, pattern) => {
    expect(originPattern(href)).toBe(pattern);
  });

  it('names a site by its pattern', () => {
    expect(siteOfPattern('https://think.example/*')).toBe('think.example');
    expect(siteOfPattern('*://*/*')).toBeNull();
    expect(siteOfPattern('*://*.weibo.com/*')).toBeNull();
  });
});

describe('chosen sites', () => {
  it("lists one-origin grants that are not the manifest's own hosts", async () => {
    const { api } = fakeApi(['https://b.example/*', ...BUILT_IN, 'https://a.example/*', '*://*/*']);
    expect(await chosenPatterns(api, BUILT_IN)).toEqual(['https://a.example/*', 'https://b.example/*']);
  });

  it('registers a persistent script for each granted origin and removes scripts whose grant is gone', async () => {
    const { api, state } = fakeApi(
      ['https://a.example/*', 'https://b.example/*'],
      [
        { id: 'diplolens-site:https://b.example/*' },
        { id: 'diplolens-site:https://gone.example/*' },
        { id: 'someone-else' },
      ],
    );
    expect(await syncRegistrations(api, BUILT_IN)).toEqual({
      registered: ['https://a.example/*'],
      unregistered: ['https://gone.example/*'],
    });
    expect(state.scripts.map((s) => s.id).sort()).toEqual([
      'diplolens-site:https://a.example/*',
      'diplolens-site:https://b.example/*',
      'someone-else',
    ]);
    expect(state.scripts.find((s) => s.id.includes('a.example'))).toEqual(scriptFor('https://a.example/*'));
    expect(scriptFor('https://a.example/*')).toMatchObject({
      js: ['/content-scripts/content.js'],
      persistAcrossSessions: true,
      allFrames: true,
    });
    // Running again changes nothing (no duplicate registration error).
    expect(await syncRegistrations(api, BUILT_IN)).toEqual({ registered: [], unregistered: [] });
  });

  it('forgets a site: script and permission both go', async () => {
    const { api, state } = fakeApi(['https://a.example/*'], [scriptFor('https://a.example/*')]);
    await forgetSite(api, 'https://a.example/*');
    expect(state.scripts).toEqual([]);
    expect(state.origins).toEqual([]);
    // Forgetting a site whose script is already gone still removes the permission.
    const again = fakeApi(['https://c.example/*']);
    await forgetSite(again.api, 'https://c.example/*');
    expect(again.state.calls).toEqual(['remove https://c.example/*']);
  });
});
