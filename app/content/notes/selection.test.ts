import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentState } from '../../../components/content/state';
import type { RootInfo } from '../../../utils/sites/roots';
import { createStore } from '../../../utils/state/store';
import { createSelectionToolbar, inEditable, rectOf } from './selection';

function store() {
  return createStore<ContentState>({
    lang: 'en',
    theme: 'light',
    card: null,
    badges: [],
    collects: [],
    toast: null,
    toolbar: null,
    editor: null,
  });
}

const INFO: RootInfo = { element: document.body, root: { kind: 'page' }, url: 'https://a.example/' };

function select(node: Node, start: number, end: number): void {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  const sel = document.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(r);
  document.dispatchEvent(new Event('selectionchange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<p id="p">Digital diplomacy is a conversation.</p><textarea id="t">digital diplomacy</textarea><div id="ui">our ui</div>';
});
afterEach(() => {
  vi.useRealTimers();
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('the selection toolbar', () => {
  it('offers the toolbar once the selection settles inside a root', () => {
    const s = store();
    const toolbar = createSelectionToolbar({ store: s, rootForRange: () => INFO, isOurUi: () => false });
    select(document.getElementById('p')?.firstChild as Text, 0, 17);
    expect(s.get().toolbar).toBeNull();
    vi.advanceTimersByTime(200);
    expect(s.get().toolbar?.quote).toBe('Digital diplomacy');
    expect(toolbar.pending()?.info).toBe(INFO);
    expect(toolbar.pending()?.range.toString()).toBe('Digital diplomacy');
    toolbar.destroy();
  });

  it('offers nothing for a selection outside every root, and takes the toolbar down', () => {
    const s = store();
    let info: RootInfo | null = INFO;
    const toolbar = createSelectionToolbar({ store: s, rootForRange: () => info, isOurUi: () => false });
    const text = document.getElementById('p')?.firstChild as Text;
    select(text, 0, 7);
    vi.advanceTimersByTime(200);
    expect(s.get().toolbar).not.toBeNull();
    info = null;
    select(text, 8, 17);
    vi.advanceTimersByTime(200);
    expect(s.get().toolbar).toBeNull();
    expect(toolbar.pending()).toBeNull();
    toolbar.destroy();
  });

  it('ignores selections in our own UI and white space, and keeps quiet while an editor is open', () => {
    const s = store();
    const ui = document.getElementById('ui') as HTMLElement;
    const toolbar = createSelectionToolbar({ store: s, rootForRange: () => INFO, isOurUi: (t) => t === ui });
    select(ui.firstChild as Text, 0, 3);
    vi.advanceTimersByTime(200);
    expect(s.get().toolbar).toBeNull();
    expect(toolbar.currentRange()).toBeNull();
    select(document.getElementById('p')?.firstChild as Text, 7, 8);
    vi.advanceTimersByTime(200);
    expect(s.get().toolbar).toBeNull();
    s.set({
      editor: {
        noteId: null,
        anchor: { left: 0, top: 0, width: 1, height: 1 },
        quote: 'q',
        color: 'yellow',
        note: '',
        tags: [],
        busy: false,
      },
    });
    select(document.getElementById('p')?.firstChild as Text, 0, 7);
    vi.advanceTimersByTime(200);
    expect(s.get().toolbar).toBeNull();
    toolbar.destroy();
  });

  it('knows form fields and contenteditable', () => {
    expect(inEditable(document.getElementById('t'))).toBe(true);
    const div = document.createElement('div');
    div.setAttribute('contenteditable', 'true');
    div.append('x');
    document.body.append(div);
    expect(inEditable(div.firstChild)).toBe(true);
    expect(inEditable(document.getElementById('p'))).toBe(false);
    expect(inEditable(null)).toBe(false);
  });

  it('measures a range with at least a 1px box', () => {
    const r = document.createRange();
    r.selectNodeContents(document.getElementById('p') as Element);
    const rect = rectOf(r);
    expect(rect.width).toBeGreaterThanOrEqual(1);
    expect(rect.height).toBeGreaterThanOrEqual(1);
  });
});
