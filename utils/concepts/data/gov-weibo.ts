import type { Concept, ConceptTerm, GeneralKnowledge, PaperLocation } from '../types';

/**
 * The second paper (seed 003): foreign governments' Weibo accounts in China. Only its abstract (Chinese and English)
 * and its English keywords are available, so every card cites the abstract and says no more than it does; what a
 * reader needs beyond that is marked as general knowledge (`context`). 首脑外交 is an alias on
 * `head-of-state-diplomacy` (part2), not defined here.
 */

const zh = (text: string): ConceptTerm => ({ text, lang: 'zh' });
const en = (text: string, opts: { inflect?: boolean; caseSensitive?: boolean } = {}): ConceptTerm => ({
  text,
  lang: 'en',
  ...opts,
});
const general = (zhText: string, enText: string): GeneralKnowledge => ({
  basis: 'general-knowledge',
  text: { zh: zhText, en: enText },
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
      zh: '第二篇论文的摘要以这一概念作结：微博让传统上占主导的“首脑外交”向人格化的“政府公共社交化外交”转型升级（摘要）。它也是该文的英文关键词之一（Public Socializing of Governments），摘要没有对它作进一步界定（摘要）。从摘要的上下文看，它指的是外国政党、政府机构、政治人物和公共服务部门在微博开设账号、直接同中国社会交流的这种外交（摘要）。',
      en: 'The second paper’s abstract ends on this concept: Weibo has allowed traditionally dominant "head-of-state diplomacy" to turn into a personalised "public socializing of governments" (abstract). It is also one of the paper’s English keywords, and the abstract gives no further definition (abstract). From the context of the abstract, it is the diplomacy of foreign parties, governments, politicians and their public-service agencies who join Weibo and engage Chinese society directly (abstract).',
    },
    context: general(
      '一般用法中，“社交化”描述机构在社交媒体上以个人化、对话式的口吻与公众互动的趋势。',
      'In general usage, "socializing" describes organisations engaging the public on social media in a personal, conversational voice.',
    ),
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
      zh: '摘要说，近年来各国的政党、政府机构、政治人物和公共服务部门纷纷在微博开设账号，以加强同中国和全球华人的交流、对话与合作（摘要）。摘要认为，对外国而言，驻华政务微博已是了解中国社会情绪、与中国民意互动、认识中国发展的一条更直接也更有效的途径，兼具国际公关和政治传播的功能，也是现实的需要（摘要）。摘要还说，这类账号发展近9年来，在与中国网民的文化交流中逐渐融合，共识和冲突、机遇和挑战同时存在（摘要）。',
      en: 'The abstract says that in recent years parties, governments, politicians and their public-service agencies from around the world have joined Weibo to strengthen exchange, dialogue and cooperation with China and Chinese people worldwide (abstract). It holds that these accounts have become a more direct and effective form of international public relations and political communication for understanding Chinese public sentiment, engaging Chinese public opinion and learning about China’s development, and a practical necessity (abstract). In the nearly nine years since they appeared, it says, the accounts and Chinese netizens have grown closer through cultural exchange, while agreement and conflict, opportunity and challenge have gone together (abstract).',
    },
    context: general(
      '在微博上，这类账号多由外国驻华使领馆和代表团开设，如美国驻华大使馆、英国驻华使馆和欧盟在中国。',
      'On Weibo most such accounts belong to foreign embassies, consulates and delegations in China, such as the US Embassy, the British Embassy and the EU Delegation.',
    ),
    sources: [ABSTRACT],
    relations: [
      { type: 'broader', target: 'administrative-weibo' },
      { type: 'related', target: 'international-public-relations' },
      { type: 'related', target: 'twitter-diplomacy' },
    ],
    facts: [
      {
        text: {
          zh: '论文写作时，驻华政务微博已发展近9年。',
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
      zh: '“政务微博”（Administrative Weibo）是第二篇论文的英文关键词之一（摘要）。摘要讨论的是其中的一类，即外国机构在华开设的驻华政务微博（摘要）。',
      en: '"Administrative Weibo" is one of the second paper’s English keywords (abstract). The abstract deals with one kind of it: the accounts foreign agencies run in China (abstract).',
    },
    context: general(
      '在中国，“政务微博”通常指各级党政机关、公共服务部门和官员以公务身份开设的微博账号。',
      'In China, "government affairs Weibo" usually means Weibo accounts opened by party and government bodies, public services and officials in their official capacity.',
    ),
    sources: [ABSTRACT],
    relations: [],
  },
  {
    id: 'sina-weibo',
    name: { zh: '新浪微博', en: 'Sina Weibo' },
    category: 'gov-weibo',
    // Only the full name: the bare word 微博 / Weibo is on every Weibo page and in half our other terms.
    terms: [],
    summary: {
      zh: '第二篇论文的摘要称微博为全球最大的中文社交媒体，并认为它是外国机构唯一能直接触达中国社会各阶层、汇聚不同职业人群、与多元公共意见互动的“网络中国”平台（摘要）。摘要认为，微博使传统的“首脑外交”向人格化的“政府公共社交化外交”转型升级（摘要）。',
      en: 'The second paper’s abstract calls Weibo the world’s largest Chinese-language social medium and the only "Network China" platform through which foreign agencies can reach every stratum of Chinese society, bring together different professional groups and engage a plurality of public opinion (abstract). It holds that Weibo has moved traditional "head-of-state diplomacy" towards a personalised "public socializing of governments" (abstract).',
    },
    context: general(
      '新浪微博于2009年上线，2014年起改名为“微博”，是中国主要的公开社交媒体平台之一。',
      'Sina Weibo launched in 2009, was renamed Weibo in 2014 and is one of China’s main public social media platforms.',
    ),
    sources: [ABSTRACT],
    relations: [
      { type: 'related', target: 'network-china' },
      { type: 'related', target: 'social-media' },
    ],
  },
  {
    id: 'globalization-3-0',
    name: { zh: '全球化3.0', en: 'globalization 3.0' },
    category: 'gov-weibo',
    terms: [zh('全球化3.0時代'), zh('全球化3.0时代'), en('globalisation 3.0')],
    summary: {
      zh: '第二篇论文的摘要开篇说，新媒体引领了全球化3.0时代的到来（摘要）。摘要把这个时代与“所有人向所有人”的传播联系起来，认为后者激发了巨大的社会能量，也成为创新的源头（摘要）。',
      en: 'The second paper’s abstract opens by saying that new media ushered in the era of globalization 3.0 (abstract). It ties that era to "all to all" communication, which it says has released great social energy and become a source of innovation (abstract).',
    },
    context: general(
      '“全球化3.0”是美国专栏作家托马斯·弗里德曼在《世界是平的》（2005年）中的提法：继国家主导的1.0、企业主导的2.0之后，个人成为全球竞争与协作的主角。',
      'Globalization 3.0 is Thomas Friedman’s phrase in The World Is Flat (2005): after 1.0, driven by countries, and 2.0, driven by companies, individuals become the main actors of global competition and collaboration.',
    ),
    sources: [ABSTRACT],
    relations: [{ type: 'related', target: 'all-to-all-communication' }],
  },
  {
    id: 'all-to-all-communication',
    name: { zh: '所有人向所有人的传播', en: 'all-to-all communication' },
    category: 'gov-weibo',
    terms: [zh('所有人向所有人的傳播'), zh('所有人向所有人'), en('all to all communication')],
    summary: {
      zh: '第二篇论文的摘要用“所有人向所有人”的传播来描述新媒体引领的全球化3.0时代（摘要）。摘要认为，这种传播激发了巨大的社会能量，也成为创新的源头（摘要）。',
      en: 'The second paper’s abstract uses "all to all" communication to describe the era of globalization 3.0 ushered in by new media (abstract). It holds that such communication has released great social energy and become a source of innovation (abstract).',
    },
    context: general(
      '传播学常把它与“一对多”的大众传播相对照：在社交媒体上，每个人既能发布也能接收信息，信息可以在任意两点之间流动。',
      'Communication studies often contrast it with one-to-many mass communication: on social media anyone can both publish and receive, and information can flow between any two points.',
    ),
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
      zh: '摘要把微博称作“网络中国”：在摘要看来，外国机构只有通过这个平台，才能直接触达中国社会的各个阶层，汇聚不同职业的人群，并与多种多样的公共意见互动（摘要）。摘要认为，外国机构借助这一平台加强同中国和全球华人的交流、对话与合作（摘要）。',
      en: 'The abstract calls Weibo "Network China": the only platform through which foreign agencies can reach every stratum of Chinese society directly, bring together different professional groups and engage a plurality of public opinion (abstract). Through it, the abstract says, they strengthen exchange, dialogue and cooperation with China and Chinese people worldwide (abstract).',
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
      zh: '摘要认为，对外国而言，驻华政务微博已是了解中国社会情绪、与中国民意互动、认识中国发展的一条更直接也更有效的途径，属于国际公共关系和政治传播的一种方式（摘要）。摘要同时把它称为外国政府的现实需要（摘要）。',
      en: 'The abstract holds that foreign agencies’ Weibo accounts have become a more direct and effective form of international public relations and political communication for understanding Chinese public sentiment, engaging Chinese opinion and learning about China’s development (abstract). It also calls them a practical necessity for foreign governments (abstract).',
    },
    context: general(
      '国际公共关系一般指政府、机构或企业面向他国公众经营形象、建立信任的传播活动。',
      'International public relations generally means communication by a government, organisation or company to build its image and trust among another country’s public.',
    ),
    sources: [ABSTRACT],
    relations: [
      { type: 'related', target: 'public-diplomacy' },
      { type: 'related', target: 'political-communication' },
    ],
  },
  {
    id: 'political-communication',
    name: { zh: '政治传播', en: 'political communication' },
    category: 'gov-weibo',
    terms: [zh('政治傳播')],
    summary: {
      zh: '摘要把驻华政务微博看作国际公共关系和政治传播的一种方式，而且比以往的渠道更直接、更有效（摘要）。摘要认为，外国政府借此了解中国社会情绪、与中国民意互动、认识中国的发展（摘要）。',
      en: 'The abstract calls foreign agencies’ Weibo accounts a more direct and effective form of international public relations and political communication (abstract). Through them, it says, foreign governments gain insight into Chinese public sentiment, engage Chinese opinion and learn about China’s development (abstract).',
    },
    context: general(
      '政治传播一般指政治行为者（政府、政党、政治人物）与公众之间围绕政治信息的传播与互动，是传播学和政治学的交叉领域。',
      'Political communication generally means the exchange of political messages between political actors (governments, parties, politicians) and the public; it is a field shared by communication studies and political science.',
    ),
    sources: [ABSTRACT],
    relations: [],
  },
  {
    id: 'communications-with-chinese-audience',
    name: { zh: '对华传播', en: 'Communications With Chinese Audience' },
    category: 'gov-weibo',
    terms: [
      zh('對華傳播'),
      zh('面向中国受众的传播'),
      zh('面向中國受眾的傳播'),
      en('communications with Chinese audience'),
      en('communication with Chinese audiences'),
      en('communications with Chinese audiences'),
    ],
    summary: {
      zh: '“Communications With Chinese Audience”是第二篇论文的英文关键词之一；种子文本没有给出中文关键词，“对华传播”是本工具的译名（摘要）。摘要描述的正是这种传播：外国政府通过驻华政务微博加强同中国和全球华人的交流与对话，了解中国社会情绪、与中国民意互动，并在与中国网民的文化交流中经历共识与冲突（摘要）。',
      en: '"Communications With Chinese Audience" is one of the second paper’s English keywords; the seed gives no Chinese keywords, so the Chinese name on this card is our rendering (abstract). The abstract describes exactly this kind of communication: foreign governments using their Weibo accounts in China to strengthen exchange and dialogue with China and Chinese people worldwide, sense Chinese public sentiment and engage Chinese opinion, with consensus and conflict side by side in their cultural interaction with Chinese netizens (abstract).',
    },
    context: general(
      '“对华传播”在中文研究中一般指外国政府、媒体和机构面向中国受众开展的信息传播和公共外交。',
      'In Chinese scholarship, the Chinese name on this card generally means communication and public diplomacy aimed at Chinese audiences by foreign governments, media and organisations.',
    ),
    sources: [ABSTRACT],
    relations: [
      { type: 'related', target: 'weibo-accounts-of-foreign-agencies-in-china' },
      { type: 'related', target: 'public-socializing-of-governments' },
      { type: 'related', target: 'international-public-relations' },
    ],
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
      zh: '摘要在交代背景时说，中国积极参与全球治理、带动新一轮经济全球化，逐步走近世界舞台的中心，在全球建立起“朋友圈”和伙伴关系网络（摘要）。摘要接着说，与此同时，各国的政党、政府机构、政治人物和公共服务部门近年纷纷在微博开设账号（摘要）。',
      en: 'Setting the scene, the abstract says that as China took an active part in global governance and drove a new round of economic globalization, it moved towards the centre of the world and built a worldwide "circle of friends" and partnership network (abstract). Meanwhile, it goes on, parties, governments, politicians and public-service agencies from around the world have joined Weibo in recent years (abstract).',
    },
    sources: [ABSTRACT],
    relations: [],
  },
];
