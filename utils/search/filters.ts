import type { HighlightColor, NoteRecord } from '../notes/types';
import { foldText } from '../text/normalize';

/** Every field is optional; an unset field does not filter. */
export interface SearchFilters {
  conceptId?: string;
  /** Compared folded, so "數字" finds notes tagged "数字". */
  tag?: string;
  color?: HighlightColor;
  site?: string;
  /** Mission country code ("US", "EU"). */
  country?: string;
  /** Quote language ("zh-Hans", "zh-Hant", "en", "und"); "zh" matches both Chinese scripts. */
  lang?: string;
  /** createdAt bounds in ms, both inclusive. */
  from?: number;
  to?: number;
  /** 0 = active only, 1 = archived only, unset = both. */
  archived?: 0 | 1;
}

export function hasFilters(f: SearchFilters): boolean {
  return Object.values(f).some((v) => v !== undefined && v !== '');
}

export function matchesFilters(note: NoteRecord, f: SearchFilters): boolean {
  if (f.conceptId && !note.conceptIds.includes(f.conceptId)) return false;
  if (f.tag) {
    const tag = foldText(f.tag.trim());
    if (!note.tags.some((t) => foldText(t) === tag)) return false;
  }
  if (f.color && note.color !== f.color) return false;
  if (f.site && note.site !== f.site) return false;
  if (f.country && note.country !== f.country) return false;
  if (f.lang) {
    const ok = f.lang === 'zh' ? note.lang.startsWith('zh') : note.lang === f.lang;
    if (!ok) return false;
  }
  if (f.from !== undefined && note.createdAt < f.from) return false;
  if (f.to !== undefined && note.createdAt > f.to) return false;
  if (f.archived !== undefined && note.archived !== f.archived) return false;
  return true;
}
