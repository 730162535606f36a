/**
 * Weibo uids of missions, as facts: they survive renames and catch accounts whose names do not follow the
 * usual grammar. Only uids we have checked are listed; everything else is recognised by name.
 */
import type { MissionType } from '../notes/types';

export interface KnownUid {
  countryCode: string;
  missionType: MissionType;
  city?: string;
}

export const KNOWN_UIDS: ReadonlyMap<string, KnownUid> = new Map([
  // 美国驻华大使馆, https://weibo.com/u/1743951792
  ['1743951792', { countryCode: 'US', missionType: 'embassy' }],
]);
