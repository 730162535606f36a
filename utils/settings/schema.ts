/**
 * Settings schemas in zod's tree-shakable `zod/mini` API: the content script reads settings on every page, and the
 * mini API brings only the checks used here into its bundle (the classic API brings all of zod).
 */
import { z } from 'zod/mini';
import { HIGHLIGHT_COLORS } from '../notes/types';
import { DISABLED_SITES_MAX, HEX_COLOR, HOSTNAME, HOSTNAME_MAX } from './guards';
import { ALL_CATEGORIES, TERM_STYLES, THEME_SETTINGS, UI_LANGUAGE_SETTINGS } from './types';

/** Hex (#rgb, #rrggbb, #rrggbbaa) only: the colour ends up in CSS we inject, so nothing that could carry syntax. */
export const cssColorSchema = z.string().check(z.regex(HEX_COLOR, 'hex colour'));

/** A bare hostname: letters, digits, dots, hyphens (punycode for IDNs). */
export const hostnameSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(HOSTNAME_MAX), z.regex(HOSTNAME, 'hostname'));

const categorySchema = z.enum(ALL_CATEGORIES as [string, ...string[]]);

const noteColorsSchema = z.object(
  Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, cssColorSchema])) as Record<
    (typeof HIGHLIGHT_COLORS)[number],
    typeof cssColorSchema
  >,
);

/**
 * Each field on its own, so a stored value with one bad field keeps the others. Stored settings are read through
 * the same rules without zod (guards.ts: `sanitizeSettings`), which guards.test.ts holds to these schemas.
 */
export const settingsFieldSchemas = {
  paused: z.boolean(),
  disabledSites: z.array(hostnameSchema).check(z.maxLength(DISABLED_SITES_MAX)),
  categories: z.array(categorySchema).check(z.maxLength(ALL_CATEGORIES.length)),
  termStyle: z.enum(TERM_STYLES as [string, ...string[]]),
  termColor: cssColorSchema,
  noteColors: noteColorsSchema,
  uiLanguage: z.enum(UI_LANGUAGE_SETTINGS as [string, ...string[]]),
  theme: z.enum(THEME_SETTINGS as [string, ...string[]]),
} as const;

export const settingsPatchSchema = z.partial(z.strictObject(settingsFieldSchemas));
