/**
 * Is an account a diplomatic mission (an embassy, consulate, delegation or mission to an organisation — of any
 * state, China's missions abroad included), a Chinese government body, or neither?
 * Built from the gazetteer and the name grammars (chinese.ts, english.ts), never from a fixed list of accounts,
 * because real names vary (美国驻华大使馆, 英国驻华使馆, 欧盟在中国, "U.S. Embassy China", "EU in China",
 * "Chinese Embassy in the US", 中国驻美国大使馆). A name must parse whole, so fan accounts, visa agencies and news
 * about an embassy ("美国驻华大使馆发布会直播") stay 'none'; a ministry's own accounts (外交部发言人办公室) are
 * 'chinese-official', never a mission. Small tables of account ids (known-uids.ts, known-handles.ts) only add
 * accounts whose names the grammar cannot read.
 */
import type { MissionInfo, MissionType } from '../notes/types';
import { normalizeName, parseChineseName, stripTails } from './chinese';
import { parseEnglishName, parseHandle } from './english';
import { entryByCode } from './gazetteer';
import { KNOWN_HANDLES } from './known-handles';
import { KNOWN_UIDS } from './known-uids';
import { missionOf, type ParsedMission } from './parsed';
import { CHINESE_OFFICIAL_BODIES } from './patterns';
import { chinaCityEn } from './places';
import { looksLikeSomeoneElse, nameSegments } from './segments';

export { normalizeName } from './chinese';

export type AccountRecognition =
  | {
      kind: 'foreign-mission';
      mission: MissionInfo;
      /** How we know: the account id is one we checked, the name parses, or (on X) only the handle does. */
      confidence: 'known-uid' | 'known-handle' | 'pattern' | 'handle';
    }
  | { kind: 'chinese-official'; body: string }
  | { kind: 'none' };

const NONE: AccountRecognition = { kind: 'none' };

function chineseOfficial(s: string): AccountRecognition | null {
  for (const { re, body } of CHINESE_OFFICIAL_BODIES) if (re.test(s)) return { kind: 'chinese-official', body };
  return null;
}

/** More specific wins when two segments of a name agree: a stated host, a city, a section. */
function richness(p: ParsedMission): number {
  let n = 0;
  if (p.host.kind !== 'unstated') n += 2;
  if ((p.host.kind === 'china' && p.host.city) || (p.host.kind === 'abroad' && (p.host.cityZh || p.host.cityEn))) n++;
  if (p.type === 'cultural-section' || p.type === 'press-section') n++;
  return n;
}

type NameReading = { kind: 'mission'; parsed: ParsedMission } | { kind: 'official'; body: string } | { kind: 'none' };

/** Reads a display name: whole (Chinese grammar), else segment by segment, every segment agreeing. */
function readName(name: string): NameReading {
  const whole = stripTails(normalizeName(name));
  if (!whole) return { kind: 'none' };
  const official = chineseOfficial(whole);
  if (official?.kind === 'chinese-official') return { kind: 'official', body: official.body };
  const parsed = parseChineseName(whole);
  if (parsed) return { kind: 'mission', parsed };

  const segments = nameSegments(name);
  if (segments.length === 0) return { kind: 'none' };
  let best: ParsedMission | null = null;
  for (const seg of segments) {
    let p: ParsedMission | null;
    if (seg.script === 'han') {
      const s = stripTails(normalizeName(seg.text));
      const off = chineseOfficial(s);
      if (off?.kind === 'chinese-official') return { kind: 'official', body: off.body };
      p = parseChineseName(s);
    } else {
      p = parseEnglishName(seg.text);
    }
    if (!p) return { kind: 'none' };
    if (best && best.sender.code !== p.sender.code) return { kind: 'none' };
    if (!best || richness(p) > richness(best)) best = p;
  }
  return best ? { kind: 'mission', parsed: best } : { kind: 'none' };
}

function fromParsed(p: ParsedMission, confidence: 'pattern' | 'handle'): AccountRecognition {
  const mission = missionOf(p);
  return mission ? { kind: 'foreign-mission', mission, confidence } : NONE;
}

function fromKnown(
  known: { countryCode: string; missionType: MissionType; city?: string; host?: string },
  confidence: 'known-uid' | 'known-handle',
): AccountRecognition | null {
  const entry = entryByCode(known.countryCode);
  if (!entry) return null;
  const mission: MissionInfo = {
    countryCode: entry.code,
    countryZh: entry.zh,
    countryEn: entry.en,
    missionType: known.missionType,
  };
  if (known.city) {
    mission.city = known.city;
    const en = chinaCityEn(known.city);
    if (en) mission.cityEn = en;
  }
  const host = known.host ? entryByCode(known.host) : undefined;
  if (host) mission.host = { code: host.code, zh: host.zh, en: host.en };
  return { kind: 'foreign-mission', mission, confidence };
}

/**
 * A Weibo (or WeChat official) account by its screen name and, on Weibo, its uid. A known uid decides the
 * mission even under another name; the city from the name is kept when both agree on the country.
 */
export function recognizeAccount(screenName: string, uid?: string): AccountRecognition {
  const reading = readName(screenName);
  const known = uid ? KNOWN_UIDS.get(uid) : undefined;
  if (known) {
    const sameCountry = reading.kind === 'mission' && reading.parsed.sender.code === known.countryCode;
    const city =
      sameCountry && reading.parsed.host.kind === 'china' && reading.parsed.host.city
        ? reading.parsed.host.city
        : known.city;
    const r = fromKnown({ ...known, ...(city ? { city } : {}) }, 'known-uid');
    if (r) return r;
  }
  if (looksLikeSomeoneElse(screenName)) return NONE;
  if (reading.kind === 'official') return { kind: 'chinese-official', body: reading.body };
  if (reading.kind === 'mission') return fromParsed(reading.parsed, 'pattern');
  return NONE;
}

/**
 * An X account by its display name and handle. The display name decides when it reads as a mission (a handle that
 * reads as another country's mission makes it an imitation: none); a name that says nothing (a personal name) lets a
 * handle that reads as a mission decide (USAmbChina); parody, fan, journalist and visa-agent accounts never count.
 */
export function recognizeXAccount(displayName: string, handle: string): AccountRecognition {
  const h = handle.trim().replace(/^@/, '');
  if (looksLikeSomeoneElse(displayName, h)) return NONE;
  const reading = readName(displayName);
  if (reading.kind === 'official') return { kind: 'chinese-official', body: reading.body };
  const fromHandle = h ? parseHandle(h) : null;
  if (reading.kind === 'mission') {
    const p = reading.parsed;
    if (fromHandle && fromHandle.sender.code !== p.sender.code) return NONE;
    // The handle may say where when the name does not ("Chinese Embassy" @ChineseEmbinUS).
    const merged = p.host.kind === 'unstated' && fromHandle ? { ...p, host: fromHandle.host } : p;
    return fromParsed(merged, 'pattern');
  }
  const known = KNOWN_HANDLES.get(h.toLowerCase());
  if (known) return fromKnown(known, 'known-handle') ?? NONE;
  // A name in another language we do not read, or a person's name: the handle alone may still say it.
  if (fromHandle && !namesAnotherBody(displayName)) return fromParsed(fromHandle, 'handle');
  return NONE;
}

/** A display name that is clearly something else (a ministry, a news outlet) keeps a mission-like handle out. */
function namesAnotherBody(name: string): boolean {
  return /\b(?:ministry|minister|mfa|foreign office|department|news|daily|times|tv|radio|agency|press)\b/i.test(name);
}
