import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getConcept } from '../../utils/concepts/index';
import type { Concept } from '../../utils/concepts/types';
import type { UiLanguage } from '../../utils/i18n';
import { NoteSearchIndex } from '../../utils/search';
import { I18nProvider } from '../common/i18n';
import { ConceptDetails } from './ConceptDetails';
import { PopupContext, type PopupServices } from './context';
import { createPopupStore } from './store';

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const services: PopupServices = {
  notes: { notes: [], complete: true, index: new NoteSearchIndex(), version: 0, error: null },
  store: createPopupStore(),
  page: {
    targetTabId: async () => null,
    summary: async () => ({ ok: false, error: { code: 'unavailable', messageZh: '无', messageEn: 'none' } }),
    analyze: async () => ({ ok: true }),
    reveal: async () => false,
    openNote: async () => false,
  },
  now: () => 0,
  openNote: () => undefined,
  deleteNote: async () => undefined,
  updateNote: async () => null,
  showConcept: () => undefined,
  announce: () => undefined,
  announceUndo: () => undefined,
};

function need(id: string): Concept {
  const c = getConcept(id);
  if (!c) throw new Error(`no concept ${id}`);
  return c;
}

async function show(concept: Concept, lang: UiLanguage) {
  await act(() => {
    render(
      <I18nProvider lang={lang}>
        <PopupContext.Provider value={services}>
          <ConceptDetails concept={concept} onSelect={() => undefined} />
        </PopupContext.Provider>
      </I18nProvider>,
      host,
    );
  });
}

const el = (sel: string): HTMLElement | null => host.querySelector<HTMLElement>(sel);

describe('ConceptDetails: general knowledge is shown apart from the paper', () => {
  it('renders context in its own labelled block after the summary, in English', async () => {
    const concept = need('soft-power');
    await show(concept, 'en');
    const block = el('[data-role="context"]');
    expect(block?.className).toBe('concept-context');
    expect(block?.tagName).toBe('ASIDE');
    expect(block?.dataset.basis).toBe('general-knowledge');
    expect(el('.concept-context-label')?.textContent).toBe('Background (general knowledge, not from the paper)');
    expect(block?.querySelector('p')?.textContent).toBe(concept.context?.text.en);
    expect(el('[data-role="summary"]')?.textContent).toBe(concept.summary.en);
    expect(el('[data-role="summary"]')?.textContent).not.toContain(concept.context?.text.en ?? '-');
  });

  it('labels it in Chinese', async () => {
    const concept = need('soft-power');
    await show(concept, 'zh-CN');
    expect(el('.concept-context-label')?.textContent).toBe('背景（通识，非论文内容）');
    expect(el('[data-role="context"] p')?.textContent).toBe(concept.context?.text.zh);
    expect(el('[data-role="summary"]')?.textContent).toBe(concept.summary.zh);
  });

  it('shows no background block for a card without context', async () => {
    const concept = need('virtual-diplomacy');
    expect(concept.context).toBeUndefined();
    await show(concept, 'en');
    expect(el('[data-role="context"]')).toBeNull();
  });
});
