import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../app/content/main';
import { HOST_MATCHES } from '../utils/hosts';

export default defineContentScript({
  matches: HOST_MATCHES,
  // An article inside a same-origin (or srcdoc) frame is still the page's text; other hosts' frames never match.
  allFrames: true,
  matchAboutBlank: true,
  // Before the page parses: reading the settings (a round trip to the browser, tens of ms while a page loads) and
  // decoding the matcher overlap the parsing, and the first pass starts at DOMContentLoaded (app/content/boot.ts
  // waits for it), not after the load event. Nothing here needs a loaded page, and the first pass reads no positions
  // before the page has painted (utils/dom/page-scanner.ts), so it forces no layout.
  runAt: 'document_start',
  // WXT's "script started" postMessage would tell every page our extension id, which a page can then replay to
  // switch us off (see app/content/main.ts and tests/e2e/hostile/snoop).
  noScriptStartedPostMessage: true,
  main: runContentScript,
});
