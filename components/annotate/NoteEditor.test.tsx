import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../utils/i18n';
import { NoteEditor, type NoteEditorActions } from './NoteEditor';

const host = document.createElement('div');
document.body.append(host);
afterEach(() => render(null, host));

function mount(noteId: string | null = 'n1', focus: 'note' | 'tags' = 'note') {
  const actions: NoteEditorActions = { submitNote: vi.fn(), deleteNote: vi.fn(), cancelEditor: vi.fn() };
  act(() => {
    render(
      <NoteEditor
        state={{ noteId, quote: '数字外交', color: 'blue', note: '旧', tags: ['a'], busy: false }}
        t={translator('zh-CN')}
        actions={actions}
        focus={focus}
      />,
      host,
    );
  });
  const q = <T extends Element>(role: string) => host.querySelector(`[data-role="${role}"]`) as T;
  return { actions, q };
}

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('NoteEditor', () => {
  it('keeps the data-role hooks and labels, and focuses the field asked for', () => {
    const { q } = mount('n1', 'tags');
    for (const role of ['note-editor', 'note-input', 'tags-input', 'save-note', 'delete-note', 'cancel-note'])
      expect(q(role), role).not.toBeNull();
    expect(q('note-editor').getAttribute('aria-label')).toBe('编辑高亮');
    expect(document.activeElement).toBe(q('tags-input'));
    mount(null);
    expect(q('delete-note')).toBeNull();
  });

  it('Ctrl/⌘+Enter saves with the event, Escape cancels (on release) — but not while an IME is composing', () => {
    const { actions, q } = mount();
    const ta = q<HTMLTextAreaElement>('note-input');
    ta.dispatchEvent(key({ key: 'Escape', isComposing: true }));
    ta.dispatchEvent(key({ key: 'Enter', ctrlKey: true, isComposing: true }));
    expect(actions.cancelEditor).not.toHaveBeenCalled();
    expect(actions.submitNote).not.toHaveBeenCalled();
    const enter = key({ key: 'Enter', metaKey: true });
    ta.dispatchEvent(enter);
    expect(actions.submitNote).toHaveBeenCalledWith({ color: 'blue', note: '旧', tags: ['a'] }, enter);
    ta.dispatchEvent(key({ key: 'Escape' }));
    expect(actions.cancelEditor).not.toHaveBeenCalled();
    ta.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    expect(actions.cancelEditor).toHaveBeenCalled();
  });

  it('hands the click to the caller with the values (save) and the event (delete)', () => {
    const { actions, q } = mount();
    act(() => {
      const ta = q<HTMLTextAreaElement>('note-input');
      ta.value = '新的笔记';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      const tags = q<HTMLInputElement>('tags-input');
      tags.value = '外交，#数字, 外交';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    q<HTMLButtonElement>('save-note').click();
    expect(actions.submitNote).toHaveBeenCalledWith(
      { color: 'blue', note: '新的笔记', tags: ['外交', '数字'] },
      expect.any(MouseEvent),
    );
    q<HTMLButtonElement>('delete-note').click();
    expect(actions.deleteNote).toHaveBeenCalledWith(expect.any(MouseEvent));
  });
});
