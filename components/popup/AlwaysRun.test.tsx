import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../common/i18n';
import { AlwaysRun } from './AlwaysRun';
import { PopupContext, type PopupServices } from './context';
import { type SiteAccessClient, SiteAccessContext } from './site-access';

let host: HTMLElement;
let announced: string[];

function fakeAccess(over: Partial<SiteAccessClient> = {}): SiteAccessClient & { requested: string[] } {
  const requested: string[] = [];
  return {
    requested,
    tabUrl: async () => 'https://think.example/essays/a?utm_source=x',
    isAllowed: async () => false,
    request(pattern) {
      requested.push(pattern);
      return Promise.resolve(true);
    },
    refreshBadge: () => undefined,
    ...over,
  };
}

async function settle() {
  for (let i = 0; i < 6; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

async function mount(access: SiteAccessClient, props: { url?: string; onChosen?: () => void } = {}) {
  const services = { announce: (t: string) => announced.push(t) } as unknown as PopupServices;
  await act(() => {
    render(
      <I18nProvider lang="en">
        <PopupContext.Provider value={services}>
          <SiteAccessContext.Provider value={access}>
            <AlwaysRun tabId={3} url={props.url} onChosen={props.onChosen ?? (() => undefined)} />
          </SiteAccessContext.Provider>
        </PopupContext.Provider>
      </I18nProvider>,
      host,
    );
  });
  await settle();
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  announced = [];
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('AlwaysRun', () => {
  it('offers to always run on a site DiploLens does not read by itself, asking for that origin only', async () => {
    const access = fakeAccess();
    let chosen = 0;
    await mount(access, { onChosen: () => chosen++ });
    const button = host.querySelector<HTMLButtonElement>('[data-role="always-run"]');
    expect(button?.textContent).toBe('Always run on think.example');
    await act(() => button?.click());
    await settle();
    expect(access.requested).toEqual(['https://think.example/*']);
    expect(chosen).toBe(1);
    expect(host.querySelector('[data-role="always-running"]')?.textContent).toContain('think.example');
    expect(announced).toEqual(['DiploLens now runs on think.example by itself.']);
  });

  it('keeps the offer when the reader says no', async () => {
    const access = fakeAccess({ request: () => Promise.resolve(false) });
    await mount(access);
    await act(() => host.querySelector<HTMLButtonElement>('[data-role="always-run"]')?.click());
    await settle();
    expect(host.querySelector('[data-role="always-run"]')).not.toBeNull();
    expect(announced[0]).toContain('Not allowed');
  });

  it('says so on a site already chosen', async () => {
    await mount(fakeAccess({ isAllowed: async () => true }));
    expect(host.querySelector('[data-role="always-running"]')?.textContent).toBe(
      'DiploLens runs on think.example by itself. You can change this in Settings.',
    );
  });

  it.each([
    ['a built-in site', 'https://weibo.com/u/1'],
    ['a browser page', 'chrome://extensions/'],
  ])('offers nothing on %s', async (_what, url) => {
    await mount(fakeAccess(), { url });
    expect(host.textContent).toBe('');
  });

  it('offers nothing when the tab URL is not readable', async () => {
    await mount(fakeAccess({ tabUrl: async () => null }));
    expect(host.textContent).toBe('');
  });
});
