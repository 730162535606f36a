/**
 * Resolves once the document is parsed (at once if it already is). The content script starts at document_start,
 * so that reading the settings and decoding the matcher overlap the page's parsing, and waits here before it
 * touches the DOM. The listener is a capture listener on the window, registered before any page script runs: the
 * first to see DOMContentLoaded, so no page listener can stop it from reaching us.
 */
export function domReady(doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const target: EventTarget = doc.defaultView ?? doc;
    const done = () => {
      target.removeEventListener('DOMContentLoaded', done, true);
      resolve();
    };
    target.addEventListener('DOMContentLoaded', done, true);
  });
}
