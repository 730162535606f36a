import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../app/content/main';
import { HOST_MATCHES } from '../utils/hosts';

export default defineContentScript({
  matches: HOST_MATCHES,
  // An article inside a same-origin (or srcdoc) frame is still the page's text; other hosts' frames never match.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's "script started" postMessage would tell every page our extension id, which a page can then replay to
  // switch us off (see app/content/main.ts and tests/e2e/hostile/snoop).
  noScriptStartedPostMessage: true,
  main: runContentScript,
});
