/** Which browsers the scenarios run in, and how each is launched. */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, BrowserSession, LaunchOptions } from './types';

export const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** DIPLOLENS_BROWSERS=firefox (or chromium, or both comma-separated) narrows a run; the default is every browser. */
export function selectedBrowsers(env = process.env.DIPLOLENS_BROWSERS): BrowserName[] {
  if (!env) return [...ALL_BROWSERS];
  const wanted = env.split(',').map((s) => s.trim().toLowerCase());
  const unknown = wanted.filter((w) => !ALL_BROWSERS.includes(w as BrowserName));
  if (unknown.length > 0) throw new Error(`DIPLOLENS_BROWSERS: unknown ${unknown.join(', ')} (know ${ALL_BROWSERS})`);
  return ALL_BROWSERS.filter((b) => wanted.includes(b));
}

export function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<BrowserSession> {
  return name === 'firefox' ? launchFirefox(options) : launchChromium(options);
}
