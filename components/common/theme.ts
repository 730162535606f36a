import type { ThemeSetting } from '../../utils/settings/types';

/**
 * Sets data-theme on the root element. "auto" removes it, so the system colour scheme decides (theme.css: light-dark()).
 */
export function applyTheme(theme: ThemeSetting, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
