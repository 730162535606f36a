import { describe, expect, it } from 'vitest';
import type { MissionType } from '../notes/types';
import { recognizeAccount } from './recognize';

type Row = [name: string, code: string, type: MissionType, city?: string];

const MISSIONS: Row[] = [
  ['美国驻华大使馆', 'US', 'embassy'],
  ['英国驻华使馆', 'GB', 'embassy'],
  ['澳大利亚驻华使领馆', 'AU', 'embassy'],
  ['瑞典驻华大使馆微博', 'SE', 'embassy'],
  ['智利驻中国大使馆', 'CL', 'embassy'],
  ['印度使馆文化处', 'IN', 'cultural-section'],
  ['希腊使馆新闻办公室', 'GR', 'press-section'],
  ['保加利亚共和国驻上海总领事馆', 'BG', 'consulate-general', '上海'],
  ['欧盟在中国', 'EU', 'delegation'],
  ['欧盟驻华代表团', 'EU', 'delegation'],
  ['西班牙驻华大使馆官方微博', 'ES', 'embassy'],
  ['法国驻广州总领事馆', 'FR', 'consulate-general', '广州'],
  ['日本国驻华大使馆', 'JP', 'embassy'],
  ['德国驻华大使馆', 'DE', 'embassy'],
  ['加拿大驻华使馆', 'CA', 'embassy'],
  ['新西兰驻华使馆', 'NZ', 'embassy'],
  ['以色列驻华大使馆', 'IL', 'embassy'],
  ['荷兰王国驻华使馆', 'NL', 'embassy'],
  ['瑞士驻华大使馆', 'CH', 'embassy'],
  ['英国驻重庆总领事馆', 'GB', 'consulate-general', '重庆'],
  ['美国驻上海总领事馆', 'US', 'consulate-general', '上海'],
  ['爱尔兰驻华大使馆', 'IE', 'embassy'],
  ['联合国开发计划署驻华代表处', 'UNDP', 'international-organisation'],
  ['联合国在中国', 'UN', 'international-organisation'],
  ['联合国儿童基金会驻华办事处', 'UNICEF', 'international-organisation'],
  ['世界银行驻华代表处', 'WBG', 'international-organisation'],
  ['法国驻华大使馆文化处', 'FR', 'cultural-section'],
  ['韩国驻华大使馆', 'KR', 'embassy'],
  ['大韩民国驻华大使馆', 'KR', 'embassy'],
  ['英国驻华使馆文化教育处', 'GB', 'cultural-section'],
  ['美国驻华大使馆新闻处', 'US', 'press-section'],
  ['美国驻华大使馆签证处', 'US', 'embassy'],
  ['印度尼西亚共和国驻华大使馆', 'ID', 'embassy'],
  ['印度驻华大使馆', 'IN', 'embassy'],
  ['印尼驻广州总领事馆', 'ID', 'consulate-general', '广州'],
  ['美利坚合众国驻华大使馆', 'US', 'embassy'],
  ['大不列颠及北爱尔兰联合王国驻华大使馆', 'GB', 'embassy'],
  ['澳洲驻成都总领事馆', 'AU', 'consulate-general', '成都'],
  ['朝鲜驻沈阳总领事馆', 'KP', 'consulate-general', '沈阳'],
  ['法国驻武汉总领事馆', 'FR', 'consulate-general', '武汉'],
  ['美国驻香港及澳门总领事馆', 'US', 'consulate-general', '香港'],
  ['德国驻沪总领馆', 'DE', 'consulate-general', '上海'],
  ['尼日利亚驻华大使馆', 'NG', 'embassy'],
  ['几内亚比绍驻华使馆', 'GW', 'embassy'],
  ['巴布亚新几内亚驻华使馆', 'PG', 'embassy'],
  ['刚果（金）驻华使馆', 'CD', 'embassy'],
  ['南苏丹驻华大使馆', 'SS', 'embassy'],
  ['欧盟驻华代表团新闻处', 'EU', 'press-section'],
  ['美驻华使馆', 'US', 'embassy'],
  ['美国驻华大使尼古拉斯·伯恩斯', 'US', 'ambassador'],
  ['英国驻华大使', 'GB', 'ambassador'],
  ['以色列驻华大使Irit', 'IL', 'ambassador'],
  [' 美国驻华大使馆 ', 'US', 'embassy'],
  ['@瑞士驻华大使馆', 'CH', 'embassy'],
];

