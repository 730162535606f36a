/** The wrapping fallback must not be hijackable by a page that pre-defines custom element names (issue 11). */
import { describe, expect, it } from 'vitest';
import { createTermPainter, WRAPPER_TAG } from './painter';

describe('wrap fallback on a page that pre-defines our old names', () => {
  it('wraps with a built-in element, so a page-defined <diplolens-term> never runs on our wrappers', () => {
    let constructed = 0;
    customElements.define(
      'diplolens-term',
      class extends HTMLElement {
        constructor() {
          super();
          constructed += 1;
        }
        connectedCallback() {
          this.textContent = 'EATEN';
        }
      },
    );
    const p = document.createElement('p');
    p.textContent = '各国重视数字外交与网络外交。';
    document.body.append(p);
    const text = p.firstChild as Text;
    const painter = createTermPainter('diplolens-term', { forceWrap: true });
    const r = document.createRange();
    r.setStart(text, 4);
    r.setEnd(text, 8);
    painter.setBlock(p, [r]);
    expect(constructed).toBe(0);
    expect(p.textContent).toBe('各国重视数字外交与网络外交。');
    expect([...p.querySelectorAll(WRAPPER_TAG)].map((w) => w.textContent)).toEqual(['数字外交']);
    expect(painter.isOwnNode(p.querySelector(WRAPPER_TAG) as Element)).toBe(true);
    painter.dispose();
    expect(p.innerHTML).toBe('各国重视数字外交与网络外交。');
    p.remove();
  });
});
