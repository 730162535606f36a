import { MESSAGES, type MessageKey } from './messages';

export type UiLanguage = 'zh-CN' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['zh-CN', 'en'];

/** 'auto' follows the browser: any Chinese variant → zh-CN, everything else → English. */
export function resolveUiLanguage(setting: 'auto' | UiLanguage, browserLang: string | undefined): UiLanguage {
  if (setting !== 'auto') return setting;
  return (browserLang ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export type MessageParams = Record<string, string | number>;

/** The string for `key`; `{name}` placeholders are replaced from params (unknown ones are left visible). */
export function t(lang: UiLanguage, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: UiLanguage): Translate {
  return (key, params) => t(lang, key, params);
}
