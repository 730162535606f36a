/**
 * The hand-written references (the truth) and the documented engine deviations, shared by the unit test
 * (references.test.ts) and the end-to-end test that formats them in the built extension (tests/e2e/research).
 */
import type { PaperId } from '../concepts/types';
import { makePostDraft, tweetDraft } from '../posts/fixtures';
import type { PostDraft, PostRecord } from '../posts/types';
import type { CiteSource } from './items';
import type { CitationStyle } from './styles';

export function record(d: PostDraft, lang: string): PostRecord {
  return {
    ...d,
    key: d.context.permalink,
    site: new URL(d.context.permalink).hostname,
    conceptIds: d.concepts.map((c) => c.id),
    country: 'US',
    lang,
    published: Date.parse(d.context.publishedAt ?? ''),
    collectedAt: Date.parse('2024-06-01T04:00:00Z'),
    updatedAt: Date.parse('2024-06-01T04:00:00Z'),
  };
}

export const SOURCES: Record<string, CiteSource> = {
  weibo: { kind: 'post', post: record(makePostDraft(), 'zh-Hans') },
  tweet: { kind: 'post', post: record(tweetDraft(), 'en') },
  'han-wu-2024': { kind: 'paper', id: 'han-wu-2024' satisfies PaperId },
  'gov-weibo': { kind: 'paper', id: 'gov-weibo-socializing' satisfies PaperId },
};

const WB = 'https://weibo.com/1743951792/Ov1AbCdEf';
const TW = 'https://x.com/USA_China_Talk/status/1792512345678901234';
const TWEET = 'Digital diplomacy connects people: our embassy answers questions from Chinese netizens every week';
const GOV_ZH = '[驻华政务微博与“政府公共社交化外交”论文摘要；作者、题名、刊名不详]';
const GOV_EN =
  '[Abstract of a paper on foreign government Weibo accounts in China and the “public socializing of governments”; author, title and journal not given]';

/** Written by hand from each guide, not from the engine. */
export const REFERENCES: Record<CitationStyle, Record<keyof typeof SOURCES, string>> = {
  // GB/T 7714-2015 8.x electronic resources: 主要责任者. 题名[EB/OL]. (发布日期)[引用日期]. 获取和访问路径.
  'gb-t-7714-2015-numeric': {
    weibo: `美国驻华大使馆. #数字外交# 数字外交让世界更近[EB/OL]. (2024-05-20)[2024-06-01]. ${WB}.`,
    tweet: `U.S. Embassy China. ${TWEET}[EB/OL]. (2024-05-20)[2024-06-01]. ${TW}.`,
    'han-wu-2024': '韩笑, 吴志成. 数字外交的中国特色与实践[J]. 教学与研究, 2024, 58(6): 95-105.',
    'gov-weibo': `佚名. ${GOV_ZH}[J].`,
  },
  // The same, author-date system (著者-出版年制): the year follows the authors.
  'gb-t-7714-2015-author-date': {
    weibo: `美国驻华大使馆, 2024. #数字外交# 数字外交让世界更近[EB/OL]. (2024-05-20)[2024-06-01]. ${WB}.`,
    tweet: `U.S. Embassy China, 2024. ${TWEET}[EB/OL]. (2024-05-20)[2024-06-01]. ${TW}.`,
    'han-wu-2024': '韩笑, 吴志成, 2024. 数字外交的中国特色与实践[J]. 教学与研究, 58(6): 95-105.',
    'gov-weibo': `佚名. ${GOV_ZH}[J].`,
  },
  // APA 7: Author [@handle]. (Year, Month Day). First 20 words of the post [Post]. Site. URL
  'apa-7': {
    weibo: `美国驻华大使馆. (2024, May 20). #数字外交# 数字外交让世界更近。我们期待与中国网民交流国家形象的新形式。 [Post]. Weibo. ${WB}`,
    tweet: `U.S. Embassy China [@USA_China_Talk]. (2024, May 20). ${TWEET}. [Post]. X. ${TW}`,
    'han-wu-2024':
      'Han, X., & Wu, Z. (2024). Shuzi waijiao de Zhongguo tese yu shijian [Chinese characteristics and practice of digital diplomacy]. Jiaoxue yu Yanjiu, 58(6), 95–105.',
    'gov-weibo': `${GOV_EN}. (n.d.).`,
  },
  // Chicago 17 author-date: Author (@handle). Year. “Text up to 160 characters.” Platform, Month Day, Year. URL.
  'chicago-author-date': {
    weibo: `美国驻华大使馆. 2024. “#数字外交# 数字外交让世界更近。我们期待与中国网民交流国家形象的新形式。” Weibo, May 20, 2024. ${WB}.`,
    tweet: `U.S. Embassy China (@USA_China_Talk). 2024. “${TWEET}.” X, May 20, 2024. ${TW}.`,
    'han-wu-2024':
      'Han Xiao and Wu Zhicheng. 2024. “Shuzi waijiao de Zhongguo tese yu shijian” [Chinese characteristics and practice of digital diplomacy]. Jiaoxue yu yanjiu 58 (6): 95–105.',
    'gov-weibo': `${GOV_EN}. n.d.`,
  },
};

export interface Deviation {
  /** What citeproc-js with the official style prints instead. */
  engine: string;
  why: string;
}

export const DEVIATIONS: Partial<Record<CitationStyle, Partial<Record<keyof typeof SOURCES, Deviation>>>> = {
  'gb-t-7714-2015-numeric': {
    tweet: {
      engine: `U.S. EMBASSY CHINA. ${TWEET}[EB/OL]. (2024-05-20)[2024-06-01]. ${TW}.`,
      why: 'the style upper-cases family names (right for persons, 8.1.1); citeproc-js applies it to an organisation’s literal name too, which the standard writes as it is',
    },
  },
  'gb-t-7714-2015-author-date': {
    tweet: {
      engine: `U.S. EMBASSY CHINA, 2024. ${TWEET}[EB/OL]. (2024-05-20)[2024-06-01]. ${TW}.`,
      why: 'as in the numeric system: an organisation’s name is upper-cased',
    },
  },
  'chicago-author-date': {
    weibo: {
      engine: `美国驻华大使馆. 2024. “#数字外交# 数字外交让世界更近。我们期待与中国网民交流国家形象的新形式。.” Weibo. May 20, 2024. ${WB}.`,
      why: 'citeproc-js adds its period after a Chinese full stop (。.), and the style separates platform and date with a period, not a comma (no time of day either: CSL has no place for it)',
    },
    tweet: {
      engine: `U.S. Embassy China (@USA_China_Talk). 2024. “${TWEET}.” X. May 20, 2024. ${TW}.`,
      why: 'the style separates platform and date with a period, not a comma, and has no time of day',
    },
    'han-wu-2024': {
      engine:
        'Han Xiao, and Wu Zhicheng. 2024. “Shuzi waijiao de Zhongguo tese yu shijian [Chinese characteristics and practice of digital diplomacy].” Jiaoxue yu yanjiu 58 (6): 95–105.',
      why: 'the style puts a comma before “and” after a first name in sort order, even when the name is uninverted (Chinese order); CSL has no translated-title variable, so the bracketed translation sits inside the quotation marks',
    },
    'gov-weibo': {
      engine: `“${GOV_EN.replace('“public socializing of governments”', '‘public socializing of governments’')}.” n.d.`,
      why: 'CSL quotes whatever stands in the title position; CMOS sets a description of an untitled work without quotation marks',
    },
  },
};
