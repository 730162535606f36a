import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conceptCardData } from '../../utils/concepts/card-data';
import { getConcept } from '../../utils/concepts/index';
import { translator, type UiLanguage } from '../../utils/i18n';
import { CONTENT_CSS } from '../content/styles';
import { ConceptCard } from './ConceptCard';

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

async function show(id: string, lang: UiLanguage = 'en') {
  const details = conceptCardData(id);
  await act(() => {
    render(
      <ConceptCard
        conceptIds={[id]}
        activeId={id}
        details={details}
        nameOf={(c) => getConcept(c)?.name}
        lang={lang}
        t={translator(lang)}
        countOnPage={() => 1}
        onSelect={() => undefined}
        onOpenInDiploLens={() => undefined}
        onClose={() => undefined}
      />,
      host,
    );
  });
}

const el = (sel: string): HTMLElement | null => host.querySelector<HTMLElement>(sel);

/** The declarations of one rule in the in-page stylesheet. */
function rule(selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return CONTENT_CSS.match(new RegExp(`(^|\\n)${escaped} \\{([^}]*)\\}`))?.[2] ?? '';
}

describe('ConceptCard: general knowledge is shown apart from the paper', () => {
  it('renders context in its own labelled block, outside the summary, in the UI language', async () => {
    const concept = getConcept('twitter-diplomacy');
    const context = concept?.context?.text;
    expect(context).toBeDefined();
    await show('twitter-diplomacy');
    const block = el('[data-role="context"]');
    const summary = el('[data-role="summary"]');
    expect(block?.className).toBe('dl-card-context');
    expect(block?.dataset.basis).toBe('general-knowledge');
    expect(block?.textContent).toContain('Background (general knowledge, not from the paper)');
    expect(block?.textContent).toContain(context?.en);
    expect(summary?.textContent).toBe(concept?.summary.en);
    expect(summary?.contains(block ?? null)).toBe(false);
    expect(summary?.textContent).not.toContain(context?.en);
  });

  it('labels it in Chinese and follows the language toggle', async () => {
    const context = getConcept('twitter-diplomacy')?.context?.text;
    await show('twitter-diplomacy', 'zh-CN');
    expect(el('[data-role="context"]')?.textContent).toContain('背景（通识，非论文内容）');
    expect(el('[data-role="context"] p')?.textContent).toBe(context?.zh);
    await act(() => el('[data-role="toggle-language"]')?.click());
    expect(el('[data-role="context"] p')?.textContent).toBe(context?.en);
    expect(el('[data-role="context"] p')?.getAttribute('lang')).toBe('en');
  });

  it('shows no background block for a card without context', async () => {
    expect(getConcept('virtual-diplomacy')?.context).toBeUndefined();
    await show('virtual-diplomacy');
    expect(el('[data-role="summary"]')?.textContent).toBe(getConcept('virtual-diplomacy')?.summary.en);
    expect(el('[data-role="context"]')).toBeNull();
  });

  it('styles the block differently from the summary (dashed frame, own background, muted)', () => {
    const context = rule('.dl-card-context');
    expect(context).toMatch(/border:[^;]*dashed/);
    expect(context).toMatch(/background:/);
    expect(context).toMatch(/color: var\(--dl-muted\)/);
    expect(rule('.dl-card-summary')).not.toMatch(/dashed|background/);
  });
});

describe('ConceptCard: where the paper treats it', () => {
  it('numbers numbered sections and names the others by heading alone', async () => {
    await show('techno-nationalism');
    expect(el('[data-role="source"] div')?.textContent).toBe('§3(3) · Digital competition stirs up techno-nationalism');
    await show('globalization-3-0');
    expect(el('[data-role="source"] div')?.textContent).toBe('Abstract');
  });
});
