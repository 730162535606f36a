import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeNote, quote } from '../../../utils/search/test-notes';
import { CHAR_W, LINE_H, rangeOf, rect, stubTextGeometry } from '../test-dom';
import { createNotesModel, type NotesModel } from './model';
import { createNotePainter, type NotePainter } from './paint';

const COLORS = { yellow: '#fde68a', green: '#bbf7d0', blue: '#bfdbfe', pink: '#fbcfe8', purple: '#e9d5ff' };

let model: NotesModel;
let host: HTMLElement;
let layer: HTMLElement;
let painter: NotePainter;
let restore: () => void;
let scrollY = 0;
let p1: HTMLElement;

function place(id: string, el: HTMLElement, start: number, end: number, color: 'yellow' | 'green' = 'yellow') {
  const text = el.firstChild as Text;
  model.notes.set(id, makeNote({ id, color, quote: quote(text.data.slice(start, end)) }));
  model.place(id, rangeOf(text, start, end));
}

const boxes = (id: string) =>
  [...(layer.querySelector(`[data-note-id="${id}"]`)?.children ?? [])].map((b) => {
    const s = (b as HTMLElement).style;
    return { left: s.left, top: s.top, width: s.width, height: s.height, position: s.position };
  });

beforeEach(() => {
  // No IntersectionObserver: every note counts as near (happy-dom's never reports).
  vi.stubGlobal('IntersectionObserver', undefined);
  scrollY = 0;
  restore = stubTextGeometry(() => ({ x: 0, y: scrollY }));
  document.body.innerHTML = '<p id="p1" data-x="100" data-y="300">各国日益重视数字外交与网络外交</p>';
  p1 = document.getElementById('p1') as HTMLElement;
  host = document.createElement('div');
  // The host sits at the document's origin: scrolled by `scrollY`, its viewport rect moves up.
  host.getBoundingClientRect = () => rect(0, -scrollY, 0, 0);
  layer = document.createElement('div');
  document.documentElement.append(host);
  host.attachShadow({ mode: 'closed' }).append(layer);
  model = createNotesModel();
  painter = createNotePainter({ model, host, layer, colors: () => COLORS });
});

afterEach(() => {
  painter.destroy();
  host.remove();
  restore();
  vi.unstubAllGlobals();
});

