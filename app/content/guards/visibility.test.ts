import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARM_MS } from '../../../utils/guard/activation';
import { rect, trusted } from '../test-dom';
import { createVisibilityGuard, type VisibilityGuard } from './visibility';

let host: HTMLElement;
let shadow: ShadowRoot;
let root: HTMLElement;
let button: HTMLButtonElement;
let guard: VisibilityGuard;
let now = 0;
let topmost: Element[] = [];
let ioCallback: ((entries: { target: Element; isVisible?: boolean }[]) => void) | undefined;
const clicked = vi.fn();
const blocked = vi.fn();

class FakeIOv2 {
  trackVisibility = true;
  constructor(cb: (entries: { target: Element; isVisible?: boolean }[]) => void) {
    ioCallback = cb;
  }
  observe() {}
  disconnect() {}
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const pointerClick = () =>
  new MouseEvent('click', { bubbles: true, composed: true, clientX: 50, clientY: 20, detail: 1 });

beforeEach(async () => {
  vi.stubGlobal('IntersectionObserver', FakeIOv2);
  now = 1000;
  clicked.mockReset();
  blocked.mockReset();
  host = document.createElement('div');
  shadow = host.attachShadow({ mode: 'closed' });
  root = document.createElement('div');
  shadow.append(root);
  document.documentElement.append(host);
  guard = createVisibilityGuard({ host, shadow, root, onBlocked: blocked, now: () => now });
  root.innerHTML = '<div class="dl-toolbar" data-role="toolbar"><button data-color="yellow">y</button></div>';
  button = root.querySelector('button') as HTMLButtonElement;
  button.addEventListener('click', clicked);
  (root.firstElementChild as HTMLElement).getBoundingClientRect = () => rect(0, 0, 200, 40);
  topmost = [host];
  document.elementsFromPoint = () => topmost;
  shadow.elementsFromPoint = () => [button];
  await flush();
  ioCallback?.([{ target: root.firstElementChild as Element, isVisible: true }]);
});

afterEach(() => {
  guard.destroy();
  host.remove();
  vi.unstubAllGlobals();
});

describe('visibility guard for in-page controls', () => {
  it('lets the reader’s click through once the control has been on screen for ARM_MS, visible and on top', () => {
    now += ARM_MS;
    button.dispatchEvent(trusted(pointerClick()));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(blocked).not.toHaveBeenCalled();
  });

  it('stops a synthetic click before the control’s handler runs', () => {
    now += ARM_MS;
    button.dispatchEvent(pointerClick());
    expect(clicked).not.toHaveBeenCalled();
    expect(blocked).toHaveBeenCalledWith('untrusted', button);
  });

  it('ignores clicks in the first ARM_MS after the control appeared, and after it moved', async () => {
    now += ARM_MS - 1;
    button.dispatchEvent(trusted(pointerClick()));
    expect(blocked).toHaveBeenLastCalledWith('too-soon', button);
    now += 1;
    // The page scrolls our toolbar under the pointer: a move re-arms it.
    const bar = root.firstElementChild as HTMLElement;
    bar.getBoundingClientRect = () => rect(0, 300, 200, 40);
    bar.style.top = '300px';
    await flush();
    button.dispatchEvent(trusted(pointerClick()));
    expect(blocked).toHaveBeenLastCalledWith('too-soon', button);
    expect(clicked).not.toHaveBeenCalled();
  });

  it('refuses a control the page covers: not topmost at the point, or IntersectionObserver v2 says not visible', () => {
    now += ARM_MS;
    topmost = [document.body, host];
    button.dispatchEvent(trusted(pointerClick()));
    expect(blocked).toHaveBeenLastCalledWith('covered', button);
    topmost = [host];
    // A pass-through top-layer popover over us: not in elementsFromPoint, but IOv2 sees it.
    ioCallback?.([{ target: root.firstElementChild as Element, isVisible: false }]);
    button.dispatchEvent(trusted(pointerClick()));
    expect(blocked).toHaveBeenLastCalledWith('covered', button);
    expect(clicked).not.toHaveBeenCalled();
    // The cover goes: the control is armed again only ARM_MS later.
    ioCallback?.([{ target: root.firstElementChild as Element, isVisible: true }]);
    button.dispatchEvent(trusted(pointerClick()));
    expect(blocked).toHaveBeenLastCalledWith('too-soon', button);
    now += ARM_MS;
    button.dispatchEvent(trusted(pointerClick()));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(guard.topmostAt(10, 10, button)).toBe(true);
  });

  it('leaves controls that neither save, open nor undo alone', () => {
    const close = document.createElement('button');
    const other = vi.fn();
    close.addEventListener('click', other);
    root.append(close);
    close.dispatchEvent(pointerClick());
    expect(other).toHaveBeenCalled();
  });
});
