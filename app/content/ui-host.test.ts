import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUiHost, HOST_RESTORES_PER_MINUTE, HOST_STYLE, type UiHost } from './ui-host';

let ui: UiHost | null = null;
afterEach(() => {
  ui?.destroy();
  ui = null;
});

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('UI host', () => {
  it('is a plain <div> with a closed shadow root holding the paint layer, the app and the editor frames', () => {
    ui = createUiHost('.x{}');
    expect(ui.host.localName).toBe('div');
    expect(ui.host.shadowRoot).toBeNull();
    expect(ui.host.parentNode).toBe(document.documentElement);
    expect(ui.host.childNodes.length).toBe(0);
    expect([...ui.shadow.children].map((c) => c.className)).toEqual(['dl-paint', 'dl-root', 'dl-root dl-frames']);
    // Zero-size, pointer-transparent, no stacking context: pinned inline with !important.
    const pinned = Object.fromEntries(
      ['position', 'width', 'height', 'pointer-events', 'z-index', 'display', 'opacity'].map((p) => [
        p,
        `${ui?.host.style.getPropertyValue(p)} ${ui?.host.style.getPropertyPriority(p)}`,
      ]),
    );
    expect(pinned).toEqual({
      position: 'absolute important',
      width: '0px important',
      height: '0px important',
      'pointer-events': 'none important',
      'z-index': 'auto important',
      display: 'block important',
      opacity: '1 important',
    });
    expect(Object.keys(HOST_STYLE)).toContain('contain');
    // No attribute names us.
    expect([...ui.host.attributes].map((a) => a.name)).toEqual(['style']);
  });

  it('does not care that the page defined custom elements named like our old host', () => {
    customElements.define(
      'diplolens-ui',
      class extends HTMLElement {
        connectedCallback() {
          this.remove();
        }
      },
    );
    ui = createUiHost('');
    expect(ui.host.isConnected).toBe(true);
  });

  it('comes back when the page removes it or rewrites its style', async () => {
    ui = createUiHost('');
    ui.host.remove();
    await flush();
    expect(ui.host.parentNode).toBe(document.documentElement);
    ui.host.style.setProperty('display', 'none', 'important');
    await flush();
    expect(ui.host.style.getPropertyValue('display')).toBe('block');
    ui.host.removeAttribute('style');
    await flush();
    expect(ui.host.style.getPropertyValue('pointer-events')).toBe('none');
  });

  it('stops after the bound, says so once, and never fights a page in a loop', async () => {
    ui = createUiHost('');
    const gaveUp = vi.fn();
    ui.onGiveUp(gaveUp);
    for (let i = 0; i < HOST_RESTORES_PER_MINUTE; i++) {
      ui.host.remove();
      await flush();
      expect(ui.host.isConnected).toBe(true);
    }
    ui.host.remove();
    await flush();
    expect(ui.host.isConnected).toBe(false);
    expect(ui.gaveUp()).toBe(true);
    expect(gaveUp).toHaveBeenCalledTimes(1);
  });
});
