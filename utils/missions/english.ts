/**
 * The English name grammar, over words folded by `foldEnglish` (so "U.S." is "us", "P.R.C." is "prc"):
 *   <institution> of [the] <sender> [<in|to|at> [the] <host>]      Embassy of Japan in China,
 *                                                                   Permanent Mission of China to the UN
 *   <sender or its adjective> <institution> [<in|to|at>] <host>     British Embassy in China, U.S. Embassy China,
 *                                                                   China Mission to the UN, EU Delegation to China
 *   <sender> in <host>                                              EU in China, UK in Hong Kong
 *   <organisation> <host>                                           UNDP China, World Bank China
 * with a section before ("Press Office of …", "Spokesperson of …") or after ("… Public Affairs Section"), and an
 * ambassador's or consul general's personal name after the title ("U.S. Ambassador to China Nicholas Burns").
 * Hosts are states, organisations, Chinese cities and cities abroad (places.ts), or — after "in" — a city we do not
 * list. The same grammar reads X handles (UKinChina, ChineseEmbinUS, Chinamission2un) split into words from the
 * same vocabulary, where the abbreviations accounts use in handles (Emb, CG, Con, Amb) also count.
 */
import type { MissionType } from '../notes/types';
import { ENGLISH_NAMES, foldEnglish } from './english-names';
import { entryByCode, type GazetteerEntry } from './gazetteer';
import { CHINA, type ParsedHost, type ParsedMission } from './parsed';
import { CHINA_CITIES, WORLD_CITIES, type WorldCity } from './places';

type Place =
  | { kind: 'entry'; entry: GazetteerEntry }
  | { kind: 'china-city'; zh: string }
  | { kind: 'world-city'; city: WorldCity };

type InstType = MissionType | 'mission';

interface InstitutionWord {
  type: InstType;
  /** Followed by a personal name (an ambassador's, a consul general's own account). */
  personal?: boolean;
  /** Only in handles (ChineseEmbinUS, ChinaCG_NYC, USAmbChina). */
  handleOnly?: boolean;
}

const INSTITUTIONS: Readonly<Record<string, InstitutionWord>> = {
  embassy: { type: 'embassy' },
  // A state's website for all its missions in a country ("U.S. Embassy & Consulates in China").
  'embassy and consulates': { type: 'embassy' },
  'embassy and consulates general': { type: 'embassy' },
  'high commission': { type: 'embassy' },
  'consulate general': { type: 'consulate-general' },
  'general consulate': { type: 'consulate-general' },
  consulate: { type: 'consulate-general' },
  'permanent mission': { type: 'permanent-mission' },
  mission: { type: 'mission' },
  delegation: { type: 'delegation' },
  ambassador: { type: 'ambassador', personal: true },
  'consul general': { type: 'consulate-general', personal: true },
  'permanent representative': { type: 'ambassador', personal: true },
  emb: { type: 'embassy', handleOnly: true },
  cg: { type: 'consulate-general', handleOnly: true },
  con: { type: 'consulate-general', handleOnly: true },
  consul: { type: 'consulate-general', handleOnly: true },
  amb: { type: 'ambassador', personal: true, handleOnly: true },
};

/** Sections; null keeps the institution's type (a visa section is still the embassy). */
const SECTIONS: Readonly<Record<string, MissionType | null>> = {
  press: 'press-section',
  'press section': 'press-section',
  'press office': 'press-section',
  'press and public affairs': 'press-section',
  'public affairs': 'press-section',
  'public affairs section': 'press-section',
  'public diplomacy': 'press-section',
  'public diplomacy section': 'press-section',
  media: 'press-section',
  spokesperson: 'press-section',
  'spokespersons office': 'press-section',
  spox: 'press-section',
  culture: 'cultural-section',
  cultural: 'cultural-section',
  'cultural section': 'cultural-section',
  'cultural office': 'cultural-section',
  'culture and education': 'cultural-section',
  'cultural and education section': 'cultural-section',
  education: 'cultural-section',
  'education section': 'cultural-section',
  'science and technology': null,
  visa: null,
  visas: null,
  'visa section': null,
  'consular section': null,
  'commercial section': null,
  'economic section': null,
  'trade section': null,
};

