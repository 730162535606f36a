import { describe, expect, it, vi } from 'vitest';
import { type ActionBadgeApi, badgeText, noteKeyOf, startActionBadge } from './action-badge';

function fake(tabs: { id: number; url?: string }[]) {
  const texts = new Map<number, string>();
  let activated: ((i: { tabId: number }) => void) | undefined;
  let updated:
    | ((id: number, c: { url?: string; status?: string }, t: { id?: number; url?: string }) => void)
    | undefined;
  const api: ActionBadgeApi = {
    tabs: {
      get: async (id) => {
        const t = tabs.find((x) => x.id === id);
        if (!t) throw new Error('No tab');
        return t;
      },
      query: async () => tabs,
      onActivated: {
        addListener: (cb) => {
          activated = cb;
        },
        removeListener: () => undefined,
      },
      onUpdated: {
        addListener: (cb) => {
          updated = cb;
        },
        removeListener: () => undefined,
      },
    },
    action: {
      setBadgeText: ({ tabId, text }) => void texts.set(tabId, text),
      setBadgeBackgroundColor: () => undefined,
    },
  };
  return {
    api,
    texts,
    activate: (tabId: number) => activated?.({ tabId }),
    update: (...a: Parameters<NonNullable<typeof updated>>) => updated?.(...a),
  };
}

const COUNTS: Record<string, number> = { 'https://think.example/essay': 3, 'https://weibo.com/1/Abc12': 1200 };
const countForUrl = async (url: string) => COUNTS[url] ?? 0;

describe('badgeText and noteKeyOf', () => {
  it('shows a count, caps it, and shows nothing for none', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(1200)).toBe('999+');
  });
  it('keys a tab by the URL its notes are stored under; only web pages', () => {
    expect(noteKeyOf('https://think.example/essay?utm_source=x#top')).toBe('https://think.example/essay');
    expect(noteKeyOf('chrome://newtab/')).toBeNull();
    expect(noteKeyOf(undefined)).toBeNull();
  });
});

describe('startActionBadge', () => {
  it('counts the notes of the tab the reader switches to, when its URL is readable', async () => {
    const f = fake([{ id: 1, url: 'https://think.example/essay?utm_source=feed' }, { id: 2 }]);
    startActionBadge({ api: f.api, countForUrl });
    f.activate(1);
    f.activate(2);
    await vi.waitFor(() => expect(f.texts.get(1)).toBe('3'));
    // A tab whose URL the browser does not show us (no host permission, no activeTab): no count.
    await vi.waitFor(() => expect(f.texts.get(2)).toBe(''));
  });

  it('counts again when a tab navigates, and when notes change on a URL it shows', async () => {
    const tabs = [{ id: 7, url: 'https://weibo.com/1/Abc12' }];
    const f = fake(tabs);
    const badge = startActionBadge({ api: f.api, countForUrl });
    f.update(7, { status: 'complete' }, tabs[0] as { id: number; url: string });
    await vi.waitFor(() => expect(f.texts.get(7)).toBe('999+'));
    COUNTS['https://weibo.com/1/Abc12'] = 2;
    await badge.notesChanged(['https://other.example/']);
    expect(f.texts.get(7)).toBe('999+');
    await badge.notesChanged(['https://weibo.com/1/Abc12']);
    expect(f.texts.get(7)).toBe('2');
  });

  it('refreshes one tab on request (the popup opened over it)', async () => {
    const f = fake([{ id: 4, url: 'https://think.example/essay' }]);
    const badge = startActionBadge({ api: f.api, countForUrl });
    await badge.refresh(4);
    expect(f.texts.get(4)).toBe('3');
    await badge.refresh(99);
    expect(f.texts.get(99)).toBe('');
  });
});
