import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../app/content/main';
import { HOST_MATCHES } from '../utils/hosts';

export default defineContentScript({
  matches: HOST_MATCHES,
  // An article inside a same-origin (or srcdoc) frame is still the page's text; other hosts' frames never match.
  allFrames: true,
  matchAboutBlank: true,
  // As soon as the DOM is parsed (DOMContentLoaded), not after the load event: the first terms in view are painted
  // before the page's images have loaded. Nothing here needs a loaded page, and the first pass reads no positions
  // before the page has painted (utils/dom/page-scanner.ts), so it forces no layout.
  runAt: 'document_end',
  // WXT's "script started" postMessage would tell every page our extension id, which a page can then replay to
  // switch us off (see app/content/main.ts and tests/e2e/hostile/snoop).
  noScriptStartedPostMessage: true,
  main: runContentScript,
});
