/**
 * The one element DiploLens adds to a page for its UI: <diplolens-ui>, holding a CLOSED shadow root so the page's
 * scripts cannot read what the reader types into a note, and its CSS cannot restyle our card. Styles are a
 * constructed stylesheet (adoptedStyleSheets), which a strict page CSP does not block.
 */
export const UI_HOST_TAG = 'diplolens-ui';

export interface UiHost {
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLElement;
  destroy(): void;
}

// The host must stay a zero-size, always-on-top layer whatever the page's CSS says (`* { display:none !important }`
// included): inline !important wins over any stylesheet rule.
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  left: '0',
  top: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  contain: 'style',
  'pointer-events': 'none',
};

export function createUiHost(css: string, doc: Document = document): UiHost {
  const host = doc.createElement(UI_HOST_TAG);
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const mount = doc.createElement('div');
  mount.className = 'dl-root';
  shadow.append(mount);
  (doc.documentElement ?? doc.body).append(host);
  return {
    host,
    mount,
    destroy() {
      host.remove();
    },
  };
}
