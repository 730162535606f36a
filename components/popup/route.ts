/** What the popup URL asks for: a target tab (`?tabId=N`, used by tests) and a concept (`#concept=<id>`). */

/** The tab id from `?tabId=N`, or null when absent or not a non-negative integer. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

/** The concept id from `#concept=<id>` (other hash parameters may stand beside it), or null. */
export function conceptFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('concept');
  return id && /^[a-z0-9-]{1,128}$/.test(id) ? id : null;
}

export function conceptHash(id: string): string {
  return `#concept=${encodeURIComponent(id)}`;
}