// Traditional Chinese and Taiwan/Hong Kong usage.
const TRADITIONAL: Row[] = [
  ['美國駐華大使館', 'US', 'embassy'],
  ['英國駐華使館', 'GB', 'embassy'],
  ['紐西蘭駐華使館', 'NZ', 'embassy'],
  ['義大利駐華大使館', 'IT', 'embassy'],
  ['澳大利亞駐廣州總領事館', 'AU', 'consulate-general', '广州'],
  ['德國駐華大使館文化處', 'DE', 'cultural-section'],
  ['歐盟在中國', 'EU', 'delegation'],
  ['聯合國開發計劃署駐華代表處', 'UNDP', 'international-organisation'],
  ['沙烏地阿拉伯駐華大使館', 'SA', 'embassy'],
  ['韓國駐瀋陽總領事館', 'KR', 'consulate-general', '沈阳'],
  ['美國駐香港總領事館', 'US', 'consulate-general', '香港'],
];

const CHINESE_OFFICIAL: [name: string, body: string][] = [
  ['外交部发言人办公室', '外交部'],
  ['外交部领事直通车', '外交部'],
  ['外交部', '外交部'],
  ['外交小灵通', '外交部'],
  ['國務院新聞辦公室', '国务院新闻办公室'],
  ['外交部驻香港特派员公署', '外交部'],
];

// China's own missions abroad are missions too, with the host state (or organisation) and city filled in.
type Abroad = [name: string, code: string, type: MissionType, host: string | undefined, city?: string, cityEn?: string];
const CHINA_ABROAD: Abroad[] = [
  ['中国驻美国大使馆', 'CN', 'embassy', 'US'],
  ['中华人民共和国驻日本国大使馆', 'CN', 'embassy', 'JP'],
  ['驻日本使馆', 'CN', 'embassy', 'JP'],
  ['中国驻大阪总领事馆', 'CN', 'consulate-general', 'JP', '大阪', 'Osaka'],
  ['中国驻仙台总领事馆', 'CN', 'consulate-general', undefined, '仙台'],
  ['中国常驻联合国代表团', 'CN', 'permanent-mission', 'UN'],
  ['中国驻欧盟使团', 'CN', 'permanent-mission', 'EU'],
  ['中國駐英國大使館', 'CN', 'embassy', 'GB'],
  ['中国驻纽约总领事馆', 'CN', 'consulate-general', 'US', '纽约', 'New York'],
  ['中国驻日内瓦代表团', 'CN', 'permanent-mission', 'UN', '日内瓦', 'Geneva'],
  ['日本驻美国大使馆', 'JP', 'embassy', 'US'],
];

const NEGATIVES = [
  '爱美国驻华大使馆的小王',
  '大使馆签证代办',
  '美国签证咨询',
  '大使馆烤鸭店',
  '美国驻华大使馆发布会直播',
  '美国大使馆烤鸭店',
  '美国驻华大使馆粉丝团',
  '法国驻华大使馆的官方粉丝',
  '美国驻华大使说',
  '英国驻华大使发布会直播',
  '法国梧桐',
  '意大利面馆',
  '中美国际交流协会',
  '美食大使馆',
  '日本料理大使',
  '加拿大鹅旗舰店',
  '新加坡航空',
  '瑞士手表大使馆',
  '英国留学签证中心',
  '中非合作论坛',
  '驻华大使馆',
  '大使',
  '美国',
  '',
  '   ',
  '南非旅游局',
  '德国馆',
];

function expectMission(name: string, code: string, type: MissionType, city?: string) {
  const r = recognizeAccount(name);
  expect(r.kind, name).toBe('foreign-mission');
  if (r.kind !== 'foreign-mission') return;
  expect(r.confidence).toBe('pattern');
  expect(r.mission.countryCode, name).toBe(code);
  expect(r.mission.missionType, name).toBe(type);
  expect(r.mission.city, name).toBe(city);
}

