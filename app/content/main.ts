/**
 * The content script's life: boots DiploLens once per frame, restarts it when a setting that shapes the page
 * changes (pause, a site turned off, categories, style), and stops when the extension is reloaded or removed.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { restartKey } from '../../utils/settings/restart-key';
import { loadSettings, watchSettings } from '../../utils/settings/storage';
import { bootDiploLens, type DiploLensInstance } from './boot';

/** Globals of our isolated world (invisible to the page's scripts). */
interface DiploLensGlobals {
  /** Set by the popup's "analyse this page" injection just before this script runs. */
  __diplolensManual?: boolean;
  __diplolensInstance?: Promise<DiploLensInstance | null>;
}

export function runContentScript(ctx: ContentScriptContext): void {
  const g = globalThis as DiploLensGlobals;
  const manual = g.__diplolensManual === true;
  g.__diplolensManual = false;
  // Injected again into a page where it already runs (the popup's button): one instance is enough.
  if (g.__diplolensInstance) return;
  const boot = () =>
    bootDiploLens({ manual }).catch((err: unknown) => {
      console.warn('DiploLens could not start on this page', err);
      return null;
    });
  g.__diplolensInstance = boot();

  // Pausing, turning a site off, choosing categories or a style applies to open pages at once: restart.
  let lastKey: string | undefined;
  void loadSettings().then((s) => {
    lastKey ??= restartKey(s);
  });
  const unwatch = watchSettings((next) => {
    const key = restartKey(next);
    if (key === lastKey) return;
    lastKey = key;
    const previous = g.__diplolensInstance;
    g.__diplolensInstance = (async () => {
      (await previous)?.stop();
      return boot();
    })();
  });

  const stop = () => {
    clearInterval(orphanCheck);
    unwatch();
    void g.__diplolensInstance?.then((instance) => instance?.stop());
    g.__diplolensInstance = undefined;
  };
  // Only a real invalidation (the extension reloaded or removed: our runtime is gone) stops us; a page forging
  // WXT's DOM event does not.
  ctx.onInvalidated(() => {
    if (!browser.runtime?.id) stop();
  });
  // An orphaned copy (extension updated under the page) notices its runtime is gone and cleans up.
  const orphanCheck = setInterval(() => {
    if (!browser.runtime?.id) stop();
  }, 10_000);
}
