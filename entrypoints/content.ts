import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootDiploLens, type DiploLensInstance } from '../utils/content/boot';
import { HOST_MATCHES } from '../utils/hosts';

/** Globals of our isolated world (invisible to the page's scripts). */
interface DiploLensGlobals {
  /** Set by the popup's "analyse this page" injection just before this script runs. */
  __diplolensManual?: boolean;
  __diplolensInstance?: Promise<DiploLensInstance | null>;
}

export default defineContentScript({
  matches: HOST_MATCHES,
  // An article inside a same-origin (or srcdoc) frame is still the page's text; other hosts' frames never match.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const g = globalThis as DiploLensGlobals;
    const manual = g.__diplolensManual === true;
    g.__diplolensManual = false;
    // Injected again into a page where it already runs (the popup's button): one instance is enough.
    if (g.__diplolensInstance) return;
    g.__diplolensInstance = bootDiploLens({ manual }).catch((err: unknown) => {
      console.warn('DiploLens could not start on this page', err);
      return null;
    });
    ctx.onInvalidated(() => {
      void g.__diplolensInstance?.then((instance) => instance?.stop());
      g.__diplolensInstance = undefined;
    });
  },
});
