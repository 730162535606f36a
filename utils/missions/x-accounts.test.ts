/**
 * Mission recognition on X from display names and handles: English, Simplified and Traditional Chinese, of any
 * state (China's missions abroad included), with the same standard as Weibo — no badge for a ministry's own
 * accounts, fans, parody accounts, journalists or visa agents. Names are modelled on real accounts' conventions
 * (public lists of diplomatic X accounts), never read from a fixed list.
 */
import { describe, expect, it } from 'vitest';
import type { MissionType } from '../notes/types';
import { ENGLISH_NAMES } from './english-names';
import { GAZETTEER } from './gazetteer';
import { recognizeXAccount } from './recognize';

type Row = [name: string, handle: string, code: string, type: MissionType, host?: string, cityEn?: string];

const ENGLISH: Row[] = [
  ['U.S. Embassy China', 'USA_China_Talk', 'US', 'embassy'],
  ['British Embassy in China', 'BritishEmbChina', 'GB', 'embassy'],
  ['UK in China', 'UKinChina', 'GB', 'embassy'],
  ['EU in China', 'EUinChina', 'EU', 'delegation'],
  ['EU Delegation to China', 'EUtoChina', 'EU', 'delegation'],
  ['Delegation of the European Union to China', 'EUinChina', 'EU', 'delegation'],
  ['Chinese Embassy in the US', 'ChineseEmbinUS', 'CN', 'embassy', 'US'],
  ['Chinese Embassy in US', 'ChineseEmbinUS', 'CN', 'embassy', 'US'],
  ['Embassy of the P.R.C. in Washington, D.C., U.S.', 'ChineseEmbinUS', 'CN', 'embassy', 'US', 'Washington'],
  ['Embassy of the People’s Republic of China in the United Kingdom', 'ChineseEmbinUK', 'CN', 'embassy', 'GB'],
  ['China Mission to the UN', 'Chinamission2un', 'CN', 'permanent-mission', 'UN'],
  ['Permanent Mission of China to the UN', 'ChinaMissionUN', 'CN', 'permanent-mission', 'UN'],
  ['Mission of the P.R.C. to the U.N. office in Geneva', 'ChinaMissionGva', 'CN', 'permanent-mission', 'UN', 'Geneva'],
  ['Consulate General of Japan in Shanghai', 'JapanCGShanghai', 'JP', 'consulate-general', undefined, 'Shanghai'],
  ['Consulate-General of the P. R. C. in Osaka', 'ChnConsul_osaka', 'CN', 'consulate-general', 'JP', 'Osaka'],
  ['Chinese Consulate General in New York', 'ChinaCG_NYC', 'CN', 'consulate-general', 'US', 'New York'],
  ['U.S. Consulate General Guangzhou', 'USCGGuangzhou', 'US', 'consulate-general', undefined, 'Guangzhou'],
  ['US Consulate Shanghai', 'USCGShanghai', 'US', 'consulate-general', undefined, 'Shanghai'],
  ['UK in Hong Kong', 'UKinHK', 'GB', 'consulate-general', undefined, 'Hong Kong'],
  ['German Embassy Beijing', 'GermanyinChina', 'DE', 'embassy', undefined, 'Beijing'],
  ['Embassy of Japan in China', 'JapanEmb_China', 'JP', 'embassy'],
  ['Japanese Embassy in China', 'JapanEmb_China', 'JP', 'embassy'],
  ['Australian Embassy China', 'AusEmbChina', 'AU', 'embassy'],
  ['Embassy of India, Beijing', 'EOIBeijing', 'IN', 'embassy', undefined, 'Beijing'],
  ['Netherlands Embassy in China', 'NLinChina', 'NL', 'embassy'],
  ['Embassy of Ireland, China', 'IrlEmbChina', 'IE', 'embassy'],
  ['Canada in China', 'CanadaChina', 'CA', 'embassy'],
  ['French Embassy in China', 'FranceChine', 'FR', 'embassy'],
  ['Israel in China', 'IsraelinChina', 'IL', 'embassy'],
  ['Embassy of the Republic of Korea to China', 'KoreanEmbChina', 'KR', 'embassy'],
  ['Russian Embassy in China', 'RusEmbChina', 'RU', 'embassy'],
  ['Embassy of Pakistan, Beijing', 'PakinChina_', 'PK', 'embassy', undefined, 'Beijing'],
  ['Chinese Embassy in Pakistan', 'CathayPak', 'CN', 'embassy', 'PK'],
  ['Chinese Consulate-General in Melbourne', 'ChineseCon_Mel', 'CN', 'consulate-general', 'AU', 'Melbourne'],
  ['Embassy of the P.R.C. in Ottawa, Canada', 'ChinaEmbOttawa', 'CN', 'embassy', 'CA', 'Ottawa'],
  ['US Mission China', 'USMissionChina', 'US', 'embassy'],
  ['U.S. Mission to the United Nations', 'USUN', 'US', 'permanent-mission', 'UN'],
  ['UK Mission to the UN', 'UKUN_NewYork', 'GB', 'permanent-mission', 'UN'],
  ['UNDP China', 'UNDPChina', 'UNDP', 'international-organisation'],
  ['UN in China', 'UNinChina', 'UN', 'international-organisation'],
  ['U.S. Ambassador to China Nicholas Burns', 'USAmbChina', 'US', 'ambassador'],
  ['British Ambassador to China', 'UKAmbChina', 'GB', 'ambassador'],
  ['Spokesperson of Chinese Embassy in the U.S.', 'SpoxCHNinUS', 'CN', 'press-section', 'US'],
  ['Press Office of the U.S. Embassy in China', 'USEmbPress', 'US', 'press-section'],
  ['U.S. Embassy China Public Affairs Section', 'USEmbPAS', 'US', 'press-section'],
  ['British Embassy China (Official)', 'UKinChina', 'GB', 'embassy'],
  ['🇬🇧 UK in China 🇨🇳', 'UKinChina', 'GB', 'embassy'],
  ['British High Commission India', 'UKinIndia', 'GB', 'embassy', 'IN'],
  ['Embassy of Viet Nam in China', 'VNEmbChina', 'VN', 'embassy'],
  ["Embassy of Côte d'Ivoire in China", 'CIEmbChina', 'CI', 'embassy'],
];

