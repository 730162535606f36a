/**
 * Settings schemas in zod's tree-shakable `zod/mini` API: the content script reads settings on every page, and the
 * mini API brings only the checks used here into its bundle (the classic API brings all of zod).
 */
import { z } from 'zod/mini';
import { HIGHLIGHT_COLORS } from '../notes/types';
import {
  ALL_CATEGORIES,
  DEFAULT_SETTINGS,
  type Settings,
  TERM_STYLES,
  THEME_SETTINGS,
  UI_LANGUAGE_SETTINGS,
} from './types';

/** Hex (#rgb, #rrggbb, #rrggbbaa) only: the colour ends up in CSS we inject, so nothing that could carry syntax. */
export const cssColorSchema = z
  .string()
  .check(z.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/, 'hex colour'));

/** A bare hostname: letters, digits, dots, hyphens (punycode for IDNs). */
export const hostnameSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(253),
    z.regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, 'hostname'),
  );

const categorySchema = z.enum(ALL_CATEGORIES as [string, ...string[]]);

const noteColorsSchema = z.object(
  Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, cssColorSchema])) as Record<
    (typeof HIGHLIGHT_COLORS)[number],
    typeof cssColorSchema
  >,
);

/** Each field on its own, so a stored value with one bad field keeps the others. */
export const settingsFieldSchemas = {
  paused: z.boolean(),
  disabledSites: z.array(hostnameSchema).check(z.maxLength(1000)),
  categories: z.array(categorySchema).check(z.maxLength(ALL_CATEGORIES.length)),
  termStyle: z.enum(TERM_STYLES as [string, ...string[]]),
  termColor: cssColorSchema,
  noteColors: noteColorsSchema,
  uiLanguage: z.enum(UI_LANGUAGE_SETTINGS as [string, ...string[]]),
  theme: z.enum(THEME_SETTINGS as [string, ...string[]]),
} as const;

export const settingsPatchSchema = z.partial(z.strictObject(settingsFieldSchemas));

/** Reads whatever is stored, keeping valid fields and falling back to defaults for the rest. */
export function sanitizeSettings(raw: unknown): Settings {
  const out: Settings = structuredClone(DEFAULT_SETTINGS);
  if (typeof raw !== 'object' || raw === null) return out;
  const record = raw as Record<string, unknown>;
  const target = out as unknown as Record<string, unknown>;
  for (const key of Object.keys(settingsFieldSchemas) as (keyof typeof settingsFieldSchemas)[]) {
    const parsed = settingsFieldSchemas[key].safeParse(record[key]);
    if (parsed.success) target[key] = parsed.data;
  }
  out.disabledSites = [...new Set(out.disabledSites)];
  out.categories = ALL_CATEGORIES.filter((c) => out.categories.includes(c));
  return out;
}
