/**
 * Is a Weibo author a foreign mission in China, a Chinese government account, or neither?
 * Built from the gazetteer and the name grammar in patterns.ts, never from a fixed list of accounts, because
 * real names vary (美国驻华大使馆, 英国驻华使馆, 印度使馆文化处, 欧盟在中国 …). The whole name must parse, so
 * fan accounts, visa agencies and news about an embassy ("美国驻华大使馆发布会直播") stay 'none'.
 */
import type { MissionInfo, MissionType } from '../notes/types';
import { foldTextKeepCase } from '../text/normalize';
import { entryByCode, GAZETTEER, type GazetteerEntry } from './gazetteer';
import { KNOWN_UIDS } from './known-uids';
import {
  CHINESE_OFFICIAL_BODIES,
  CITIES,
  IN_CHINA,
  INSTITUTIONS,
  type Institution,
  MAX_PERSONAL_NAME,
  NAME_TAILS,
  NOT_A_PERSONAL_NAME,
  SECTIONS,
} from './patterns';

export type AccountRecognition =
  | { kind: 'foreign-mission'; mission: MissionInfo; confidence: 'known-uid' | 'pattern' }
  | { kind: 'chinese-official'; body: string }
  | { kind: 'none' };

const NONE: AccountRecognition = { kind: 'none' };
const CHINA = 'CN';

/** NFKC (full-width brackets, ＠), Traditional → Simplified, no spaces or invisible characters. */
export function normalizeName(name: string): string {
  // The matcher's one-to-one fold (繁→简, full-width→half-width; dashes and spaces become spaces, removed below).
  return foldTextKeepCase(name.normalize('NFKC')).replace(/[\s\u200b-\u200f\u2060\ufeff]+/g, '');
}

