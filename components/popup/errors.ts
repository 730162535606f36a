import type { UiLanguage } from '../../utils/i18n';

/** The message of a NotesError / MessageError in the UI language; anything else by its message. */
export function errorText(err: unknown, lang: UiLanguage): string {
  if (err && typeof err === 'object') {
    const e = err as { messageZh?: unknown; messageEn?: unknown; message?: unknown };
    const localized = lang === 'zh-CN' ? e.messageZh : e.messageEn;
    if (typeof localized === 'string' && localized) return localized;
    if (typeof e.message === 'string') return e.message;
  }
  return String(err);
}