describe('private note painter', () => {
  it('paints a saved passage as boxes in our layer, in document coordinates, and nothing in the page', () => {
    const before = document.body.innerHTML;
    place('a', p1, 4, 8);
    painter.paint();
    painter.flush();
    expect(boxes('a')).toEqual([
      {
        left: `${100 + 4 * CHAR_W}px`,
        top: '300px',
        width: `${4 * CHAR_W}px`,
        height: `${LINE_H}px`,
        position: 'absolute',
      },
    ]);
    const group = layer.querySelector('[data-note-id="a"]') as HTMLElement;
    expect(group.hidden).toBe(false);
    expect(group.dataset.color).toBe('yellow');
    const box = group.firstElementChild as HTMLElement;
    expect(box.style.background).toContain('253');
    expect(box.style.mixBlendMode).toBe('multiply');
    // The page's own DOM is exactly as it was.
    expect(document.body.innerHTML).toBe(before);
    expect(painter.paintedCount()).toBe(1);
  });

  it('keeps document coordinates when the page scrolls (the layer scrolls with it), and re-measures on resize', () => {
    place('a', p1, 0, 2);
    painter.paint();
    painter.flush();
    scrollY = 150;
    window.dispatchEvent(new Event('resize'));
    painter.flush();
    expect(boxes('a')[0]?.top).toBe('300px');
  });

  it('clips a passage to the scroll container that hides part of it, and moves it when that container scrolls', () => {
    document.body.innerHTML =
      '<div id="box" style="overflow: auto"><p id="p2" data-x="0" data-y="100">数字外交与网络外交并行推进</p></div>';
    const box = document.getElementById('box') as HTMLElement;
    box.getBoundingClientRect = () => rect(0, 0, 60, 200);
    Object.defineProperty(box, 'clientWidth', { value: 60 });
    Object.defineProperty(box, 'clientHeight', { value: 200 });
    const p2 = document.getElementById('p2') as HTMLElement;
    place('b', p2, 0, 10);
    painter.paint();
    painter.flush();
    // 10 characters (100 px) wide, the container shows 60 px of them.
    expect(boxes('b')).toEqual([{ left: '0px', top: '100px', width: '60px', height: '20px', position: 'absolute' }]);
    // The container scrolls by 50: the passage moves with it, without measuring anything again.
    let scrollTop = 50;
    Object.defineProperty(box, 'scrollTop', { get: () => scrollTop, configurable: true });
    const measured = vi.spyOn(Range.prototype, 'getClientRects');
    box.dispatchEvent(new Event('scroll'));
    painter.flush();
    expect(boxes('b')).toEqual([{ left: '0px', top: '50px', width: '60px', height: '20px', position: 'absolute' }]);
    expect(measured).not.toHaveBeenCalled();
    // Scrolled out of the container's view: nothing of it shows.
    scrollTop = 250;
    box.dispatchEvent(new Event('scroll'));
    painter.flush();
    expect(boxes('b')).toEqual([]);
    expect((layer.querySelector('[data-note-id="b"]') as HTMLElement).hidden).toBe(true);
    // A layout change elsewhere measures it again, from the page as it is now.
    p2.dataset.y = '-150';
    window.dispatchEvent(new Event('resize'));
    painter.flush();
    expect(boxes('b')).toEqual([]);
  });

  it('paints text inside a position:fixed box in viewport coordinates', () => {
    document.body.innerHTML =
      '<div style="position: fixed"><p id="p3" data-x="10" data-y="20">固定页眉里的数字外交</p></div>';
    scrollY = 500;
    place('c', document.getElementById('p3') as HTMLElement, 0, 3);
    painter.paint();
    painter.flush();
    // Not shifted by the page's scroll: the box is fixed like the text.
    expect(boxes('c')).toEqual([{ left: '10px', top: '-480px', width: '30px', height: '20px', position: 'fixed' }]);
  });

  it('hit-tests the reader’s click against its own boxes, shortest passage first, and not through the page’s covers', () => {
    place('long', p1, 0, 12);
    place('short', p1, 4, 8, 'green');
    painter.paint();
    const at = 100 + 5 * CHAR_W;
    document.elementFromPoint = () => p1;
    expect(painter.noteAt(at, 310)?.id).toBe('short');
    expect(painter.noteAt(100 + CHAR_W, 310)?.id).toBe('long');
    expect(painter.noteAt(at, 400)).toBeNull();
    // A page menu covers the text there: the click is on the menu, not on the passage.
    const menu = document.createElement('div');
    document.body.append(menu);
    document.elementFromPoint = () => menu;
    expect(painter.noteAt(at, 310)).toBeNull();
  });

  it('follows the model: a recoloured note repaints, an unplaced one (a recycled slot) disappears', () => {
    place('a', p1, 0, 2);
    painter.paint();
    painter.flush();
    const note = model.notes.get('a');
    if (note) model.notes.set('a', { ...note, color: 'green' });
    painter.paint();
    painter.flush();
    expect((layer.querySelector('[data-note-id="a"]') as HTMLElement).dataset.color).toBe('green');
    expect((layer.querySelector('[data-note-id="a"] > *') as HTMLElement).style.background).toContain('187');
    model.unplace('a');
    painter.paint();
    expect(layer.querySelector('[data-note-id="a"]')).toBeNull();
    expect(painter.paintedCount()).toBe(0);
  });

  it('a passage whose text left the page is hidden, and destroy removes every box', () => {
    place('a', p1, 0, 2);
    painter.paint();
    painter.flush();
    p1.remove();
    painter.paint();
    painter.flush();
    expect((layer.querySelector('[data-note-id="a"]') as HTMLElement).hidden).toBe(true);
    painter.destroy();
    expect(layer.childElementCount).toBe(0);
  });

  it('measures only notes near the viewport (IntersectionObserver), once they come near', () => {
    painter.destroy();
    let report: ((entries: { target: Element; isIntersecting: boolean }[]) => void) | undefined;
    const observed: Element[] = [];
    class FakeIO {
      constructor(cb: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
        report = cb;
      }
      observe(el: Element) {
        observed.push(el);
      }
      unobserve() {}
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeIO);
    painter = createNotePainter({ model, host, layer, colors: () => COLORS });
    place('a', p1, 0, 2);
    painter.paint();
    painter.flush();
    expect(observed).toContain(p1);
    expect(painter.paintedCount()).toBe(0);
    report?.([{ target: p1, isIntersecting: true }]);
    painter.flush();
    expect(painter.paintedCount()).toBe(1);
  });
});
