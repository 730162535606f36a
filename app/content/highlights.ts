/** The names our term highlights take in `CSS.highlights` (shared by the first paint and the in-page UI). */
export const TERM_HIGHLIGHT = 'diplolens-term';
export const FOCUS_HIGHLIGHT = 'diplolens-term-focus';