const HOST_PREPOSITIONS = new Set(['in', 'to', 'at', 'en', 'for']);
/** Decorations accounts add: "… (Official)", "Official account of …". */
const DECORATIONS = new Set(['official', 'official account', 'account', 'officiel', 'oficial', 'verified']);

interface Lexicon {
  names: Map<string, GazetteerEntry[]>;
  adjectives: Map<string, GazetteerEntry[]>;
  places: Map<string, Place[]>;
  /** ISO codes, as the last word of a handle only (ChnEmbassy_jp). */
  codes: Map<string, GazetteerEntry>;
  maxWords: number;
}

function add<T>(m: Map<string, T[]>, key: string, value: T): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

const LEXICON: Lexicon = (() => {
  const names = new Map<string, GazetteerEntry[]>();
  const adjectives = new Map<string, GazetteerEntry[]>();
  const places = new Map<string, Place[]>();
  const codes = new Map<string, GazetteerEntry>();
  for (const row of ENGLISH_NAMES) {
    const entry = entryByCode(row.code);
    if (!entry) continue;
    for (const n of row.names) {
      add(names, n, entry);
      add(places, n, { kind: 'entry', entry });
    }
    for (const a of row.adjectives) add(adjectives, a, entry);
    if (entry.kind === 'state') codes.set(entry.code.toLowerCase(), entry);
  }
  for (const c of CHINA_CITIES) {
    for (const n of [c.en, ...(c.enAlt ?? [])]) add(places, foldEnglish(n), { kind: 'china-city', zh: c.zh });
  }
  for (const city of WORLD_CITIES) {
    for (const n of [city.en, ...(city.enAlt ?? [])]) add(places, foldEnglish(n), { kind: 'world-city', city });
  }
  let maxWords = 1;
  for (const m of [names, adjectives, places]) {
    for (const k of m.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  }
  return { names, adjectives, places, codes, maxWords };
})();

interface Hit<T> {
  value: T;
  end: number;
}

/** Every phrase of `m` starting at word `i`, longest first. */
function phrasesAt<T>(m: ReadonlyMap<string, T>, w: readonly string[], i: number): Hit<T>[] {
  const out: Hit<T>[] = [];
  for (let len = Math.min(LEXICON.maxWords + 1, w.length - i); len >= 1; len--) {
    const v = m.get(w.slice(i, i + len).join(' '));
    if (v !== undefined) out.push({ value: v, end: i + len });
  }
  return out;
}

function listAt<T>(m: ReadonlyMap<string, T[]>, w: readonly string[], i: number): Hit<T>[] {
  return phrasesAt(m, w, i).flatMap((h) => h.value.map((value) => ({ value, end: h.end })));
}

interface Mode {
  handle: boolean;
}

const INSTITUTION_MAP: ReadonlyMap<string, InstitutionWord> = new Map(Object.entries(INSTITUTIONS));
const SECTION_MAP: ReadonlyMap<string, MissionType | null> = new Map(Object.entries(SECTIONS));

function instAt(w: readonly string[], i: number, mode: Mode): Hit<InstitutionWord>[] {
  return phrasesAt(INSTITUTION_MAP, w, i).filter((h) => mode.handle || !h.value.handleOnly);
}

/** "the" is optional before names ("the UN", "the People's Republic of China"). */
function skipThe(w: readonly string[], i: number): number {
  return w[i] === 'the' ? i + 1 : i;
}

function titleCase(words: readonly string[]): string {
  return words.map((x) => (x ? x[0]?.toUpperCase() + x.slice(1) : x)).join(' ');
}

function hostOfPlace(p: Place): ParsedHost {
  switch (p.kind) {
    case 'entry':
      return p.entry.code === CHINA ? { kind: 'china' } : { kind: 'abroad', entry: p.entry };
    case 'china-city':
      return { kind: 'china', city: p.zh };
    case 'world-city': {
      const entry = entryByCode(p.city.state);
      return { kind: 'abroad', ...(entry ? { entry } : {}), cityZh: p.city.zh, cityEn: p.city.en };
    }
  }
}

/** The host after an institution: [preposition] [the] <place> [office] [in <city>] [<state>]. */
function hostsAt(w: readonly string[], i: number, mode: Mode, needPreposition: boolean): Hit<ParsedHost>[] {
  const out: Hit<ParsedHost>[] = [];
  const hasPrep = HOST_PREPOSITIONS.has(w[i] ?? '');
  if (needPreposition && !hasPrep) return out;
  const start = skipThe(w, hasPrep ? i + 1 : i);
  for (const { value: place, end } of listAt(LEXICON.places, w, start)) {
    const host = hostOfPlace(place);
    out.push({ value: host, end });
    // "to the UN office in Geneva", "to the UN in New York": the city of an organisation's office.
    if (place.kind === 'entry' && place.entry.kind === 'organisation') {
      let j = w[end] === 'office' || w[end] === 'offices' ? end + 1 : end;
      if (w[j] === 'in' || w[j] === 'at') j++;
      for (const c of listAt(LEXICON.places, w, j)) {
        if (c.value.kind === 'world-city') {
          out.push({
            value: { kind: 'abroad', entry: place.entry, cityZh: c.value.city.zh, cityEn: c.value.city.en },
            end: c.end,
          });
        }
      }
    }
    // "in Ottawa, Canada": a city, then its state.
    if (place.kind === 'world-city' || place.kind === 'china-city') {
      for (const s of listAt(LEXICON.places, w, end)) {
        if (s.value.kind !== 'entry') continue;
        const code = place.kind === 'world-city' ? place.city.state : CHINA;
        if (s.value.entry.code === code) out.push({ value: host, end: s.end });
      }
    }
  }
  if (mode.handle && start === w.length - 1) {
    const entry = LEXICON.codes.get(w[start] ?? '');
    if (entry) out.push({ value: hostOfPlace({ kind: 'entry', entry }), end: w.length });
  }
  // A city we do not list, after "in": one or two words, then the end (or its state).
  if (!mode.handle && hasPrep && w[i] === 'in') {
    for (const len of [1, 2]) {
      const words = w.slice(start, start + len);
      if (words.length !== len || !words.every((x) => /^[a-z]{3,}$/.test(x))) continue;
      if (words.some((x) => LEXICON.names.has(x) || INSTITUTION_MAP.has(x) || SECTION_MAP.has(x))) continue;
      const host: ParsedHost = { kind: 'abroad', cityEn: titleCase(words) };
      out.push({ value: host, end: start + len });
      for (const s of listAt(LEXICON.places, w, start + len)) {
        if (s.value.kind === 'entry' && s.value.entry.kind === 'state') {
          out.push({
            value:
              s.value.entry.code === CHINA
                ? { kind: 'china' }
                : { kind: 'abroad', entry: s.value.entry, cityEn: titleCase(words) },
            end: s.end,
          });
        }
      }
    }
  }
  return out;
}

/** The mission type, once sender, institution and host are known. */
function finalType(sender: GazetteerEntry, inst: InstType, host: ParsedHost): MissionType {
  const hostIsOrg = host.kind === 'abroad' && host.entry?.kind === 'organisation';
  if (sender.kind === 'organisation') {
    if (inst === 'ambassador') return 'ambassador';
    return sender.code === 'EU' ? 'delegation' : 'international-organisation';
  }
  if (inst === 'mission') return hostIsOrg ? 'permanent-mission' : 'embassy';
  if (inst === 'delegation' && hostIsOrg) return 'permanent-mission';
  return inst;
}

/** A personal name after a title: up to four words of letters, none of them a word of this grammar. */
function personalNameEnds(w: readonly string[], i: number): number[] {
  const out = [i];
  for (let j = i; j < Math.min(w.length, i + 4); j++) {
    const x = w[j] ?? '';
    if (!/^[a-z]{2,}$/.test(x) || INSTITUTION_MAP.has(x) || SECTION_MAP.has(x) || LEXICON.places.has(x)) break;
    out.push(j + 1);
  }
  return out;
}

interface Core {
  sender: GazetteerEntry;
  type: MissionType;
  host: ParsedHost;
  end: number;
}

function withInstitution(
  w: readonly string[],
  sender: GazetteerEntry,
  inst: InstitutionWord,
  afterInst: number,
  hostNeedsPreposition: boolean,
  mode: Mode,
): Core[] {
  const out: Core[] = [];
  const hosts: Hit<ParsedHost | null>[] = [
    ...hostsAt(w, afterInst, mode, hostNeedsPreposition),
    { value: null, end: afterInst },
  ];
  for (const { value: host, end } of hosts) {
    // An ambassador's account names where they serve ("U.S. Ambassador to China"); "Ambassador" alone does not.
    if (inst.personal && inst.type === 'ambassador' && !host) continue;
    const h: ParsedHost = host ?? { kind: 'unstated' };
    const type = finalType(sender, inst.type, h);
    const ends = inst.personal ? personalNameEnds(w, end) : [end];
    for (const e of ends) out.push({ sender, type, host: h, end: e });
  }
  return out;
}

/** Every reading of a mission's core name starting at word `i`. */
function coresAt(w: readonly string[], i: number, mode: Mode): Core[] {
  const out: Core[] = [];
  // (A) Embassy of [the] Japan in China; Ambassador of Japan to China; Consul General of China in Osaka.
  for (const inst of instAt(w, i, mode)) {
    if (w[inst.end] !== 'of') continue;
    const s = skipThe(w, inst.end + 1);
    for (const sender of listAt(LEXICON.names, w, s)) {
      out.push(...withInstitution(w, sender.value, inst.value, sender.end, false, mode));
    }
  }
  // (B) British Embassy in China; U.S. Embassy China; Japan Embassy; China Mission to the UN.
  const senders = [...listAt(LEXICON.adjectives, w, i), ...listAt(LEXICON.names, w, i)];
  for (const sender of senders) {
    for (const inst of instAt(w, sender.end, mode)) {
      out.push(...withInstitution(w, sender.value, inst.value, inst.end, false, mode));
    }
    // (F, handles only) ChinaEUMission: sender, host, institution.
    if (mode.handle) {
      for (const host of hostsAt(w, sender.end, mode, false)) {
        for (const inst of instAt(w, host.end, mode)) {
          if (inst.value.personal) continue;
          out.push({
            sender: sender.value,
            type: finalType(sender.value, inst.value.type, host.value),
            host: host.value,
            end: inst.end,
          });
        }
      }
    }
  }
  // (C) EU in China, UK in Hong Kong; (D) UNDP China, World Bank China.
  for (const sender of listAt(LEXICON.names, w, i)) {
    const isOrg = sender.value.kind === 'organisation';
    const prep = w[sender.end] === 'in' || w[sender.end] === 'en';
    if (!prep && !(isOrg && sender.value.code !== 'EU')) continue;
    for (const host of hostsAt(w, prep ? sender.end + 1 : sender.end, mode, false)) {
      if (host.value.kind === 'unstated') continue;
      const inCity =
        (host.value.kind === 'china' && host.value.city) || (host.value.kind === 'abroad' && host.value.cityEn);
      const type: MissionType = isOrg
        ? sender.value.code === 'EU'
          ? 'delegation'
          : 'international-organisation'
        : inCity
          ? 'consulate-general'
          : 'embassy';
      out.push({ sender: sender.value, type, host: host.value, end: host.end });
    }
  }
  return out;
}

/** A section after the core ("… Press Office"), then decorations, to the end. */
function finishAt(w: readonly string[], i: number): { section: MissionType | null | undefined; ok: boolean } {
  let j = i;
  let section: MissionType | null | undefined;
  for (const s of phrasesAt(SECTION_MAP, w, j)) {
    section = s.value;
    j = s.end;
    break;
  }
  while (j < w.length && DECORATIONS.has(w[j] ?? '')) j++;
  if (w[j] === 'official' && w[j + 1] === 'account') j += 2;
  return { section, ok: j === w.length };
}

function parseWords(w: readonly string[], mode: Mode): ParsedMission | null {
  let start = 0;
  while (start < w.length && DECORATIONS.has(w[start] ?? '')) start++;
  start = skipThe(w, start);
  // "Press Office of the U.S. Embassy in China", "Spokesperson of Chinese Embassy in the U.S."
  let prefixSection: MissionType | null | undefined;
  for (const s of phrasesAt(SECTION_MAP, w, start)) {
    if (w[s.end] !== 'of' && w[s.end] !== 'at' && w[s.end] !== 'for') continue;
    prefixSection = s.value;
    start = skipThe(w, s.end + 1);
    break;
  }
  for (const core of coresAt(w, start, mode)) {
    const { section, ok } = finishAt(w, core.end);
    if (!ok) continue;
    if (core.type === 'ambassador' && (section !== undefined || prefixSection !== undefined)) continue;
    const override = prefixSection ?? section;
    const type = override ?? core.type;
    return { sender: core.sender, host: core.host, type };
  }
  return null;
}

/** Words of an English name: folded, split on anything that is not a letter or digit. */
export function englishWords(name: string): string[] {
  return foldEnglish(name)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Parses an English display name (one segment of it). Null when the whole segment is not a mission's name. */
export function parseEnglishName(name: string): ParsedMission | null {
  const w = englishWords(name);
  return w.length > 0 ? parseWords(w, { handle: false }) : null;
}

// ---- Handles ---------------------------------------------------------------------------------------------------

const HANDLE_WORDS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const keys = [
    ...LEXICON.names.keys(),
    ...LEXICON.adjectives.keys(),
    ...LEXICON.places.keys(),
    ...INSTITUTION_MAP.keys(),
    ...SECTION_MAP.keys(),
    ...HOST_PREPOSITIONS,
    'of',
    'the',
  ];
  for (const k of keys) m.set(k.replace(/ /g, ''), k);
  return m;
})();
const MAX_HANDLE_WORD = Math.max(...[...HANDLE_WORDS.keys()].map((k) => k.length));

