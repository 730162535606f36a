import type { Bilingual, PaperId, PaperLocation } from './types';

export interface OutlineEntry {
  paper: PaperId;
  /** "intro", "1", "1(2)", "conclusion", "abstract" — the same strings concepts cite in `sources`. */
  section: string;
  /** The paper's Chinese heading and our English translation. */
  heading: Bilingual;
  /** 1 = a numbered part (一、二、…), 2 = a sub-section ((一)(二)…). */
  level: 1 | 2;
}

/** The structure of both papers, in reading order; the popup browses concepts by it. */
export const PAPER_OUTLINE: readonly OutlineEntry[] = [
  { paper: 'han-wu-2024', section: 'intro', level: 1, heading: { zh: '引言', en: 'Introduction' } },
  {
    paper: 'han-wu-2024',
    section: '1',
    level: 1,
    heading: { zh: '数字外交的基本内涵', en: 'The basic meaning of digital diplomacy' },
  },
  {
    paper: 'han-wu-2024',
    section: '1(1)',
    level: 2,
    heading: { zh: '传统外交活动的辅助和补充', en: 'An aid and complement to traditional diplomacy' },
  },
  {
    paper: 'han-wu-2024',
    section: '1(2)',
    level: 2,
    heading: { zh: '新型外交实践的重要动力', en: 'An important driver of new diplomatic practice' },
  },
  {
    paper: 'han-wu-2024',
    section: '1(3)',
    level: 2,
    heading: { zh: '国际竞争加剧的催化条件', en: 'A catalyst of intensifying international competition' },
  },
  {
    paper: 'han-wu-2024',
    section: '1(4)',
    level: 2,
    heading: { zh: '国际秩序变革的诱发因素', en: 'A trigger of change in the international order' },
  },
  {
    paper: 'han-wu-2024',
    section: '2',
    level: 1,
    heading: { zh: '数字外交的主要特征', en: 'The main features of digital diplomacy' },
  },
  {
    paper: 'han-wu-2024',
    section: '2(1)',
    level: 2,
    heading: { zh: '国家是数字外交的主要行为体', en: 'The state is the main actor of digital diplomacy' },
  },
  {
    paper: 'han-wu-2024',
    section: '2(2)',
    level: 2,
    heading: { zh: '数字外交覆盖的议题广泛多元', en: 'Digital diplomacy covers a broad and diverse range of issues' },
  },
  {
    paper: 'han-wu-2024',
    section: '2(3)',
    level: 2,
    heading: { zh: '各国数字外交的目标具有差异性', en: 'Countries pursue different goals through digital diplomacy' },
  },
  {
    paper: 'han-wu-2024',
    section: '3',
    level: 1,
    heading: { zh: '数字外交发展面临的现实挑战', en: 'Practical challenges facing digital diplomacy' },
  },
  {
    paper: 'han-wu-2024',
    section: '3(1)',
    level: 2,
    heading: { zh: '网络监管乏力增添互联网安全隐患', en: 'Weak online regulation adds to internet security risks' },
  },
  {
    paper: 'han-wu-2024',
    section: '3(2)',
    level: 2,
    heading: {
      zh: '技术应用差异加剧国际发展不平等',
      en: 'Gaps in the use of technology deepen unequal international development',
    },
  },
  {
    paper: 'han-wu-2024',
    section: '3(3)',
    level: 2,
    heading: { zh: '数字竞争引发技术民族主义泛起', en: 'Digital competition stirs up techno-nationalism' },
  },
  {
    paper: 'han-wu-2024',
    section: '3(4)',
    level: 2,
    heading: {
      zh: '网络治理与数字秩序构建任务艰巨',
      en: 'Cyber governance and building a digital order are arduous tasks',
    },
  },
  {
    paper: 'han-wu-2024',
    section: '4',
    level: 1,
    heading: {
      zh: '中国数字外交发展的阶段与特色',
      en: "The stages and characteristics of China's digital diplomacy",
    },
  },
  {
    paper: 'han-wu-2024',
    section: '5',
    level: 1,
    heading: {
      zh: '发展中国特色数字外交的实践重点',
      en: 'Practice priorities for digital diplomacy with Chinese characteristics',
    },
  },
  {
    paper: 'han-wu-2024',
    section: '5(1)',
    level: 2,
    heading: { zh: '大力发展数字经济和数字技术', en: 'Vigorously develop the digital economy and digital technology' },
  },
  {
    paper: 'han-wu-2024',
    section: '5(2)',
    level: 2,
    heading: { zh: '积极塑造数字外交前沿议程', en: 'Actively shape the frontier agenda of digital diplomacy' },
  },
  {
    paper: 'han-wu-2024',
    section: '5(3)',
    level: 2,
    heading: { zh: '维护网络和数字空间安全', en: 'Safeguard the security of cyberspace and digital space' },
  },
  {
    paper: 'han-wu-2024',
    section: '5(4)',
    level: 2,
    heading: {
      zh: '让人民充分享受数字外交红利',
      en: 'Let the people fully enjoy the dividends of digital diplomacy',
    },
  },
  {
    paper: 'han-wu-2024',
    section: '5(5)',
    level: 2,
    heading: { zh: '加强复合型外交人才的培养', en: 'Strengthen the training of interdisciplinary diplomatic talent' },
  },
  {
    paper: 'han-wu-2024',
    section: '5(6)',
    level: 2,
    heading: {
      zh: '推动构建公正和谐的国际数字空间新秩序',
      en: 'Build a fair and harmonious new order in international digital space',
    },
  },
  { paper: 'han-wu-2024', section: 'conclusion', level: 1, heading: { zh: '结语', en: 'Conclusion' } },
  { paper: 'gov-weibo-socializing', section: 'abstract', level: 1, heading: { zh: '摘要', en: 'Abstract' } },
];

/** The outline entry for a section, if the outline has it. */
export function outlineEntry(paper: PaperId, section: string): OutlineEntry | undefined {
  return PAPER_OUTLINE.find((e) => e.paper === paper && e.section === section);
}

/**
 * A `sources` entry for a section of Han & Wu (2024) with the outline's heading, so cards and the outline
 * never disagree. Throws on a section the outline lacks: a typo should fail loudly at load time.
 */
export function hanWu(section: string): PaperLocation {
  const entry = outlineEntry('han-wu-2024', section);
  if (!entry) throw new Error(`PAPER_OUTLINE has no section "${section}" of han-wu-2024`);
  return { paper: 'han-wu-2024', section, heading: entry.heading };
}
