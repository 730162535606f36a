/**
 * Sites the reader chose: "always run DiploLens on this site". Each is an optional host permission for that one
 * origin (asked for at the moment the reader chooses, never at install) plus a content script registered for it
 * with `scripting.registerContentScripts` (kept across browser restarts). The permission is the source of truth: the
 * background registers a script for each granted origin and unregisters it when the permission goes (revoked in
 * DiploLens's options or in the browser's own extension settings).
 *
 * The browser APIs are passed in (`SiteAccessApi`) so the logic is tested without a browser.
 */

/** The script our manifest runs (WXT's output path). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** The in-page UI the background injects into a frame on its content script's request (app/content/shared.ts). */
export const CONTENT_UI_FILE = '/content-scripts/content-ui.js';
const ID_PREFIX = 'diplolens-site:';

export interface SiteAccessApi {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter?: { ids: string[] }): Promise<unknown>;
  };
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_start';
  persistAcrossSessions: boolean;
}

/**
 * The match pattern for one origin — "https://think.example/*" — or null for anything that is not an ordinary web
 * page (browser pages, files, extension pages, IP-less oddities). Ports are dropped: match patterns cannot name one.
 */
export function originPattern(href: string): string | null {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase();
  if (!host || host.includes('*')) return null;
  return `${u.protocol}//${host}/*`;
}

/** A pattern we registered or were granted for one origin ("https://host/*"), as the site's name ("host"). */
export function siteOfPattern(pattern: string): string | null {
  const m = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  return m?.[2] ?? null;
}

export function scriptIdOf(pattern: string): string {
  return `${ID_PREFIX}${pattern}`;
}

export function patternOfScriptId(id: string): string | null {
  return id.startsWith(ID_PREFIX) ? id.slice(ID_PREFIX.length) : null;
}

/** Is this one origin's pattern (what we ask for), not a broad one (a manifest wildcard, "*://*\/*")? */
export function isOneOrigin(pattern: string): boolean {
  return siteOfPattern(pattern) !== null;
}

export function scriptFor(pattern: string): RegisteredScript {
  return {
    id: scriptIdOf(pattern),
    matches: [pattern],
    js: [CONTENT_SCRIPT_FILE],
    // As the manifest's content script: an article inside a same-origin frame is still the page's text.
    allFrames: true,
    runAt: 'document_start',
    persistAcrossSessions: true,
  };
}

/**
 * The origins the reader chose: granted one-origin patterns that are not among the manifest's own hosts.
 * `builtIn` is the manifest's host list (those sites run anyway).
 */
export async function chosenPatterns(api: SiteAccessApi, builtIn: readonly string[]): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  const fixed = new Set(builtIn);
  return origins.filter((o) => isOneOrigin(o) && !fixed.has(o)).sort();
}

/**
 * Makes the registered scripts match the granted origins: registers what is missing, unregisters what is no longer
 * granted. Returns what it changed. Safe to run at any time (start-up, permission added or removed).
 */
export async function syncRegistrations(
  api: SiteAccessApi,
  builtIn: readonly string[],
): Promise<{ registered: string[]; unregistered: string[] }> {
  const wanted = new Set(await chosenPatterns(api, builtIn));
  const current = (await api.scripting.getRegisteredContentScripts())
    .map((s) => ({ id: s.id, pattern: patternOfScriptId(s.id) }))
    .filter((s): s is { id: string; pattern: string } => s.pattern !== null);
  const have = new Set(current.map((s) => s.pattern));
  const stale = current.filter((s) => !wanted.has(s.pattern));
  const missing = [...wanted].filter((p) => !have.has(p));
  if (stale.length > 0) await api.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  if (missing.length > 0) await api.scripting.registerContentScripts(missing.map(scriptFor));
  return { registered: missing, unregistered: stale.map((s) => s.pattern) };
}

/** Stops running on a chosen site: its script goes, and so does the permission. */
export async function forgetSite(api: SiteAccessApi, pattern: string): Promise<void> {
  const id = scriptIdOf(pattern);
  const registered = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered.length > 0) await api.scripting.unregisterContentScripts({ ids: [id] });
  await api.permissions.remove({ origins: [pattern] });
}
