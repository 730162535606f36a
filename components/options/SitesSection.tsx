import { useState } from 'preact/hooks';
import { normalizeHostname, type Settings } from '../../utils/settings';
import { hostnameSchema } from '../../utils/settings/schema';
import { useT } from '../common/i18n';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<string | null>;
}

/** Global pause and the per-site off list. */
export function SitesSection({ settings, update }: Props) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

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
      <h3 id="disabled-sites">{t('options.sites.disabledList')}</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">{t('options.sites.none')}</p>
      ) : (
        <ul aria-labelledby="disabled-sites" class="site-list">
          {settings.disabledSites.map((site) => (
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
