import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { resolveUiLanguage, translator } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import { I18nProvider, useT } from '../common/i18n';
import { applyTheme } from '../common/theme';
import { AppearanceSection } from './AppearanceSection';
import { CategoriesSection } from './CategoriesSection';
import { ChosenSitesSection } from './ChosenSitesSection';
import { DataSection, type NotesStore } from './DataSection';
import { SitesSection } from './SitesSection';
import { StyleSection } from './StyleSection';
import { useSettings } from './useSettings';

interface Props {
  store: NotesStore;
  /** navigator.language, passed in so tests can choose. */
  browserLang: string;
}

/** The options page: settings sections plus data management, in the reader's language and theme. */
export function OptionsApp({ store, browserLang }: Props) {
  const { settings, update: save } = useSettings();
  const lang = resolveUiLanguage(settings?.uiLanguage ?? 'auto', browserLang);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  // Every change is saved at once; say so (or say why not) in one polite live region.
  const update = useCallback(
    async (patch: Partial<Settings>) => {
      const failure = await save(patch);
      const t = translator(lang);
      setNotice(
        failure
          ? { error: true, text: t('options.saveError', { message: failure }) }
          : { error: false, text: t('options.saved') },
      );
      return failure;
    },
    [save, lang],
  );

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme, settings]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <I18nProvider lang={lang}>
      <Page>
        <p role="status" aria-live="polite" class={notice?.error ? 'notice error' : 'notice'}>
          {notice?.text ?? ''}
        </p>
        {settings && (
          <>
            <SitesSection settings={settings} update={update} />
            <ChosenSitesSection />
            <CategoriesSection settings={settings} update={update} />
            <StyleSection settings={settings} update={update} />
            <AppearanceSection settings={settings} update={update} />
          </>
        )}
        <DataSection store={store} />
      </Page>
    </I18nProvider>
  );
}

function Page({ children }: { children: ComponentChildren }) {
  const t = useT();
  useEffect(() => {
    document.title = t('options.title');
  }, [t]);
  return (
    <main>
      <header>
        <h1>{t('options.title')}</h1>
        <p class="privacy">{t('options.privacy')}</p>
      </header>
      {children}
    </main>
  );
}
