/** Stands in for `sync-fetch` in the extension's build (see no-fetch.ts): refuses every call. */
function syncFetch(): never {
  throw new Error('DiploLens makes no network requests.');
}
syncFetch.Headers = globalThis.Headers;
export default syncFetch;