const CHINESE: Row[] = [
  ['美国驻华大使馆', 'USA_China_Talk', 'US', 'embassy'],
  ['中国驻美国大使馆', 'ChineseEmbinUS', 'CN', 'embassy', 'US'],
  ['英国驻华使馆', 'UKinChina', 'GB', 'embassy'],
  ['欧盟在中国', 'EUinChina', 'EU', 'delegation'],
  ['德国驻华大使馆', 'GermanyinChina', 'DE', 'embassy'],
  ['日本国驻上海总领事馆', 'JapanCGShanghai', 'JP', 'consulate-general', undefined, 'Shanghai'],
  ['中国常驻联合国代表团', 'Chinamission2un', 'CN', 'permanent-mission', 'UN'],
  ['U.S. Embassy China 美国驻华大使馆', 'USA_China_Talk', 'US', 'embassy'],
  ['EU in China 欧盟在中国', 'EUinChina', 'EU', 'delegation'],
  ['Chinese Embassy in US 中国驻美国大使馆', 'ChineseEmbinUS', 'CN', 'embassy', 'US'],
];

const TRADITIONAL: Row[] = [
  ['美國駐華大使館', 'USA_China_Talk', 'US', 'embassy'],
  ['中國駐美國大使館', 'ChineseEmbinUS', 'CN', 'embassy', 'US'],
  ['英國駐香港總領事館', 'UKinHK', 'GB', 'consulate-general', undefined, 'Hong Kong'],
  ['歐盟駐華代表團', 'EUinChina', 'EU', 'delegation'],
  ['中國駐大阪總領事館', 'ChnConsul_osaka', 'CN', 'consulate-general', 'JP', 'Osaka'],
  ['日本駐華大使館', 'JapanEmb_China', 'JP', 'embassy'],
];

/** Display names that say nothing, where the handle speaks for the account. */
const BY_HANDLE: Row[] = [
  ['Nicholas Burns', 'USAmbChina', 'US', 'ambassador'],
  ['Ambassade', 'ChineseEmbinUK', 'CN', 'embassy', 'GB'],
  ['Chinesische Botschaft', 'ChinaEmbGermany', 'CN', 'embassy', 'DE'],
  ['駐日本使館', 'ChnEmbassy_jp', 'CN', 'embassy', 'JP'],
  ['Ambasciata', 'ChnEmbassy_jp', 'CN', 'embassy', 'JP'],
  ['Liu Xiaoming', 'ChinaConSydney', 'CN', 'consulate-general', 'AU', 'Sydney'],
];

function expectMission([name, handle, code, type, host, cityEn]: Row) {
  const r = recognizeXAccount(name, handle);
  expect(r.kind, `${name} @${handle}`).toBe('foreign-mission');
  if (r.kind !== 'foreign-mission') return;
  expect(r.mission.countryCode, name).toBe(code);
  expect(r.mission.missionType, name).toBe(type);
  expect(r.mission.host?.code, name).toBe(host);
  expect(r.mission.cityEn, name).toBe(cityEn);
}

