/**
 * The grammar of mission account names, as word lists. A foreign mission's name reads
 *   <country or organisation> [驻华 | 驻中国 | 驻<city> | 在华 | 在中国] <institution> [<section>] [微博 | 官方微博 …]
 * e.g. 美国驻华大使馆, 英国驻华使馆, 保加利亚共和国驻上海总领事馆, 法国驻华大使馆文化处, 印度使馆文化处, 欧盟在中国.
 * All words are Simplified; names are normalised (Traditional → Simplified) before matching.
 */
import type { MissionType } from '../notes/types';

/** "Stationed in China" markers. */
export const IN_CHINA = ['驻中国', '驻华', '在中国', '在华'] as const;

/**
 * Chinese cities with consulates (and their one-character names used after 驻: 驻沪, 驻穗 …), to the city's
 * Simplified name; places.ts has their English names.
 */
export const CITIES: Readonly<Record<string, string>> = {
  上海: '上海',
  沪: '上海',
  广州: '广州',
  穗: '广州',
  成都: '成都',
  蓉: '成都',
  重庆: '重庆',
  渝: '重庆',
  沈阳: '沈阳',
  武汉: '武汉',
  香港: '香港',
  港: '香港',
  香港特别行政区: '香港',
  澳门: '澳门',
  澳门特别行政区: '澳门',
  西安: '西安',
  青岛: '青岛',
  厦门: '厦门',
  昆明: '昆明',
  南宁: '南宁',
  长沙: '长沙',
  杭州: '杭州',
  南京: '南京',
  大连: '大连',
  哈尔滨: '哈尔滨',
  天津: '天津',
  深圳: '深圳',
  济南: '济南',
  福州: '福州',
  贵阳: '贵阳',
  乌鲁木齐: '乌鲁木齐',
  拉萨: '拉萨',
  北京: '北京',
};

export interface Institution {
  word: string;
  type: MissionType;
  /** 大使 is followed by the ambassador's personal name. */
  personal?: boolean;
}

/** Longest first, so 大使馆 wins over 大使 and 总领事馆 over 领事馆. */
export const INSTITUTIONS: readonly Institution[] = [
  { word: '使领馆', type: 'embassy' },
  { word: '大使馆', type: 'embassy' },
  { word: '总领事馆', type: 'consulate-general' },
  { word: '总领馆', type: 'consulate-general' },
  { word: '领事馆', type: 'consulate-general' },
  { word: '领馆', type: 'consulate-general' },
  { word: '使馆', type: 'embassy' },
  { word: '代表团', type: 'delegation' },
  // 中国驻欧盟使团: a state's mission to an organisation (read as a permanent mission).
  { word: '使团', type: 'delegation' },
  { word: '代表处', type: 'delegation' },
  { word: '办事处', type: 'delegation' },
  { word: '大使', type: 'ambassador', personal: true },
];

/** Sections of a mission; `null` keeps the institution's type (签证处 is still the embassy). */
export const SECTIONS: readonly { word: string; type: MissionType | null }[] = [
  { word: '文化教育科技处', type: 'cultural-section' },
  { word: '新闻与公共外交处', type: 'press-section' },
  { word: '新闻文化处', type: 'cultural-section' },
  { word: '文化教育处', type: 'cultural-section' },
  { word: '新闻办公室', type: 'press-section' },
  { word: '公共外交处', type: 'press-section' },
  { word: '新闻发布', type: 'press-section' },
  { word: '文化中心', type: 'cultural-section' },
  { word: '文化处', type: 'cultural-section' },
  { word: '文化科', type: 'cultural-section' },
  { word: '新闻处', type: 'press-section' },
  { word: '新闻办', type: 'press-section' },
  { word: '新闻科', type: 'press-section' },
  { word: '教育处', type: 'cultural-section' },
  { word: '签证处', type: null },
  { word: '领事处', type: null },
  { word: '商务处', type: null },
  { word: '经商处', type: null },
  { word: '科技处', type: null },
];

/** Decorations accounts add at the end of their name; stripped before parsing. Longest first. */
export const NAME_TAILS = ['官方微博', '官方账号', '微博', '官微', '官博', '官方'] as const;

/**
 * Words that cannot be part of an ambassador's personal name: they show the account is about the
 * ambassador (news, fans, live streams), not the ambassador's own.
 */
export const NOT_A_PERSONAL_NAME =
  /发布|直播|粉丝|后援|超话|签证|代办|咨询|采访|讲话|演讲|访问|会见|新闻|视频|说|的|吧|夫人|官邸|招聘|[0-9]{3,}/;

/** Longest a personal name after 驻华大使 may be (Chinese renderings of foreign names run long). */
export const MAX_PERSONAL_NAME = 14;

/**
 * Chinese government accounts. Each is matched against the whole normalised name.
 * `body` is what the reader sees.
 */
export const CHINESE_OFFICIAL_BODIES: readonly { re: RegExp; body: string }[] = [
  {
    re: /^(?:中华人民共和国|中国)?外交部(?:发言人办公室|发言人|领事直通车|领事司|新闻司|驻香港特别行政区特派员公署|驻香港特派员公署|驻澳门特别行政区特派员公署|驻澳门特派员公署|公众外交办公室)?$/,
    body: '外交部',
  },
  { re: /^(?:外交部)?领事直通车$/, body: '外交部' },
  { re: /^外交小灵通$/, body: '外交部' },
  { re: /^(?:中华人民共和国)?(?:国务院新闻办公室|国务院新闻办|国新办)(?:发布)?$/, body: '国务院新闻办公室' },
  { re: /^(?:中华人民共和国|中国)?商务部(?:新闻办公室|新闻发布)?$/, body: '商务部' },
  { re: /^(?:中华人民共和国|中国)?国防部(?:发布|新闻局)?$/, body: '国防部' },
  { re: /^(?:中共中央对外联络部|中联部)$/, body: '中共中央对外联络部' },
  { re: /^(?:国家|中国)国际发展合作署$/, body: '国家国际发展合作署' },
];
