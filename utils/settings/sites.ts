import type { Settings } from './types';

/** "www.Weibo.com." → "weibo.com": the form we store and compare. */
export function normalizeHostname(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** Off when paused, or when the host is a disabled site or one of its subdomains. */
export function isSiteEnabled(settings: Pick<Settings, 'paused' | 'disabledSites'>, hostname: string): boolean {
  if (settings.paused) return false;
  const host = normalizeHostname(hostname);
  return !settings.disabledSites.some((site) => {
    const s = normalizeHostname(site);
    return s !== '' && (host === s || host.endsWith(`.${s}`));
  });
}

/** Hostnames named by match patterns ("*://*.weibo.com/*" → "weibo.com"), de-duplicated, in order. */
export function sitesFromMatches(patterns: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    const m = /^[^:]+:\/\/(?:\*\.)?([^/*]+)\//.exec(p);
    const host = m?.[1] ? normalizeHostname(m[1]) : '';
    if (host && !out.includes(host)) out.push(host);
  }
  return out;
}
