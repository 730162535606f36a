import type { Settings } from './types';

/**
 * The settings that shape what a running page shows (whether DiploLens runs there, which concepts, how they are
 * painted). When this key changes, the open page restarts DiploLens; language and theme change in place.
 */
export function restartKey(s: Settings): string {
  return JSON.stringify([s.paused, s.disabledSites, s.categories, s.termStyle, s.termColor, s.noteColors]);
}
