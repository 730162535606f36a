import { hanWu } from '../outline';
import type { Concept, ConceptRelation, ConceptTerm, GeneralKnowledge, KeyFact, PaperLocation } from '../types';

/*
 * Han Xiao & Wu Zhicheng (2024): the introduction, §1 (sovereignty and the four roles) and §2 (the three
 * features), with the institutions, events, actors and technologies those sections name, in passing too.
 * Summaries say only what the paper says, in our own words, and mark the section of every sentence that speaks
 * for the paper (see attribution.ts). What the paper does not say (a definition, an origin, a date) goes in
 * `context`, shown on the card as general knowledge.
 */

const zh = (text: string): ConceptTerm => ({ text, lang: 'zh' });
/** A Chinese coinage that would also match across a word boundary: only between quotation marks. */
const zhQuoted = (text: string): ConceptTerm => ({ text, lang: 'zh', quoted: true });
/** An English common noun: plural / inflected forms match too. */
const en = (text: string): ConceptTerm => ({ text, lang: 'en', inflect: true });
/** An English proper name: matched as written (case-insensitive), no inflection. */
const name = (text: string): ConceptTerm => ({ text, lang: 'en' });
/** An acronym: case-sensitive so it does not light up inside ordinary words. */
const acronym = (text: string): ConceptTerm => ({ text, lang: 'en', caseSensitive: true });
const fact = (section: string, zhText: string, enText: string): KeyFact => ({
  text: { zh: zhText, en: enText },
  paper: 'han-wu-2024',
  section,
});
const general = (zhText: string, enText: string): GeneralKnowledge => ({
  basis: 'general-knowledge',
  text: { zh: zhText, en: enText },
});
const broader = (target: string): ConceptRelation => ({ type: 'broader', target });
const narrower = (target: string): ConceptRelation => ({ type: 'narrower', target });
const related = (target: string): ConceptRelation => ({ type: 'related', target });
const contrasts = (target: string): ConceptRelation => ({ type: 'contrasts-with', target });

/** The second paper's abstract, for cards of this part that it also speaks to. */
const GOV_WEIBO_ABSTRACT: PaperLocation = {
  paper: 'gov-weibo-socializing',
  section: 'abstract',
  heading: { zh: '摘要', en: 'Abstract' },
};

