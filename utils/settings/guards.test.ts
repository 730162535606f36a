import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '../notes/types';
import { sanitizeSettings, settingsFieldGuards } from './guards';
import { settingsFieldSchemas } from './schema';
import {
  ALL_CATEGORIES,
  DEFAULT_SETTINGS,
  type Settings,
  TERM_STYLES,
  THEME_SETTINGS,
  UI_LANGUAGE_SETTINGS,
} from './types';

const KEYS = Object.keys(settingsFieldSchemas) as (keyof Settings)[];

/** The zod-based reading the guards replace in the content script: the reference they are held to. */
function sanitizeWithZod(raw: unknown): Settings {
  const out: Settings = structuredClone(DEFAULT_SETTINGS);
  if (typeof raw !== 'object' || raw === null) return out;
  const record = raw as Record<string, unknown>;
  const target = out as unknown as Record<string, unknown>;
  for (const key of KEYS) {
    const parsed = settingsFieldSchemas[key].safeParse(record[key]);
    if (parsed.success) target[key] = parsed.data;
  }
  out.disabledSites = [...new Set(out.disabledSites)];
  out.categories = ALL_CATEGORIES.filter((c) => out.categories.includes(c));
  return out;
}

// Values near and across every rule: right and wrong types, enum members and near-misses, colours and hostnames
// valid and not, arrays too long, with holes, objects with missing, extra and wrong keys.
const hex = fc.constantFrom('#fff', '#FFFFFF', '#12345678', '#abcd', '#12345', 'red', '#ggg', ' #fff', '#fff ', '');
const host = fc.oneof(
  fc.constantFrom(
    'example.com',
    'a',
    'xn--fiqs8s.cn',
    '-a.com',
    'a-.com',
    'A.com',
    'a..b',
    'a.b.',
    '',
    'x'.repeat(254),
  ),
  fc.domain(),
  fc.string({ maxLength: 12 }),
);
const scalar = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(...ALL_CATEGORIES, ...TERM_STYLES, ...THEME_SETTINGS, ...UI_LANGUAGE_SETTINGS, 'nope', 'Light'),
  hex,
);
const colors = fc.dictionary(fc.constantFrom(...HIGHLIGHT_COLORS, 'red', 'other'), hex, { maxKeys: 7 });
const fullColors = fc.record(Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, hex])) as Record<string, typeof hex>);
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 16 }),
  fc.array(host, { maxLength: 6 }),
  fc.array(fc.constantFrom(...ALL_CATEGORIES), { maxLength: ALL_CATEGORIES.length + 2 }),
  colors,
  fullColors,
  fc.constant(new Array(3)),
  fc.constant(Array.from({ length: 1001 }, () => 'a.com')),
  fc.constant([]),
  fc.constant({}),
);

describe('settings guards (the content script reads settings without zod)', () => {
  it('accept exactly what each field schema accepts, and give the same value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), value, (key, v) => {
        const zod = settingsFieldSchemas[key].safeParse(v);
        const guard = settingsFieldGuards[key](v);
        expect(guard.ok).toBe(zod.success);
        if (guard.ok && zod.success) expect(guard.value).toEqual(zod.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('read a stored record as the zod reading did', () => {
    const record = fc.dictionary(fc.constantFrom(...KEYS, 'bogus'), value, { maxKeys: 10 });
    fc.assert(
      fc.property(fc.oneof(record, value), (raw) => {
        expect(sanitizeSettings(raw)).toEqual(sanitizeWithZod(raw));
      }),
      { numRuns: 2000 },
    );
    expect(sanitizeSettings({ ...DEFAULT_SETTINGS, theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });
});