describe('recognizeXAccount: missions', () => {
  it.each(ENGLISH)('%s (@%s) → %s %s', (...row) => expectMission(row));
  it.each(CHINESE)('%s (@%s) → %s %s', (...row) => expectMission(row));
  it.each(TRADITIONAL)('%s (@%s) → %s %s', (...row) => expectMission(row));
  it.each(BY_HANDLE)('%s (@%s) → %s %s, from the handle', (...row) => expectMission(row));

  it('fills the host in both languages for a mission abroad, and the city for a consulate', () => {
    expect(recognizeXAccount('Chinese Consulate General in New York', 'ChinaCG_NYC')).toEqual({
      kind: 'foreign-mission',
      confidence: 'pattern',
      mission: {
        countryCode: 'CN',
        countryZh: '中国',
        countryEn: 'China',
        missionType: 'consulate-general',
        city: '纽约',
        cityEn: 'New York',
        host: { code: 'US', zh: '美国', en: 'United States' },
      },
    });
    expect(recognizeXAccount('Consulate General of Japan in Shanghai', 'JapanCGShanghai')).toMatchObject({
      mission: { countryCode: 'JP', city: '上海', cityEn: 'Shanghai' },
    });
  });

  it('reads a consulate in a city we do not list', () => {
    expect(recognizeXAccount('Consulate General of Japan in Sendai', 'someone')).toMatchObject({
      kind: 'foreign-mission',
      mission: { countryCode: 'JP', missionType: 'consulate-general', city: 'Sendai', cityEn: 'Sendai' },
    });
  });

  it('takes where from the handle when the name does not say', () => {
    expect(recognizeXAccount('Chinese Embassy', 'ChineseEmbinUS')).toMatchObject({
      mission: { countryCode: 'CN', host: { code: 'US' } },
    });
  });

  it('knows a few real handles the grammar cannot read, and only as a supplement', () => {
    expect(recognizeXAccount('美使馆动态 😀', 'USA_China_Talk')).toMatchObject({
      kind: 'foreign-mission',
      confidence: 'known-handle',
      mission: { countryCode: 'US' },
    });
  });

  it('recognises "<name> Embassy in China" for every state (name and adjective)', () => {
    const failures: string[] = [];
    for (const row of ENGLISH_NAMES) {
      const entry = GAZETTEER.find((e) => e.code === row.code);
      if (entry?.kind !== 'state' || entry.code === 'CN') continue;
      for (const form of [`Embassy of ${entry.en} in China`, ...row.adjectives.map((a) => `${a} Embassy in China`)]) {
        const r = recognizeXAccount(form, '');
        if (r.kind !== 'foreign-mission' || r.mission.countryCode !== entry.code) failures.push(form);
      }
    }
    expect(failures).toEqual([]);
  });
});

const NOT_MISSIONS: [name: string, handle: string][] = [
  // The ministry and its spokespersons: not a mission.
  ['Spokesperson发言人办公室', 'MFA_China'],
  ['外交部发言人办公室', 'MFA_China'],
  ['Hua Chunying 华春莹', 'SpokespersonCHN'],
  ['Lin Jian', 'SpoxCHN_LinJian'],
  ['Ministry of Foreign Affairs of the PRC', 'MFA_China'],
  ['Foreign, Commonwealth & Development Office', 'FCDOGovUK'],
  ['Department of State', 'StateDept'],
  // Parody, fans, unofficial.
  ['U.S. Embassy China (parody)', 'USEmbassyChinaP'],
  ['Chinese Embassy in US Parody', 'ChinaEmbParody'],
  ['British Embassy in China', 'UKEmbassyParody'],
  ['EU in China fan account', 'euchinafan'],
  ['美国驻华大使馆粉丝团', 'usembfans'],
  ['美國駐華大使館 非官方', 'usemb_unofficial'],
  ['UK in China (not affiliated)', 'ukchina_watch'],
  ['Chinese Embassy Watch', 'ChinaEmbWatch'],
  ['Satire: Embassy of Nowhere', 'embassy_satire'],
  // Journalists.
  ['Jane Doe, China correspondent', 'janedoe'],
  ['John Smith | reporter at Reuters covering the Chinese Embassy in US', 'jsmith'],
  ['驻华记者 王明', 'wangming'],
  ['BBC China correspondent', 'BBCChinaCorr'],
  // Visa agents.
  ['US Embassy Visa Service', 'usvisaservice'],
  ['UK Visa Application Centre China', 'ukvisa_cn'],
  ['美国签证代办', 'usvisa_agent'],
  ['大使馆签证代办', 'visa_help'],
  // Other accounts that mention a country.
  ['Americans in China', 'AmericansInChina'],
  ['Study in China', 'StudyinChina'],
  ['China Daily', 'ChinaDaily'],
  ['Made in China', 'madeinchina'],
  ['Embassy Suites Hotel', 'EmbassySuites'],
  ['The Embassy Bar Beijing', 'embassybar'],
  ['EU-China Summit', 'euchinasummit'],
  ['Chinese Embassy in China', 'weird'],
  ['Ambassador', 'ambassador'],
  ['Nicholas Burns', 'nickburns'],
  ['', ''],
  // A handle of another country's mission under a mission's name: an imitation.
  ['U.S. Embassy China', 'UKinChina'],
];

describe('recognizeXAccount: not missions', () => {
  it.each(NOT_MISSIONS)('%s (@%s) → no mission', (name, handle) => {
    expect(recognizeXAccount(name, handle).kind).not.toBe('foreign-mission');
  });

  it('calls the ministry what it is', () => {
    expect(recognizeXAccount('外交部发言人办公室', 'MFA_China')).toEqual({ kind: 'chinese-official', body: '外交部' });
  });
});