function stripTails(s: string): string {
  let out = s.replace(/^@/, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const tail of NAME_TAILS) {
      if (out.length > tail.length && out.endsWith(tail)) {
        out = out.slice(0, -tail.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

// Index of names by first character, longest first, so 印度尼西亚 is tried before 印度 and 联合国开发计划署
// before 联合国. Built once per module load (about 700 names).
interface NameHit {
  entry: GazetteerEntry;
  name: string;
}
const NAMES_BY_FIRST: ReadonlyMap<string, NameHit[]> = (() => {
  const m = new Map<string, NameHit[]>();
  for (const entry of GAZETTEER) {
    const forms = new Set([entry.zh, entry.zhFull, ...entry.alt, ...entry.hant].map(normalizeName));
    for (const name of forms) {
      const first = name[0];
      if (first === undefined) continue;
      const list = m.get(first) ?? [];
      list.push({ entry, name });
      m.set(first, list);
    }
  }
  for (const list of m.values()) list.sort((a, b) => b.name.length - a.name.length);
  return m;
})();
const ABBR: ReadonlyMap<string, GazetteerEntry> = new Map(
  GAZETTEER.flatMap((e) => e.abbr.map((a): [string, GazetteerEntry] => [a, e])),
);
const CITY_KEYS = Object.keys(CITIES).sort((a, b) => b.length - a.length);

/** Gazetteer names at `pos`, longest first. One-character forms count only right before 驻. */
function namesAt(s: string, pos: number): { entry: GazetteerEntry; end: number }[] {
  const out: { entry: GazetteerEntry; end: number }[] = [];
  const first = s[pos];
  if (first === undefined) return out;
  for (const hit of NAMES_BY_FIRST.get(first) ?? []) {
    if (s.startsWith(hit.name, pos)) out.push({ entry: hit.entry, end: pos + hit.name.length });
  }
  const abbr = ABBR.get(first);
  if (abbr && s[pos + 1] === '驻') out.push({ entry: abbr, end: pos + 1 });
  return out;
}

/** 驻香港及澳门, 驻广州和深圳: a consulate covering several cities is placed in the first. */
function cityListEnd(s: string, pos: number): number {
  let end = pos;
  while (s[end] === '及' || s[end] === '和' || s[end] === '、') {
    const next = CITY_KEYS.find((k) => s.startsWith(k, end + 1));
    if (!next) break;
    end += 1 + next.length;
  }
  return end;
}

type Host = { kind: 'china'; city?: string } | { kind: 'abroad' } | { kind: 'unstated' };

/** The ways the "stationed in" part can be read at `pos` (驻华, 驻上海, 驻美国, 常驻联合国 …). */
function hostsAt(s: string, pos: number): { host: Host; end: number }[] {
  const out: { host: Host; end: number }[] = [];
  for (const w of IN_CHINA) if (s.startsWith(w, pos)) out.push({ host: { kind: 'china' }, end: pos + w.length });
  const q = s.startsWith('常驻', pos) ? pos + 2 : s[pos] === '驻' ? pos + 1 : -1;
  if (q >= 0) {
    for (const key of CITY_KEYS) {
      if (s.startsWith(key, q))
        out.push({ host: { kind: 'china', city: CITIES[key] }, end: cityListEnd(s, q + key.length) });
    }
    for (const { entry, end } of namesAt(s, q)) {
      out.push({ host: entry.code === CHINA ? { kind: 'china' } : { kind: 'abroad' }, end });
    }
    // A place we do not list (驻大阪, 驻纽约): up to 8 Han characters before an institution word.
    for (let k = q + 1; k <= Math.min(s.length, q + 8); k++) {
      if (!/^\p{Script=Han}$/u.test(s[k - 1] ?? '')) break;
      if (INSTITUTIONS.some((i) => s.startsWith(i.word, k))) out.push({ host: { kind: 'abroad' }, end: k });
    }
  }
  out.push({ host: { kind: 'unstated' }, end: pos });
  return out;
}

interface Parsed {
  sender?: GazetteerEntry;
  host: Host;
  type: MissionType;
}

function isPersonalName(rest: string): boolean {
  if (rest.length > MAX_PERSONAL_NAME || NOT_A_PERSONAL_NAME.test(rest)) return false;
  return /^[\p{Script=Han}A-Za-z·.-]*$/u.test(rest);
}

/** Institution, section and the end of the name, from `pos`. */
function parseInstitution(s: string, pos: number, sender: GazetteerEntry | undefined, host: Host): Parsed | null {
  const inst: Institution | undefined = INSTITUTIONS.find((i) => s.startsWith(i.word, pos));
  const isOrg = sender?.kind === 'organisation';
  const orgType: MissionType = sender?.code === 'EU' ? 'delegation' : 'international-organisation';
  if (!inst) {
    // 欧盟在中国, 联合国驻华: an organisation may name only where it is.
    return isOrg && host.kind === 'china' && pos === s.length ? { sender, host, type: orgType } : null;
  }
  let p = pos + inst.word.length;
  if (inst.personal) {
    const rest = s.slice(p);
    return isPersonalName(rest) && host.kind !== 'unstated' ? { sender, host, type: 'ambassador' } : null;
  }
  let type: MissionType = isOrg ? orgType : inst.type;
  const section = SECTIONS.find((x) => s.startsWith(x.word, p));
  if (section) {
    p += section.word.length;
    if (section.type) type = section.type;
  }
  return p === s.length ? { sender, host, type } : null;
}

function parseAfterSender(s: string, pos: number, sender: GazetteerEntry | undefined): Parsed | null {
  for (const { host, end } of hostsAt(s, pos)) {
    if (!sender && host.kind === 'unstated') continue;
    const parsed = parseInstitution(s, end, sender, host);
    if (parsed) return parsed;
  }
  return null;
}

/** Parse a normalised name; `sender` is undefined for names that start with 驻 (China's missions abroad). */
function parseName(s: string): Parsed | null {
  for (const { entry, end } of namesAt(s, 0)) {
    const parsed = parseAfterSender(s, end, entry);
    if (parsed) return parsed;
  }
  if (s.startsWith('驻')) return parseAfterSender(s, 0, undefined);
  return null;
}

function missionOf(entry: GazetteerEntry, type: MissionType, city: string | undefined): MissionInfo {
  const mission: MissionInfo = { countryCode: entry.code, countryZh: entry.zh, countryEn: entry.en, missionType: type };
  if (city) mission.city = city;
  return mission;
}

export function recognizeAccount(screenName: string, uid?: string): AccountRecognition {
  const s = stripTails(normalizeName(screenName));
  const parsed = s ? parseName(s) : null;
  const city = parsed?.host.kind === 'china' ? parsed.host.city : undefined;

  const known = uid ? KNOWN_UIDS.get(uid) : undefined;
  const knownEntry = known ? entryByCode(known.countryCode) : undefined;
  if (known && knownEntry) {
    const sameMission = parsed?.sender?.code === known.countryCode;
    return {
      kind: 'foreign-mission',
      mission: missionOf(knownEntry, known.missionType, sameMission ? city : known.city),
      confidence: 'known-uid',
    };
  }
  if (!s) return NONE;

  for (const { re, body } of CHINESE_OFFICIAL_BODIES) if (re.test(s)) return { kind: 'chinese-official', body };
  if (!parsed) return NONE;

  const { sender, host, type } = parsed;
  if (!sender || sender.code === CHINA) {
    // China's own missions abroad (中国驻美国大使馆, 驻日本使馆); "中国驻华…" means nothing.
    return host.kind === 'china' ? NONE : { kind: 'chinese-official', body: s };
  }
  return { kind: 'foreign-mission', mission: missionOf(sender, type, city), confidence: 'pattern' };
}
