import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type SiteAccessApi, scriptFor } from '../../utils/permissions/chosen-sites';
import { I18nProvider } from '../common/i18n';
import { ChosenSitesSection } from './ChosenSitesSection';

let host: HTMLElement;

function fakeApi(origins: string[]) {
  const state = {
    origins: [...origins],
    scripts: origins.filter((o) => o.startsWith('https://')).map((o) => ({ id: scriptFor(o).id })),
  };
  const api: SiteAccessApi = {
    permissions: {
      getAll: async () => ({ origins: [...state.origins] }),
      remove: async ({ origins: o }) => {
        state.origins = state.origins.filter((x) => !o.includes(x));
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async (f) => state.scripts.filter((s) => !f?.ids || f.ids.includes(s.id)),
      registerContentScripts: async () => undefined,
      unregisterContentScripts: async (f) => {
        state.scripts = state.scripts.filter((s) => !f?.ids.includes(s.id));
      },
    },
  };
  return { api, state };
}

async function settle() {
  for (let i = 0; i < 6; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

async function mount(api: SiteAccessApi, lang: 'en' | 'zh-CN' = 'en') {
  await act(() => {
    render(
      <I18nProvider lang={lang}>
        <ChosenSitesSection api={api} />
      </I18nProvider>,
      host,
    );
  });
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('ChosenSitesSection', () => {
  it('lists the sites the reader chose (not the built-in ones) and revokes one: script and permission go', async () => {
    const { api, state } = fakeApi(['https://think.example/*', '*://weibo.com/*', 'https://news.example.hk/*']);
    await mount(api);
    const items = [...host.querySelectorAll('li')].map((li) => li.querySelector('span')?.textContent);
    expect(items).toEqual(['news.example.hk', 'think.example']);
    const remove = host.querySelector<HTMLButtonElement>('[data-pattern="https://think.example/*"] button');
    expect(remove?.getAttribute('aria-label')).toBe('Stop running on think.example');
    await act(() => remove?.click());
    await settle();
    expect(state.origins).toEqual(['*://weibo.com/*', 'https://news.example.hk/*']);
    expect(state.scripts.map((s) => s.id)).toEqual(['diplolens-site:https://news.example.hk/*']);
    expect([...host.querySelectorAll('li')].map((li) => li.dataset.pattern)).toEqual(['https://news.example.hk/*']);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('DiploLens no longer runs on think.example.');
  });

  it('says when there are none, in the chosen language', async () => {
    await mount(fakeApi([]).api, 'zh-CN');
    expect(host.querySelector('h2')?.textContent).toBe('你选择的网站');
    expect(host.textContent).toContain('还没有');
  });
});
