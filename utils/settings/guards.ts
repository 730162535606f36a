/**
 * Reading stored settings without zod: the content script reads them on every page, so its bundle gets these small
 * guards instead of zod's runtime. They implement exactly the field schemas of schema.ts (the patterns are shared;
 * guards.test.ts holds every guard to its schema on generated values), which stay the source of truth and still
 * validate what the options page saves.
 */
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
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
/** A bare hostname: letters, digits, dots, hyphens (punycode for IDNs). */
export const HOSTNAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
export const HOSTNAME_MAX = 253;
export const DISABLED_SITES_MAX = 1000;

const isHexColor = (v: unknown): v is string => typeof v === 'string' && HEX_COLOR.test(v);
const isHostname = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= HOSTNAME_MAX && HOSTNAME.test(v);
const oneOf =
  <T>(values: readonly T[]) =>
  (v: unknown): v is T =>
    (values as readonly unknown[]).includes(v);

/** A copy of `v` when it is an array of at most `max` items that all pass `item` (holes fail), else undefined. */
function arrayOf<T>(v: unknown, max: number, item: (x: unknown) => x is T): T[] | undefined {
  if (!Array.isArray(v) || v.length > max) return undefined;
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (!item(x)) return undefined;
    out.push(x);
  }
  return out;
}

type Parsed<K extends keyof Settings> = { ok: true; value: Settings[K] } | { ok: false };
const ok = <K extends keyof Settings>(value: Settings[K]): Parsed<K> => ({ ok: true, value });
const NO = { ok: false } as const;

/** Each field on its own, as schema.ts's `settingsFieldSchemas`: the parsed value (a copy) or not ok. */
export const settingsFieldGuards: { [K in keyof Settings]: (v: unknown) => Parsed<K> } = {
  paused: (v) => (typeof v === 'boolean' ? ok<'paused'>(v) : NO),
  disabledSites: (v) => {
    const a = arrayOf(v, DISABLED_SITES_MAX, isHostname);
    return a ? ok<'disabledSites'>(a) : NO;
  },
  categories: (v) => {
    const a = arrayOf(v, ALL_CATEGORIES.length, oneOf(ALL_CATEGORIES));
    return a ? ok<'categories'>(a) : NO;
  },
  termStyle: (v) => (oneOf(TERM_STYLES)(v) ? ok<'termStyle'>(v) : NO),
  termColor: (v) => (isHexColor(v) ? ok<'termColor'>(v) : NO),
  noteColors: (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return NO;
    const record = v as Record<string, unknown>;
    const out = {} as Settings['noteColors'];
    for (const c of HIGHLIGHT_COLORS) {
      const color = record[c];
      if (!isHexColor(color)) return NO;
      out[c] = color;
    }
    return ok<'noteColors'>(out);
  },
  uiLanguage: (v) => (oneOf(UI_LANGUAGE_SETTINGS)(v) ? ok<'uiLanguage'>(v) : NO),
  theme: (v) => (oneOf(THEME_SETTINGS)(v) ? ok<'theme'>(v) : NO),
};

/** Reads whatever is stored, keeping valid fields and falling back to defaults for the rest. */
export function sanitizeSettings(raw: unknown): Settings {
  const out: Settings = structuredClone(DEFAULT_SETTINGS);
  if (typeof raw !== 'object' || raw === null) return out;
  const record = raw as Record<string, unknown>;
  const target = out as unknown as Record<string, unknown>;
  for (const key of Object.keys(settingsFieldGuards) as (keyof Settings)[]) {
    const parsed = settingsFieldGuards[key](record[key]);
    if (parsed.ok) target[key] = parsed.value;
  }
  out.disabledSites = [...new Set(out.disabledSites)];
  out.categories = ALL_CATEGORIES.filter((c) => out.categories.includes(c));
  return out;
}