export const PART1_CONCEPTS: Concept[] = [
  // ── Introduction: the names and forms of digital diplomacy ──────────────────────────────────────
  {
    id: 'digital-diplomacy',
    name: { zh: '数字外交', en: 'digital diplomacy' },
    category: 'form',
    terms: [zh('數字外交'), zh('數位外交'), zh('数码外交'), zh('數碼外交'), name('digiplomacy')],
    summary: {
      zh: '作者把数字外交理解为：主权国家在国际法和惯例的框架内，由元首、政府机构和专职外交人员借助互联网平台、信息通信技术和社交媒体处理对外事务、谋求国家利益的各种手段与行动（§1）。作者认为，它把国家行使主权的空间从现实延伸到了虚拟世界，但以独立、平等、自主为核心的主权权利并未因此改变（§1）。引言指出，新冠疫情的暴发和蔓延直接加快了数字技术在外交工作中的应用（引言）。第二部分归纳了它的三个特征：国家是主要行为体，议题广泛多元，各国目标各不相同（§2）。',
      en: 'The authors take digital diplomacy to be all the means and actions by which a sovereign state, within international law and custom, uses internet platforms, information and communication technology and social media, through its head of state, agencies and dedicated staff, to handle foreign affairs and pursue its interests (§1). In their view it carries the exercise of sovereignty from physical into virtual space without changing the core sovereign rights of independence, equality and autonomy (§1). The introduction says the outbreak and spread of COVID-19 directly sped up the use of digital technology in diplomatic work (introduction). Part 2 sums up its three features: the state is the main actor, the issues are broad and varied, and countries pursue different goals (§2).',
    },
    sources: [hanWu('1'), hanWu('intro'), hanWu('2')],
    relations: [related('digital-sovereignty'), related('public-diplomacy'), related('cyberspace-governance')],
  },
  {
    id: 'twitter-diplomacy',
    name: { zh: '推特外交', en: 'Twitter diplomacy' },
    category: 'form',
    terms: [name('Twiplomacy'), zh('Twitter外交')],
    summary: {
      zh: '引言把推特外交列为外交行为数字化后出现的表现形式之一（引言）。第二部分举例说，特朗普的个人推特账号成了美国外交的窗口（§2(3)）。',
      en: 'The introduction lists Twitter diplomacy among the forms diplomacy has taken as it goes digital (introduction). Part 2 gives the example of Donald Trump, whose personal Twitter account became a window of US diplomacy (§2(3)).',
    },
    context: general(
      '这一说法通常指国家领导人、外交部门和外交官用推特（2023年更名为X）账号直接发布立场、与外国公众互动；英文里也叫 Twiplomacy。',
      'The phrase usually means leaders, foreign ministries and diplomats stating positions and engaging foreign publics directly from their Twitter accounts (the platform was renamed X in 2023); it is also called Twiplomacy.',
    ),
    sources: [hanWu('intro'), hanWu('2(3)')],
    relations: [
      broader('digital-diplomacy'),
      related('new-media-diplomacy'),
      related('digital-image'),
      related('twitter'),
    ],
    facts: [
      fact(
        '2(3)',
        '特朗普的个人推特账号成为美国外交的窗口。',
        "Donald Trump's personal Twitter account became a window of US diplomacy.",
      ),
    ],
  },
  {
    id: 'cyber-diplomacy',
    name: { zh: '网络外交', en: 'cyber diplomacy' },
    category: 'form',
    terms: [zh('網絡外交'), zh('網路外交'), en('cyberdiplomacy')],
    summary: {
      zh: '引言把网络外交与推特外交、电子外交、虚拟外交和新媒体外交并列，作为外交行为数字化的表现形式之一（引言）。论文正文通篇用“数字外交”作总称，网络外交这一说法只在引言里出现（引言）。',
      en: 'The introduction lists cyber diplomacy with Twitter, electronic, virtual and new media diplomacy as forms that digitalised diplomacy takes (introduction). The body of the paper uses "digital diplomacy" as its umbrella term; cyber diplomacy appears only in this list in the introduction (introduction).',
    },
    context: general(
      '一般用法中，网络外交既指借助互联网开展的外交，也指围绕网络空间议题（网络安全、网络治理、网络规则）开展的外交；英文 cyber diplomacy 多取后一义。',
      'In general usage the phrase covers both diplomacy conducted over the internet and diplomacy about cyberspace issues (security, governance, norms); in English, cyber diplomacy usually means the latter.',
    ),
    sources: [hanWu('intro')],
    relations: [broader('digital-diplomacy'), related('cyberspace-governance')],
  },
  {
    id: 'e-diplomacy',
    name: { zh: '电子外交', en: 'e-diplomacy' },
    category: 'form',
    terms: [zh('電子外交'), name('eDiplomacy'), name('ediplomacy'), en('electronic diplomacy')],
    summary: {
      zh: '引言把电子外交列为外交行为数字化的表现形式之一（引言）。第二部分提到，美国国务院在“9·11”事件次年成立电子外交工作组，用来加强部内的信息共享、打破部门之间的协作障碍（§2(1)）。',
      en: 'The introduction lists e-diplomacy among the forms of digitalised diplomacy (introduction). Part 2 mentions that the US State Department set up an e-diplomacy task force in the year after 9/11 to improve information sharing within the department and overcome barriers between its units (§2(1)).',
    },
    context: general(
      '这一说法流行于2000年代，多指外交部门用信息系统和网络改进内部工作与对外服务；美国国务院后来设有 eDiplomacy 办公室。',
      'The label was common in the 2000s for foreign ministries using information systems and networks to improve their internal work and public services; the US State Department later had an Office of eDiplomacy.',
    ),
    sources: [hanWu('intro'), hanWu('2(1)')],
    relations: [broader('digital-diplomacy'), related('e-diplomacy-task-force')],
  },
  {
    id: 'virtual-diplomacy',
    name: { zh: '虚拟外交', en: 'virtual diplomacy' },
    category: 'form',
    terms: [zh('虛擬外交')],
    summary: {
      zh: '引言把虚拟外交列为数字化外交的表现形式之一，并说高度仿真的虚拟外交场景让国际社会和普通人对数字外交的功能有了切身体会（引言）。第一部分描述了它的做法：借助数字虚拟技术，访问、会见和谈判可以远程完成，不受时空限制；疫情蔓延期间，这既保护了外交人员的健康，也省下了交通、安保、后勤等开支（§1(1)）。',
      en: 'The introduction lists virtual diplomacy among the forms of digitalised diplomacy and says lifelike virtual diplomatic settings let the international community and ordinary people feel what digital diplomacy does (introduction). Part 1 describes how it works: with digital virtual technology, visits, meetings and negotiations can happen at a distance, free of limits of time and place; during the pandemic this also protected diplomats’ health and saved travel, security and logistics costs (§1(1)).',
    },
    sources: [hanWu('intro'), hanWu('1(1)')],
    relations: [broader('digital-diplomacy'), related('video-summit')],
  },
  {
    id: 'new-media-diplomacy',
    name: { zh: '新媒体外交', en: 'new media diplomacy' },
    category: 'form',
    terms: [zh('新媒體外交')],
    summary: {
      zh: '引言把新媒体外交与推特外交、网络外交等并列，作为外交行为数字化的表现之一（引言）。第二篇论文的摘要也从新媒体说起，认为新媒体引领了全球化3.0时代的到来（摘要）。',
      en: 'The introduction places new media diplomacy beside Twitter diplomacy and cyber diplomacy as signs that diplomacy is going digital (introduction). The second paper’s abstract also starts from new media, which it says ushered in the era of globalization 3.0 (abstract).',
    },
    context: general(
      '一般指政府和外交机构借助社交媒体、视频平台等新兴网络媒体开展对外传播与互动，区别于依靠报纸、广播、电视的传统做法。',
      'It usually means governments and diplomatic services using social media, video platforms and other new online media for outreach and dialogue, as distinct from working through newspapers, radio and television.',
    ),
    sources: [hanWu('intro'), GOV_WEIBO_ABSTRACT],
    relations: [broader('digital-diplomacy'), related('public-diplomacy')],
  },
  {
    id: 'social-media',
    name: { zh: '社交媒体', en: 'social media' },
    category: 'form',
    terms: [zh('社交媒體'), zh('社群媒體'), zh('社群媒体')],
    summary: {
      zh: '论文把社交媒体与互联网平台、信息通信技术一起写进数字外交的定义，作为开展数字外交的手段（§1）。作者指出，社交媒体让外交官从神秘刻板的形象变成能与公众、尤其是年轻人公开对话的普通人（§1(1)）。第二部分说，如今大多数国家的领导人、驻外大使和新闻发言人都开设了社交媒体个人账号，这些账号成为国家外交的“前哨”（§2(1)）。第三部分则提醒，社交媒体已是各国政府发布信息、开展政治活动的平台，数据泄露和虚假信息也随之成为数字外交的隐忧（§3(1)）。',
      en: 'The paper writes social media into its definition of digital diplomacy, with internet platforms and ICT, as a means of conducting it (§1). The authors note that social media turned diplomats from mysterious, stiff figures into people who talk openly with the public, the young above all (§1(1)). Part 2 says most leaders, ambassadors and spokespersons now have personal accounts, which have become outposts of national diplomacy (§2(1)). Part 3 warns that, as social media has become a working platform for governments, data leaks and disinformation on it have become a worry for digital diplomacy (§3(1)).',
    },
    sources: [hanWu('1'), hanWu('1(1)'), hanWu('2(1)'), hanWu('3(1)')],
    relations: [related('new-media-diplomacy'), related('digital-image'), related('twitter')],
  },
  {
    id: 'covid-19-pandemic',
    name: { zh: '新冠疫情', en: 'COVID-19 pandemic' },
    category: 'event',
    terms: [zh('新冠肺炎疫情'), name('COVID pandemic'), name('Covid-19 pandemic')],
    summary: {
      zh: '引言认为，新冠疫情的暴发和持续蔓延直接加快了外交工作对数字技术的运用，数字外交也因此成了新时期外交理论和实践创新的一个重要方向（引言）。第二部分以疫情期间在线举行的G20特别峰会、中法德领导人视频峰会和线上线下结合的第76届联大一般性辩论为例（§2(2)）。第四部分认为疫情暴发直接加速了中国数字外交第三阶段的到来，其间中国一再被推到网络舆论的风口浪尖（§4）。',
      en: 'The introduction holds that the outbreak and spread of COVID-19 directly accelerated the use of digital technology in diplomacy and made digital diplomacy an important field of innovation in diplomatic theory and practice (introduction). Part 2 draws its examples from the pandemic: the online extraordinary G20 summit, the China-France-Germany video summits and the partly online 76th UN General Assembly debate (§2(2)). Part 4 says the outbreak hastened the third stage of China’s digital diplomacy, in which China was repeatedly at the centre of online controversy (§4).',
    },
    context: general(
      '世界卫生组织于2020年3月11日宣布新冠疫情构成全球大流行，2023年5月宣布其不再构成国际关注的突发公共卫生事件。',
      'The World Health Organization declared COVID-19 a pandemic on 11 March 2020 and in May 2023 declared that it no longer constituted a public health emergency of international concern.',
    ),
    sources: [hanWu('intro'), hanWu('2(2)'), hanWu('4')],
    relations: [
      related('third-stage-of-chinas-digital-diplomacy'),
      related('g20-extraordinary-leaders-summit-on-covid-19'),
    ],
  },

  // ── §1 Sovereignty as the foundation ────────────────────────────────────────────────────────────
  {
    id: 'digital-sovereignty',
    name: { zh: '数字主权', en: 'digital sovereignty' },
    category: 'foundation',
    terms: [zh('數字主權'), zh('數位主權')],
    summary: {
      zh: '作者认为，随着数字技术的发展和普及，国家主权自然延伸到信息通信技术支撑的互联网空间，数字主权由此产生（§1）。在作者看来，数字主权赋予一国数字外交正当性和自主性，国家可据此自主处理其管辖范围内虚拟空间的事务，他国无权侵犯或干涉（§1）。第三部分指出，随着技术民族主义兴起，外交的职能越来越偏重维护国家的数字主权（§3(3)）。',
      en: 'The authors argue that as digital technology spread, state sovereignty extended naturally into the ICT-based internet space, and digital sovereignty arose (§1). In their view it gives a state’s digital diplomacy its legitimacy and autonomy, and lets the state run the affairs of the virtual space under its jurisdiction without infringement or interference by others (§1). Part 3 observes that with the rise of techno-nationalism, diplomacy puts more weight on defending national digital sovereignty (§3(3)).',
    },
    sources: [hanWu('1'), hanWu('3(3)')],
    relations: [related('internet-sovereignty'), related('new-order-in-international-cyberspace')],
  },
  {
    id: 'internet-sovereignty',
    name: { zh: '互联网主权', en: 'internet sovereignty' },
    category: 'foundation',
    terms: [
      zh('互聯網主權'),
      zh('網際網路主權'),
      zh('网络主权'),
      zh('網絡主權'),
      zh('網路主權'),
      zh('网络空间主权'),
      zh('網絡空間主權'),
      zh('網路空間主權'),
      en('cyber sovereignty'),
    ],
    summary: {
      zh: '第一部分开头引用国务院新闻办2010年6月8日发布的《中国互联网状况》白皮书：互联网是国家的重要基础设施，在中国境内运行的互联网归中国主权管辖，中国的互联网主权应当得到尊重和维护（§1）。作者随后论证，主权与外交相辅相成的逻辑在数字空间同样成立，并由此引出数字主权的概念（§1）。',
      en: 'Part 1 opens with the white paper "The Internet in China", issued by the State Council Information Office on 8 June 2010: the internet is key national infrastructure, the internet within China falls under Chinese sovereign jurisdiction, and China’s internet sovereignty should be respected and protected (§1). The authors then argue that the mutual dependence of sovereignty and diplomacy holds in digital space too, which leads them to digital sovereignty (§1).',
    },
    context: general(
      '中国法律中相应的表述是“网络空间主权”，见2015年《国家安全法》和2017年施行的《网络安全法》；国际上常译作 cyber sovereignty。',
      'Chinese law speaks of "cyberspace sovereignty", in the National Security Law of 2015 and the Cybersecurity Law in force since 2017; it is often rendered in English as cyber sovereignty.',
    ),
    sources: [hanWu('1')],
    relations: [
      related('internet-in-china-white-paper'),
      contrasts('internet-freedom'),
      related('cyberspace-governance'),
    ],
    facts: [
      fact(
        '1',
        '2010年6月8日，国务院新闻办发布《中国互联网状况》白皮书，提出中国的互联网主权应受到尊重和维护。',
        'On 8 June 2010 the State Council Information Office issued the white paper "The Internet in China", stating that China\'s internet sovereignty should be respected and protected.',
      ),
    ],
  },
  {
    id: 'digital-power-politics',
    name: { zh: '数字强权政治', en: 'digital power politics' },
    category: 'foundation',
    terms: [zh('數字強權政治'), zh('數位強權政治')],
    summary: {
      zh: '第一部分认为，以数字主权为依托的数字外交，是一国抵制数字强权政治与霸权行为、塑造数字空间国际新秩序的有力手段（§1）。结语没有再用这个词，但表示中国坚决反对少数国家凭借数字技术上的优势去操纵、垄断国际舆论，并提到单边主义和强权政治对国际体系的冲击（结语）。',
      en: 'Part 1 holds that digital diplomacy grounded in digital sovereignty is a strong means for a state to resist digital power politics and hegemonic behaviour and to shape a new international order in digital space (§1). The conclusion does not repeat the term but states China’s firm opposition to a few countries using their digital lead to manipulate and monopolise international opinion, and mentions the blows unilateralism and power politics deal the international system (conclusion).',
    },
    context: general(
      '“强权政治”是中国外交话语中的常用词，指大国凭实力把意志强加于人；“数字强权政治”把它用于数字技术与平台领域。',
      '"Power politics" is a stock phrase of Chinese diplomatic language for strong states imposing their will by force; "digital power politics" carries it into digital technology and platforms.',
    ),
    sources: [hanWu('1'), hanWu('conclusion')],
    relations: [contrasts('digital-sovereignty'), contrasts('new-order-in-international-cyberspace')],
  },
  {
    id: 'internet-in-china-white-paper',
    name: { zh: '《中国互联网状况》白皮书', en: 'The Internet in China white paper' },
    category: 'event',
    terms: [zh('中国互联网状况'), zh('中國互聯網狀況'), zh('《中國互聯網狀況》白皮書')],
    summary: {
      zh: '国务院新闻办于2010年6月8日发布的白皮书（§1）。作者引用其中三点：互联网是国家重要基础设施，中国境内互联网属于中国主权管辖，中国的互联网主权应受尊重和维护，并以此作为论证数字主权的起点（§1）。',
      en: 'A white paper the State Council Information Office released on 8 June 2010 (§1). The authors quote three of its points, that the internet is key national infrastructure, that the internet within China is under Chinese sovereign jurisdiction and that China’s internet sovereignty should be respected and protected, as the starting point of their argument about digital sovereignty (§1).',
    },
    sources: [hanWu('1')],
    relations: [related('internet-sovereignty'), related('state-council-information-office')],
    facts: [
      fact(
        '1',
        '发布时间：2010年6月8日；发布机构：国务院新闻办。',
        'Released on 8 June 2010 by the State Council Information Office.',
      ),
    ],
  },
  {
    id: 'state-council-information-office',
    name: { zh: '国务院新闻办公室', en: 'State Council Information Office' },
    category: 'institution',
    terms: [
      zh('国务院新闻办'),
      zh('國務院新聞辦公室'),
      zh('國務院新聞辦'),
      zh('国新办'),
      zh('國新辦'),
      acronym('SCIO'),
    ],
    summary: {
      zh: '论文第一部分提到，国务院新闻办于2010年6月8日发布了《中国互联网状况》白皮书（§1）。作者引用白皮书中关于中国互联网主权应受尊重和维护的表述，作为论证数字主权的起点（§1）。',
      en: 'Part 1 of the paper notes that the State Council Information Office issued the white paper "The Internet in China" on 8 June 2010 (§1). The authors quote its statement that China’s internet sovereignty should be respected and protected as the starting point for their argument about digital sovereignty (§1).',
    },
    context: general(
      '国务院新闻办公室是中国政府负责对外介绍国情、发布白皮书和举行新闻发布会的机构。',
      'The State Council Information Office is the Chinese government body that presents China to the world, publishes white papers and holds press conferences.',
    ),
    sources: [hanWu('1')],
    relations: [],
  },
  {
    id: 'information-and-communication-technology',
    name: { zh: '信息通信技术', en: 'information and communication technology' },
    category: 'foundation',
    terms: [
      zh('信息通讯技术'),
      zh('資訊通信技術'),
      zh('信息通信技術'),
      zh('資訊通訊技術'),
      zh('資通訊技術'),
      zh('信息通訊技術'),
      en('information and communications technology'),
      acronym('ICT'),
      acronym('ICTs'),
    ],
    summary: {
      zh: '第一部分认为，国家主权延伸到了信息通讯技术支撑的互联网空间，数字主权由此产生；作者也把信息通信技术写进数字外交的定义，与互联网平台和社交媒体并列为其手段（§1）。第三部分引用的数据显示，不发达国家47%的离线人口仍负担不起这类服务的费用（原文写作“ICI服务”，应为ICT之误）（§3(2)）。',
      en: 'Part 1 argues that sovereignty extended into the internet space that ICT supports, giving rise to digital sovereignty; the authors also write ICT into their definition of digital diplomacy, beside internet platforms and social media, as one of its means (§1). Figures cited in Part 3 show that 47% of the offline population in less developed countries still cannot afford ICT services (the text prints “ICI”, evidently for ICT) (§3(2)).',
    },
    context: general(
      '信息通信技术（ICT）泛指用于获取、处理、存储和传输信息的技术，包括电信网络、计算机、互联网和移动通信等。',
      'Information and communication technology (ICT) covers the technologies that capture, process, store and transmit information: telecom networks, computers, the internet and mobile communications.',
    ),
    sources: [hanWu('1'), hanWu('3(2)')],
    relations: [related('digital-sovereignty'), related('digital-divide')],
  },

  // ── §1(1) An aid and complement to traditional diplomacy ────────────────────────────────────────
  {
    id: 'digital-image',
    name: { zh: '数字形象', en: 'digital image' },
    category: 'function',
    terms: [zh('數字形象'), zh('數位形象'), zh('数字身影'), zh('數字身影')],
    summary: {
      zh: '作者认为，国家元首和外交官的“数字形象”是公众接触数字外交时最直接的印象（§1(1)）。作者还指出，借助社交媒体，外交官不再是神秘、拘谨、刻板的形象，而成了能与众多公众、尤其是年轻人公开对话的真实个体（§1(1)）。第四部分则用“数字身影”描述习近平以视频方式频繁出席一系列重大多边外交活动（§4）。',
      en: 'The authors call the "digital image" of heads of state and diplomats the most immediate way the public experiences digital diplomacy (§1(1)). They add that social media has turned diplomats from mysterious, rigorous and stiff figures into real individuals who talk openly with large audiences, the young above all (§1(1)). Part 4 uses the related phrase "digital presence" for Xi Jinping’s frequent video appearances at major multilateral events (§4).',
    },
    sources: [hanWu('1(1)'), hanWu('4')],
    relations: [related('national-image'), related('twitter-diplomacy')],
  },
  {
    id: 'citizen-topics',
    name: { zh: '公民话题', en: 'citizen topics' },
    category: 'function',
    terms: [zh('公民話題'), en("citizens' topic")],
    summary: {
      zh: '作者用“公民话题”描述数字社会中的一个变化：外交信息原本要经过层层组织才能传到公众，这道壁垒如今被打破，曾经离普通人很远的外交议题也能在网上引发热烈讨论（§1(1)）。作者把这视为数字外交辅助和补充传统外交的表现之一（§1(1)）。',
      en: 'The authors use "citizen topics" for a change in digital society: the organisational walls around traditional diplomatic communication have been broken, and diplomatic questions once remote from ordinary life can set off lively public debate (§1(1)). They count this among the ways digital diplomacy aids and complements traditional diplomacy (§1(1)).',
    },
    sources: [hanWu('1(1)')],
    relations: [related('openness-of-the-diplomatic-process')],
  },
  {
    id: 'national-image',
    name: { zh: '国家形象', en: 'national image' },
    category: 'theory',
    terms: [zh('國家形象'), en('country image')],
    summary: {
      zh: '作者认为，数字技术让国家有了说明外交立场、回应海外舆论、经营自身形象的理想场所（§1(1)）。第二部分以印度为例：一些印度外交官在社交媒体上开设账号，借国家形象的“品牌化”经营印度的国际形象（§2(3)）。第四部分说，北京冬奥会让世界看到一个创新、现代而友好的中国（§4）。',
      en: 'The authors see digital technology as an ideal arena for a state to state its diplomatic positions, respond to overseas opinion and shape its national image (§1(1)). Part 2 gives India as an example: some Indian diplomats run social media accounts that "brand" the national image to shape India’s international standing (§2(3)). Part 4 says the Beijing Winter Olympics showed the world an innovative, modern and friendly image of China (§4).',
    },
    context: general(
      '国家形象一般指一国在其他国家公众和政府心目中的整体印象，是公共外交和国家品牌研究的核心概念。',
      'National image usually means the overall impression a country leaves on other countries’ publics and governments; it is a core notion of public diplomacy and nation-branding research.',
    ),
    sources: [hanWu('1(1)'), hanWu('2(3)'), hanWu('4')],
    relations: [related('soft-power')],
  },

  // ── §1(2) An important driver of new diplomatic practice ────────────────────────────────────────
  {
    id: 'openness-of-the-diplomatic-process',
    name: { zh: '外交过程公开化', en: 'openness of the diplomatic process' },
    category: 'function',
    terms: [zh('外交過程公開化'), en('diplomatic openness'), en('transparency of the diplomatic process')],
    summary: {
      zh: '作者认为，数字外交回应了公众对国际事务透明、外交过程公开和领事服务便捷的期待（§1）。第一部分第二节说，数字化冲击了传统外交“自上而下”的进程和“黑箱政治”的特性，推动外交过程公开化；公众迁入数字空间、信息高速流动，也使传统外交无法再独占跨国政治信息（§1(2)）。',
      en: 'The authors see digital diplomacy as meeting public demand for transparent international affairs, an open diplomatic process and convenient consular services (§1). Section 1(2) argues that digitalisation undermines the top-down process and black-box character of traditional diplomacy and opens it up; the public’s move into digital space and the fast flow of information also end traditional diplomacy’s monopoly on cross-border political information (§1(2)).',
    },
    sources: [hanWu('1(2)'), hanWu('1')],
    relations: [contrasts('black-box-politics')],
  },
  {
    id: 'black-box-politics',
    name: { zh: '黑箱政治', en: 'black-box politics' },
    category: 'function',
    terms: [en('blackbox politics')],
    summary: {
      zh: '论文用“黑箱政治”形容传统外交的一种特性，并认为数字化正在冲击传统外交自上而下的进程和黑箱政治，推动外交过程走向公开（§1(2)）。作者还指出，公众转向数字空间、信息快速流动，让传统外交不再能独占跨国政治信息，外交过程因此更加透明（§1(2)）。',
      en: 'The paper uses "black-box politics" for a trait of traditional diplomacy and argues that digitalisation is eroding its top-down process and black-box politics and opening diplomacy up (§1(2)). The authors add that the public’s shift into digital space and the fast flow of information dissolve traditional diplomacy’s monopoly on cross-border political information and make the process more transparent (§1(2)).',
    },
    context: general(
      '“黑箱”原是控制论和系统论的用语，指只能看到输入和输出、看不到内部过程的系统；用于政治，指决策过程不为外界所知。',
      'A "black box" in cybernetics and systems theory is a system whose inputs and outputs can be seen but not its inner workings; in politics, decision-making hidden from outsiders.',
    ),
    sources: [hanWu('1(2)')],
    relations: [],
  },
  {
    id: 'refined-diplomacy',
    name: { zh: '精细外交', en: 'refined diplomacy' },
    category: 'function',
    terms: [zh('精細外交'), en('fine-grained diplomacy')],
    summary: {
      zh: '作者说，外交机构借数字技术汇集海量数据、从中找出关键信息，用来做舆情管理、危机预警和灾害响应，许多国家外交的决策、规划和执行因此由“粗放外交”转向“精细外交”（§1(2)）。同一段还列出另外两组转变：由“反应外交”到“预防外交”，由“普遍外交”到“定制外交”（§1(2)）。',
      en: 'The authors say foreign ministries use digital technology to gather massive data and pick out key information for opinion management, crisis early warning and disaster response, which moves many states’ diplomatic decisions, planning and execution from broad-brush to refined diplomacy (§1(2)). The same passage names two more shifts: from reactive to preventive diplomacy, and from one-size-fits-all to customized diplomacy (§1(2)).',
    },
    sources: [hanWu('1(2)')],
    relations: [contrasts('broad-brush-diplomacy'), related('public-opinion-management')],
  },
  {
    id: 'broad-brush-diplomacy',
    name: { zh: '粗放外交', en: 'broad-brush diplomacy' },
    category: 'function',
    terms: [],
    summary: {
      zh: '论文把“粗放外交”作为“精细外交”的对照（§1(2)）。作者认为，海量数据和关键信息识别能力使许多国家外交的决策、规划和执行从前者转向后者（§1(2)）。',
      en: 'The paper sets broad-brush diplomacy against refined diplomacy (§1(2)). The authors hold that the capacity to gather massive data and identify key information is moving many states’ diplomatic decisions, planning and execution from the one to the other (§1(2)).',
    },
    context: general(
      '“粗放”一词借自经济学中的“粗放型增长”，指靠投入数量而非精细管理；用于外交，指不依据细致数据、较为笼统的做法。',
      'The Chinese word borrows from economics, where "extensive" growth relies on more inputs rather than finer management; applied to diplomacy it means rough, undifferentiated practice not based on detailed data.',
    ),
    sources: [hanWu('1(2)')],
    relations: [],
  },
  {
    id: 'preventive-diplomacy',
    name: { zh: '预防外交', en: 'preventive diplomacy' },
    category: 'function',
    terms: [zh('預防外交'), en('preventative diplomacy')],
    summary: {
      zh: '作者认为，外交机构借数字技术汇集海量数据、从中找出关键信息，用来做舆情管理、危机预警和灾害响应，使许多国家的外交由“反应外交”转向“预防外交”（§1(2)）。论文把这一转变列为数字外交推动新型外交实践的表现之一（§1(2)）。',
      en: 'The authors argue that when foreign ministries use digital technology to gather data and identify key information for opinion management, crisis early warning and disaster response, many states’ diplomacy moves from reactive to preventive (§1(2)). The paper counts this shift among the ways digital diplomacy drives new diplomatic practice (§1(2)).',
    },
    context: general(
      '“预防外交”在国际关系中早有其义：联合国秘书长加利1992年在《和平纲领》中把它界定为防止争端产生、防止争端升级为冲突、并在冲突发生时限制其扩散的行动。',
      'Preventive diplomacy has an established meaning in international relations: in "An Agenda for Peace" (1992) UN Secretary-General Boutros-Ghali defined it as action to prevent disputes from arising, from escalating into conflict, and from spreading when conflicts occur.',
    ),
    sources: [hanWu('1(2)')],
    relations: [contrasts('reactive-diplomacy'), related('crisis-early-warning')],
  },
  {
    id: 'reactive-diplomacy',
    name: { zh: '反应外交', en: 'reactive diplomacy' },
    category: 'function',
    // Quoted only: unquoted, 反应外交 also turns up across a boundary (作出反应外交部…).
    terms: [zhQuoted('反应外交'), zhQuoted('反應外交')],
    summary: {
      zh: '论文把“反应外交”与“预防外交”对照，认为数据获取和关键信息识别使许多国家的外交由前者转向后者（§1(2)）。论文把这一转变列为数字外交推动新型外交实践的表现之一（§1(2)）。',
      en: 'The paper sets reactive diplomacy against preventive diplomacy and holds that gathering data and identifying key information are moving many states from the former to the latter (§1(2)). The paper counts this shift among the ways digital diplomacy drives new diplomatic practice (§1(2)).',
    },
    context: general(
      '字面上，“反应外交”指在事件发生之后才被动应对的外交方式。',
      'Literally, reactive diplomacy is diplomacy that responds only after events have happened.',
    ),
    sources: [hanWu('1(2)')],
    relations: [],
  },
  {
    id: 'customized-diplomacy',
    name: { zh: '定制外交', en: 'customized diplomacy' },
    category: 'function',
    // Quoted only: unquoted, 定制外交 also matches 定制 + 外交礼品 / 外交官 across a word boundary.
    terms: [
      zhQuoted('定制外交'),
      zhQuoted('定製外交'),
      zhQuoted('訂製外交'),
      en('customised diplomacy'),
      en('tailored diplomacy'),
    ],
    summary: {
      zh: '论文把“定制外交”与“普遍外交”对照，认为数字技术使许多国家的外交由后者转向前者（§1(2)）。作者把这一转变归因于外交机构能够借助数字技术获取海量数据、识别关键信息（§1(2)）。',
      en: 'The paper sets customized diplomacy against one-size-fits-all diplomacy and holds that digital technology is moving many states from the latter to the former (§1(2)). The authors trace the shift to foreign ministries’ new ability to gather massive data and pick out key information (§1(2)).',
    },
    context: general(
      '“定制”本指按个别需要量身制作；用于外交，大意是针对不同对象和情境设计不同的做法。',
      'To customise is to make something to an individual’s needs; applied to diplomacy, it means designing different approaches for different audiences and situations.',
    ),
    sources: [hanWu('1(2)')],
    relations: [contrasts('one-size-fits-all-diplomacy')],
  },
  {
    id: 'one-size-fits-all-diplomacy',
    name: { zh: '普遍外交', en: 'one-size-fits-all diplomacy' },
    category: 'function',
    // Quoted only: unquoted, 普遍外交 also matches 普遍 + 外交关系 / 外交承认 across a word boundary.
    terms: [zhQuoted('普遍外交')],
    summary: {
      zh: '论文把“普遍外交”与“定制外交”对照，认为数字技术使许多国家的外交正由前者转向后者（§1(2)）。作者把这一转变归因于外交机构能够借助数字技术获取海量数据、识别关键信息（§1(2)）。',
      en: 'The paper sets one-size-fits-all diplomacy against customized diplomacy and holds that digital technology is moving many states from the former to the latter (§1(2)). The authors trace the shift to foreign ministries’ new ability to gather massive data and pick out key information (§1(2)).',
    },
    context: general(
      '字面上，“普遍外交”指对各类对象采用同一套做法；英文名 one-size-fits-all diplomacy 是本工具的译法。',
      'Literally, the Chinese term means applying one approach to every audience; the English name is our rendering.',
    ),
    sources: [hanWu('1(2)')],
    relations: [],
  },
  {
    id: 'public-opinion-management',
    name: { zh: '舆情管理', en: 'public opinion management' },
    category: 'function',
    terms: [zh('輿情管理'), en('public sentiment management')],
    summary: {
      zh: '作者指出，外交机构能借数字技术汇集海量数据、从中找出关键信息，用于舆情管理、危机预警和灾害响应（§1(2)）。作者把这些新能力视为外交决策由粗放转向精细、由反应转向预防的原因之一（§1(2)）。第一部分第一节还提到，数字技术让国家有了回应海外舆论的理想场所（§1(1)）。',
      en: 'The authors note that foreign ministries can use digital technology to gather massive data and identify key information for public opinion management, crisis early warning and disaster response (§1(2)). They count these new capacities among the reasons diplomacy is moving from broad-brush to refined and from reactive to preventive (§1(2)). Section 1(1) adds that digital technology gives a state an ideal arena for responding to opinion abroad (§1(1)).',
    },
    sources: [hanWu('1(2)'), hanWu('1(1)')],
    relations: [related('crisis-early-warning')],
  },
  {
    id: 'crisis-early-warning',
    name: { zh: '危机预警', en: 'crisis early warning' },
    category: 'function',
    terms: [zh('危機預警')],
    summary: {
      zh: '作者把危机预警与舆情管理、灾害响应并列，作为外交机构借助数字技术获取和分析数据后可以开展的工作（§1(2)）。第五部分也主张借助数字技术在全球范围加强风险评估和安全预警，更及时地保护受动荡、灾害和恐袭影响的海外公民（§5(4)）。',
      en: 'The authors list crisis early warning with opinion management and disaster response as work that foreign ministries can do once digital technology lets them gather and analyse data (§1(2)). Part 5 likewise calls for digital tools to strengthen risk assessment and safety warnings worldwide, so that citizens abroad hit by unrest, disasters or terrorist attacks are protected in time (§5(4)).',
    },
    sources: [hanWu('1(2)'), hanWu('5(4)')],
    relations: [],
  },
  {
    id: 'disaster-response',
    name: { zh: '灾害响应', en: 'disaster response' },
    category: 'function',
    terms: [zh('災害響應'), zh('災害應變')],
    summary: {
      zh: '作者把灾害响应与舆情管理、危机预警并列，作为外交机构凭借海量数据和关键信息识别可以开展的工作（§1(2)）。同一节还说，双边对话、多边会谈和首脑峰会等传统形式正延伸到对外传播、与公众互动、领事服务和灾害响应等领域，新型外交实践因此迅速发展（§1(2)）。',
      en: 'The authors list disaster response with opinion management and crisis early warning as work foreign ministries can do with massive data and the identification of key information (§1(2)). The same section says traditional forms of diplomacy are extending into diplomatic communication, public engagement, consular services and disaster response, and new practice is growing fast as a result (§1(2)).',
    },
    sources: [hanWu('1(2)')],
    relations: [related('crisis-early-warning')],
  },
  {
    id: 'non-professional-diplomats',
    name: { zh: '非职业外交人员', en: 'non-professional diplomats' },
    category: 'actor',
    terms: [zh('非職業外交人員'), en('non-professional diplomat')],
    summary: {
      zh: '作者指出，在新的外交实践中，不只职业外交官，政治领袖、行业精英和舆论焦点人物这些传统上不属于外交队伍的人，也能借社交媒体发布与外交决策有关的信息（§1(2)）。论文把这看作外交主体增多、外交方式多样化的一个方面（§1(2)）。',
      en: 'The authors observe that in new diplomatic practice, besides career diplomats, people traditionally outside diplomacy, such as political leaders, industry elites and public figures in the spotlight, can put out information on diplomatic decisions through social media (§1(2)). The paper treats this as part of the growth in diplomatic actors and the diversification of diplomatic methods (§1(2)).',
    },
    sources: [hanWu('1(2)')],
    relations: [related('actors-of-digital-diplomacy'), related('social-media')],
  },

  // ── §1(3) A catalyst of intensifying international competition ──────────────────────────────────
  {
    id: 'digital-information-warfare',
    name: { zh: '数字信息战', en: 'digital information warfare' },
    category: 'function',
    terms: [zh('數字信息戰'), zh('數字資訊戰'), zh('數位資訊戰'), en('digital information war')],
    summary: {
      zh: '作者说，借助编程技术和机器学习，一国可以伪造信息，用来操控舆论、煽动政治对立，向他国发起“数字信息战”和“网络舆论战”（§1(3)）。作者由此认为，数字技术很容易变成国际竞争中新的政治工具（§1(3)）。',
      en: 'The authors say that with programming and machine learning a state can forge information, manipulate opinion and incite political unrest, waging "digital information warfare" and "online opinion warfare" against another state (§1(3)). From this they conclude that digital technology very easily becomes a new political tool of international competition (§1(3)).',
    },
    sources: [hanWu('1(3)')],
    relations: [related('online-opinion-warfare'), related('disinformation'), related('machine-learning')],
  },
  {
    id: 'online-opinion-warfare',
    name: { zh: '网络舆论战', en: 'online opinion warfare' },
    category: 'function',
    terms: [zh('網絡輿論戰'), zh('網路輿論戰'), en('online opinion war'), en('online public opinion warfare')],
    summary: {
      zh: '作者把网络舆论战与数字信息战并提：一国可以借编程技术和机器学习伪造信息、操控舆论、煽动政治对立，向他国发起这两种攻势（§1(3)）。作者举例称，美国军方曾多次被指经营虚假社交账号、假扮普通网民左右舆论，并由此认为数字技术很容易变成国际竞争中新的政治工具（§1(3)）。',
      en: 'The authors name online opinion warfare together with digital information warfare: with programming and machine learning a state can forge information, manipulate opinion and incite unrest to wage both against another state (§1(3)). Their example is the US military, repeatedly accused of running fake social media accounts that posed as ordinary users to steer opinion, and they conclude that digital technology easily becomes a new political tool of international competition (§1(3)).',
    },
    sources: [hanWu('1(3)')],
    relations: [related('opinion-manipulation')],
  },
  {
    id: 'disinformation',
    name: { zh: '虚假信息', en: 'disinformation' },
    category: 'function',
    terms: [zh('虛假信息'), zh('虚假资讯'), zh('虛假資訊'), zh('假訊息'), en('false information')],
    summary: {
      zh: '作者提醒，数字外交本身也可能成为各类虚假信息“深度伪装”的政策工具，并称美国军方多次被指运营虚假社交账号，美国国务院则利用网络机器人制造虚假信息（§1(3)）。第三部分把互联网虚假信息的传播列为数字外交的另一个隐患，并以2016年美国大选期间机器人网络复制传播虚假信息为例（§3(1)）。',
      en: 'The authors warn that digital diplomacy itself can become a policy tool that "deeply disguises" all kinds of disinformation; they say the US military has repeatedly been accused of running fake social media accounts and that the US State Department used bots to create disinformation (§1(3)). Part 3 names the spread of online disinformation as another hidden danger for digital diplomacy, citing bot networks that copied and spread false information during the 2016 US election (§3(1)).',
    },
    context: general(
      '英文里 disinformation 指蓄意制造和传播的虚假信息，与无意中传错的 misinformation 相区分；中文“虚假信息”通常不作这种区分。',
      'In English, disinformation is false information made and spread on purpose, as distinct from misinformation spread in error; the usual Chinese word covers both.',
    ),
    sources: [hanWu('1(3)'), hanWu('3(1)')],
    relations: [related('social-bots'), related('deep-disguise')],
    facts: [
      fact(
        '1(3)',
        '美国军方曾多次被指经营虚假社交账号，假扮普通网民为美国做宣传、传播谣言、左右舆论。',
        'The US military has repeatedly been accused of running fake social media accounts that posed as ordinary users to spread pro-US messages and rumours and manipulate opinion.',
      ),
    ],
  },
  {
    id: 'deep-disguise',
    name: { zh: '深度伪装', en: 'deep disguise' },
    category: 'function',
    terms: [zh('深度偽裝')],
    summary: {
      zh: '作者提醒，在高透明、高流动的网络信息空间，数字外交也可能成为各类虚假信息“深度伪装”的政策工具（§1(3)）。论文把这一风险放在数字外交加剧国际竞争的论述之下（§1(3)）。',
      en: 'The authors warn that in a highly transparent, fast-moving online information space, digital diplomacy can also become a policy tool for the "deep disguise" of all kinds of disinformation (§1(3)). The paper discusses this risk under digital diplomacy as a catalyst of sharper international competition (§1(3)).',
    },
    context: general(
      '这一说法令人联想到“深度伪造”（deepfake），即用深度学习生成以假乱真的图像、音频和视频。',
      'The phrase recalls deepfakes: images, audio and video generated with deep learning to pass for real.',
    ),
    sources: [hanWu('1(3)')],
    relations: [],
  },
  {
    id: 'social-bots',
    name: { zh: '网络机器人', en: 'social bots' },
    category: 'actor',
    terms: [
      zh('網絡機器人'),
      zh('網路機器人'),
      zh('社交机器人'),
      zh('社交機器人'),
      zh('机器人网络'),
      zh('機器人網絡'),
      zh('機器人網路'),
      en('social bot'),
      en('bot network'),
    ],
    summary: {
      zh: '作者称，美国国务院利用“网络机器人”制造虚假信息，并借社交媒体散布谣言（§1(3)）。第三部分举例说，2016年美国大选期间，劫持平台算法的机器人网络自动推送并复制传播虚假信息，误导民众、加剧政治极化（§3(1)）。',
      en: 'The authors state that the US State Department used "online bots" to create disinformation and spread rumours through social media (§1(3)). Part 3 adds that during the 2016 US election, bot networks that hijacked platform algorithms pushed, copied and spread false information automatically, misleading people and deepening polarisation (§3(1)).',
    },
    context: general(
      '社交机器人指在社交平台上由程序自动发帖、转发、点赞的账号，常被成批使用来放大某些内容。',
      'Social bots are accounts that post, share and like on social platforms automatically under program control, often used in batches to amplify content.',
    ),
    sources: [hanWu('1(3)'), hanWu('3(1)')],
    relations: [related('opinion-manipulation'), related('fake-social-media-accounts')],
  },
  {
    id: 'fake-social-media-accounts',
    name: { zh: '虚假社交账号', en: 'fake social media accounts' },
    category: 'actor',
    terms: [
      zh('虛假社交帳號'),
      zh('虛假社交賬號'),
      zh('虛假社群帳號'),
      zh('虚假账号'),
      zh('虛假帳號'),
      en('fake social media account'),
      en('fake account'),
    ],
    summary: {
      zh: '作者举例说，美国军方多次被指参与经营虚假社交账号，假扮普通网民在网上为美国宣传、散布谣言、操纵舆论（§1(3)）。论文以此说明数字技术很容易变成国际竞争中新的政治工具（§1(3)）。',
      en: 'The authors report that the US military has repeatedly been accused of helping run fake social media accounts that posed as ordinary users to spread pro-US messages and rumours and manipulate opinion (§1(3)). The paper uses this to show how easily digital technology becomes a political tool of international competition (§1(3)).',
    },
    sources: [hanWu('1(3)')],
    relations: [related('disinformation')],
  },
  {
    id: 'diplomatic-influencers',
    name: { zh: '外交网红', en: 'diplomatic influencers' },
    category: 'actor',
    terms: [zh('外交網紅'), en('diplomatic influencer')],
    summary: {
      zh: '作者指出，一些外交“网红”事件往往伴随鲜明的政治立场和激烈的言辞交锋，短时间内迅速发酵，在一定程度上挤压了外交斡旋的余地，也让各方外交立场更快走向分化（§1(3)）。第二部分谈到语言犀利、行事大胆、个性鲜明的外交人员时则说，这类外交人员更受关注、更有影响，可以成为国家软实力的重要来源（§2(1)）。',
      en: 'The authors observe that some viral diplomatic episodes come with sharp political positions and heated exchanges and blow up within a very short time, to some extent narrowing the room for mediation and directly speeding the divergence of diplomatic positions (§1(3)). Speaking of diplomats with sharp tongues, bold conduct and distinctive styles, Part 2 says they win more attention and influence and become an important source of a country’s soft power (§2(1)).',
    },
    sources: [hanWu('1(3)'), hanWu('2(1)')],
    relations: [related('twitter-diplomacy'), related('soft-power')],
  },
  {
    id: 'opinion-manipulation',
    name: { zh: '舆论操控', en: 'opinion manipulation' },
    category: 'function',
    terms: [
      zh('輿論操控'),
      zh('操纵舆论'),
      zh('操縱輿論'),
      zh('舆论操纵'),
      zh('輿論操縱'),
      en('manipulation of public opinion'),
      en('public opinion manipulation'),
    ],
    summary: {
      zh: '作者说，一国可以借编程技术和机器学习伪造信息，借此操控舆论、煽动政治对立，向他国发起数字信息战和网络舆论战（§1(3)）。同一节称美国军方曾多次被指经营虚假社交账号，假扮普通网民操纵舆论（§1(3)）。第五部分主张坚决反对在数字空间煽动舆论、操纵舆情以从事政治动员和政权颠覆的行为，结语也表示反对少数国家凭借数字技术上的优势操纵、垄断国际舆论（§5(3)、结语）。',
      en: 'The authors say a state can use programming and machine learning to forge information for opinion manipulation and political incitement, waging digital information warfare and online opinion warfare against another (§1(3)). The same section reports that the US military has repeatedly been accused of running fake accounts that posed as ordinary users to steer opinion (§1(3)). Part 5 calls for firm opposition to stirring up and manipulating opinion in digital space for political mobilisation or subversion, and the conclusion opposes a few countries using their digital lead to manipulate and monopolise international opinion (§5(3), conclusion).',
    },
    sources: [hanWu('1(3)'), hanWu('5(3)'), hanWu('conclusion')],
    relations: [related('digital-information-warfare')],
  },
  {
    id: 'machine-learning',
    name: { zh: '机器学习', en: 'machine learning' },
    category: 'function',
    terms: [zh('機器學習')],
    summary: {
      zh: '作者指出，借助编程技术和机器学习，一国可以伪造信息、操控舆论，对他国发动数字信息战和网络舆论战（§1(3)）。第三部分结尾又说，机器学习、虚拟技术和远程操控可能以“数字武器”的形态出现，其对国际竞争和全球权力结构的影响仍有待观察（§3）。',
      en: 'The authors note that with programming and machine learning a state can forge information and manipulate opinion, waging digital information and opinion warfare against another (§1(3)). Closing Part 3, they add that machine learning, virtual technology and remote control may take the form of "digital weapons", whose effect on competition and the global power structure remains to be seen (§3).',
    },
    context: general(
      '机器学习是人工智能的一个分支，让计算机从数据中学习规律并据此预测或生成内容，而不是逐条按人写的规则运行。',
      'Machine learning is a branch of artificial intelligence in which computers learn patterns from data and use them to predict or generate content, rather than follow hand-written rules.',
    ),
    sources: [hanWu('1(3)'), hanWu('3')],
    relations: [related('digital-weapons'), related('artificial-intelligence')],
  },

  // ── §1(4) A trigger of change in the international order ────────────────────────────────────────
  {
    id: 'discourse-power',
    name: { zh: '话语权', en: 'discourse power' },
    category: 'function',
    terms: [
      zh('話語權'),
      zh('国际话语权'),
      zh('國際話語權'),
      en('discursive power'),
      en('international discourse power'),
    ],
    summary: {
      zh: '作者观察到，围绕数字外交的国际话语权竞争日趋激烈（§1(4)）。第二部分把话语权竞争列为各国数字外交目标集中的方面之一，并说在涉及自身的国际议题上争取话语权，已成为发展中国家的重要外交目标（§2(3)）。第三部分认为，一国数字外交能力的强弱，将深刻左右国际话语权如何重新分配（§3(2)）。',
      en: 'The authors observe that the international contest for discourse power around digital diplomacy is growing fiercer (§1(4)). Part 2 lists competition for discourse power among the goals on which states’ digital diplomacy concentrates, and says that winning a voice on international issues that concern them has become an important diplomatic goal for developing countries (§2(3)). Part 3 holds that a state’s capacity for digital diplomacy will deeply affect how discourse power is redistributed (§3(2)).',
    },
    context: general(
      '“话语权”是中国学界和官方的常用词，大意是在国际上提出议题、界定概念、让本国说法被接受的能力；英文常译 discourse power。',
      'Huayuquan is a common term in Chinese scholarship and official language for the ability to raise issues, define terms and have one’s account accepted internationally; it is usually rendered as discourse power.',
    ),
    sources: [hanWu('1(4)'), hanWu('2(3)'), hanWu('3(2)')],
    relations: [related('power-diffusion'), related('international-agenda-setting')],
  },
  {
    id: 'non-state-actors',
    name: { zh: '非国家行为体', en: 'non-state actors' },
    category: 'actor',
    terms: [zh('非國家行為體'), zh('非國家行為者'), zh('非国家行为者'), en('non-state actor'), en('nonstate actors')],
    summary: {
      zh: '作者把非国家行为体列为可能诱发国际秩序变革的第三股力量：它们借互联网增强跨国政治动员能力，不断把减贫、气候、人权、性别等议题推上国际政治议程的中心，进而改变全球治理的结构与内容（§1(4)）。第二部分列举的数字外交主体中，非政府组织即属此类（§2(1)）。',
      en: 'The authors name non-state actors as the third force that may bring change to the international order: the internet strengthens their capacity for transnational political mobilisation, and they keep pushing poverty, climate, human rights and gender onto the core agenda of international politics, shaping the structure and content of global governance (§1(4)). Among the actors of digital diplomacy listed in Part 2, non-governmental organisations are of this kind (§2(1)).',
    },
    sources: [hanWu('1(4)'), hanWu('2(1)')],
    relations: [related('power-diffusion'), related('global-governance')],
  },
  {
    id: 'power-diffusion',
    name: { zh: '权力流散', en: 'power diffusion' },
    category: 'theory',
    terms: [zh('權力流散'), en('diffusion of power')],
    summary: {
      zh: '作者认为，数字空间是开放的，外交主体又日益多样，因而国际政治中的权力流散更加明显（§1(4)）。同一节把各种国际力量对比的变化和全球治理范式的调整，视为可能诱发国际秩序变革的因素（§1(4)）。',
      en: 'The authors argue that the openness of digital space and the diversity of diplomatic actors make the diffusion of power in international politics more pronounced (§1(4)). The same section treats shifts in the balance of international forces and in the paradigm of global governance as possible triggers of change in the international order (§1(4)).',
    },
    context: general(
      '约瑟夫·奈区分了国家之间的“权力转移”和权力由国家向非国家行为体的“扩散”（power diffusion），并把后者与信息革命联系起来。',
      'Joseph Nye distinguished power transition among states from power diffusion away from states to non-state actors, which he linked to the information revolution.',
    ),
    sources: [hanWu('1(4)')],
    relations: [],
  },
  {
    id: 'global-governance',
    name: { zh: '全球治理', en: 'global governance' },
    category: 'theory',
    terms: [zh('全球治理體系'), zh('全球治理体系')],
    summary: {
      zh: '第一部分认为，非国家行为体借助互联网影响着全球治理的结构和内容，全球治理范式的调整也可能诱发国际秩序变革（§1(4)）。结语说中国积极投身全球治理体系的改革与建设（结语）。第二篇论文的摘要把中国积极参与全球治理、带动新一轮经济全球化作为外国政府纷纷入驻微博的时代背景（摘要）。',
      en: 'Part 1 argues that non-state actors use the internet to shape the structure and content of global governance, and that changes in its paradigm may trigger change in the international order (§1(4)). The conclusion says China takes an active part in reforming and building the global governance system (conclusion). The second paper’s abstract sets China’s active part in global governance and in a new round of economic globalization as the backdrop against which foreign governments joined Weibo (abstract).',
    },
    context: general(
      '全球治理一般指国家、国际组织和非国家行为体通过规则、机制和合作应对跨国问题的方式，其中没有一个世界政府。',
      'Global governance usually means the ways states, international organisations and non-state actors handle transnational problems through rules, institutions and cooperation, in the absence of a world government.',
    ),
    sources: [hanWu('1(4)'), hanWu('conclusion'), GOV_WEIBO_ABSTRACT],
    relations: [related('cyberspace-governance')],
  },
  {
    id: 'emerging-technologies',
    name: { zh: '新兴技术', en: 'emerging technologies' },
    category: 'function',
    terms: [
      zh('新興技術'),
      zh('新兴数字技术'),
      zh('新興數字技術'),
      en('emerging technology'),
      en('emerging digital technology'),
    ],
    summary: {
      zh: '第一部分认为，大国正在新兴技术、网络安全以及规范标准上激烈争夺主导权，美国尤其把外交战略重点转向新兴数字领域（§1(4)）。第三部分提到，布林肯把新兴技术列为美国外交现代化的五大支柱之一，美国网络空间和数字政策局也联合盟国，为新兴数字技术订立国际规范和标准（§3(4)）。',
      en: 'Part 1 describes fierce competition among major powers for leadership in emerging technologies, cybersecurity and norms and standards, with the US in particular turning its diplomatic strategy towards new digital fields (§1(4)). Part 3 notes that Blinken named emerging technology as one of the five pillars of modernising US diplomacy, and that the US Bureau of Cyberspace and Digital Policy works with allies on international norms and standards for emerging digital technologies (§3(4)).',
    },
    sources: [hanWu('1(4)'), hanWu('3(4)')],
    relations: [related('five-pillars-of-us-diplomatic-modernization'), related('artificial-intelligence')],
  },
  {
    id: 'strategic-competition-with-china',
    name: { zh: '对华战略竞争', en: 'strategic competition with China' },
    category: 'theory',
    terms: [zh('對華戰略競爭')],
    summary: {
      zh: '第一部分指出，美国把外交战略的重心更多地移向新兴数字领域，把数字技术上的优势和竞争力当作统合全球战略资源的关键，用来巩固西方民主国家的联盟、加强对华战略竞争（§1(4)）。作者把大国之间的这种竞争列为可能诱发国际秩序变革的第一个因素（§1(4)）。',
      en: 'Part 1 notes that the US has turned its diplomatic strategy further towards new digital fields, treating its digital lead and competitiveness as the core of marshalling global strategic resources, so as to consolidate an alliance of Western democracies and step up strategic competition with China (§1(4)). The authors list this great-power competition as the first factor that may bring change to the international order (§1(4)).',
    },
    context: general(
      '2017年以来，美国政府的战略文件把对华关系定位为“战略竞争”，这一说法成为美国对华政策的常用框架。',
      'Since 2017 US strategy documents have framed relations with China as "strategic competition", which has become a common frame of US China policy.',
    ),
    sources: [hanWu('1(4)')],
    relations: [related('techno-nationalism')],
  },
  {
    id: 'developing-countries',
    name: { zh: '发展中国家', en: 'developing countries' },
    category: 'actor',
    terms: [zh('發展中國家'), zh('開發中國家'), en('developing country'), en('developing nation')],
    summary: {
      zh: '第一部分认为，发展中国家正积极思考数字技术和数字政策能带来什么，参与数字空间中观念和话语的传播，维护不断增长的海外利益，并推动国际秩序变革（§1(4)）。第二部分说，在涉及自身的议题上争取话语权、更有力地保护海外利益，已成为发展中国家的重要外交目标（§2(3)）。第三部分担心发达国家与发展中国家之间的数字鸿沟将持续扩大（§3(2)）；第五部分主张中国带动发展中国家参与全球网络治理，并为其争取更多数字空间话语权（§5(2)、§5(6)）。',
      en: 'Part 1 says developing countries are weighing the value of digital technology and policy, joining the spread of ideas and discourse in digital space, protecting their growing overseas interests and pushing for change in the international order (§1(4)). Part 2 says that winning a voice on issues that concern them and protecting overseas interests more effectively have become important diplomatic goals for them (§2(3)). Part 3 expects the digital divide between developed and developing countries to keep widening (§3(2)); Part 5 wants China to bring developing countries into global cyber governance and win them more voice in digital space (§5(2), §5(6)).',
    },
    sources: [hanWu('1(4)'), hanWu('2(3)'), hanWu('3(2)'), hanWu('5(2)'), hanWu('5(6)')],
    relations: [related('digital-divide'), related('overseas-interests'), related('emerging-market-countries')],
  },

  // ── §2 The three features ───────────────────────────────────────────────────────────────────────
  {
    id: 'actors-of-digital-diplomacy',
    name: { zh: '数字外交主体', en: 'actors of digital diplomacy' },
    category: 'feature',
    terms: [zh('數字外交主體'), zh('数字外交的主体'), zh('数字外交行为体'), en('digital diplomacy actor')],
    summary: {
      zh: '论文归纳的第一个特征：参与数字外交的有各类国际行为体，总体以主权国家为主，政府间国际组织、次国家政府、非政府组织和政党等也在其中发挥作用（§2(1)）。作者还说，各国领导人、驻外大使和新闻发言人的社交媒体个人账号，已成为国家外交的“前哨”和国际传播的前沿（§2(1)）。',
      en: 'The first feature in the paper: the actors of digital diplomacy include all kinds of international actors; sovereign states are the main ones, while sub-state governments, intergovernmental organizations, NGOs and political parties also play a part (§2(1)). The authors add that the personal social media accounts of leaders, ambassadors and spokespersons have become outposts of national diplomacy and the front line of international communication (§2(1)).',
    },
    sources: [hanWu('2(1)')],
    relations: [
      narrower('non-state-actors'),
      narrower('sub-state-governments'),
      narrower('intergovernmental-organizations'),
      narrower('non-governmental-organizations'),
      broader('digital-diplomacy'),
    ],
    facts: [
      fact(
        '2(1)',
        '目前世界大部分国家的领导人、驻外大使和新闻发言人都在社交媒体上开设了个人账号。',
        'Most national leaders, ambassadors abroad and press spokespersons now have personal social media accounts.',
      ),
    ],
  },
  {
    id: 'issues-of-digital-diplomacy',
    name: { zh: '数字外交议题', en: 'issues of digital diplomacy' },
    category: 'feature',
    terms: [zh('數字外交議題'), zh('数字外交覆盖的议题'), zh('数字外交涉及的议题')],
    summary: {
      zh: '论文归纳的第二个特征：数字外交的议题与传统外交一样广泛，涵盖全球发展、集体安全、公共卫生和气候治理这类重大问题（§2(2)）。作者认为，它联结迅速、响应快捷，便于对重大国际事务作出快速反应和紧急磋商，在利益攸关方多、需要反复磋商的多边外交中优势尤其明显，并以2020年G20特别峰会、中法德领导人视频峰会和第76届联大一般性辩论为例（§2(2)）。',
      en: 'The second feature in the paper: digital diplomacy covers the wide range of traditional diplomatic issues, including global development, collective security, public health and climate governance (§2(2)). The authors argue that because it connects and responds quickly, it helps with rapid reaction and urgent consultation on major international affairs, with a clear advantage in multilateral diplomacy that involves many stakeholders and several rounds of talks; the 2020 extraordinary G20 summit, the China-France-Germany video summits and the 76th UN General Assembly debate are their examples (§2(2)).',
    },
    sources: [hanWu('2(2)')],
    relations: [broader('digital-diplomacy'), related('video-summit'), related('multilateral-diplomacy')],
  },
  {
    id: 'goals-of-digital-diplomacy',
    name: { zh: '数字外交目标', en: 'goals of digital diplomacy' },
    category: 'feature',
    terms: [zh('數字外交目標'), zh('数字外交的目标')],
    summary: {
      zh: '论文归纳的第三个特征：各国通过数字外交追求的目标，大体集中在提升软实力、竞争话语权、保护海外利益以及国际交往与合作几个方面（§2(3)）。作者认为，技术发展程度、经济社会需求和国际地位的差异，使各国的目标和侧重各不相同，并举美国、俄罗斯、印度和非盟为例（§2(3)）。',
      en: 'The third feature in the paper: the goals states pursue through digital diplomacy centre on raising soft power, competing for discourse power, protecting overseas interests, and international exchange and cooperation (§2(3)). The authors argue that differences in technological development, economic and social needs and international standing give each state different aims and emphases, with the US, Russia, India and the African Union as examples (§2(3)).',
    },
    sources: [hanWu('2(3)')],
    relations: [
      broader('digital-diplomacy'),
      narrower('soft-power'),
      narrower('discourse-power'),
      narrower('overseas-interests'),
    ],
    facts: [
      fact(
        '2(3)',
        '俄罗斯视数字外交为最有效的外交手段之一，鼓励其驻外外交官借互联网影响国际舆论。',
        'Russia ranks digital diplomacy among its most effective diplomatic tools and encourages its diplomats worldwide to use the internet to influence international opinion.',
      ),
      fact(
        '2(3)',
        '印度加快外交部门的数字化和外交官培训，一些外交官以数字印度为名开设外交账号。',
        "India is upgrading its foreign ministry's digital capacity and training its diplomats, and some diplomats run Digital India diplomacy accounts.",
      ),
    ],
  },

  // ── §2(1) The state is the main actor: actors and institutions ──────────────────────────────────
  {
    id: 'sub-state-governments',
    name: { zh: '次国家政府', en: 'sub-state governments' },
    category: 'actor',
    terms: [zh('次國家政府'), en('sub-state government'), en('subnational government')],
    summary: {
      zh: '第二部分把次国家政府与政府间国际组织、非政府组织和政党并列，作为在数字外交中发挥作用的主体（§2(1)）。作者借此说明数字外交的主体不限于国家，尽管主权国家仍是主要行为体（§2(1)）。',
      en: 'Part 2 lists sub-state governments with intergovernmental organizations, NGOs and political parties as actors that play a part in digital diplomacy (§2(1)). The authors use the list to show that digital diplomacy is not confined to states, although sovereign states remain its main actors (§2(1)).',
    },
    context: general(
      '次国家政府指国家以下层级的政府，如省、州、城市，它们开展的对外交往常被称为“次国家外交”或“城市外交”。',
      'Sub-state governments are governments below the national level, such as provinces, states and cities; their foreign contacts are often called paradiplomacy or city diplomacy.',
    ),
    sources: [hanWu('2(1)')],
    relations: [],
  },
  {
    id: 'intergovernmental-organizations',
    name: { zh: '政府间国际组织', en: 'intergovernmental organizations' },
    category: 'actor',
    terms: [
      zh('政府間國際組織'),
      zh('政府间组织'),
      zh('政府間組織'),
      en('intergovernmental organization'),
      en('intergovernmental organisation'),
      acronym('IGO'),
      acronym('IGOs'),
    ],
    summary: {
      zh: '作者指出，以联合国为代表的政府间国际组织也在积极开展数字外交，借助庞大的数字受众影响国际舆论和国家决策（§2(1)）。作者还认为，这类行为体和非政府组织握有互联网技术和规则制定方面的关键资源，它们搭建的交流平台不断推动全球网络治理机制的创新（§2(1)）。',
      en: 'The authors note that intergovernmental organizations, led by the United Nations, also practise digital diplomacy actively and use their huge digital audiences to influence world opinion and national decisions (§2(1)). In their view these actors, together with NGOs, hold key resources for internet technology and rule-making, and the platforms they build keep renewing the mechanisms of global internet governance (§2(1)).',
    },
    sources: [hanWu('2(1)')],
    relations: [related('united-nations')],
  },
  {
    id: 'non-governmental-organizations',
    name: { zh: '非政府组织', en: 'non-governmental organizations' },
    category: 'actor',
    terms: [
      zh('非政府組織'),
      en('non-governmental organization'),
      en('non-governmental organisation'),
      en('nongovernmental organization'),
      acronym('NGO'),
      acronym('NGOs'),
    ],
    summary: {
      zh: '论文特别提到由互联网服务运营商和技术专家等组成的非政府组织，认为它们也在积极开展数字外交，借助庞大的数字受众影响国际舆论和国家决策（§2(1)）。作者认为，这些行为体握有互联网技术和规则制定方面的关键资源，它们创建的交流平台不断推动全球网络治理机制的创新（§2(1)）。',
      en: 'The paper singles out NGOs formed by internet service operators and technical experts, which it says practise digital diplomacy actively and use their large digital audiences to influence world opinion and national decisions (§2(1)). The authors argue that these actors hold key resources for internet technology and rule-making, and that the platforms they create keep renewing the mechanisms of global internet governance (§2(1)).',
    },
    context: general(
      '非政府组织一般指独立于政府、不以营利为目的的社会组织，如国际红十字委员会、绿色和平等。',
      'Non-governmental organizations are usually non-profit bodies independent of government, such as the International Committee of the Red Cross or Greenpeace.',
    ),
    sources: [hanWu('2(1)')],
    relations: [broader('non-state-actors')],
  },
  {
    id: 'us-department-of-state',
    name: { zh: '美国国务院', en: 'US Department of State' },
    category: 'institution',
    terms: [
      zh('美國國務院'),
      name('US State Department'),
      name('U.S. State Department'),
      name('U.S. Department of State'),
      name('State Department'),
    ],
    summary: {
      zh: '论文以美国国务院为数字外交机构建设的主要案例：“9·11”事件次年成立电子外交工作组，2009年成立数字外联工作组，2022年4月宣布成立网络空间和数字政策局（§2(1)）。作者同时称，美国国务院公开诋毁中国政府，并利用网络机器人制造虚假信息、借社交媒体造谣传播（§1(3)）。第三部分提到，国务卿布林肯2021年提出美国外交现代化的五大支柱（§3(4)）。',
      en: 'The paper’s main case of building institutions for digital diplomacy is the US State Department: an e-diplomacy task force the year after 9/11, a Digital Outreach Team in 2009, and the Bureau of Cyberspace and Digital Policy announced in April 2022 (§2(1)). The authors also state that it publicly slandered the Chinese government and used bots to create disinformation and spread rumours on social media (§1(3)). Part 3 notes Secretary of State Blinken’s five pillars for modernising US diplomacy, set out in 2021 (§3(4)).',
    },
    context: general(
      '美国国务院是美国联邦政府负责外交事务的部门，由国务卿领导。',
      'The Department of State is the US federal department for foreign affairs, headed by the Secretary of State.',
    ),
    sources: [hanWu('2(1)'), hanWu('1(3)'), hanWu('3(4)')],
    relations: [
      related('e-diplomacy-task-force'),
      related('digital-outreach-team'),
      related('bureau-of-cyberspace-and-digital-policy'),
    ],
  },
  {
    id: 'e-diplomacy-task-force',
    name: { zh: '电子外交工作组', en: 'e-Diplomacy Task Force' },
    category: 'institution',
    terms: [
      zh('電子外交工作組'),
      name('e-Diplomacy Task Force'),
      name('Taskforce on eDiplomacy'),
      name('eDiplomacy Task Force'),
    ],
    summary: {
      zh: '论文记载，美国国务院在“9·11”事件次年成立电子外交工作组，目的是加强国务院内部的信息共享、消除部门之间的协作障碍（§2(1)）。论文把它列为美国国务院先后设立的三个数字外交机构中的第一个（§2(1)）。',
      en: 'According to the paper, the US State Department set up an e-diplomacy task force in the year after 9/11 to improve information sharing within the department and overcome barriers to cooperation between its units (§2(1)). It is the first of the three digital diplomacy bodies the paper lists the department creating in turn (§2(1)).',
    },
    context: general(
      '“9·11”事件发生于2001年9月11日，故“次年”即2002年；英文资料多称之为 Taskforce on eDiplomacy，后发展为国务院的 eDiplomacy 办公室。',
      'The 9/11 attacks took place on 11 September 2001, so the year after is 2002; English sources usually call the body the Taskforce on eDiplomacy, which later became the department’s Office of eDiplomacy.',
    ),
    sources: [hanWu('2(1)')],
    relations: [],
    facts: [
      fact(
        '2(1)',
        '“9·11”事件后次年，美国国务院成立电子外交工作组。',
        'The US State Department set up its e-diplomacy task force in the year after 9/11.',
      ),
    ],
  },
  {
    id: 'digital-outreach-team',
    name: { zh: '数字外联工作组', en: 'Digital Outreach Team' },
    category: 'institution',
    terms: [zh('數字外聯工作組'), zh('数字外联小组')],
    summary: {
      zh: '论文记载，美国国务院于2009年成立数字外联工作组，先从各地使领馆的培训做起，鼓励外交人员用社交软件与海外公众、新闻媒体和非政府组织多互动（§2(1)）。论文把它列为美国国务院先后设立的第二个数字外交机构（§2(1)）。',
      en: 'According to the paper, the US State Department set up the Digital Outreach Team in 2009; it began with training at embassies and consulates worldwide and encouraged diplomats to use social apps to engage more with foreign publics, media and NGOs (§2(1)). The paper lists it as the second digital diplomacy body the department created (§2(1)).',
    },
    context: general(
      '英文资料一般记载美国国务院的 Digital Outreach Team 成立于2006年，最初用阿拉伯语等语言在网络论坛上与网民交流。',
      'English-language sources usually date the State Department’s Digital Outreach Team to 2006, when it began engaging users on online forums in Arabic and other languages.',
    ),
    sources: [hanWu('2(1)')],
    relations: [],
    facts: [
      fact(
        '2(1)',
        '2009年，美国国务院成立数字外联工作组。',
        'In 2009 the US State Department set up the Digital Outreach Team.',
      ),
    ],
  },
  {
    id: 'bureau-of-cyberspace-and-digital-policy',
    name: { zh: '网络空间和数字政策局', en: 'Bureau of Cyberspace and Digital Policy' },
    category: 'institution',
    terms: [
      zh('网络空间与数字政策局'),
      zh('網絡空間和數字政策局'),
      zh('網路空間和數字政策局'),
      zh('網路空間與數位政策局'),
      zh('網路空間暨數位政策局'),
      name('Cyberspace and Digital Policy Bureau'),
    ],
    summary: {
      zh: '论文记载，2022年4月美国国务院宣布设立网络空间和数字政策局，由它统筹国务院在网络空间与数字外交方面的工作，并参与制定保护网络基础设施完整与安全的政策，目的在于维护美国的利益和竞争力以及所谓民主价值（§2(1)）。第三部分补充，该局把重点放在国家网络安全、信息经济发展和数字技术三个领域，并与盟国一起为新兴数字技术订立国际规范和标准（§3(4)）。',
      en: 'According to the paper, the US State Department announced the Bureau of Cyberspace and Digital Policy in April 2022 to coordinate the department’s work on cyberspace and digital diplomacy and help make policies that protect the integrity and security of network infrastructure, in defence of US interests, competitiveness and so-called democratic values (§2(1)). Part 3 adds that it focuses on national cybersecurity, the information economy and digital technology, and works with allies on international norms and standards for emerging digital technologies (§3(4)).',
    },
    context: general(
      '该局英文简称 CDP，由国务卿布林肯在2021年10月关于外交现代化的讲话中宣布筹建。',
      'Known as CDP, the bureau was announced by Secretary of State Blinken in his October 2021 speech on modernising American diplomacy.',
    ),
    sources: [hanWu('2(1)'), hanWu('3(4)')],
    relations: [related('cybersecurity'), related('digital-order')],
    facts: [
      fact(
        '2(1)',
        '2022年4月，美国国务院宣布成立网络空间和数字政策局。',
        'In April 2022 the US State Department announced the creation of the Bureau of Cyberspace and Digital Policy.',
      ),
      fact(
        '3(4)',
        '该局把重点放在国家网络安全、信息经济发展和数字技术三个领域。',
        'The bureau focuses on three areas: national cybersecurity, the development of the information economy, and digital technology.',
      ),
    ],
  },
  {
    id: 'government-digital-strategy',
    name: { zh: '政府数字战略', en: 'Government Digital Strategy' },
    category: 'initiative',
    terms: [zh('政府數字戰略'), zh('政府數位戰略')],
    summary: {
      zh: '论文记载，英国于2012年出台《政府数字战略》，强调英国外交部以跨部门的方式开展能力提升、数字协助和咨询服务（§2(1)）。作者以此说明，英国等西方国家普遍看好数字外交，希望借数字媒体改变英国的外交政策运作，让国民得到高效、负责任的外事服务（§2(1)）。',
      en: 'According to the paper, the UK issued its Government Digital Strategy in 2012, which had the Foreign Office take a cross-government approach to capacity building, digital assistance and advisory services (§2(1)). The authors use it to show that Britain and other Western states are broadly positive about digital diplomacy and hope digital media will change how they handle foreign policy, giving citizens efficient and accountable services (§2(1)).',
    },
    sources: [hanWu('2(1)')],
    relations: [related('foreign-office-digital-transformation-unit')],
    facts: [
      fact('2(1)', '2012年，英国出台《政府数字战略》。', 'The UK issued its Government Digital Strategy in 2012.'),
    ],
  },
  {
    id: 'foreign-office-digital-transformation-unit',
    name: { zh: '英国外交部数字化转型办公室', en: 'Foreign Office Digital Transformation Unit' },
    category: 'institution',
    terms: [zh('英國外交部數字化轉型辦公室'), name('FCO Digital Transformation Unit')],
    summary: {
      zh: '论文记载，英国外交部于2015年成立数字化转型办公室，把本国外交传统与数字技术结合起来，向英国国民提供数字化服务，并高效快速地应对海外危机（§2(1)）。作者以它为例，说明英国等西方国家对数字外交的积极态度（§2(1)）。',
      en: 'According to the paper, the UK Foreign Office set up a digital transformation unit in 2015 to combine Britain’s diplomatic tradition with digital technology, offer digital services to British nationals and respond quickly and efficiently to crises abroad (§2(1)). The authors cite it as an example of the positive attitude of Britain and other Western states towards digital diplomacy (§2(1)).',
    },
    context: general(
      '英国外交部当时称外交和联邦事务部（FCO），2020年与国际发展部合并为外交、联邦和发展事务部（FCDO）。',
      'The UK foreign ministry was then the Foreign and Commonwealth Office (FCO); in 2020 it merged with the Department for International Development to form the FCDO.',
    ),
    sources: [hanWu('2(1)')],
    relations: [],
    facts: [
      fact(
        '2(1)',
        '2015年，英国外交部成立数字化转型办公室。',
        'In 2015 the UK Foreign Office set up its Digital Transformation Unit.',
      ),
    ],
  },
  {
    id: 'international-communication',
    name: { zh: '国际传播', en: 'international communication' },
    category: 'theory',
    terms: [zh('國際傳播'), zh('海外传播'), zh('海外傳播')],
    summary: {
      zh: '第二部分说，领导人、驻外大使和新闻发言人的社交媒体账号能直接接触大量海外公众，成为国家外交的“前哨”和国际传播的前沿（§2(1)）。第四部分指出，中国外交部门把数字平台当作重要外交资源，大力开展海外传播（§4）。第五部分承认数字全球化推动了互联网上的国际传播，同时提醒网络空间的风险（§5(3)）。',
      en: 'Part 2 says the social media accounts of leaders, ambassadors and spokespersons reach large foreign audiences directly and have become outposts of national diplomacy and the front line of international communication (§2(1)). Part 4 notes that China’s foreign-affairs departments treat digital platforms as an important diplomatic resource and actively pursue overseas communication (§4). Part 5 grants that digital globalization has advanced international communication on the internet, while warning of the risks of cyberspace (§5(3)).',
    },
    context: general(
      '国际传播一般指跨越国界的信息传播活动；在中国官方话语中，“提升国际传播能力”是对外宣传工作的常用提法。',
      'International communication generally means the flow of information across borders; in Chinese official language, "strengthening international communication capacity" is a standard phrase for outward-facing publicity work.',
    ),
    sources: [hanWu('2(1)'), hanWu('4'), hanWu('5(3)')],
    relations: [related('public-diplomacy'), related('social-media')],
  },
  {
    id: 'united-nations',
    name: { zh: '联合国', en: 'United Nations' },
    category: 'institution',
    terms: [zh('聯合國')],
    summary: {
      zh: '第二部分把联合国作为积极开展数字外交的政府间国际组织的代表，并提到联合国负责人以视频连线方式出席了2020年G20应对新冠肺炎特别峰会（§2(1)、§2(2)）。第三部分引用联合国秘书长古特雷斯的话：疫情期间互联网技术不受控制的使用造成了大量网络犯罪（§3(1)）。',
      en: 'Part 2 takes the United Nations as the leading example of intergovernmental organizations active in digital diplomacy, and mentions that its head joined the 2020 extraordinary G20 summit on COVID-19 by video link (§2(1), §2(2)). Part 3 quotes UN Secretary-General Guterres as saying that uncontrolled use of internet technology during the pandemic caused a great deal of cybercrime (§3(1)).',
    },
    context: general(
      '联合国成立于1945年，现有193个会员国。',
      'The United Nations was founded in 1945 and has 193 member states.',
    ),
    sources: [hanWu('2(1)'), hanWu('2(2)'), hanWu('3(1)')],
    relations: [related('76th-unga-general-debate'), related('un-broadband-commission')],
  },

  // ── §2(2) Broad and diverse issues: forms and events ────────────────────────────────────────────
  {
    id: 'video-summit',
    name: { zh: '视频峰会', en: 'video summit' },
    category: 'form',
    terms: [
      zh('視頻峰會'),
      zh('視頻峯會'),
      zh('視訊峰會'),
      zh('视频会晤'),
      zh('視頻會晤'),
      en('virtual summit'),
      en('video-link summit'),
    ],
    summary: {
      zh: '第二部分以疫情期间在线举行的G20应对新冠肺炎特别峰会和中法德领导人多次视频峰会为例，说明数字外交联结迅速、响应快捷，便于紧急磋商（§2(2)）。作者认为，元首之间的数字外交对增进国家间互信至关重要，也直接促成了疫情过后中欧高层面对面交往的较快恢复（§2(2)）。第四部分列举了习近平以视频方式出席的一系列多边外交活动（§4）。',
      en: 'Part 2 takes the online extraordinary G20 summit on COVID-19 and the repeated China-France-Germany video summits during the pandemic as examples of how quickly digital diplomacy connects and responds in urgent consultation (§2(2)). The authors hold that leaders’ digital diplomacy is vital to trust between states and directly helped in-person high-level China-Europe contacts resume quickly after the pandemic (§2(2)). Part 4 lists a series of multilateral events Xi Jinping attended by video (§4).',
    },
    sources: [hanWu('2(2)'), hanWu('4')],
    relations: [related('head-of-state-diplomacy'), related('hybrid-diplomacy')],
  },
  {
    id: 'multilateral-diplomacy',
    name: { zh: '多边外交', en: 'multilateral diplomacy' },
    category: 'theory',
    terms: [zh('多邊外交')],
    summary: {
      zh: '作者认为，在利益攸关方多、要反复磋商的多边外交场合，数字外交的长处尤为突出（§2(2)）。第四部分把高规格元首外交和重大多边外交活动作为中国数字外交第三阶段的突出表现，并说G20特别峰会是疫情暴发以来习近平参加的第一场重大多边外交活动（§4）。第三部分提到，布林肯把多边外交列为美国外交现代化的五大支柱之一（§3(4)）。',
      en: 'The authors argue that digital diplomacy shows its advantages most clearly in multilateral diplomacy with many stakeholders and several rounds of consultation (§2(2)). Part 4 names high-level head-of-state diplomacy and major multilateral events as the hallmark of the third stage of China’s digital diplomacy, and calls the extraordinary G20 summit Xi Jinping’s first major multilateral event after the outbreak (§4). Part 3 notes that Blinken listed multilateral diplomacy among the five pillars of modernising US diplomacy (§3(4)).',
    },
    context: general(
      '多边外交指三个或更多国家在国际组织、国际会议等框架内进行的外交，与两国之间的双边外交相对。',
      'Multilateral diplomacy is diplomacy among three or more states, usually in international organisations or conferences, as opposed to bilateral diplomacy between two.',
    ),
    sources: [hanWu('2(2)'), hanWu('4'), hanWu('3(4)')],
    relations: [related('multilateralism')],
  },
  {
    id: 'g20',
    name: { zh: '二十国集团', en: 'Group of Twenty' },
    category: 'institution',
    terms: [zh('二十國集團'), acronym('G20'), acronym('G-20')],
    summary: {
      zh: '论文以2020年新冠疫情暴发之初G20主席国沙特在线上举行应对新冠肺炎特别峰会为例，说明数字外交在紧急多边磋商中的优势（§2(2)）。第四部分说，习近平以视频方式出席这次峰会，这是疫情暴发后他出席的首场重大多边外交活动（§4）。',
      en: 'The paper cites the extraordinary summit on COVID-19 that Saudi Arabia, holding the G20 presidency, held online at the start of the pandemic in 2020, to show the advantage of digital diplomacy in urgent multilateral consultation (§2(2)). Part 4 notes that Xi Jinping attended that summit by video, his first major multilateral event after the outbreak (§4).',
    },
    context: general(
      '二十国集团由19个国家和欧盟组成（2023年起非洲联盟也成为成员），是主要经济体的国际经济合作论坛。',
      'The Group of Twenty, 19 countries and the European Union (joined by the African Union in 2023), is the main forum for international economic cooperation among major economies.',
    ),
    sources: [hanWu('2(2)'), hanWu('4')],
    relations: [],
  },
  {
    id: 'g20-extraordinary-leaders-summit-on-covid-19',
    name: { zh: '应对新冠肺炎特别峰会', en: "Extraordinary G20 Leaders' Summit" },
    category: 'event',
    terms: [
      zh('應對新冠肺炎特別峰會'),
      zh('應對新冠肺炎特別峯會'),
      zh('G20领导人应对新冠肺炎特别峰会'),
      zh('二十国集团领导人应对新冠肺炎特别峰会'),
      name("G20 Extraordinary Virtual Leaders' Summit"),
      name('Extraordinary G20 Leaders Summit'),
    ],
    summary: {
      zh: '论文记载，2020年疫情全球蔓延之初，G20主席国沙特在线上召开这次特别峰会，成员国与嘉宾国领导人，以及世卫组织、联合国、国际货币基金组织和世界银行的负责人都通过视频参会，及时发出了合作抗疫、保障供应链安全和稳定金融的信号（§2(2)）。第四部分说，习近平于2020年3月以视频方式出席并讲话，这是疫情暴发以来他参加的第一场重大多边外交活动，为中国数字外交翻开了新的一页（§4）。',
      en: 'According to the paper, Saudi Arabia, holding the G20 presidency, held this extraordinary summit online as the pandemic swept the world in 2020; G20 and guest leaders and the heads of the WHO, UN, IMF and World Bank joined by video link, promptly signalling joint action on the virus, secure supply chains and financial stability (§2(2)). Part 4 says Xi Jinping attended and spoke by video in March 2020, his first major multilateral event after the outbreak, which opened a new chapter in China’s digital diplomacy (§4).',
    },
    context: general('峰会于2020年3月26日举行。', 'The summit took place on 26 March 2020.'),
    sources: [hanWu('2(2)'), hanWu('4')],
    relations: [broader('video-summit'), related('g20'), related('head-of-state-diplomacy')],
    facts: [
      fact(
        '2(2)',
        '2020年新冠疫情暴发之初，G20主席国沙特在线上举行应对新冠肺炎特别峰会。',
        'At the start of the COVID-19 pandemic in 2020, Saudi Arabia, holding the G20 presidency, held the extraordinary summit on COVID-19 online.',
      ),
      fact(
        '4',
        '2020年3月，习近平通过视频出席该峰会并讲话，这是疫情暴发以来他参加的第一场重大多边外交活动。',
        'In March 2020 Xi Jinping attended and spoke by video link; it was his first major multilateral event after the outbreak.',
      ),
    ],
  },
  {
    id: 'china-france-germany-video-summit',
    name: { zh: '中法德领导人视频峰会', en: 'China-France-Germany video summit' },
    category: 'event',
    terms: [
      zh('中法德領導人視頻峰會'),
      zh('中法德領導人視頻峯會'),
      zh('中法德领导人峰会'),
      zh('中法德領導人峰會'),
      zh('中法德视频峰会'),
      en("China-France-Germany leaders' summit"),
    ],
    summary: {
      zh: '论文记载，新冠疫情期间中、法、德三国领导人多次通过视频举行峰会，讨论气候变化应对、抗疫合作和经贸往来等议题；乌克兰危机爆发后，习近平又应法德两国领导人之约，与他们视频讨论乌克兰局势（§2(2)）。作者认为，元首之间的数字外交对增进国家间互信至关重要，也直接促成了疫情过后中欧高层面对面交往的较快恢复（§2(2)）。第四部分把中法德领导人峰会列入习近平以视频方式出席的多边活动（§4）。',
      en: 'According to the paper, the leaders of China, France and Germany held several video summits during the pandemic on climate change, cooperation against the virus, trade and other issues; after the Ukraine crisis broke out, Xi Jinping, at their request, discussed the situation in Ukraine with the French and German leaders by video (§2(2)). The authors hold that leaders’ digital diplomacy is vital to trust between states and directly helped in-person high-level China-Europe diplomacy resume quickly after the pandemic (§2(2)). Part 4 lists the China-France-Germany summit among the multilateral events Xi attended by video (§4).',
    },
    context: general(
      '疫情期间的会晤对方是法国总统马克龙和德国总理默克尔；2022年3月乌克兰危机后的视频会晤对方是马克龙和德国总理朔尔茨。',
      'During the pandemic the meetings were with French President Macron and German Chancellor Merkel; the video call after the Ukraine crisis, in March 2022, was with Macron and Chancellor Scholz.',
    ),
    sources: [hanWu('2(2)'), hanWu('4')],
    relations: [broader('video-summit'), related('head-of-state-diplomacy')],
  },
  {
    id: '76th-unga-general-debate',
    name: { zh: '第76届联合国大会一般性辩论', en: '76th UN General Assembly general debate' },
    category: 'event',
    terms: [
      zh('第76屆聯合國大會一般性辯論'),
      zh('第76届联大一般性辩论'),
      zh('第七十六届联合国大会一般性辩论'),
      name('general debate of the 76th UN General Assembly'),
      name('UNGA 76 general debate'),
    ],
    summary: {
      zh: '论文记载，一百多位元首、政府首脑和高级别代表或到场或在线参加这次辩论，讨论疫情、气候危机、经济复苏、贫富差距、人道主义、可持续发展、反恐以及核裁军与核不扩散等人类共同挑战（§2(2)）。作者认为，这种把传统外交与数字外交结合起来的做法，使疫情中的联大仍能做到代表面广、辩论有交锋、议题多样（§2(2)）。第四部分说，习近平在这次辩论上以视频方式发言，并提出了全球发展倡议（§4）。',
      en: 'According to the paper, more than 100 heads of state, heads of government and senior representatives took part in this debate in person or online, on the pandemic, the climate crisis, recovery, humanitarian needs, the wealth gap, sustainable development, counter-terrorism, nuclear disarmament and non-proliferation (§2(2)). The authors hold that combining traditional and digital diplomacy in this way kept representation broad, debate lively and the agenda varied despite the pandemic (§2(2)). Part 4 says Xi Jinping spoke at the debate by video and put forward the Global Development Initiative there (§4).',
    },
    context: general(
      '第76届联大一般性辩论于2021年9月在纽约举行。',
      'The general debate of the 76th session of the UN General Assembly was held in New York in September 2021.',
    ),
    sources: [hanWu('2(2)'), hanWu('4')],
    relations: [related('hybrid-diplomacy'), related('global-development-initiative')],
    facts: [
      fact(
        '2(2)',
        '一百多位元首、政府首脑和高级别代表参加辩论，有的到场，有的在线。',
        'More than 100 heads of state, heads of government and senior representatives took part, some online and some in person.',
      ),
    ],
  },
  {
    id: 'world-health-organization',
    name: { zh: '世界卫生组织', en: 'World Health Organization' },
    category: 'institution',
    terms: [zh('世界衛生組織'), zh('世界衞生組織'), zh('世卫组织'), zh('世衛組織'), acronym('WHO')],
    summary: {
      zh: '第二部分提到，世界卫生组织等国际组织的负责人以视频连线方式出席了2020年G20应对新冠肺炎特别峰会（§2(2)）。第四部分说，疫情期间中国政府与世界卫生组织保持紧密联系，并通过社交媒体回应和揭露国际上对中国的不实报道（§4）。',
      en: 'Part 2 notes that the heads of the World Health Organization and other international bodies joined the 2020 extraordinary G20 summit on COVID-19 by video link (§2(2)). Part 4 says that during the pandemic the Chinese government kept in close touch with the WHO and used social media to answer and expose untrue reports about China (§4).',
    },
    context: general(
      '世界卫生组织成立于1948年，是联合国负责国际公共卫生事务的专门机构，总部设在日内瓦。',
      'Founded in 1948 and based in Geneva, the World Health Organization is the UN’s specialised agency for international public health.',
    ),
    sources: [hanWu('2(2)'), hanWu('4')],
    relations: [related('world-health-assembly'), related('united-nations')],
  },
  {
    id: 'african-union',
    name: { zh: '非洲联盟', en: 'African Union' },
    category: 'institution',
    // 非盟 is quoted only: unquoted it also matches across a word boundary (并非盟友); its compounds are safe.
    terms: [zhQuoted('非盟'), zh('非盟委员会'), zh('非盟委員會'), zh('非盟峰会'), zh('非盟峰會'), zh('非洲聯盟')],
    summary: {
      zh: '论文记载，2020年非盟为结束地区冲突多次举行网络会议（§2(3)）。作者认为，这种高密度、多轮次的会谈往往协调成本高，而网络会议节省公共财政开支，能最大限度地聚集利益攸关方、推进谈判，说明欠发达国家和地区即使财政有限也能借数字外交参与全球事务（§2(3)）。',
      en: 'According to the paper, the African Union held a series of online meetings in 2020 on ending regional conflicts (§2(3)). The authors argue that such dense, multi-round talks are usually costly to coordinate, while online meetings save public money, bring together as many stakeholders as possible and move negotiations forward, showing that less developed countries and regions can use digital diplomacy to take part in world affairs on a limited budget (§2(3)).',
    },
    context: general(
      '非洲联盟成立于2002年，取代了非洲统一组织，现有55个成员国，总部设在亚的斯亚贝巴。',
      'Founded in 2002 as successor to the Organisation of African Unity, the African Union has 55 member states and its seat in Addis Ababa.',
    ),
    sources: [hanWu('2(3)')],
    relations: [related('video-summit')],
    facts: [
      fact(
        '2(3)',
        '2020年，非盟为结束地区冲突召开了多次网络会议。',
        'In 2020 the African Union held a series of online meetings on ending regional conflicts.',
      ),
    ],
  },

  // ── §2(3) Different goals ───────────────────────────────────────────────────────────────────────
  {
    id: 'soft-power',
    name: { zh: '软实力', en: 'soft power' },
    category: 'theory',
    terms: [zh('軟實力'), zh('软权力'), zh('軟權力')],
    summary: {
      zh: '第二部分把提升软实力列为各国数字外交目标集中的方面之一，并说西方越来越多的高级外交官借互联网输出西式民主价值，与公众上网参与政治相互作用，强化了国家外交中的软实力（§2(3)）。同一部分还说，语言犀利、个性鲜明的外交人员会成为一国软实力的重要资源（§2(1)）。第四部分提到，中国外交部门的海外数字传播被一些观察家视为“软实力”之争，作者并把数字化领事保护和外交服务称为中国数字外交最有温度的软实力工具（§4）。',
      en: 'Part 2 lists raising soft power among the goals on which states’ digital diplomacy concentrates, and says that more and more senior Western diplomats export Western democratic values online, which, together with the public’s growing political participation online, has strengthened soft power in national diplomacy (§2(3)). The same part says outspoken, distinctive diplomats become an important source of a country’s soft power (§2(1)). Part 4 notes that some observers see China’s overseas digital outreach as a contest over soft power, and the authors call digital consular protection and services the warmest soft-power tool of China’s digital diplomacy (§4).',
    },
    context: general(
      '“软实力”由美国学者约瑟夫·奈于1990年提出，指一国通过文化、价值观和政策的吸引力而非强制或收买来影响他国的能力。',
      'The term soft power was coined by Joseph Nye in 1990 for a country’s ability to influence others through the attraction of its culture, values and policies rather than coercion or payment.',
    ),
    sources: [hanWu('2(3)'), hanWu('2(1)'), hanWu('4')],
    relations: [related('public-diplomacy')],
  },
  {
    id: 'internet-freedom',
    name: { zh: '网络自由', en: 'internet freedom' },
    category: 'initiative',
    terms: [zh('網絡自由'), zh('網路自由'), zh('互联网自由'), zh('互聯網自由')],
    summary: {
      zh: '论文记载，希拉里在担任美国国务卿期间，于2010年两次就“网络自由”发表演讲（§2(3)）。作者把这两次演讲放在如下论述之下：冷战后美国凭借信息技术上的优势推行制度化软霸权，把互联网当作新外交的阵地，把美式价值融入数字全球化进程（§2(3)）。',
      en: 'According to the paper, then Secretary of State Hillary Clinton gave two speeches on "internet freedom" in 2010 (§2(3)). The authors place the speeches in their account of how, after the Cold War, the US used its lead in information technology to promote an institutionalized soft hegemony, treating the internet as a base for its new diplomacy and building American values into digital globalization (§2(3)).',
    },
    context: general(
      '希拉里·克林顿的两次“互联网自由”演讲通常记为2010年1月（华盛顿新闻博物馆）和2011年2月（乔治·华盛顿大学）。',
      'Hillary Clinton’s two internet freedom speeches are usually dated January 2010 (at the Newseum in Washington) and February 2011 (at George Washington University).',
    ),
    sources: [hanWu('2(3)')],
    relations: [related('institutionalized-soft-hegemony')],
    facts: [
      fact(
        '2(3)',
        '2010年，希拉里（时任美国国务卿）两次就“网络自由”发表演讲。',
        'In 2010 the then Secretary of State Hillary Clinton gave two speeches on internet freedom.',
      ),
    ],
  },
  {
    id: 'overseas-interests',
    name: { zh: '海外利益', en: 'overseas interests' },
    category: 'theory',
    terms: [en('overseas interest')],
    summary: {
      zh: '第一部分说，发展中国家借助数字外交维护日益增长的海外利益（§1(4)）。第二部分把保护海外利益列为各国数字外交目标集中的方面之一，并说在保护海外利益方面更有行动力已成为发展中国家的重要外交目标（§2(3)）。第五部分把中国海外利益的增长与海外中国公民对领事保护和外交服务的期待联系起来（§5(4)）。',
      en: 'Part 1 says developing countries use digital diplomacy to protect their growing overseas interests (§1(4)). Part 2 lists protecting overseas interests among the goals on which states’ digital diplomacy concentrates, and says acting more effectively to protect them has become an important diplomatic goal for developing countries (§2(3)). Part 5 links the growth of China’s overseas interests to Chinese citizens abroad expecting consular protection and services (§5(4)).',
    },
    context: general(
      '海外利益一般指一国在境外的公民、企业、资产、投资和通道等利益。',
      'Overseas interests usually means a country’s stakes abroad: its citizens, companies, assets, investments and supply routes.',
    ),
    sources: [hanWu('2(3)'), hanWu('1(4)'), hanWu('5(4)')],
    relations: [related('consular-protection')],
  },
  {
    id: 'institutionalized-soft-hegemony',
    name: { zh: '制度化软霸权', en: 'institutionalized soft hegemony' },
    category: 'theory',
    terms: [zh('制度化軟霸權'), zh('软霸权'), zh('軟霸權'), en('institutionalised soft hegemony'), en('soft hegemony')],
    summary: {
      zh: '作者认为，冷战结束后美国凭借信息技术上的优势推行制度化软霸权，把互联网当作美国新外交的阵地，把美式价值融入数字全球化进程（§2(3)）。作者随后举出希拉里关于“网络自由”的演讲、奥巴马自称“社交媒体”总统和特朗普的推特账号（§2(3)）。',
      en: 'The authors argue that after the Cold War the US used its lead in information technology to promote an institutionalized soft hegemony, treating the internet as a base for its new diplomacy and building American values into digital globalization (§2(3)). They go on to cite Hillary Clinton’s internet freedom speeches, Obama calling himself the "social media" president and Trump’s Twitter account (§2(3)).',
    },
    context: general(
      '一般用法中，“软霸权”指主要依靠制度、规则和价值吸引而非直接强制来维持的主导地位。',
      'In general usage, soft hegemony means dominance maintained mainly through institutions, rules and the appeal of values rather than open coercion.',
    ),
    sources: [hanWu('2(3)')],
    relations: [related('soft-power'), contrasts('digital-sovereignty')],
  },
  {
    id: 'social-media-president',
    name: { zh: '社交媒体总统', en: 'social media president' },
    category: 'actor',
    terms: [zh('社交媒體總統')],
    summary: {
      zh: '论文提到，奥巴马曾自诩为“社交媒体”总统（§2(3)）。作者把这一说法与希拉里的“网络自由”演讲、特朗普的推特账号并列，作为美国借互联网推行外交的例子（§2(3)）。',
      en: 'The paper notes that Barack Obama once called himself the "social media" president (§2(3)). The authors set this beside Hillary Clinton’s internet freedom speeches and Donald Trump’s Twitter account as examples of the US conducting diplomacy through the internet (§2(3)).',
    },
    context: general(
      '奥巴马2008年的竞选大量使用社交媒体动员选民，他也是第一位开设推特账号的美国在任总统。',
      'Obama’s 2008 campaign relied heavily on social media to mobilise voters, and he was the first sitting US president with a Twitter account.',
    ),
    sources: [hanWu('2(3)')],
    relations: [related('social-media'), related('twitter-diplomacy')],
  },
  {
    id: 'twitter',
    name: { zh: '推特', en: 'Twitter' },
    category: 'actor',
    terms: [],
    summary: {
      zh: '论文提到，特朗普的个人推特账号成了美国外交的窗口（§2(3)）。第三部分说，2018年以来推特至少发生3次大规模数据泄露，2021年推特和脸书等超过15家平台对时任总统特朗普及相关账号采取了永久暂停或其他限制措施（§3(1)）。第四部分说，面对涉华负面舆论，外交部在推特上设置常态化话题介绍新疆的发展成就（§4）。',
      en: 'The paper notes that Donald Trump’s personal Twitter account became a window of US diplomacy (§2(3)). Part 3 says Twitter has had at least three large-scale data breaches since 2018, and that in 2021 Twitter, Facebook and more than 15 platforms in all permanently suspended or otherwise restricted then-President Trump and linked accounts (§3(1)). Part 4 says China’s foreign ministry set up regular topics on Twitter presenting Xinjiang’s development in answer to negative coverage (§4).',
    },
    context: general(
      '推特于2006年上线，2022年被马斯克收购，2023年更名为X。',
      'Twitter launched in 2006, was bought by Elon Musk in 2022 and renamed X in 2023.',
    ),
    sources: [hanWu('2(3)'), hanWu('3(1)'), hanWu('4')],
    relations: [related('facebook'), related('data-breach')],
  },
  {
    id: 'emerging-market-countries',
    name: { zh: '新兴市场国家', en: 'emerging market countries' },
    category: 'actor',
    terms: [
      zh('新興市場國家'),
      zh('新兴国家'),
      zh('新興國家'),
      en('emerging market country'),
      en('emerging country'),
      en('emerging economy'),
    ],
    summary: {
      zh: '第二部分说，随着全球化发展和新兴国家更多参与国际事务，原有的国际话语平台和话语权格局已不敷需要（§2(3)）。第三部分认为，美国刻意把新兴国家的数字技术发展“泛意识形态化”和“泛安全化”，在全球数字秩序构建中排挤新兴市场国家的战略意图明显（§3(3)、§3(4)）。',
      en: 'Part 2 says that as globalization advances and emerging countries take a larger part in world affairs, the traditional platforms and distribution of discourse power no longer meet the need (§2(3)). Part 3 holds that the US deliberately treats emerging countries’ digital progress in pan-ideological and pan-security terms and clearly intends to squeeze emerging market countries out of shaping the global digital order (§3(3), §3(4)).',
    },
    sources: [hanWu('2(3)'), hanWu('3(3)'), hanWu('3(4)')],
    relations: [related('pan-securitization')],
  },
  {
    id: 'nation-branding',
    name: { zh: '国家形象品牌化', en: 'nation branding' },
    category: 'theory',
    terms: [zh('國家形象品牌化'), zh('国家品牌化'), zh('國家品牌化'), en('country branding')],
    summary: {
      zh: '论文以印度为例：印度一面加快外交部门的数字化升级、加强外交官的职业技能培训，一面有外交官以数字印度为名在社交平台上开设外交账号，借国家形象的“品牌化”来经营印度的国际形象、服务其外交战略目标（§2(3)）。作者把这作为各国数字外交目标和侧重各不相同的例证之一（§2(3)）。',
      en: 'The paper’s example is India, which is speeding up the digital upgrading of its foreign ministry and the training of its diplomats; some diplomats run Digital India diplomacy accounts that "brand" the national image to shape India’s international standing and serve its diplomatic goals (§2(3)). The authors give this as one illustration of how states’ goals and emphases in digital diplomacy differ (§2(3)).',
    },
    context: general(
      '“国家品牌”一说由英国顾问西蒙·安霍尔特在1990年代提出，指像经营商业品牌一样有意识地塑造和传播国家形象。',
      'The idea of the nation brand was put forward by the British consultant Simon Anholt in the 1990s: shaping and promoting a country’s image deliberately, the way a commercial brand is managed.',
    ),
    sources: [hanWu('2(3)')],
    relations: [related('national-image')],
  },
];
