import { type ComponentChildren, createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { type Translate, translator, type UiLanguage } from '../../utils/i18n';

interface I18nValue {
  lang: UiLanguage;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({ lang: 'en', t: translator('en') });

/** Provides the resolved UI language to everything below (popup, options page, in-page card). */
export function I18nProvider({ lang, children }: { lang: UiLanguage; children: ComponentChildren }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const t = useT(); t('options.title')` */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useUiLanguage(): UiLanguage {
  return useContext(I18nContext).lang;
}