/** Every way to split a chunk of a handle into vocabulary words (a handle is at most 15 characters). */
function splitChunk(chunk: string, limit = 24): string[][] {
  const memo = new Map<number, string[][]>();
  const from = (i: number): string[][] => {
    if (i === chunk.length) return [[]];
    const cached = memo.get(i);
    if (cached) return cached;
    const out: string[][] = [];
    for (let j = Math.min(chunk.length, i + MAX_HANDLE_WORD); j > i && out.length < limit; j--) {
      const word = HANDLE_WORDS.get(chunk.slice(i, j));
      const last = j === chunk.length;
      const code = last && j - i === 2 && LEXICON.codes.has(chunk.slice(i, j)) ? chunk.slice(i, j) : undefined;
      const w = word ?? code;
      if (!w) continue;
      for (const rest of from(j)) {
        out.push([...w.split(' '), ...rest]);
        if (out.length >= limit) break;
      }
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}

/**
 * Parses an X handle (with or without "@"): UKinChina, EUinChina, ChineseEmbinUS, Chinamission2un, ChnEmbassy_jp.
 * Null unless some split of it into known words is a mission's name.
 */
export function parseHandle(handle: string): ParsedMission | null {
  const h = handle.trim().replace(/^@/, '').toLowerCase();
  if (!/^[a-z0-9_]{2,20}$/.test(h)) return null;
  // "_" separates words; a "2" between words is "to" (Chinamission2un); other digits are not names.
  const chunks = h.split(/_+|(2)/).filter((c): c is string => Boolean(c));
  let splits: string[][] = [[]];
  for (const chunk of chunks) {
    const options = chunk === '2' ? [['to']] : splitChunk(chunk);
    if (options.length === 0) return null;
    splits = splits.flatMap((s) => options.map((o) => [...s, ...o])).slice(0, 64);
  }
  for (const words of splits) {
    const parsed = parseWords(words, { handle: true });
    if (parsed) return parsed;
  }
  return null;
}
