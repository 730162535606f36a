/**
 * X handles of missions whose handle the grammar cannot read, as facts (lower case, without "@"). Only a supplement:
 * a display name that reads as a mission decides first, and most handles read by themselves (UKinChina,
 * ChineseEmbinUS, Chinamission2un). Each entry was checked against public lists of diplomatic accounts.
 */
import type { MissionType } from '../notes/types';

export interface KnownHandle {
  countryCode: string;
  missionType: MissionType;
  /** The host state or organisation, for a mission outside China. */
  host?: string;
  /** A consulate's city in China (Simplified). */
  city?: string;
}

export const KNOWN_HANDLES: ReadonlyMap<string, KnownHandle> = new Map([
  // U.S. Embassy China (美国驻华大使馆), https://x.com/USA_China_Talk
  ['usa_china_talk', { countryCode: 'US', missionType: 'embassy' }],
]);
