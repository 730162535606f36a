/**
 * Where the browser will load our editor frame. Chrome loads a web-accessible page only into pages matching its
 * `web_accessible_resources` entry, which we keep to the hosts DiploLens runs on by itself (utils/hosts.ts); on a
 * page the reader asked us to analyse, the editor opens as a small extension window instead. Firefox's entry is a
 * plain list (its moz-extension address is already random per install), so the frame loads everywhere there.
 */

/** Does `url` match a manifest match pattern such as `*://*.weibo.com/*` (scheme, host, and path `/*`)? */
export function matchesPattern(url: URL, pattern: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = url.protocol.replace(/:$/, '');
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const h = url.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (h !== base && !h.endsWith(`.${base}`)) return false;
    } else if (h !== host.toLowerCase()) return false;
  }
  if (path === '/*') return true;
  const re = new RegExp(
    `^${path
      .split('*')
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(url.pathname);
}

/**
 * Can the editor frame load in a document of this origin? `origin` is the document's origin (for an about:srcdoc
 * frame, its parent's — the origin Chrome checks).
 */
export function editorFrameAllowed(
  origin: string,
  patterns: readonly string[],
  browser: 'chrome' | 'firefox',
): boolean {
  if (browser === 'firefox') return true;
  let url: URL;
  try {
    url = new URL(`${origin}/`);
  } catch {
    return false;
  }
  return patterns.some((p) => matchesPattern(url, p));
}
