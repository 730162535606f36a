/**
 * The hostile pages (demo/hostile/) and the host names they are served under. Pages on *.mfa.gov.cn get the
 * content script by themselves; *.example.org hosts are outside the manifest's matches (a "clean" control).
 */
import type { DemoPage } from '../../../demo/pages';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const MFA = 'https://www.mfa.gov.cn/hostile';

function page(
  id: string,
  url: string,
  file: string,
  autoRun: boolean,
  headers: Record<string, string> = HTML,
): DemoPage {
  return { id, url, file: `hostile/${file}`, title: `hostile: ${id}`, autoRun, headers };
}

export const HOSTILE = {
  snoop: page('snoop', `${MFA}/snoop.html`, 'snoop.html', true),
  css: page('hostile-css', `${MFA}/hostile-css.html`, 'hostile-css.html', true),
  csp: page('strict-csp', `${MFA}/csp.html`, 'csp.html', true, {
    ...HTML,
    'content-security-policy': "default-src 'none'",
  }),
  injection: page('injection', `${MFA}/injection.html`, 'injection.html', true),
  frames: page('frames', `${MFA}/frames.html`, 'frames.html', true),
  frameSame: page('frame-same', `${MFA}/frame-article.html`, 'frame-article.html', true),
  frameCross: page('frame-cross', 'https://frames.example.org/hostile/frame-article.html', 'frame-article.html', false),
  storm: page('storm', `${MFA}/storm.html`, 'storm.html', true),
  keystrokes: page('keystrokes', `${MFA}/keystrokes.html`, 'keystrokes.html', true),
  // The same page on a host DiploLens runs on only when asked (the popup's "Analyse this page").
  keystrokesManual: page(
    'keystrokes-manual',
    'https://think.example/hostile/keystrokes.html',
    'keystrokes.html',
    false,
  ),
  scrape: page('scrape', `${MFA}/scrape.html`, 'scrape.html', true),
  forge: page('forge', `${MFA}/forge.html`, 'forge.html', true),
  clickjack: page('clickjack', `${MFA}/clickjack.html`, 'clickjack.html', true),
  switchedOff: page('switched-off', `${MFA}/switched-off.html`, 'switched-off.html', true),
  stormControl: page('storm-control', 'https://storm.example.org/hostile/storm.html', 'storm.html', false),
} as const satisfies Record<string, DemoPage>;

export const HOSTILE_PAGES: DemoPage[] = Object.values(HOSTILE);
