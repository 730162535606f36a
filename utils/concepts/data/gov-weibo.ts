import type { Concept, ConceptTerm, PaperLocation } from '../types';

/**
 * The second paper (seed 003): foreign governments' Weibo accounts in China. Only its abstract is available,
 * so every card cites the abstract. 首脑外交 is an alias on `head-of-state-diplomacy` (part2), not defined here.
 */

const zh = (text: string): ConceptTerm => ({ text, lang: 'zh' });
const en = (text: string, opts: { inflect?: boolean; caseSensitive?: boolean } = {}): ConceptTerm => ({
  text,
  lang: 'en',
  ...opts,
});

const ABSTRACT: PaperLocation = {
  paper: 'gov-weibo-socializing',
  section: 'abstract',
  heading: { zh: '摘要', en: 'Abstract' },
};

export const GOV_WEIBO_CONCEPTS: Concept[] = [
  {
    id: 'public-socializing-of-governments',
    name: { zh: '政府公共社交化外交', en: 'public socializing of governments' },
    category: 'gov-weibo',
    terms: [
      zh('政府公共社交化'),
      zh('公共社交化外交'),
      en('public socialising of governments'),
      en('public socializing diplomacy'),
    ],
    summary: {
      zh: '论文对一种外交方式的命名:外国政府通过其使领馆、机构和官员,像普通用户一样参与中国社交媒体,以人格化的口吻发帖、回复和对话。作者认为,微博推动外交从传统上以领导人为中心的首脑外交,转型升级为政府与中国公众之间日常、公开、双向的交流。外国驻华使领馆发布的微博,正是这种外交的现场。',
      en: 'The paper’s name for a mode of diplomacy in which foreign governments, through their embassies, agencies and officials, join Chinese social media the way ordinary users do: posting, replying and conversing in a personal, human voice. It argues that Weibo is moving diplomacy on from traditional, leader-centred head-of-state diplomacy to this everyday, public, two-way contact between a government and the Chinese public. A foreign mission’s Weibo post is this kind of diplomacy at work.',
    },
    sources: [ABSTRACT],
    relations: [
      { type: 'contrasts-with', target: 'head-of-state-diplomacy' },
      { type: 'related', target: 'weibo-accounts-of-foreign-agencies-in-china' },
      { type: 'related', target: 'public-diplomacy' },
      { type: 'related', target: 'new-media-diplomacy' },
      { type: 'broader', target: 'digital-diplomacy' },
    ],
  },
  {
    id: 'weibo-accounts-of-foreign-agencies-in-china',
    name: { zh: '驻华政务微博', en: 'Weibo accounts of foreign agencies in China' },
    category: 'gov-weibo',
    terms: [
      zh('駐華政務微博'),
      en('Weibo account of foreign agency in China'),
      en('foreign administrative Weibo'),
      en('foreign government Weibo accounts'),
      en('foreign government Weibo account'),
    ],
    summary: {
      zh: '指外国的政党、政府机构、政治人物以及公共服务机构(如驻华使领馆)在微博上开设的官方账号。论文认为,对外国而言,这些账号是体察中国社会情绪、与中国网民互动的直接渠道,兼具对外公关和政治传播的功能。账号与中国网民在文化交流中相互融合,共识与冲突、机遇与挑战并存。',
      en: 'Official Weibo accounts run by foreign political parties, governments, political figures and their public-service bodies, embassies and consulates included. For foreign governments, the paper argues, they offer a direct line for sensing and engaging Chinese public feeling, serving both public relations and political communication. In their exchanges with Chinese netizens, consensus and conflict, opportunity and challenge exist side by side.',
    },
    sources: [ABSTRACT],
    relations: [
      { type: 'broader', target: 'administrative-weibo' },
      { type: 'related', target: 'international-public-relations' },
      { type: 'related', target: 'twitter-diplomacy' },
    ],
    facts: [
      {
        text: {
          zh: '论文写作时,驻华政务微博已发展近9年。',
          en: 'When the paper was written, foreign agencies had been on Weibo for nearly nine years.',
        },
        paper: 'gov-weibo-socializing',
        section: 'abstract',
      },
    ],
  },
  {
    id: 'administrative-weibo',
    name: { zh: '政务微博', en: 'administrative Weibo' },
    category: 'gov-weibo',
    terms: [zh('政務微博'), en('government affairs Weibo'), en('government Weibo')],
    summary: {
      zh: '指政府机构、公共服务部门和官员以公务身份开设的微博账号。第二篇论文讨论的是其中由外国机构在华开设的一类,即驻华政务微博。',
      en: 'Weibo accounts opened by government bodies, public-service agencies and officials in their official capacity. The second paper studies the subset run in China by foreign agencies.',
    },
    sources: [ABSTRACT],
    relations: [],
  },
  {
    id: 'globalization-3-0',
    name: { zh: '全球化3.0', en: 'globalization 3.0' },
    category: 'gov-weibo',
    terms: [zh('全球化3.0時代'), zh('全球化3.0时代'), en('globalisation 3.0')],
    summary: {
      zh: '论文用来描述新媒体时代的全球化阶段:个人而不只是国家和企业,可以直接跨国传播和交往。作者认为,这个时代“所有人向所有人”传播所激发的社会能量,构成了外国政府入驻微博的背景。',
      en: 'The paper’s label for globalization in the new-media era, when individuals, not only states and companies, communicate across borders directly. Its all-to-all communication unleashes great social force, and this is the setting in which foreign governments came to Weibo.',
    },
    sources: [ABSTRACT],
    relations: [{ type: 'related', target: 'all-to-all-communication' }],
  },
  {
    id: 'all-to-all-communication',
    name: { zh: '所有人向所有人的传播', en: 'all-to-all communication' },
    category: 'gov-weibo',
    terms: [zh('所有人向所有人的傳播'), zh('所有人向所有人'), en('all to all communication')],
    summary: {
      zh: '指社交媒体上人人都可以同时是信息发布者和接收者的传播模式。论文认为这种传播释放了巨大的社会力量和创新源泉,也让政府不得不直接面对公众。',
      en: 'A communication pattern in which everyone on social media can be both sender and receiver. The paper credits it with releasing great social energy and innovation, and with bringing governments face to face with the public.',
    },
    sources: [ABSTRACT],
    relations: [{ type: 'related', target: 'new-media-diplomacy' }],
  },
  {
    id: 'network-china',
    name: { zh: '网络中国', en: 'Network China' },
    category: 'gov-weibo',
    // Quoted only: unquoted, 网络中国 is mostly 网络 + 中国 across a word boundary (社交网络中国外交部).
    terms: [
      { text: '网络中国', lang: 'zh', quoted: true },
      { text: '網絡中國', lang: 'zh', quoted: true },
      { text: '網路中國', lang: 'zh', quoted: true },
    ],
    summary: {
      zh: '论文对微博的比喻:它是外国机构唯一能够直接连通中国社会各阶层、汇聚不同职业群体、与多元公共意见互动的网上平台。在这个意义上,微博就是一个“网络上的中国”。',
      en: 'The paper’s image of Weibo as the one online platform where foreign agencies can reach every stratum of Chinese society, meet different professional groups and engage a plurality of public opinion. In that sense Weibo is “China online”.',
    },
    sources: [ABSTRACT],
    relations: [{ type: 'related', target: 'weibo-accounts-of-foreign-agencies-in-china' }],
  },
  {
    id: 'international-public-relations',
    name: { zh: '国际公共关系', en: 'international public relations' },
    category: 'gov-weibo',
    terms: [zh('國際公共關係'), en('international PR')],
    summary: {
      zh: '指一国政府或机构面向他国公众经营形象、建立信任的传播活动。论文认为,驻华政务微博让外国机构能以比传统渠道更直接也更有效的方式开展对华公关和政治传播。',
      en: 'A government’s or agency’s communication aimed at building its image and trust among another country’s public. The paper finds foreign agencies’ Weibo accounts a more direct and effective form of it, and of political communication, than older channels.',
    },
    sources: [ABSTRACT],
    relations: [{ type: 'related', target: 'public-diplomacy' }],
  },
  {
    id: 'partnership-network',
    name: { zh: '伙伴关系网络', en: 'partnership network' },
    category: 'gov-weibo',
    terms: [
      zh('全球夥伴關係網絡'),
      zh('夥伴關係網路'),
      zh('全球夥伴關係網路'),
      zh('夥伴關係網絡'),
      zh('全球伙伴关系网络'),
      en('global partnership network', { inflect: true }),
    ],
    summary: {
      zh: '指中国在全球范围搭建的“朋友圈”和伙伴关系体系。论文把它与中国参与全球治理、走近世界舞台中心并列,作为外国政府纷纷入驻微博的背景之一。',
      en: 'The worldwide “circle of friends” and web of partnerships China has built. The paper links it to China’s role in global governance and its move toward the centre of the world stage, as part of why foreign governments came to Weibo.',
    },
    sources: [ABSTRACT],
    relations: [],
  },
];
