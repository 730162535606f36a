import { afterEach, describe, expect, it } from 'vitest';
import { buildTextIndex } from '../anchoring/text-index';
import type { RootInfo } from '../sites/roots';
import { draftFromRange } from './draft';

afterEach(() => {
  document.body.replaceChildren();
});

function setup(html: string): { root: Element; info: RootInfo } {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return {
    root,
    info: {
      element: root,
      root: { kind: 'post', platform: 'x', postId: '42' },
      url: 'https://x.com/USA_China_Talk/status/42',
      context: {
        platform: 'x',
        postId: '42',
        permalink: 'https://x.com/USA_China_Talk/status/42',
        author: { name: 'U.S. Embassy China', id: 'USA_China_Talk' },
        quotedBy: {
          platform: 'x',
          postId: '43',
          permalink: 'https://x.com/lin/status/43',
          author: { name: 'Lin', id: 'lin' },
        },
      },
    },
  };
}

describe('draftFromRange', () => {
  it('builds selectors relative to the root, the concepts in the quote and the context (with whose words)', () => {
    const { root, info } = setup('Our <b>digital</b> diplomacy team answers questions.');
    const range = document.createRange();
    range.setStart(root.firstChild as Text, 4);
    range.setEnd(root.childNodes[2] as Text, 10);
    const draft = draftFromRange({
      index: buildTextIndex(root),
      range,
      info,
      color: 'green',
      note: 'n',
      tags: ['t'],
      pageTitle: 'x'.repeat(600),
      conceptsIn: (s) => (s.includes('digital diplomacy') ? ['digital-diplomacy', 'digital-diplomacy'] : []),
    });
    expect(draft).toMatchObject({
      url: 'https://x.com/USA_China_Talk/status/42',
      site: 'x.com',
      root: { kind: 'post', platform: 'x', postId: '42' },
      quote: {
        type: 'TextQuoteSelector',
        exact: 'digital diplomacy',
        prefix: 'Our ',
        suffix: ' team answers questions.',
      },
      position: { type: 'TextPositionSelector', start: 4, end: 21 },
      color: 'green',
      note: 'n',
      tags: ['t'],
      conceptIds: ['digital-diplomacy'],
      lang: 'und',
      context: { author: { id: 'USA_China_Talk' }, quotedBy: { author: { id: 'lin' } } },
    });
    expect(typeof draft === 'object' && draft.pageTitle.length).toBe(500);
  });

  it('refuses a range outside the root or one of only white space', () => {
    const { root, info } = setup('Text <span>  </span> more');
    const other = document.createElement('p');
    other.textContent = 'elsewhere';
    document.body.append(other);
    const outside = document.createRange();
    outside.selectNodeContents(other);
    const base = { index: buildTextIndex(root), info, color: 'yellow' as const, pageTitle: '', conceptsIn: () => [] };
    expect(draftFromRange({ ...base, range: outside })).toBe('outside');
    const blank = document.createRange();
    blank.selectNodeContents(root.querySelector('span') as Element);
    expect(draftFromRange({ ...base, range: blank })).toBe('empty');
  });
});
