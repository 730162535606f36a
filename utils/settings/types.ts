import type { ConceptCategory } from '../concepts/types';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../notes/types';

export type TermStyle = 'underline' | 'background';
export type UiLanguageSetting = 'auto' | 'zh-CN' | 'en';
export type ThemeSetting = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Global pause: no highlighting anywhere. */
  paused: boolean;
  /** Hostnames (without "www.") where DiploLens stays off; subdomains included. */
  disabledSites: string[];
  /** Concept categories that are highlighted. */
  categories: ConceptCategory[];
  termStyle: TermStyle;
  /** CSS colour for concept terms. */
  termColor: string;
  /** CSS colour for each saved-highlight colour. */
  noteColors: Record<HighlightColor, string>;
  uiLanguage: UiLanguageSetting;
  theme: ThemeSetting;
}

/** Every category, written as a record so a category added to the type and forgotten here fails to compile. */
const CATEGORY_FLAGS: Record<ConceptCategory, true> = {
  form: true,
  foundation: true,
  function: true,
  feature: true,
  challenge: true,
  'china-practice': true,
  priority: true,
  institution: true,
  initiative: true,
  event: true,
  actor: true,
  theory: true,
  'gov-weibo': true,
};
export const ALL_CATEGORIES = Object.keys(CATEGORY_FLAGS) as ConceptCategory[];

export const TERM_STYLES: readonly TermStyle[] = ['underline', 'background'];
export const UI_LANGUAGE_SETTINGS: readonly UiLanguageSetting[] = ['auto', 'zh-CN', 'en'];
export const THEME_SETTINGS: readonly ThemeSetting[] = ['auto', 'light', 'dark'];

export const DEFAULT_NOTE_COLORS: Record<HighlightColor, string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#e9d5ff',
};

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  categories: [...ALL_CATEGORIES],
  termStyle: 'underline',
  termColor: '#2563eb',
  noteColors: { ...DEFAULT_NOTE_COLORS },
  uiLanguage: 'auto',
  theme: 'auto',
};

export { HIGHLIGHT_COLORS };
