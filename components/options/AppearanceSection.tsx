import type { Settings, ThemeSetting, UiLanguageSetting } from '../../utils/settings';
import { useT } from '../common/i18n';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<string | null>;
}

/** UI language and theme. Language names are shown in their own language so either reader can find theirs. */
export function AppearanceSection({ settings, update }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{t('options.appearance.heading')}</h2>
      <label class="row">
        <span class="label">{t('options.appearance.language')}</span>
        <select
          value={settings.uiLanguage}
          onChange={(e) => void update({ uiLanguage: e.currentTarget.value as UiLanguageSetting })}
        >
          <option value="auto">{t('options.appearance.languageAuto')}</option>
          <option value="zh-CN" lang="zh-CN">
            中文
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
      <label class="row">
        <span class="label">{t('options.appearance.theme')}</span>
        <select value={settings.theme} onChange={(e) => void update({ theme: e.currentTarget.value as ThemeSetting })}>
          <option value="auto">{t('options.appearance.themeAuto')}</option>
          <option value="light">{t('options.appearance.themeLight')}</option>
          <option value="dark">{t('options.appearance.themeDark')}</option>
        </select>
      </label>
    </section>
  );
}
