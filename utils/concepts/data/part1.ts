import { hanWu } from '../outline';
import type { Concept, ConceptRelation, ConceptTerm, KeyFact } from '../types';

/*
 * Han Xiao & Wu Zhicheng (2024): the introduction, §1 (sovereignty and the four roles) and §2 (the three
 * features), with the institutions, events and initiatives those sections cite as evidence.
 * Summaries are our own words; only names, dates, figures and terms come from the paper.
 */

const zh = (text: string): ConceptTerm => ({ text, lang: 'zh' });
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
const broader = (target: string): ConceptRelation => ({ type: 'broader', target });
const narrower = (target: string): ConceptRelation => ({ type: 'narrower', target });
const related = (target: string): ConceptRelation => ({ type: 'related', target });
const contrasts = (target: string): ConceptRelation => ({ type: 'contrasts-with', target });

export const PART1_CONCEPTS: Concept[] = [
  // ── Introduction: the names and forms of digital diplomacy ──────────────────────────────────────
  {
    id: 'digital-diplomacy',
    name: { zh: '数字外交', en: 'digital diplomacy' },
    category: 'form',
    terms: [zh('數字外交'), zh('數位外交'), zh('数码外交'), zh('數碼外交'), name('digiplomacy')],
    summary: {
      zh: '本文的核心概念。作者把它界定为：主权国家在国际法框架内，通过元首、外交机构和外交官，运用互联网平台、信息通信技术与社交媒体处理对外关系、实现外交目标的全部手段和行动。数字外交让国家行使主权的范围从现实世界扩展到虚拟世界，但独立权、平等权、自主权这些核心权利没有因此改变；新冠疫情则明显加快了它的普及。',
      en: "The paper's central concept: the sum of means and actions by which a sovereign state, through its head of state, agencies and diplomats, uses internet platforms, ICT and social media to conduct foreign relations and pursue national interests within international law. It carries the exercise of sovereignty from physical into virtual space without changing the core rights of independence, equality and autonomy. The COVID-19 pandemic sharply accelerated its spread.",
    },
    sources: [hanWu('1'), hanWu('intro'), hanWu('2')],
    relations: [related('digital-sovereignty'), related('public-diplomacy'), related('cyberspace-governance')],
    facts: [
      fact(
        'intro',
        '作者认为新冠疫情的暴发和蔓延直接加速了数字技术在外交工作中的应用。',
        'The authors hold that the outbreak and spread of COVID-19 directly accelerated the use of digital technology in diplomatic work.',
      ),
    ],
  },
  {
    id: 'twitter-diplomacy',
    name: { zh: '推特外交', en: 'Twitter diplomacy' },
    category: 'form',
    terms: [name('Twiplomacy'), zh('Twitter外交')],
    summary: {
      zh: '指政要和外交官通过推特等社交平台直接发布外交立场、与海外公众对话的做法，是引言列举的数字化外交表现形式之一。文中以特朗普的个人推特账号成为美国外交窗口为例。',
      en: "Leaders and diplomats stating foreign-policy positions and talking to foreign publics directly on Twitter and similar platforms. The introduction lists it among the visible forms that digitalised diplomacy takes. The paper's example is Donald Trump's personal Twitter account, which served as a window of US diplomacy.",
    },
    sources: [hanWu('intro'), hanWu('2(3)')],
    relations: [broader('digital-diplomacy'), related('new-media-diplomacy'), related('digital-image')],
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
      zh: '借助互联网开展的外交活动，也常指围绕网络空间议题的外交。它是引言列出的数字化外交形态之一，也是本文的关键词，与数字外交关系密切但侧重网络这一载体。',
      en: "Diplomacy conducted through the internet, and often also diplomacy about cyberspace issues. The introduction names it among the forms of digitalised diplomacy, and it is one of the paper's keywords. It is close to digital diplomacy but puts the network itself in the foreground.",
    },
    sources: [hanWu('intro')],
    relations: [broader('digital-diplomacy'), related('cyberspace-governance')],
  },
  {
    id: 'e-diplomacy',
    name: { zh: '电子外交', en: 'e-diplomacy' },
    category: 'form',
    terms: [zh('電子外交'), name('eDiplomacy'), name('ediplomacy'), en('electronic diplomacy')],
    summary: {
      zh: '用电子通信和信息系统支持外交工作的说法，强调外交机构内部的信息化与信息共享。引言把它列为数字化外交的表现形式之一；美国国务院在"9·11"事件后设立的电子外交工作组是其早期实践。',
      en: 'A label for supporting diplomatic work with electronic communication and information systems, with stress on digitising ministries and sharing information inside them. The introduction lists it among the forms of digitalised diplomacy. An early example is the e-diplomacy task force the US State Department set up after 9/11.',
    },
    sources: [hanWu('intro'), hanWu('2(1)')],
    relations: [broader('digital-diplomacy'), related('e-diplomacy-task-force')],
  },
  {
    id: 'virtual-diplomacy',
    name: { zh: '虚拟外交', en: 'virtual diplomacy' },
    category: 'form',
    terms: [zh('虛擬外交')],
    summary: {
      zh: '在高仿真的虚拟场景中完成会见、会谈和谈判的外交形式，让外交活动跨越时空限制。作者认为它让公众直观感受到数字外交的作用，疫情期间尤其突出。',
      en: 'Diplomacy whose meetings, talks and negotiations take place in highly realistic virtual settings, freeing diplomatic activity from limits of time and place. The authors see it as one of the ways the public came to feel the effect of digital diplomacy directly, above all during the pandemic.',
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
      zh: '借助社交媒体等新媒体平台开展对外传播与公众互动的外交形式。引言把它与推特外交、网络外交等并列为外交行为数字化的表现。',
      en: 'Diplomacy that uses social media and other new media platforms for outreach and dialogue with publics. The introduction places it beside Twitter diplomacy and cyber diplomacy as signs that diplomatic behaviour is going digital.',
    },
    sources: [hanWu('intro')],
    relations: [broader('digital-diplomacy'), related('public-diplomacy')],
  },

  // ── §1 Sovereignty as the foundation ────────────────────────────────────────────────────────────
  {
    id: 'digital-sovereignty',
    name: { zh: '数字主权', en: 'digital sovereignty' },
    category: 'foundation',
    terms: [zh('數字主權'), zh('數位主權')],
    summary: {
      zh: '随着信息通信技术的普及，国家主权顺势覆盖到互联网空间，由此形成数字主权。作者把它看作数字外交的根基：数字外交的正当性与自主性来自数字主权，国家据此自行处理本国管辖的虚拟空间事务，他国无权干涉。',
      en: "State sovereignty extended naturally into the ICT-based internet space. The authors make it the ground of digital diplomacy: it is what gives a state's digital diplomacy legitimacy and autonomy. It also lets a state run the affairs of the virtual space under its jurisdiction without outside interference.",
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
      en('cyber sovereignty'),
    ],
    summary: {
      zh: '认为一国可以依主权管理本国境内的互联网、他国应当尊重这一点的原则。作者引用2010年国务院新闻办发布的《中国互联网状况》白皮书作为这一立场的来源，并由此推出数字主权的概念。',
      en: 'The principle that the internet inside a country falls under that country\'s sovereign jurisdiction and must be respected and protected. The authors cite the 2010 white paper "The Internet in China" from the State Council Information Office as the source of this position. From it they go on to derive digital sovereignty.',
    },
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
      zh: '强国凭借数字技术优势对他国施压、谋求霸权的行为。作者认为，立足于数字主权的数字外交能够帮助一国顶住这种压力，并参与重塑数字空间的国际秩序。',
      en: 'Powerful states using their lead in digital technology to coerce others and seek hegemony. The authors argue that digital diplomacy grounded in digital sovereignty is a strong means of resisting such power politics. In their view it also helps shape a new order in digital space.',
    },
    sources: [hanWu('1'), hanWu('conclusion')],
    relations: [contrasts('digital-sovereignty'), contrasts('new-order-in-international-cyberspace')],
  },
  {
    id: 'internet-in-china-white-paper',
    name: { zh: '《中国互联网状况》白皮书', en: 'The Internet in China white paper' },
    category: 'event',
    terms: [zh('中国互联网状况'), zh('中國互聯網狀況'), zh('《中國互聯網狀況》白皮書')],
    summary: {
      zh: '国务院新闻办于2010年6月8日发布的白皮书。作者引用其关于互联网是国家重要基础设施、境内互联网属于国家主权管辖范围的表述，作为论证数字主权的起点。',
      en: 'A white paper released by the State Council Information Office on 8 June 2010. The authors quote its statements that the internet is key national infrastructure and that the internet within China falls under Chinese sovereign jurisdiction. These serve as their starting point for the argument about digital sovereignty.',
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
      zh: '中国政府对外发布白皮书和重要信息的机构。本文第一部分引用它2010年发布的《中国互联网状况》白皮书，用以说明中国关于互联网主权的官方立场。',
      en: 'The Chinese government office that issues white papers and major announcements. Part 1 of the paper cites its 2010 white paper "The Internet in China" to show China\'s official position on internet sovereignty.',
    },
    sources: [hanWu('1')],
    relations: [],
  },

  // ── §1(1) An aid and complement to traditional diplomacy ────────────────────────────────────────
  {
    id: 'digital-image',
    name: { zh: '数字形象', en: 'digital image' },
    category: 'function',
    terms: [zh('數字形象'), zh('數位形象'), zh('数字身影'), zh('數字身影')],
    summary: {
      zh: '国家元首和外交官在屏幕与社交媒体上呈现出来的样子，公众接触数字外交时首先看到的就是它。作者指出，社交媒体让外交官不再显得高深莫测、拘谨呆板，而是以普通人的面貌同网民特别是年轻人直接交流；第四部分所说习近平在多边活动中的"数字身影"也属此类。',
      en: 'How heads of state and diplomats appear on screens and social media, which is the most immediate way the public experiences digital diplomacy. The authors note that social media turned diplomats from remote, stiff figures into real people who talk openly with the public, especially the young. The "digital presence" of Xi Jinping at online multilateral meetings, described in Part 4, is a case of the same thing.',
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
      zh: '作者用这一说法描述数字社会中的变化：原本离普通人很远的外交议题，在社交媒体上变成公众热烈讨论的话题。这说明外交信息已不再只能经由官方渠道层层传递。',
      en: "The authors' phrase for a change in digital society: diplomatic questions that once felt far from ordinary life become topics the public debates eagerly online. It shows that the organisational walls around traditional diplomatic communication have been broken.",
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
      zh: '一国在国际社会心目中的整体印象。作者认为，数字平台让国家可以直接说明自己的立场、回应海外舆论，是经营国家形象的好地方；印度通过"品牌化"塑造国家形象、北京冬奥会展示中国形象都是文中的例子。',
      en: "The overall impression a country leaves on the international community. The authors see digital diplomacy as an ideal arena for a state to explain its positions, respond to overseas opinion and shape its national image. India's branding of its image and the Beijing 2022 Winter Olympics are the paper's examples.",
    },
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
      zh: '数字化使外交过程对公众更加透明的趋势。作者指出，公众大量进入网络、信息传播加快，使外交部门再也无法独占跨国政治信息；自上而下、关起门来的决策方式因此受到挑战，公众对透明外交的期待也得到回应。',
      en: "The trend, driven by digitalisation, for diplomatic processes to become more visible to the public. The authors argue that the public's move into digital space and the fast flow of information ended traditional diplomacy's monopoly on cross-border political information. This undermines top-down, black-box practice and meets public demand for transparency.",
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
      zh: '指传统外交决策在封闭环境中进行、外界难以知晓的特性。作者认为，数字化正在冲击这种自上而下的黑箱政治，推动外交过程公开化。',
      en: "The closed character of traditional diplomatic decision-making, which outsiders could hardly see into. In the authors' account, digitalisation is eroding this top-down black-box politics and pushing diplomacy towards openness.",
    },
    sources: [hanWu('1(2)')],
    relations: [],
  },
  {
    id: 'refined-diplomacy',
    name: { zh: '精细外交', en: 'refined diplomacy' },
    category: 'function',
    terms: [zh('精細外交'), en('fine-grained diplomacy')],
    summary: {
      zh: '依靠海量数据和关键信息识别来精确规划和执行外交的方式。作者认为数字技术推动许多国家的外交从"粗放外交"转向"精细外交"。',
      en: 'Diplomacy planned and carried out precisely on the basis of large amounts of data and the key signals picked out of them. The authors say digital technology is moving many states from broad-brush diplomacy to refined diplomacy.',
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
      zh: '缺乏数据支撑、决策和执行较为粗略的传统外交方式。作者把它作为精细外交的对立面，说明数字技术带来的转变。',
      en: 'Traditional diplomacy whose decisions and execution are rough because they lack a basis in data. The authors set it against refined diplomacy to show the shift that digital technology brings.',
    },
    sources: [hanWu('1(2)')],
    relations: [],
  },
  {
    id: 'preventive-diplomacy',
    name: { zh: '预防外交', en: 'preventive diplomacy' },
    category: 'function',
    terms: [zh('預防外交'), en('preventative diplomacy')],
    summary: {
      zh: '在危机出现之前就识别风险、提前应对的外交方式。作者指出，借助数据分析进行舆情管理、危机预警和灾害响应，外交正由事后的"反应外交"转向"预防外交"。',
      en: 'Diplomacy that spots risks and acts before a crisis breaks out. The authors point out that with data-driven opinion monitoring, crisis early warning and disaster response, diplomacy is moving from reacting after the fact to preventing.',
    },
    sources: [hanWu('1(2)')],
    relations: [contrasts('reactive-diplomacy'), related('crisis-early-warning')],
  },
  {
    id: 'reactive-diplomacy',
    name: { zh: '反应外交', en: 'reactive diplomacy' },
    category: 'function',
    terms: [zh('反應外交')],
    summary: {
      zh: '在事件发生后才作出回应的外交方式。作者把它作为预防外交的对立面，认为数字技术使外交有条件变被动为主动。',
      en: 'Diplomacy that responds only after events have happened. The authors contrast it with preventive diplomacy and argue that digital tools let diplomacy act ahead instead.',
    },
    sources: [hanWu('1(2)')],
    relations: [],
  },
  {
    id: 'customized-diplomacy',
    name: { zh: '定制外交', en: 'customized diplomacy' },
    category: 'function',
    terms: [zh('定製外交'), zh('訂製外交'), en('customised diplomacy'), en('tailored diplomacy')],
    summary: {
      zh: '针对不同对象和情境量身设计外交方案的方式。作者认为数据分析使外交由面向所有对象的"普遍外交"转向"定制外交"。',
      en: 'Diplomacy designed to fit particular audiences and situations. The authors hold that data analysis lets diplomacy move from one approach for everyone to customized diplomacy.',
    },
    sources: [hanWu('1(2)')],
    relations: [contrasts('one-size-fits-all-diplomacy')],
  },
  {
    id: 'one-size-fits-all-diplomacy',
    name: { zh: '普遍外交', en: 'one-size-fits-all diplomacy' },
    category: 'function',
    terms: [],
    summary: {
      zh: '对各类对象采用同一套做法的传统外交方式。作者将其与定制外交对照，用来说明数字技术带来的外交转型。',
      en: 'Traditional diplomacy that treats every audience the same way. The authors set it beside customized diplomacy to illustrate the change digital technology brings.',
    },
    sources: [hanWu('1(2)')],
    relations: [],
  },
  {
    id: 'public-opinion-management',
    name: { zh: '舆情管理', en: 'public opinion management' },
    category: 'function',
    terms: [zh('輿情管理'), en('public sentiment management')],
    summary: {
      zh: '外交部门借助数字工具汇集大量数据、从中筛出要紧的信号，用以跟踪并引导国内外舆论。作者把它与危机预警、灾害响应并列，视为数字技术推动外交转型的具体表现。',
      en: 'Foreign ministries using digital technology to gather large volumes of data, pick out the key signals, and monitor and guide opinion at home and abroad. The authors list it with crisis early warning and disaster response as concrete ways digital tools are changing diplomacy.',
    },
    sources: [hanWu('1(2)')],
    relations: [related('crisis-early-warning')],
  },
  {
    id: 'crisis-early-warning',
    name: { zh: '危机预警', en: 'crisis early warning' },
    category: 'function',
    terms: [zh('危機預警')],
    summary: {
      zh: '依靠数据识别潜在危机并提前发出警示。作者在讨论数字外交推动新型外交实践时提到它，第五部分也主张用数字技术加强海外安全预警。',
      en: 'Using data to detect an emerging crisis and raise the alarm early. The authors mention it when describing how digital diplomacy drives new practice. Part 5 also calls for digital tools to strengthen safety warnings for citizens abroad.',
    },
    sources: [hanWu('1(2)'), hanWu('5(4)')],
    relations: [],
  },

  // ── §1(3) A catalyst of intensifying international competition ──────────────────────────────────
  {
    id: 'digital-information-warfare',
    name: { zh: '数字信息战', en: 'digital information warfare' },
    category: 'function',
    terms: [zh('數字信息戰'), zh('數字資訊戰'), zh('數位資訊戰'), en('digital information war')],
    summary: {
      zh: '一国利用程序和机器学习批量伪造内容、左右舆论，以此打击他国的攻击行为。作者以此说明数字技术很容易变成国际竞争的新政治工具。',
      en: 'Attacks in which one state uses programming and machine learning to forge information and steer opinion against another. The authors use it to show how easily digital technology becomes a new political weapon in international competition.',
    },
    sources: [hanWu('1(3)')],
    relations: [related('online-opinion-warfare'), related('disinformation')],
  },
  {
    id: 'online-opinion-warfare',
    name: { zh: '网络舆论战', en: 'online opinion warfare' },
    category: 'function',
    terms: [zh('網絡輿論戰'), zh('網路輿論戰'), en('online opinion war'), en('online public opinion warfare')],
    summary: {
      zh: '在网络平台上通过制造和放大特定叙事来争夺舆论主导权的对抗。作者把它与数字信息战相提并论，认为这种对抗会让各国立场更快走向对立，使居间调解更加困难。',
      en: 'Contests fought on online platforms by creating and amplifying narratives to win control of public opinion. The authors pair it with digital information warfare. They warn that such campaigns harden diplomatic positions and shrink the room for mediation.',
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
      zh: '被刻意制造和传播的不实信息。作者提醒，数字外交本身也可能被用来包装和掩护虚假信息，并举美国军方被指运营虚假社交账号、美国国务院利用网络机器人制造虚假信息为例；第三部分还把虚假信息传播列为数字外交的一大隐患。',
      en: 'False content made and spread on purpose. The authors warn that digital diplomacy can become a tool for disguising disinformation, citing reports that the US military ran fake social media accounts and that the US State Department used bots to spread false claims about China. Part 3 also lists the spread of disinformation as a major risk for digital diplomacy.',
    },
    sources: [hanWu('1(3)'), hanWu('3(1)')],
    relations: [related('social-bots')],
    facts: [
      fact(
        '1(3)',
        '美国军方曾多次被指运营虚假社交账号，冒充网民进行亲美宣传和舆论操纵。',
        'The US military has repeatedly been accused of running fake social media accounts that posed as ordinary users to spread pro-US messages and manipulate opinion.',
      ),
    ],
  },
  {
    id: 'social-bots',
    name: { zh: '网络机器人', en: 'social bots' },
    category: 'actor',
    terms: [zh('網絡機器人'), zh('網路機器人'), zh('社交机器人'), zh('社交機器人'), en('social bot')],
    summary: {
      zh: '在社交平台上自动发帖、转发的程序账号。作者指出它们可被用来批量制造和扩散虚假信息，文中举美国国务院利用网络机器人散布涉华虚假信息为例；2016年美国大选中的机器人网络也属同类问题。',
      en: "Automated accounts that post and repost on social platforms. The authors note they can be used to mass-produce and spread disinformation, citing the US State Department's alleged use of bots against China. The bot networks of the 2016 US election, discussed in Part 3, are the same problem.",
    },
    sources: [hanWu('1(3)'), hanWu('3(1)')],
    relations: [related('opinion-manipulation')],
  },
  {
    id: 'diplomatic-influencers',
    name: { zh: '外交网红', en: 'diplomatic influencers' },
    category: 'actor',
    terms: [zh('外交網紅'), en('diplomatic influencer')],
    summary: {
      zh: '在社交媒体上因鲜明立场和犀利言辞而走红的外交人员或外交事件。作者指出，这类走红事件传播极快，容易让各方立场迅速对立，留给外交调停的余地随之变小；但第二部分也承认，风格鲜明的外交官能成为一国软实力的资源。',
      en: 'Diplomats, or diplomatic episodes, that go viral on social media thanks to sharp positions and pointed language. The authors note that such viral episodes blow up very quickly and leave less room for mediation. Part 2 adds that distinctive, outspoken diplomats can also become a source of soft power.',
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
      zh: '借助伪造信息、虚假账号或算法放大来左右公众看法的行为。作者把它视为数字信息战的核心手段，第五部分主张坚决反对在数字空间煽动舆论、操纵舆情的政治行为。',
      en: 'Swaying public views with forged content, fake accounts or algorithmic amplification. The authors treat it as the core technique of digital information warfare. Part 5 calls for firm opposition to any attempt to incite or steer opinion in digital space for political ends.',
    },
    sources: [hanWu('1(3)'), hanWu('5(3)')],
    relations: [related('digital-information-warfare')],
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
      zh: '在国际上设定议题、定义概念、影响舆论的能力。作者观察到，数字外交正在成为各国争夺这种能力的新战场；对发展中国家而言，在与自身相关的国际议题上赢得发言分量，是开展数字外交的核心目标之一。',
      en: 'The capacity to set agendas, define terms and shape opinion internationally. The authors see the contest for discourse power around digital diplomacy growing sharper. Winning such power is one of the main goals states, and developing countries in particular, pursue through digital diplomacy.',
    },
    sources: [hanWu('1(4)'), hanWu('2(3)')],
    relations: [related('power-diffusion'), related('international-agenda-setting')],
  },
  {
    id: 'non-state-actors',
    name: { zh: '非国家行为体', en: 'non-state actors' },
    category: 'actor',
    terms: [zh('非國家行為體'), zh('非國家行為者'), zh('非国家行为者'), en('non-state actor'), en('nonstate actors')],
    summary: {
      zh: '国家以外参与国际事务的主体。作者指出，互联网让它们更容易跨越国界动员支持者，把减贫、气候、人权、性别平等等问题推到国际议程的中心，因而成为推动国际秩序变化的力量之一。',
      en: 'Participants in international affairs other than states. The authors note that the internet has strengthened their ability to mobilise across borders. They have pushed poverty, climate, human rights and gender onto the core agenda, which makes them one of the forces behind change in the international order.',
    },
    sources: [hanWu('1(4)'), hanWu('2(1)')],
    relations: [related('power-diffusion')],
  },
  {
    id: 'power-diffusion',
    name: { zh: '权力流散', en: 'power diffusion' },
    category: 'theory',
    terms: [zh('權力流散'), en('diffusion of power')],
    summary: {
      zh: '国际政治权力从少数国家向更多行为体分散的过程。作者认为，数字空间门槛低、参与外交的主体越来越多，使这种分散愈发明显，并可能引发国际秩序的调整。',
      en: 'The spread of power in international politics from a few states to many more actors. The authors argue that the openness of digital space and the growing variety of diplomatic actors make this spread more pronounced. In their view it can set off change in the international order.',
    },
    sources: [hanWu('1(4)')],
    relations: [],
  },

  // ── §2 The three features ───────────────────────────────────────────────────────────────────────
  {
    id: 'actors-of-digital-diplomacy',
    name: { zh: '数字外交主体', en: 'actors of digital diplomacy' },
    category: 'feature',
    terms: [zh('數字外交主體'), zh('数字外交的主体'), zh('数字外交行为体'), en('digital diplomacy actor')],
    summary: {
      zh: '第一个特征：参与数字外交的有多种国际行为体，不过唱主角的仍是主权国家。次国家政府、政府间国际组织、非政府组织和政党也参与其中，外交官个人账号更成为国家外交的"前哨"。',
      en: "The first feature: digital diplomacy involves many kinds of international actors, but sovereign states remain the main ones. Sub-state governments, intergovernmental organizations, NGOs and parties also take part. Diplomats' personal accounts have become outposts of national diplomacy.",
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
      zh: '第二个特征：数字外交所处理的问题范围很广，从全球发展、集体安全到公共卫生和气候治理都有涉及。由于能把各方迅速连到一起、及时作出反应，它在参与方多、要反复协商的多边外交中优势尤其明显。2020年的G20特别峰会和第76届联大一般性辩论都是例证。',
      en: 'The second feature: digital diplomacy covers a wide range of issues, from global development and collective security to public health and climate governance. Because it connects people and responds quickly, it suits multilateral diplomacy with many stakeholders and repeated rounds of talks. The extraordinary G20 summit of 2020 and the 76th UN General Assembly debate illustrate this.',
    },
    sources: [hanWu('2(2)')],
    relations: [broader('digital-diplomacy'), related('video-summit')],
  },
  {
    id: 'goals-of-digital-diplomacy',
    name: { zh: '数字外交目标', en: 'goals of digital diplomacy' },
    category: 'feature',
    terms: [zh('數字外交目標'), zh('数字外交的目标')],
    summary: {
      zh: '第三个特征：各国借数字外交追求的东西并不相同，大体围绕软实力、话语权、海外利益以及国际交往与合作展开。技术水平、经济社会需求和国际地位的差异决定了各国侧重点不同，例如美国输出价值观、俄罗斯影响舆论、印度塑造国家品牌。',
      en: "The third feature: states pursue different goals through digital diplomacy, chiefly soft power, discourse power, protection of overseas interests, and international exchange and cooperation. Differences in technology, domestic needs and international standing decide each state's emphasis. The US exports its values, Russia works on world opinion and India brands its national image.",
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
        '俄罗斯把数字外交列为最有效的外交手段之一，鼓励驻外外交官利用互联网影响国际舆论。',
        'Russia ranks digital diplomacy among its most effective diplomatic tools and encourages its diplomats worldwide to use the internet to influence international opinion.',
      ),
      fact(
        '2(3)',
        '印度推动外交部门数字化升级和外交人员技能培训，一些外交官开设数字印度外交账号。',
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
      zh: '省、州、城市等国家以下层级的政府。作者把它们列为数字外交主体之一，说明数字外交虽以国家为主，但参与者并不限于中央政府。',
      en: 'Governments below the national level, such as provinces, states and cities. The authors count them among the actors of digital diplomacy to show that it is not the preserve of central governments, even though states lead.',
    },
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
      zh: '由各国政府作为成员组成的国际组织，联合国是文中的代表。作者注意到这类组织同样活跃于数字外交，凭借在网上拥有的大量关注者左右国际舆论，并影响各国的决策。',
      en: "International organisations whose members are states, with the United Nations as the paper's leading example. The authors note that they practise digital diplomacy actively and use their large online audiences to influence world opinion and national decisions.",
    },
    sources: [hanWu('2(1)')],
    relations: [],
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
      zh: '独立于政府的社会组织，文中特别提到互联网服务运营商和技术专家组成的组织。作者认为，由于它们握有互联网技术和规则制定方面的关键资源，它们搭建的交流平台正在持续更新全球网络治理的机制。',
      en: 'Organisations independent of government; the paper singles out those formed by internet service operators and technical experts. The authors argue that they hold key resources for internet technology and rule-making. The platforms they build keep renewing the mechanisms of global internet governance.',
    },
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
      zh: '美国负责外交事务的部门，是文中数字外交机构建设的主要案例：它先后设立电子外交工作组、数字外联工作组和网络空间和数字政策局。作者同时批评它利用网络机器人散布涉华虚假信息。',
      en: "The US government department for foreign affairs, and the paper's main case of building institutions for digital diplomacy: it set up an e-diplomacy task force, a Digital Outreach Team and the Bureau of Cyberspace and Digital Policy in turn. The authors also criticise it for using bots to spread false claims about China.",
    },
    sources: [hanWu('2(1)'), hanWu('1(3)')],
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
      zh: '"9·11"事件第二年美国国务院组建的工作组，用来改善部门内部的信息流通，打通各单位之间的协作。作者把它视为美国数字外交走向机构化的开端。',
      en: 'A task force the US State Department created the year after the 9/11 attacks to improve information sharing inside the department and overcome barriers between its units. The authors treat it as the start of institution-building for US digital diplomacy.',
    },
    sources: [hanWu('2(1)')],
    relations: [],
    facts: [
      fact(
        '2(1)',
        '"9·11"事件后次年（2002年），美国国务院成立电子外交工作组。',
        'The US State Department set up its e-diplomacy task force in the year after 9/11 (2002).',
      ),
    ],
  },
  {
    id: 'digital-outreach-team',
    name: { zh: '数字外联工作组', en: 'Digital Outreach Team' },
    category: 'institution',
    terms: [zh('數字外聯工作組'), zh('数字外联小组')],
    summary: {
      zh: '本文记载美国国务院于2009年组建的团队。它从驻外使领馆的培训做起，推动外交人员用社交软件与海外公众、新闻媒体和非政府组织多打交道。',
      en: 'A team the US State Department set up in 2009, as the paper dates it. It began by training staff at embassies and consulates worldwide and encouraged diplomats to use social apps to engage foreign publics, media and NGOs.',
    },
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
      zh: '2022年4月美国国务院宣布设立的局级机构，统筹国务院有关网络空间和数字外交的事务，并参与制定维护网络基础设施安全的政策。作者在第三部分补充，该局把重心放在国家网络安全、信息经济与数字技术这三个方面，并联合盟友为新兴数字技术订立国际规范和标准。',
      en: 'A bureau the US State Department announced in April 2022 to coordinate its work on cyberspace and digital diplomacy and help make policy protecting the security of network infrastructure. In Part 3 the authors add that it concentrates on national cybersecurity, the information economy and digital technology. It also works with allies on international norms for emerging digital technologies.',
    },
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
        '该局重点关注国家网络安全、信息经济发展和数字技术三大领域。',
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
      zh: '英国政府2012年发布的战略文件，其中要求外交部联合其他部门，共同提升数字能力、提供数字支持和咨询。作者借此说明，英国等西方国家期望用数字媒体改造外交政策的运作，让本国国民得到更高效、更负责的外事服务。',
      en: 'A UK government strategy issued in 2012 that had the Foreign Office build capacity, digital support and advisory services through a cross-government approach. The authors use it to show how Britain and other Western states hoped digital media would change how they handle foreign policy. The aim was efficient, accountable consular and foreign services for citizens.',
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
      zh: '英国外交部2015年设立的部门，意在把本国的外交传统和数字技术融为一体，为英国公民提供线上服务，并更快处置海外突发事件。作者以它为例说明西方外交部门的数字化转型。',
      en: "A unit Britain's Foreign Office set up in 2015 to combine diplomatic tradition with digital technology, offering digital services to British nationals and responding quickly to crises abroad. The authors give it as an example of Western foreign ministries going digital.",
    },
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

  // ── §2(2) Broad and diverse issues: events ──────────────────────────────────────────────────────
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
      zh: '领导人通过视频连线举行的峰会或会晤，是数字外交最醒目的形式之一。作者指出它反应迅速、节省成本，疫情期间G20特别峰会、中法德领导人视频峰会等都以这种方式举行，也推动了疫情后线下高层交往的恢复。',
      en: "A summit or leaders' meeting held by video link, one of the most visible forms of digital diplomacy. The authors stress its speed and low cost; the extraordinary G20 summit and the China-France-Germany leaders' meetings were held this way during the pandemic. Such meetings also helped restore in-person high-level contact afterwards.",
    },
    sources: [hanWu('2(2)'), hanWu('4')],
    relations: [related('head-of-state-diplomacy'), related('hybrid-diplomacy')],
  },
  {
    id: 'g20',
    name: { zh: '二十国集团', en: 'Group of Twenty' },
    category: 'institution',
    terms: [zh('二十國集團'), acronym('G20'), acronym('G-20')],
    summary: {
      zh: '由主要经济体组成的国际经济合作论坛。本文以2020年G20以线上方式举行应对新冠肺炎特别峰会为例，说明数字外交在紧急多边磋商中的优势。',
      en: 'The forum of major economies for international economic cooperation. The paper cites its online extraordinary summit on COVID-19 in 2020 to show the advantage of digital diplomacy in urgent multilateral consultation.',
    },
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
      zh: '2020年3月疫情暴发之初，G20主席国沙特以线上方式举行的特别峰会，成员国、嘉宾国领导人和世卫组织、联合国、国际货币基金组织、世界银行负责人视频与会。作者以它说明数字外交能及时传递合作抗疫、稳定供应链和金融的信号；习近平视频出席并讲话，作者视之为中国数字外交新篇章的开端。',
      en: "The special online summit Saudi Arabia, as G20 president, convened in March 2020 at the start of the pandemic, joined by video by G20 and guest leaders and the heads of the WHO, UN, IMF and World Bank. The authors use it to show how digital diplomacy can quickly signal joint action on the virus, supply chains and financial stability. Xi Jinping's video address there marks, for them, a new chapter in China's digital diplomacy.",
    },
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
        '2020年3月，习近平以视频连线方式出席该峰会并讲话，这是疫情暴发后他出席的首场重大多边外交活动。',
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
      zh: '疫情期间中国、法国、德国三国领导人多次举行的视频会晤，议题包括应对气候变化、抗疫合作和经贸交流。乌克兰危机爆发后，三方也通过视频交换意见；作者认为这种元首数字外交增进了互信，并促进了疫情后中欧线下高层往来的恢复。',
      en: 'Repeated video meetings between the leaders of China, France and Germany during the pandemic, covering climate change, cooperation against the virus, and trade. After the Ukraine crisis began, the three also exchanged views by video. The authors credit such leader-level digital diplomacy with building trust and speeding the return of in-person China-EU contacts.',
    },
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
      zh: '2021年举行的联大一般性辩论，一百多位元首、政府首脑及高级代表或到场或在线参加，讨论疫情、气候、经济复苏、核不扩散等共同挑战。作者认为这种结合方式在疫情中保证了代表的广泛性和议题的多样性；习近平也在这次辩论中以视频方式提出全球发展倡议。',
      en: 'The 2021 general debate of the UN General Assembly, in which more than 100 heads of state, heads of government and senior representatives took part in person or online on the pandemic, climate, recovery, non-proliferation and other shared challenges. The authors say the mix kept participation broad and the agenda varied despite the pandemic. Xi Jinping proposed the Global Development Initiative by video at this debate.',
    },
    sources: [hanWu('2(2)'), hanWu('4')],
    relations: [related('hybrid-diplomacy'), related('global-development-initiative')],
    facts: [
      fact(
        '2(2)',
        '100多位国家元首、政府首脑和高级代表以线上线下结合方式参与辩论。',
        'More than 100 heads of state, heads of government and senior representatives took part, some online and some in person.',
      ),
    ],
  },
  {
    id: 'african-union',
    name: { zh: '非洲联盟', en: 'African Union' },
    category: 'institution',
    terms: [zh('非盟'), zh('非洲聯盟')],
    summary: {
      zh: '非洲国家的区域组织。作者举非盟2020年为结束地区冲突多次举行网络会议为例，说明欠发达地区借助数字外交可以在财政有限的情况下聚集利益攸关方、推进多边谈判。',
      en: "The regional organisation of African states. The authors point to the African Union's repeated online meetings in 2020 on ending regional conflicts. They show that less developed regions can use digital diplomacy to bring stakeholders together and advance multilateral talks on a tight budget.",
    },
    sources: [hanWu('2(3)')],
    relations: [related('video-summit')],
    facts: [
      fact(
        '2(3)',
        '2020年，非盟就结束地区冲突多次举行网络会议。',
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
      zh: '国家依靠吸引力而非强制来影响他国的能力。作者把提升软实力列为各国开展数字外交的首要目标之一：西方国家借助互联网输出价值观强化软实力，有个性的外交官本身也成为软实力资源；第四部分还指出中国的数字传播被视为"软实力"之争的一部分。',
      en: "A state's ability to influence others by attraction rather than coercion. The authors name raising soft power as one of the main goals of digital diplomacy: Western states use the internet to export their values, and charismatic diplomats become soft-power assets themselves. Part 4 adds that observers read China's online outreach as part of a soft-power contest.",
    },
    sources: [hanWu('2(3)'), hanWu('2(1)'), hanWu('4')],
    relations: [related('public-diplomacy')],
  },
  {
    id: 'internet-freedom',
    name: { zh: '网络自由', en: 'internet freedom' },
    category: 'initiative',
    terms: [zh('網絡自由'), zh('網路自由'), zh('互联网自由'), zh('互聯網自由')],
    summary: {
      zh: '美国以言论和信息自由流动为名推动的互联网政策主张。作者提到，时任国务卿希拉里在2010年两度以此为题发表演讲；在作者看来，这是美国借数字全球化推广自身价值观、巩固制度化软霸权的做法之一。',
      en: 'A US policy agenda promoting the free flow of speech and information online. The authors recall that Secretary of State Hillary Clinton gave two speeches on internet freedom in 2010. They read it as part of the US effort to build American values into digital globalization and exercise an institutionalized soft hegemony.',
    },
    sources: [hanWu('2(3)')],
    relations: [related('institutionalized-soft-hegemony')],
    facts: [
      fact(
        '2(3)',
        '2010年，时任美国国务卿希拉里两次就"网络自由"发表演讲。',
        'In 2010 the then Secretary of State Hillary Clinton gave two speeches on internet freedom.',
      ),
    ],
  },
  {
    id: 'overseas-interests',
    name: { zh: '海外利益', en: 'overseas interests' },
    category: 'feature',
    terms: [en('overseas interest')],
    summary: {
      zh: '一国在境外的公民、企业、资产和影响力等利益。作者指出维护日益增长的海外利益是发展中国家开展数字外交的重要目标；第五部分又把它与海外中国公民的领事保护联系起来。',
      en: "A country's stakes abroad: its citizens, companies, assets and influence. The authors say protecting growing overseas interests is a major aim of digital diplomacy for developing countries. Part 5 links it to consular protection for Chinese citizens abroad.",
    },
    sources: [hanWu('2(3)'), hanWu('1(4)'), hanWu('5(4)')],
    relations: [related('consular-protection')],
  },
  {
    id: 'institutionalized-soft-hegemony',
    name: { zh: '制度化软霸权', en: 'institutionalized soft hegemony' },
    category: 'theory',
    terms: [zh('制度化軟霸權'), zh('软霸权'), zh('軟霸權'), en('institutionalised soft hegemony'), en('soft hegemony')],
    summary: {
      zh: '通过制度、规则和价值输出而非直接强制来维持的主导地位。作者认为，冷战结束后美国凭借信息技术上的领先地位建立了这种霸权，并把互联网变成推行其新外交的主战场。',
      en: 'Dominance kept up through institutions, rules and exported values rather than open coercion. The authors argue that after the Cold War the US used its lead in information technology to build such a hegemony. In doing so it treated the internet as a base for its new diplomacy.',
    },
    sources: [hanWu('2(3)')],
    relations: [related('soft-power'), contrasts('digital-sovereignty')],
  },
  {
    id: 'nation-branding',
    name: { zh: '国家形象品牌化', en: 'nation branding' },
    category: 'theory',
    terms: [zh('國家形象品牌化'), zh('国家品牌化'), zh('國家品牌化'), en('country branding')],
    summary: {
      zh: '像经营品牌一样有意识地塑造和传播国家形象。作者以印度为例：部分印度外交官在社交平台上开设以数字印度为名的外交账号，借"品牌化"塑造国际形象、服务外交目标。',
      en: "Shaping and promoting a country's image deliberately, the way a brand is managed. The authors' example is India, where some diplomats run digital diplomacy accounts that brand the country's image in support of foreign-policy goals.",
    },
    sources: [hanWu('2(3)')],
    relations: [related('national-image')],
  },
];