describe('recognizeAccount: foreign missions', () => {
  it.each(MISSIONS)('%s → %s %s %s', expectMission);
  it.each(TRADITIONAL)('%s → %s %s %s', expectMission);

  it('fills in the country names', () => {
    expect(recognizeAccount('美国驻华大使馆')).toEqual({
      kind: 'foreign-mission',
      confidence: 'pattern',
      mission: { countryCode: 'US', countryZh: '美国', countryEn: 'United States', missionType: 'embassy' },
    });
  });
});

describe('recognizeAccount: known uids', () => {
  it('recognises 美国驻华大使馆 by uid, even under another name', () => {
    const r = recognizeAccount('US Embassy China', '1743951792');
    expect(r).toMatchObject({ kind: 'foreign-mission', confidence: 'known-uid', mission: { countryCode: 'US' } });
  });
  it('uses the name only for an unknown uid', () => {
    expect(recognizeAccount('美国驻华大使馆', '123')).toMatchObject({ confidence: 'pattern' });
    expect(recognizeAccount('爱美国驻华大使馆的小王', '123')).toEqual({ kind: 'none' });
  });
});

describe('recognizeAccount: Chinese government accounts', () => {
  it.each(CHINESE_OFFICIAL)('%s → chinese-official (%s)', (name, body) => {
    expect(recognizeAccount(name)).toEqual({ kind: 'chinese-official', body });
  });
});

describe("recognizeAccount: China's missions abroad", () => {
  it.each(CHINA_ABROAD)('%s → %s %s in %s', (name, code, type, host, city, cityEn) => {
    const r = recognizeAccount(name);
    expect(r.kind, name).toBe('foreign-mission');
    if (r.kind !== 'foreign-mission') return;
    expect(r.mission.countryCode).toBe(code);
    expect(r.mission.missionType).toBe(type);
    expect(r.mission.host?.code).toBe(host);
    expect(r.mission.city).toBe(city);
    expect(r.mission.cityEn).toBe(cityEn);
  });

  it('gives the host in both languages', () => {
    expect(recognizeAccount('中国驻美国大使馆')).toEqual({
      kind: 'foreign-mission',
      confidence: 'pattern',
      mission: {
        countryCode: 'CN',
        countryZh: '中国',
        countryEn: 'China',
        missionType: 'embassy',
        host: { code: 'US', zh: '美国', en: 'United States' },
      },
    });
  });

  it('reads nothing into China stationed in China', () => {
    expect(recognizeAccount('中国驻华大使馆')).toEqual({ kind: 'none' });
    expect(recognizeAccount('中国驻上海总领事馆')).toEqual({ kind: 'none' });
  });
});

describe('recognizeAccount: consulates in China carry their city in English too', () => {
  it.each([
    ['法国驻广州总领事馆', '广州', 'Guangzhou'],
    ['德国驻沪总领馆', '上海', 'Shanghai'],
    ['美国驻香港及澳门总领事馆', '香港', 'Hong Kong'],
    ['韓國駐瀋陽總領事館', '沈阳', 'Shenyang'],
  ])('%s → %s / %s', (name, city, cityEn) => {
    expect(recognizeAccount(name)).toMatchObject({ mission: { city, cityEn } });
  });
});

describe('recognizeAccount: mixed and decorated names', () => {
  it.each([
    ['U.S. Embassy China 美国驻华大使馆', 'US'],
    ['EU in China | 欧盟在中国', 'EU'],
    ['🇬🇧 英国驻华使馆 🇨🇳', 'GB'],
    ['德国驻华大使馆（官方）', 'DE'],
  ])('%s → %s', (name, code) => {
    expect(recognizeAccount(name)).toMatchObject({ kind: 'foreign-mission', mission: { countryCode: code } });
  });

  it.each([
    '美国驻华大使馆（非官方）',
    '美国驻华大使馆 | 粉丝团',
    'U.S. Embassy China 美国驻华大使馆 粉丝',
    '英国驻华使馆 / 记者站',
    'U.S. Embassy China 英国驻华使馆',
  ])('%s → none', (name) => {
    expect(recognizeAccount(name)).toEqual({ kind: 'none' });
  });
});

describe('recognizeAccount: not missions', () => {
  it.each(NEGATIVES)('%s → none', (name) => {
    expect(recognizeAccount(name)).toEqual({ kind: 'none' });
  });
});
