/**
 * The Chinese name grammar (Simplified; Traditional names are folded first):
 *   <country or organisation> [驻华 | 驻中国 | 驻<city> | 在华 | 在中国 | 驻<state> | 常驻<organisation>] <institution> [<section>]
 * e.g. 美国驻华大使馆, 英国驻华使馆, 保加利亚共和国驻上海总领事馆, 法国驻华大使馆文化处, 印度使馆文化处, 欧盟在中国 —
 * and China's own missions abroad: 中国驻美国大使馆, 驻日本使馆, 中国驻大阪总领事馆, 中国常驻联合国代表团.
 * The whole name must parse, so 美国驻华大使馆粉丝团 or 大使馆签证代办 do not.
 */

import { foldTextKeepCase } from '../text/normalize';
import { GAZETTEER, type GazetteerEntry } from './gazetteer';
import { CHINA, type ParsedHost, type ParsedMission, stateEntry } from './parsed';
import {
  CITIES,
  IN_CHINA,
  INSTITUTIONS,
  type Institution,
  MAX_PERSONAL_NAME,
  NAME_TAILS,
  NOT_A_PERSONAL_NAME,
  SECTIONS,
} from './patterns';
import { WORLD_CITY_ZH_NAMES, worldCityByZh } from './places';

/** NFKC (full-width brackets, ＠), Traditional → Simplified, no spaces or invisible characters. */
export function normalizeName(name: string): string {
  // The matcher's one-to-one fold (繁→简, full-width→half-width; dashes and spaces become spaces, removed below).
  return foldTextKeepCase(name.normalize('NFKC')).replace(/[\s\u200b-\u200f\u2060\ufeff]+/g, '');
}

export function stripTails(s: string): string {
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

interface HostAt {
  host: ParsedHost;
  end: number;
  /** 常驻<organisation>: a permanent mission. */
  permanent: boolean;
  /** A city with UN offices (日内瓦, 维也纳, 纽约): a 代表团 there is a mission to the UN. */
  unOffice?: boolean;
}

/** The ways the "stationed in" part can be read at `pos` (驻华, 驻上海, 驻美国, 驻大阪, 常驻联合国 …). */
function hostsAt(s: string, pos: number): HostAt[] {
  const out: HostAt[] = [];
  for (const w of IN_CHINA) {
    if (s.startsWith(w, pos)) out.push({ host: { kind: 'china' }, end: pos + w.length, permanent: false });
  }
  const permanent = s.startsWith('常驻', pos);
  const q = permanent ? pos + 2 : s[pos] === '驻' ? pos + 1 : -1;
  if (q >= 0) {
    for (const key of CITY_KEYS) {
      if (s.startsWith(key, q)) {
        const city = CITIES[key];
        out.push({
          host: city ? { kind: 'china', city } : { kind: 'china' },
          end: cityListEnd(s, q + key.length),
          permanent,
        });
      }
    }
    for (const { entry, end } of namesAt(s, q)) {
      out.push({ host: entry.code === CHINA ? { kind: 'china' } : { kind: 'abroad', entry }, end, permanent });
    }
    for (const zh of WORLD_CITY_ZH_NAMES) {
      if (!s.startsWith(zh, q)) continue;
      const city = worldCityByZh(zh);
      if (!city) continue;
      const entry = stateEntry(city.state);
      out.push({
        host: { kind: 'abroad', ...(entry ? { entry } : {}), cityZh: city.zh, cityEn: city.en },
        end: q + zh.length,
        permanent,
        ...(city.un ? { unOffice: true } : {}),
      });
    }
    // A place we do not list (驻札幌, 驻纽卡斯尔): up to 8 Han characters before an institution word.
    for (let k = q + 1; k <= Math.min(s.length, q + 8); k++) {
      if (!/^\p{Script=Han}$/u.test(s[k - 1] ?? '')) break;
      if (INSTITUTIONS.some((i) => s.startsWith(i.word, k))) {
        out.push({ host: { kind: 'abroad', cityZh: s.slice(q, k) }, end: k, permanent });
      }
    }
  }
  out.push({ host: { kind: 'unstated' }, end: pos, permanent: false });
  return out;
}

function isPersonalName(rest: string): boolean {
  if (rest.length > MAX_PERSONAL_NAME || NOT_A_PERSONAL_NAME.test(rest)) return false;
  return /^[\p{Script=Han}A-Za-z·.-]*$/u.test(rest);
}

const CHINA_ENTRY = GAZETTEER.find((e) => e.code === CHINA) as GazetteerEntry;
const UN_ENTRY = GAZETTEER.find((e) => e.code === 'UN');

/** Institution, section and the end of the name, from `pos`. */
function parseInstitution(s: string, pos: number, sender: GazetteerEntry, at: HostAt): ParsedMission | null {
  const { host } = at;
  const inst: Institution | undefined = INSTITUTIONS.find((i) => s.startsWith(i.word, pos));
  const isOrg = sender.kind === 'organisation';
  const orgType = sender.code === 'EU' ? 'delegation' : 'international-organisation';
  const hostIsOrg = host.kind === 'abroad' && host.entry?.kind === 'organisation';
  if (!inst) {
    // 欧盟在中国, 联合国驻华: an organisation may name only where it is.
    return isOrg && host.kind === 'china' && pos === s.length ? { sender, host, type: orgType } : null;
  }
  let p = pos + inst.word.length;
  if (inst.personal) {
    const rest = s.slice(p);
    return isPersonalName(rest) && host.kind !== 'unstated' ? { sender, host, type: 'ambassador' } : null;
  }
  let type = isOrg ? orgType : inst.type;
  let missionHost = host;
  // A state's mission to an organisation (中国常驻联合国代表团, 驻欧盟使团) is a permanent mission; so is its
  // delegation in a city of UN offices (驻日内瓦代表团), whose host is the UN.
  if (!isOrg && inst.type === 'delegation') {
    if (at.unOffice && host.kind === 'abroad') {
      missionHost = { ...host, ...(UN_ENTRY ? { entry: UN_ENTRY } : {}) };
      type = 'permanent-mission';
    } else if (hostIsOrg || at.permanent) {
      type = 'permanent-mission';
    }
  }
  const section = SECTIONS.find((x) => s.startsWith(x.word, p));
  if (section) {
    p += section.word.length;
    if (section.type) type = section.type;
  }
  return p === s.length ? { sender, host: missionHost, type } : null;
}

function parseAfterSender(s: string, pos: number, sender: GazetteerEntry, stated: boolean): ParsedMission | null {
  for (const at of hostsAt(s, pos)) {
    if (!stated && at.host.kind === 'unstated') continue;
    const parsed = parseInstitution(s, at.end, sender, at);
    if (parsed) return parsed;
  }
  return null;
}

/**
 * Parses a normalised, tail-stripped Chinese name. Names that start with 驻 are China's own missions abroad
 * (驻日本使馆). Null when the whole name is not a mission's.
 */
export function parseChineseName(s: string): ParsedMission | null {
  if (!s) return null;
  for (const { entry, end } of namesAt(s, 0)) {
    const parsed = parseAfterSender(s, end, entry, true);
    if (parsed) return parsed;
  }
  if (s.startsWith('驻')) return parseAfterSender(s, 0, CHINA_ENTRY, false);
  return null;
}
