import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HOST_MATCHES } from '../../utils/hosts';
import { chosenPatterns, forgetSite, type SiteAccessApi, siteOfPattern } from '../../utils/permissions/chosen-sites';
import { useT } from '../common/i18n';

/** The browser's permission and scripting APIs, as chosen-sites.ts uses them; null where they are missing. */
function browserApi(): SiteAccessApi | null {
  const scripting = browser.scripting as unknown as SiteAccessApi['scripting'] | undefined;
  if (!browser.permissions || typeof scripting?.registerContentScripts !== 'function') return null;
  return { permissions: browser.permissions, scripting };
}

/**
 * Sites the reader chose with "Always run on this site": listed, each revocable (its content script and its
 * permission both go). Kept in step with the browser: a site revoked in the browser's own settings leaves the list.
 */
export function ChosenSitesSection({ api = browserApi() }: { api?: SiteAccessApi | null }) {
  const t = useT();
  const [patterns, setPatterns] = useState<string[] | null>(null);
  const [notice, setNotice] = useState('');

  const load = useCallback(async () => {
    if (!api) return;
    setPatterns(await chosenPatterns(api, HOST_MATCHES).catch(() => []));
  }, [api]);

  useEffect(() => {
    void load();
    const onChange = () => void load();
    const events = [browser.permissions?.onAdded, browser.permissions?.onRemoved];
    try {
      for (const e of events) e?.addListener(onChange);
    } catch {
      // A browser (or test double) without these events: the list still updates after our own changes.
    }
    return () => {
      try {
        for (const e of events) e?.removeListener(onChange);
      } catch {
        // see above
      }
    };
  }, [load]);

  if (!api) return null;
  const remove = async (pattern: string) => {
    const site = siteOfPattern(pattern) ?? pattern;
    await forgetSite(api, pattern).catch(() => undefined);
    setNotice(t('options.chosen.removed', { site }));
    await load();
  };

  return (
    <section aria-labelledby="chosen-sites-heading" data-role="chosen-sites">
      <h2 id="chosen-sites-heading">{t('options.chosen.heading')}</h2>
      <p class="muted">{t('options.chosen.explain')}</p>
      {patterns !== null && patterns.length === 0 && <p class="muted">{t('options.chosen.none')}</p>}
      {patterns !== null && patterns.length > 0 && (
        <ul class="site-list" aria-labelledby="chosen-sites-heading">
          {patterns.map((p) => {
            const site = siteOfPattern(p) ?? p;
            return (
              <li key={p} data-pattern={p}>
                <span>{site}</span>
                <button
                  type="button"
                  aria-label={t('options.chosen.remove', { site })}
                  title={t('options.chosen.remove', { site })}
                  onClick={() => void remove(p)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" aria-live="polite" class="muted">
        {notice}
      </p>
    </section>
  );
}
