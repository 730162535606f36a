import { describe, expect, it } from 'vitest';
import { domReady } from './dom-ready';

describe('domReady', () => {
  it('resolves at once in a parsed document', async () => {
    await expect(domReady(document)).resolves.toBeUndefined();
  });

  it('waits for DOMContentLoaded while the document is loading, even if a page listener stops it', async () => {
    const doc = document.implementation.createHTMLDocument('t');
    let state: DocumentReadyState = 'loading';
    Object.defineProperty(doc, 'readyState', { get: () => state });
    Object.defineProperty(doc, 'defaultView', { get: () => window });
    let done = false;
    const ready = domReady(doc).then(() => {
      done = true;
    });
    // A page's own listener that stops the event for everyone after it: ours is a capture listener on the window.
    window.addEventListener('DOMContentLoaded', (e) => e.stopImmediatePropagation(), true);
    await Promise.resolve();
    expect(done).toBe(false);
    state = 'interactive';
    window.dispatchEvent(new Event('DOMContentLoaded'));
    await ready;
    expect(done).toBe(true);
  });
});
