import { getConcept } from '../../utils/concepts/index';
import type { NoteRecord } from '../../utils/notes/types';
import type { SearchFilters } from '../../utils/search';

export interface Option {
  value: string;
  label: string;
}

export interface FilterOptions {
  concepts: Option[];
  tags: Option[];
  sites: Option[];
  countries: Option[];
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

/** The choices each filter offers: only values the reader's notes actually have, labelled in the UI language. */
export function filterOptions(notes: readonly NoteRecord[], lang: 'zh' | 'en'): FilterOptions {
  const concepts = new Map<string, string>();
  const tags = new Map<string, string>();
  const sites = new Set<string>();
  const countries = new Map<string, string>();
  const seenTags = new Set<string>();
  for (const n of notes) {
    for (const id of n.conceptIds) {
      if (!concepts.has(id)) concepts.set(id, getConcept(id)?.name[lang] ?? id);
    }
    for (const tag of n.tags) {
      // Most tags repeat exactly: skip them before lower-casing (100 000 notes hold a few hundred tags).
      if (seenTags.has(tag)) continue;
      seenTags.add(tag);
      const key = tag.toLowerCase();
      if (!tags.has(key)) tags.set(key, tag);
    }
    if (n.site) sites.add(n.site);
    if (n.country && !countries.has(n.country)) {
      const m = n.context?.author.mission;
      countries.set(n.country, m ? (lang === 'zh' ? m.countryZh : m.countryEn) : n.country);
    }
  }
  return {
    concepts: [...concepts].map(([value, label]) => ({ value, label })).sort(byLabel),
    tags: [...tags.values()].map((t) => ({ value: t, label: t })).sort(byLabel),
    sites: [...sites].map((s) => ({ value: s, label: s })).sort(byLabel),
    countries: [...countries].map(([value, label]) => ({ value, label })).sort(byLabel),
  };
}

export const DATE_PRESETS = ['today', 'week', 'month', 'year'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

const DAY = 86_400_000;

/** The earliest createdAt a preset lets through: local midnight today, or 7 / 30 / 365 days back. */
export function presetFrom(preset: DatePreset, now: number): number {
  if (preset === 'today') {
    const d = new Date(now);
    d.setHours(0, 0, 0, 0);
    return d.getTime();
  }
  const days = preset === 'week' ? 7 : preset === 'month' ? 30 : 365;
  return now - days * DAY;
}

export const LANG_CHOICES = ['zh', 'zh-Hans', 'zh-Hant', 'en', 'und'] as const;

/** What the filter form holds: strings, "" meaning "any". */
export interface FilterForm {
  conceptId: string;
  tag: string;
  color: string;
  site: string;
  country: string;
  lang: string;
  date: '' | DatePreset;
}

export const EMPTY_FORM: FilterForm = { conceptId: '', tag: '', color: '', site: '', country: '', lang: '', date: '' };

/** The form as utils/search filters; archived notes stay listed (the Notes view shows everything saved). */
export function toSearchFilters(form: FilterForm, now: number): SearchFilters {
  const f: SearchFilters = {};
  if (form.conceptId) f.conceptId = form.conceptId;
  if (form.tag) f.tag = form.tag;
  if (form.color) f.color = form.color as SearchFilters['color'];
  if (form.site) f.site = form.site;
  if (form.country) f.country = form.country;
  if (form.lang) f.lang = form.lang;
  if (form.date) f.from = presetFrom(form.date, now);
  return f;
}

export function isFormEmpty(form: FilterForm): boolean {
  return Object.values(form).every((v) => v === '');
}
