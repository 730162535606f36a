/**
 * What the name grammars (chinese.ts, english.ts) read out of an account name, language-neutrally, and how that
 * becomes the MissionInfo stored on a note: the sending state or organisation, the kind of mission, and where it
 * is — in China (maybe a city), abroad (a host state or organisation, maybe a city), or not said.
 */
import type { MissionInfo, MissionType } from '../notes/types';
import { entryByCode, type GazetteerEntry } from './gazetteer';
import { chinaCityEn } from './places';

export type ParsedHost =
  | { kind: 'china'; city?: string }
  | {
      kind: 'abroad';
      /** The host state or organisation, when the name (or the city) says which. */
      entry?: GazetteerEntry;
      /** The city, in Chinese when known, and in English when known. */
      cityZh?: string;
      cityEn?: string;
    }
  | { kind: 'unstated' };

export interface ParsedMission {
  sender: GazetteerEntry;
  type: MissionType;
  host: ParsedHost;
}

export const CHINA = 'CN';

/**
 * The stored shape. A mission in China carries only its city (in both languages); a mission anywhere else carries
 * its host (state or organisation) and city. Null for a name that means nothing ("China's embassy in China").
 */
export function missionOf(p: ParsedMission): MissionInfo | null {
  const { sender, type } = p;
  const host: ParsedHost = p.host.kind === 'abroad' && p.host.entry?.code === CHINA ? { kind: 'china' } : p.host;
  if (sender.code === CHINA && host.kind === 'china') return null;
  if (host.kind === 'abroad' && host.entry?.code === sender.code) return null;
  const mission: MissionInfo = {
    countryCode: sender.code,
    countryZh: sender.zh,
    countryEn: sender.en,
    missionType: type,
  };
  if (host.kind === 'china' && host.city) {
    mission.city = host.city;
    const en = chinaCityEn(host.city);
    if (en) mission.cityEn = en;
  }
  if (host.kind === 'abroad') {
    const city = host.cityZh ?? host.cityEn;
    if (city) mission.city = city;
    if (host.cityEn) mission.cityEn = host.cityEn;
    if (host.entry) mission.host = { code: host.entry.code, zh: host.entry.zh, en: host.entry.en };
  }
  return mission;
}

/** The host entry of a state by code (for cities abroad, which know their state). */
export function stateEntry(code: string): GazetteerEntry | undefined {
  return entryByCode(code);
}
