import { useState } from 'preact/hooks';
import { HOST_MATCHES } from '../../utils/hosts';
import { normalizeHostname, type Settings, sitesFromMatches } from '../../utils/settings';
import { hostnameSchema } from '../../utils/settings/schema';
import { useT } from '../common/i18n';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<string | null>;
}

/** The sites DiploLens runs on by itself (from the manifest's host list). */
const BUILT_IN_SITES = sitesFromMatches(HOST_MATCHES);

/** Global pause, an on/off switch per built-in site, and an off list for any other site. */
export function SitesSection({ settings, update }: Props) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const others = settings.disabledSites.filter((s) => !BUILT_IN_SITES.includes(s));

  async function add(e: Event) {
    e.preventDefault();
    // Accept a pasted URL as well as a bare host.
    let host = draft.trim();
    if (URL.canParse(host)) host = new URL(host).hostname;
    host = normalizeHostname(host);
    if (!hostnameSchema.safeParse(host).success) {
      setError(t('options.sites.invalid', { site: draft.trim() }));
      return;
    }
    setError('');
    if (!settings.disabledSites.includes(host)) {
      const failure = await update({ disabledSites: [...settings.disabledSites, host] });
      if (failure) {
        setError(t('options.saveError', { message: failure }));
        return;
      }
    }
    setDraft('');
  }

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options.sites.heading')}</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => void update({ paused: e.currentTarget.checked })}
        />
        {t('options.sites.pause')}
      </label>
      <fieldset>
        <legend>
          <h3>{t('options.sites.builtIn')}</h3>
        </legend>
        <div class="grid">
          {BUILT_IN_SITES.map((site) => (
            <label key={site} class="row">
              <input
                type="checkbox"
                name="site-on"
                value={site}
                checked={!settings.disabledSites.includes(site)}
                disabled={settings.paused}
                onChange={(e) =>
                  void update({
                    disabledSites: e.currentTarget.checked
                      ? settings.disabledSites.filter((s) => s !== site)
                      : [...settings.disabledSites, site],
                  })
                }
              />
              {site}
            </label>
          ))}
        </div>
      </fieldset>
      <h3 id="disabled-sites">{t('options.sites.disabledList')}</h3>
      {others.length === 0 ? (
        <p class="muted">{t('options.sites.none')}</p>
      ) : (
        <ul aria-labelledby="disabled-sites" class="site-list">
          {others.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('options.sites.remove', { site })}
                title={t('options.sites.remove', { site })}
                onClick={() => void update({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={(e) => void add(e)}>
        <label>
          <span class="label">{t('options.sites.addLabel')}</span>
          <input
            type="text"
            name="site"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            aria-invalid={error !== ''}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('options.sites.add')}</button>
      </form>
      {error && (
        <p id="site-error" class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
