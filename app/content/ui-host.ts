/**
 * The one element DiploLens adds to a page for its UI: a plain <div> holding a CLOSED shadow root. A built-in
 * element, created from our isolated world, has no name a page can take: a page that defines custom elements
 * (our old <diplolens-ui> included) or patches attachShadow, customElements, Element.prototype or appendChild
 * changes nothing for us (our world has its own prototypes in Chrome; Xrays ignore page changes in Firefox).
 *
 * The host stays zero-size and lets every pointer event through, so `document.elementsFromPoint` never returns it
 * for a point on the page's text. It is `position: absolute` at the document's origin and forms no stacking
 * context, so the saved-note boxes inside (notes/paint.ts) scroll with the page without any script and blend with
 * the text under them; our panels carry their own z-index. If the page removes the host or rewrites its style,
 * it is put back, within a bound (utils/guard/budget.ts), past which we stop and say why.
 */
import { createBudget } from '../../utils/guard/budget';

export interface UiHost {
  host: HTMLElement;
  /** The closed shadow root (for our own hit tests: `shadow.elementsFromPoint`). */
  shadow: ShadowRoot;
  /** Where Preact renders. */
  mount: HTMLElement;
  /** Where the saved-note boxes are painted (document coordinates, relative to the host). */
  paintLayer: HTMLElement;
  /** Where the note editor's frame lives (outside Preact: it must survive re-renders). */
  frameLayer: HTMLElement;
  /** Set once the page removed or restyled the host more often than we restore it. */
  gaveUp(): boolean;
  /** Called when we stop restoring the host. */
  onGiveUp(listener: () => void): void;
  destroy(): void;
}

/** Inline !important wins over any stylesheet rule of the page (`* { display:none !important }` included). */
export const HOST_STYLE: Readonly<Record<string, string>> = {
  all: 'initial',
  position: 'absolute',
  left: '0',
  top: '0',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
  'z-index': 'auto',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  contain: 'style',
  'pointer-events': 'none',
};

/** Re-attachments (or style repairs) allowed per minute before we stop fighting the page. */
export const HOST_RESTORES_PER_MINUTE = 10;

function applyStyle(host: HTMLElement): void {
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
}

export function createUiHost(css: string, doc: Document = document): UiHost {
  const host = doc.createElement('div');
  applyStyle(host);
  const expectedStyle = host.getAttribute('style');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const paintLayer = doc.createElement('div');
  paintLayer.className = 'dl-paint';
  paintLayer.setAttribute('aria-hidden', 'true');
  const mount = doc.createElement('div');
  mount.className = 'dl-root';
  const frameLayer = doc.createElement('div');
  frameLayer.className = 'dl-root dl-frames';
  shadow.append(paintLayer, mount, frameLayer);
  const parent = () => doc.documentElement ?? doc.body;
  parent().append(host);

  const budget = createBudget({ max: HOST_RESTORES_PER_MINUTE, windowMs: 60_000 });
  const giveUpListeners = new Set<() => void>();
  let stopped = false;
  const restore = (): void => {
    if (stopped) return;
    const detached = host.parentNode !== parent();
    const restyled = host.getAttribute('style') !== expectedStyle;
    if (!detached && !restyled) return;
    if (!budget.take()) {
      observer.disconnect();
      for (const l of giveUpListeners) l();
      return;
    }
    if (restyled) {
      host.removeAttribute('style');
      applyStyle(host);
    }
    if (detached) {
      parent().append(host);
      // A page that replaced <html> itself: watch the new one.
      observe();
    }
  };
  const observer = new MutationObserver(restore);
  const observe = () => {
    observer.observe(doc, { childList: true });
    if (doc.documentElement) observer.observe(doc.documentElement, { childList: true });
    observer.observe(host, { attributes: true });
  };
  observe();

  return {
    host,
    shadow,
    mount,
    paintLayer,
    frameLayer,
    gaveUp: () => budget.exhausted,
    onGiveUp(listener) {
      giveUpListeners.add(listener);
    },
    destroy() {
      stopped = true;
      observer.disconnect();
      host.remove();
    },
  };
}
