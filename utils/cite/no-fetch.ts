/**
 * Stands in for `node-fetch` and `sync-fetch` in the extension's build (wxt.config.ts aliases them here). Citation.js
 * imports them to fetch DOIs and URLs given as input; DiploLens only ever gives it CSL-JSON objects, and makes no
 * network requests: any call is refused.
 */
function refuse(): never {
  throw new Error('DiploLens makes no network requests.');
}

export default function noFetch(): Promise<never> {
  return Promise.reject(new Error('DiploLens makes no network requests.'));
}
noFetch.Headers = globalThis.Headers;
export const Headers = globalThis.Headers;
export const syncFetch = Object.assign(refuse, { Headers: globalThis.Headers });
