import { describe, expect, it } from 'vitest';
import {
  isHello,
  parseFromEditor,
  parseToEditor,
  parseWindowHash,
  portName,
  type ToEditor,
  windowHash,
} from './protocol';

const NONCE = '0f8c6d1e-2b7a-4c55-9d33-5e1a8b7c6d42';
const values = { color: 'green', note: '笔记', tags: ['a', 'b'] };

describe('editor channel messages', () => {
  it('accepts a well-formed hello only', () => {
    expect(isHello({ diplolens: 'editor-hello', nonce: NONCE })).toBe(true);
    expect(isHello({ diplolens: 'editor-hello', nonce: 'short' })).toBe(false);
    expect(isHello({ diplolens: 'editor-hello', nonce: `${NONCE}<script>` })).toBe(false);
    expect(isHello({ type: 'editor-hello', nonce: NONCE })).toBe(false);
    expect(isHello(null)).toBe(false);
    expect(portName(NONCE)).toBe(`diplolens-editor:${NONCE}`);
  });

  it('parses what the editor may say, and nothing else', () => {
    expect(parseFromEditor({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseFromEditor({ type: 'submit', session: 3, values, point: { x: 1, y: 2 } })).toEqual({
      type: 'submit',
      session: 3,
      values,
      point: { x: 1, y: 2 },
    });
    expect(parseFromEditor({ type: 'submit', session: 3, values, point: null })?.type).toBe('submit');
    expect(parseFromEditor({ type: 'delete', session: 1, point: null })).toEqual({
      type: 'delete',
      session: 1,
      point: null,
    });
    expect(parseFromEditor({ type: 'size', session: 1, height: 1e9 })).toEqual({
      type: 'size',
      session: 1,
      height: 4000,
    });
    // Wrong shapes.
    expect(
      parseFromEditor({ type: 'submit', session: 3, values: { ...values, color: 'red' }, point: null }),
    ).toBeNull();
    expect(parseFromEditor({ type: 'submit', session: 3, values: { ...values, tags: [1] }, point: null })).toBeNull();
    expect(parseFromEditor({ type: 'submit', session: -1, values, point: null })).toBeNull();
    expect(parseFromEditor({ type: 'delete', session: 1, point: { x: Number.NaN, y: 0 } })).toBeNull();
    expect(parseFromEditor({ type: 'notes:create', session: 1 })).toBeNull();
    expect(parseFromEditor('submit')).toBeNull();
  });

  it('round-trips what the content app sends', () => {
    const show: ToEditor = {
      type: 'show',
      view: {
        session: 2,
        lang: 'zh-CN',
        theme: 'dark',
        noteId: null,
        quote: '数字外交',
        values: { color: 'yellow', note: '', tags: [] },
        busy: false,
        focus: 'tags',
        canDetach: true,
      },
    };
    expect(parseToEditor(JSON.parse(JSON.stringify(show)))).toEqual(show);
    expect(parseToEditor({ type: 'status', session: 2, busy: false, error: 'x' })).toEqual({
      type: 'status',
      session: 2,
      busy: false,
      error: 'x',
    });
    expect(parseToEditor({ type: 'hide' })).toEqual({ type: 'hide' });
    expect(parseToEditor({ type: 'show', view: { ...show.view, lang: 'fr' } })).toBeNull();
  });

  it('carries the window target in the URL hash, and refuses a malformed one', () => {
    const t = { nonce: NONCE, tabId: 12, frameId: 0 };
    expect(parseWindowHash(windowHash(t))).toEqual(t);
    expect(parseWindowHash('#nonce=x&tab=1&frame=0')).toBeNull();
    expect(parseWindowHash(`#nonce=${NONCE}&tab=-1&frame=0`)).toBeNull();
    expect(parseWindowHash('')).toBeNull();
  });
});
