import { hanWu } from '../outline';
import type { Concept, ConceptRelation, ConceptTerm, GeneralKnowledge, KeyFact, PaperLocation } from '../types';

/*
 * Han & Wu (2024), §3 (challenges), §4 (China's stages and characteristics), §5 (practice priorities) and the
 * conclusion, with the institutions, events, platforms and technologies those sections name, in passing too.
 * Summaries say only what the paper says, in our own words, with a section marker on every sentence that speaks for
 * the paper (attribution.ts); general knowledge goes in `context`.
 */

const zh = (text: string): ConceptTerm => ({ text, lang: 'zh' });
/** A Chinese or English phrase that would also match as ordinary words: only between quotation marks. */
const quoted = (text: string, lang: 'zh' | 'en' = 'zh'): ConceptTerm => ({ text, lang, quoted: true });
const en = (text: string, opts: { inflect?: boolean; caseSensitive?: boolean } = {}): ConceptTerm => ({
  text,
  lang: 'en',
  ...opts,
});
const fact = (section: string, zhText: string, enText: string): KeyFact => ({
  text: { zh: zhText, en: enText },
  paper: 'han-wu-2024',
  section,
});
const general = (zhText: string, enText: string): GeneralKnowledge => ({
  basis: 'general-knowledge',
  text: { zh: zhText, en: enText },
});
const related = (target: string): ConceptRelation => ({ type: 'related', target });
const broader = (target: string): ConceptRelation => ({ type: 'broader', target });
const narrower = (target: string): ConceptRelation => ({ type: 'narrower', target });
const contrasts = (target: string): ConceptRelation => ({ type: 'contrasts-with', target });

/** 首脑外交 in the second paper is the same concept as 元首外交 here. */
const GOV_WEIBO_ABSTRACT: PaperLocation = {
  paper: 'gov-weibo-socializing',
  section: 'abstract',
  heading: { zh: '摘要', en: 'Abstract' },
};

// §3 — the four challenges, and the risks and technologies they name
const CHALLENGES: Concept[] = [
  {
    id: 'core-interests',
    name: { zh: '核心利益', en: 'core interests' },
    category: 'theory',
    terms: [en('core interest', { inflect: true })],
    summary: {
      zh: '第三部分开篇说，越来越多国家把网络安全当作核心利益，因此数字外交面对的风险挑战必须认真对待（§3）。第五部分认为，推进中国特色数字外交对捍卫国家核心利益意义重大；结语也说中国外交借助数字技术维护国家核心利益（§5、结语）。',
      en: 'Part 3 opens by noting that more and more states regard cybersecurity as a core interest, so the risks facing digital diplomacy deserve close attention (§3). Part 5 holds that advancing digital diplomacy with Chinese characteristics matters greatly for defending the country’s core interests, and the conclusion says Chinese diplomacy uses digital technology to defend them (§5, conclusion).',
    },
    context: general(
      '“核心利益”是中国外交的常用提法，官方表述一般包括国家主权、国家安全、领土完整、国家统一、政治制度和社会稳定以及经济社会可持续发展的基本保障。',
      '"Core interests" is a standing term of Chinese diplomacy; official statements usually list state sovereignty, national security, territorial integrity, national reunification, the political system and social stability, and the basic conditions for sustainable development.',
    ),
    sources: [hanWu('3'), hanWu('5'), hanWu('conclusion')],
    relations: [related('cybersecurity')],
  },
  {
    id: 'cybersecurity',
    name: { zh: '网络安全', en: 'cybersecurity' },
    category: 'challenge',
    terms: [
      zh('網際網路安全'),
      zh('網絡安全'),
      zh('網路安全'),
      zh('互联网安全'),
      zh('互聯網安全'),
      en('cyber security'),
    ],
    summary: {
      zh: '第三部分开头指出，越来越多的国家把网络安全视为核心利益（§3）。第一节以推特自2018年起至少3次大规模数据泄露为例，说明安全漏洞让黑客窃取了上亿用户的数据，对平台用户、特别是公众政治人物的安全威胁很大（§3(1)）。第五部分把维护网络和数字空间安全列为中国数字外交的实践重点之一（§5(3)）。',
      en: 'Part 3 opens by noting that more and more states regard cybersecurity as a core interest (§3). Its first section cites at least three large-scale data breaches at Twitter since 2018, in which security holes let hackers steal data on more than a hundred million users, a serious risk to platform users and especially to public political figures (§3(1)). Part 5 makes keeping cyberspace and digital space secure one of the practice priorities of China’s digital diplomacy (§5(3)).',
    },
    context: general(
      '网络安全一般指保护网络、系统、数据和账号免受入侵、窃取和破坏的状态与能力。',
      'Cybersecurity generally means protecting networks, systems, data and accounts from intrusion, theft and sabotage, and the capacity to do so.',
    ),
    sources: [hanWu('3(1)'), hanWu('3'), hanWu('5(3)')],
    relations: [
      related('internet-security-risks'),
      related('security-of-cyberspace-and-digital-space'),
      related('cybercrime'),
      related('cyberattack'),
    ],
  },
  {
    id: 'internet-security-risks',
    name: { zh: '互联网安全隐患', en: 'internet security risks' },
    category: 'challenge',
    terms: [
      zh('網際網路安全隱患'),
      zh('網路安全隱患'),
      zh('網路監管乏力'),
      zh('互聯網安全隱患'),
      zh('网络安全隐患'),
      zh('網絡安全隱患'),
      zh('网络监管乏力'),
      zh('網絡監管乏力'),
    ],
    summary: {
      zh: '第三部分第一节的标题指出，网络监管乏力增添了互联网安全隐患：社交媒体已是各国政府发布信息、开展政治活动的平台，网上的信息泄露和虚假信息日益成为数字外交的隐忧（§3(1)）。作者认为，各国在监管上没有共识，现有国际规则和外交惯例几乎保护不了公众政治人物，网络攻击和技术制裁常被用作派别倾轧和国家间恶性竞争的武器（§3(1)）。',
      en: 'The heading of section 3(1) says weak online regulation adds to internet security risks: social media has become a working platform for governments to publish information and conduct politics, and information leaks and disinformation increasingly worry digital diplomacy (§3(1)). The authors argue that, lacking a consensus on regulation, current international rules and diplomatic practice offer public political figures very little protection, and cyberattacks or technical sanctions often become weapons in factional feuds and hostile rivalry between states (§3(1)).',
    },
    sources: [hanWu('3(1)')],
    relations: [
      narrower('data-breach'),
      related('disinformation'),
      related('social-bots'),
      related('technological-sanctions'),
    ],
    facts: [
      fact(
        '3(1)',
        '联合国秘书长古特雷斯说，疫情期间互联网技术的失控使用引发了大量网络犯罪，例如侵入性监控和针对公共部门的恶意软件攻击。',
        'UN Secretary-General Guterres said uncontrolled use of internet technology during the pandemic produced much cybercrime, including intrusive surveillance and malware attacks on the public sector.',
      ),
      fact(
        '3(1)',
        '2016年美国大选期间，劫持平台算法的机器人网络自动推送、复制和扩散虚假信息，加深了政治极化和党派分裂。',
        'During the 2016 US presidential election, bot networks that hijacked platform algorithms pushed and copied disinformation automatically, deepening political polarisation and partisan division.',
      ),
    ],
  },
  {
    id: 'data-breach',
    name: { zh: '数据泄露', en: 'data breach' },
    category: 'challenge',
    terms: [
      zh('信息洩露'),
      zh('資料洩露'),
      zh('資訊洩露'),
      zh('數據洩露'),
      zh('數據泄露'),
      zh('資料外洩'),
      zh('信息泄露'),
      en('data breaches'),
      en('data leak', { inflect: true }),
    ],
    summary: {
      zh: '论文以推特为例：2018年至今，推特至少发生3次大规模数据泄露，黑客利用安全漏洞窃取上亿用户的数据，用于有偿出售或私下共享（§3(1)）。作者指出，这对平台用户、特别是公众政治人物的安全威胁很大，并把网上的信息泄露列为数字外交的隐忧之一（§3(1)）。',
      en: 'The paper’s example is Twitter, which since 2018 has had at least three large-scale data breaches in which hackers used security holes to steal data on more than a hundred million users, to sell or share privately (§3(1)). The authors point out that this poses serious security risks to platform users, especially public political figures, and count online information leaks among the worries of digital diplomacy (§3(1)).',
    },
    context: general(
      '数据泄露一般指个人或机构数据因安全漏洞、黑客入侵或管理疏失而被未经授权地获取、公开或出售。',
      'A data breach is the unauthorised access to, exposure or sale of personal or organisational data through security flaws, hacking or negligence.',
    ),
    sources: [hanWu('3(1)')],
    relations: [broader('cybersecurity')],
    facts: [
      fact(
        '3(1)',
        '2018年以来，推特至少发生3次大规模数据泄露，黑客窃得上亿用户的数据，拿去出售或私下分享。',
        'Since 2018 Twitter has suffered at least three large-scale data breaches; hackers stole data on more than a hundred million users to sell or share privately.',
      ),
    ],
  },
  {
    id: 'public-political-figures',
    name: { zh: '公众政治人物', en: 'public political figures' },
    category: 'actor',
    terms: [zh('公眾政治人物'), en('public political figure', { inflect: true })],
    summary: {
      zh: '第三部分指出，推特的大规模数据泄露对平台用户、特别是公众政治人物的安全威胁很大（§3(1)）。作者认为，各国在监管上没有共识，现有国际规则和外交惯例几乎保护不了公众政治人物，并举2021年各大平台限制时任美国总统特朗普账号一事（§3(1)）。',
      en: 'Part 3 points out that Twitter’s large-scale data breaches pose serious security risks to platform users, especially public political figures (§3(1)). The authors argue that because states share no consensus on regulation, current international rules and diplomatic practice protect public political figures very little, citing the 2021 restrictions the major platforms placed on then-President Trump’s accounts (§3(1)).',
    },
    sources: [hanWu('3(1)')],
    relations: [related('data-breach'), related('technological-sanctions')],
  },
  {
    id: 'hackers',
    name: { zh: '黑客', en: 'hackers' },
    category: 'actor',
    terms: [zh('网络黑客'), zh('網絡黑客'), zh('網路駭客'), zh('駭客'), en('hacker', { inflect: true })],
    summary: {
      zh: '第三部分说，互联网的安全漏洞让黑客得以窃取上亿用户的数据，拿去出售或私下共享（§3(1)）。第五部分指出，各种政治势力、恐怖组织和网络黑客长期潜伏在网络空间，国际竞争、政治矛盾和外交斗争一旦加剧，都可能招致网络犯罪和网络攻击（§5(3)）。',
      en: 'Part 3 says security holes let hackers steal data on more than a hundred million users to sell or share privately (§3(1)). Part 5 notes that political forces, terrorist groups and hackers lie hidden in cyberspace for long periods, and that sharper international rivalry and diplomatic struggle may trigger cybercrime and cyberattacks (§5(3)).',
    },
    sources: [hanWu('3(1)'), hanWu('5(3)')],
    relations: [related('cyberattack'), related('data-breach')],
  },
  {
    id: 'cybercrime',
    name: { zh: '网络犯罪', en: 'cybercrime' },
    category: 'challenge',
    terms: [zh('網絡犯罪'), zh('網路犯罪'), en('cyber crime', { inflect: true }), en('cybercrimes')],
    summary: {
      zh: '论文引用联合国秘书长古特雷斯的话：疫情期间互联网技术不受控制的使用引发了大量网络犯罪，例如侵入性监控和针对公共部门的恶意软件攻击（§3(1)）。第五部分认为，国际竞争、政治矛盾和外交斗争一旦加剧，都可能招致网络犯罪和网络攻击，使数字外交的风险上升（§5(3)）。',
      en: 'The paper quotes UN Secretary-General Guterres: uncontrolled use of internet technology during the pandemic led to a great deal of cybercrime, including intrusive surveillance and malware attacks on the public sector (§3(1)). Part 5 holds that sharper international rivalry, political conflict and diplomatic struggle may all trigger cybercrime and cyberattacks and raise the risks of digital diplomacy (§5(3)).',
    },
    context: general(
      '网络犯罪一般指借助计算机和网络实施或以其为对象的犯罪，如入侵系统、窃取数据、网络诈骗和勒索软件攻击。',
      'Cybercrime generally means crime committed through or against computers and networks, such as intrusion, data theft, online fraud and ransomware.',
    ),
    sources: [hanWu('3(1)'), hanWu('5(3)')],
    relations: [related('cyberattack'), related('malware')],
  },
  {
    id: 'malware',
    name: { zh: '恶意软件', en: 'malware' },
    category: 'challenge',
    terms: [zh('惡意軟件'), zh('惡意軟體'), zh('惡意程式'), en('malware attack', { inflect: true })],
    summary: {
      zh: '论文引用联合国秘书长古特雷斯的话：疫情期间互联网技术不受控制的使用造成大量网络犯罪，其中包括对公共部门的恶意软件攻击（§3(1)）。作者以此说明网络监管乏力增添了互联网安全隐患（§3(1)）。',
      en: 'The paper quotes UN Secretary-General Guterres: uncontrolled use of internet technology during the pandemic led to much cybercrime, including malware attacks on the public sector (§3(1)). The authors use this to show how weak regulation adds to internet security risks (§3(1)).',
    },
    context: general(
      '恶意软件泛指为破坏系统、窃取数据或勒索而编写的程序，如病毒、木马、间谍软件和勒索软件。',
      'Malware is any program written to damage systems, steal data or extort money, such as viruses, trojans, spyware and ransomware.',
    ),
    sources: [hanWu('3(1)')],
    relations: [],
  },
  {
    id: 'cyberattack',
    name: { zh: '网络攻击', en: 'cyberattack' },
    category: 'challenge',
    terms: [zh('網絡攻擊'), zh('網路攻擊'), en('cyberattacks'), en('cyber attack', { inflect: true })],
    summary: {
      zh: '作者指出，由于各国缺乏监管共识，网络攻击和技术制裁常常沦为派别倾轧与国家间恶性竞争的武器（§3(1)）。第五部分认为国际竞争和外交斗争加剧可能招致网络攻击，并主张坚决反对以政治为目的的监听、攻击和滥用数字技术（§5(3)）。',
      en: 'The authors point out that, absent a consensus on regulation, cyberattacks or technical sanctions often become weapons in factional feuds and hostile rivalry between states (§3(1)). Part 5 holds that sharper rivalry and diplomatic struggle may trigger cyberattacks, and calls for firm opposition to politically motivated surveillance, cyberattacks and abuse of digital technology (§5(3)).',
    },
    context: general(
      '网络攻击一般指蓄意入侵、破坏或瘫痪网络、系统和数据的行为，如拒绝服务攻击、入侵窃密和破坏关键基础设施。',
      'A cyberattack is a deliberate attempt to break into, damage or disable networks, systems or data, such as denial of service, intrusion for espionage or sabotage of critical infrastructure.',
    ),
    sources: [hanWu('3(1)'), hanWu('5(3)')],
    relations: [related('cybersecurity')],
  },
  {
    id: 'technological-sanctions',
    name: { zh: '技术制裁', en: 'technological sanctions' },
    category: 'challenge',
    terms: [zh('技術制裁'), zh('技术性制裁'), zh('技術性制裁'), en('technology sanctions'), en('technical sanctions')],
    summary: {
      zh: '作者把技术制裁与网络攻击并提，认为二者常常沦为派别倾轧与国家间恶性竞争的武器（§3(1)）。论文举例说，2021年时任美国总统特朗普被指煽动国会暴乱后，推特、脸书等十五家以上社交平台对他和与之关联的账号实施了永久封停或其他限制；作者认为，科技公司对国家元首施加技术性制裁的政治含义虽有争议，却暴露了网络空间内在的无序（§3(1)）。',
      en: 'The authors name technical sanctions with cyberattacks as tools that often become weapons in factional feuds and hostile rivalry between states (§3(1)). Their example: in 2021, after then-President Trump was accused of inciting the riot at the US Capitol, Twitter, Facebook and more than 15 social platforms in all permanently suspended or otherwise restricted him and linked accounts; the authors say the political meaning of tech companies sanctioning a head of state is disputed, but it exposed the disorder built into cyberspace (§3(1)).',
    },
    sources: [hanWu('3(1)')],
    relations: [related('cyberattack')],
    facts: [
      fact(
        '3(1)',
        '2021年，时任美国总统特朗普被指煽动国会暴乱，推特、脸书等十五家以上社交平台随后对他和关联账号采取了“永久暂停或其他限制措施”。',
        'In 2021, after he was accused of inciting the Capitol riot, Twitter, Facebook and more than 15 social platforms in all imposed "permanent suspension or other restrictions" on then-President Trump and linked accounts.',
      ),
    ],
  },
  {
    id: 'facebook',
    name: { zh: '脸书', en: 'Facebook' },
    category: 'actor',
    terms: [zh('臉書'), zh('脸谱网')],
    summary: {
      zh: '论文提到，2021年时任美国总统特朗普被指煽动国会暴乱后，推特、脸书等十五家以上社交平台对他和与之关联的账号实施了永久封停或其他限制（§3(1)）。作者以此说明科技公司对国家元首的技术性制裁暴露了网络空间内在的无序（§3(1)）。',
      en: 'The paper notes that in 2021 Twitter, Facebook and more than 15 social platforms in all permanently suspended or otherwise restricted then-President Trump and linked accounts after he was accused of inciting the Capitol riot (§3(1)). The authors use this to show that tech companies sanctioning a head of state exposed the disorder of cyberspace (§3(1)).',
    },
    context: general(
      '脸书于2004年上线，2021年其母公司更名为 Meta。',
      'Facebook launched in 2004; its parent company renamed itself Meta in 2021.',
    ),
    sources: [hanWu('3(1)')],
    relations: [related('technological-sanctions')],
  },
  {
    id: '2016-us-presidential-election',
    name: { zh: '2016年美国大选', en: '2016 US presidential election' },
    category: 'event',
    terms: [
      zh('2016年美國大選'),
      zh('2016年美国总统大选'),
      zh('2016年美國總統大選'),
      en('2016 US election'),
      en('2016 U.S. presidential election'),
    ],
    summary: {
      zh: '论文以2016年美国大选为例说明网上虚假信息的危害：劫持平台算法的机器人网络自动推送消息，复制传播虚假信息，误导民众、制造混乱、干扰政治进程（§3(1)）。作者认为，这加深了政治极化和党派分裂，让社会信任面临失控的危险，也增加了数字外交的风险（§3(1)）。',
      en: 'The paper uses the 2016 US election to show the harm of online disinformation: bot networks that hijacked platform algorithms pushed messages automatically and copied and spread false information, misleading people, sowing confusion and affecting the political process (§3(1)). The authors hold that this deepened political polarisation and partisan division, put social trust at risk of collapse and added to the risks of digital diplomacy (§3(1)).',
    },
    sources: [hanWu('3(1)')],
    relations: [related('social-bots'), related('disinformation')],
  },
  {
    id: 'differences-in-technology-application',
    name: { zh: '技术应用差异', en: 'differences in technology application' },
    category: 'challenge',
    terms: [zh('技術應用差異')],
    summary: {
      zh: '论文列出的第二项挑战是技术应用差异加剧国际发展不平等：数字全球化在推进，南北国家在互联网接入和使用上却相差悬殊，数字领域的这种割裂可能带来地缘政治上的分歧、技术上的竞争和两极分化（§3(2)）。作者认为，一国数字外交能力的强弱将深刻左右国际话语权如何重新分配，而南北之间数字外交差距的扩大，会让国际政治经济秩序更加不平等（§3(2)）。',
      en: 'The second challenge in the paper is that differences in the use of technology deepen unequal international development: in stark contrast to digital globalization, North and South are far apart in internet access and use, and this split in the digital domain may lead to geopolitical rifts, technological rivalry and polarisation (§3(2)). The authors argue that a state’s capacity for digital diplomacy will deeply affect how discourse power is redistributed, and that a widening North-South gap in digital diplomacy will make the international political and economic order more unequal (§3(2)).',
    },
    sources: [hanWu('3(2)')],
    relations: [narrower('digital-divide'), related('discourse-power')],
  },
  {
    id: 'digital-divide',
    name: { zh: '数字鸿沟', en: 'digital divide' },
    category: 'challenge',
    terms: [zh('數字鴻溝'), zh('數位鴻溝'), zh('數位落差'), en('digital divides')],
    summary: {
      zh: '论文用互联网覆盖率和上网费用的数据说明南北之间的接入差距，并预计随着人工智能、元宇宙等新技术涌现，数字创新的门槛会抬高、数字市场会趋于垄断，发达国家与发展中国家之间的数字鸿沟将继续扩大（§3(2)）。第三部分第三节又把数字鸿沟的不断扩大列为技术民族主义在美欧兴起的原因之一（§3(3)）。',
      en: 'The paper documents the North-South access gap with figures on internet coverage and cost, and expects that as AI, the metaverse and other technologies arrive, the bar for digital innovation will rise, digital markets will tend to monopoly and the digital divide between developed and developing countries will keep widening (§3(2)). Section 3(3) names the widening digital divide among the causes of the rise of techno-nationalism in the US and Europe (§3(3)).',
    },
    context: general(
      '“数字鸿沟”一词在1990年代中后期的美国流行开来，最初指不同人群在接入计算机和互联网上的差距，后来也指国家之间的差距。',
      'The phrase "digital divide" spread in the United States in the mid-to-late 1990s for gaps between groups in access to computers and the internet, and later for gaps between countries.',
    ),
    sources: [hanWu('3(2)'), hanWu('3(3)')],
    relations: [related('un-broadband-commission'), related('techno-nationalism')],
    facts: [
      fact(
        '3(2)',
        '互联网覆盖率：全球平均66%，北美95%，非洲35%。',
        'Average internet coverage is 66% worldwide, 95% in North America and only 35% in Africa.',
      ),
      fact(
        '3(2)',
        '全球仍约有27亿人上不了网，约占世界人口的37%。',
        'About 2.7 billion people, roughly 37% of the world population, still cannot get online.',
      ),
      fact(
        '3(2)',
        '最不发达国家每月2G基准移动宽带套餐的价格接近当地平均收入的6%，大约是全球标准（1.5%）的四倍；不发达国家47%的离线人口仍付不起相关服务费。',
        'In the least developed countries a basic monthly 2G (2 GB) mobile-broadband plan costs almost 6% of average income, about four times the 1.5% global benchmark; 47% of the offline population in less developed countries cannot afford the service.',
      ),
    ],
  },
  {
    id: 'artificial-intelligence',
    name: { zh: '人工智能', en: 'artificial intelligence' },
    category: 'challenge',
    terms: [zh('人工智慧')],
    summary: {
      zh: '作者认为，多数发展中国家较好地适应了互联网和社交媒体这一波数字技术，但随着人工智能、元宇宙这类新技术涌现，数字创新的门槛会抬高、数字市场会趋于垄断，发达国家与发展中国家之间的数字鸿沟将继续扩大（§3(2)）。论文把这列为技术应用差异加剧国际发展不平等的原因（§3(2)）。',
      en: 'The authors argue that although most developing countries adapted well to the wave of the internet and social media, the coming surge of AI, the metaverse and other new technologies raises the bar for digital innovation and pushes digital markets towards monopoly, so the digital divide between developed and developing countries will keep widening (§3(2)). The paper lists this among the reasons why differences in technology use deepen unequal development (§3(2)).',
    },
    context: general(
      '人工智能泛指让计算机完成通常需要人类智能的任务的技术，如识别、翻译、推理和生成内容；英文缩写为 AI。',
      'Artificial intelligence (AI) covers technologies that let computers do tasks that usually need human intelligence, such as recognition, translation, reasoning and content generation.',
    ),
    sources: [hanWu('3(2)')],
    relations: [related('metaverse'), related('digital-divide')],
  },
  {
    id: 'metaverse',
    name: { zh: '元宇宙', en: 'metaverse' },
    category: 'challenge',
    terms: [en('metaverses')],
    summary: {
      zh: '论文把元宇宙与人工智能并列，认为这一轮新技术的涌现会抬高数字创新的门槛、使数字市场趋于垄断（§3(2)）。作者由此预计，发达国家与发展中国家之间的数字鸿沟将继续扩大（§3(2)）。',
      en: 'The paper names the metaverse with AI as part of a surge of new technologies that will raise the bar for digital innovation and push digital markets towards monopoly (§3(2)). From this the authors expect the digital divide between developed and developing countries to keep widening (§3(2)).',
    },
    context: general(
      '元宇宙一般指借助虚拟现实、增强现实等技术构建的、可供多人同时沉浸和交互的持久性虚拟空间。',
      'The metaverse usually means persistent virtual spaces, built with virtual and augmented reality, in which many people can be immersed and interact at once.',
    ),
    sources: [hanWu('3(2)')],
    relations: [related('digital-divide')],
  },
  {
    id: 'un-broadband-commission',
    name: { zh: '联合国宽带委员会', en: 'UN Broadband Commission' },
    category: 'institution',
    terms: [zh('聯合國寬帶委員會'), zh('聯合國寬頻委員會'), en('Broadband Commission for Sustainable Development')],
    summary: {
      zh: '论文引用的数据显示，在所有最不发达国家中，只有两个达到了联合国宽带委员会定下的2%可负担标准（§3(2)）。作者以此说明最不发达国家上网成本之高，以及技术应用差异如何加剧国际发展不平等（§3(2)）。',
      en: 'Figures cited in the paper show that only two least developed countries meet the 2% affordability target set by the UN Broadband Commission (§3(2)). The authors use this to show how expensive getting online remains in the least developed countries and how differences in technology use deepen unequal development (§3(2)).',
    },
    context: general(
      '该委员会全称“可持续发展宽带委员会”，由国际电信联盟和联合国教科文组织于2010年发起；其2%目标指入门级宽带费用不超过月人均国民总收入的2%。',
      'Its full name is the Broadband Commission for Sustainable Development, launched by the ITU and UNESCO in 2010; its 2% target means entry-level broadband should cost no more than 2% of monthly gross national income per person.',
    ),
    sources: [hanWu('3(2)')],
    relations: [],
    facts: [
      fact(
        '3(2)',
        '在所有最不发达国家中，只有两个达到联合国宽带委员会定下的2%可负担标准。',
        "Only two least developed countries meet the UN Broadband Commission's 2% affordability target.",
      ),
    ],
  },
  {
    id: 'digital-geopolitical-competition',
    name: { zh: '数字地缘竞争', en: 'digital geopolitical competition' },
    category: 'challenge',
    terms: [zh('數字地緣競爭'), zh('数字地缘'), zh('數字地緣'), en('digital geopolitics')],
    summary: {
      zh: '作者认为，数字技术的应用带来了数字地缘竞争，在这种竞争中，一国数字外交能力的强弱将深刻左右国际话语权如何重新分配（§3(2)）。第三部分第四节警告，基于数字地缘的“零和博弈”一旦出现，国际数字合作的基础就会受损，技术与权力之争随之而来，各国开展数字外交的外部环境也会变差（§3(4)）。',
      en: 'The authors argue that in the digital geopolitical competition set off by digital technology, a state’s capacity for digital diplomacy will deeply affect how discourse power is redistributed (§3(2)). Section 3(4) warns that once a zero-sum game over digital geopolitics takes hold, it will undermine the basis of international digital cooperation, spark technological and power rivalry and worsen the international environment for everyone’s digital diplomacy (§3(4)).',
    },
    sources: [hanWu('3(2)'), hanWu('3(4)')],
    relations: [related('techno-nationalism'), related('digital-order'), related('zero-sum-game')],
  },
  {
    id: 'techno-nationalism',
    name: { zh: '技术民族主义', en: 'techno-nationalism' },
    category: 'challenge',
    terms: [
      zh('技術民族主義'),
      zh('科技民族主义'),
      zh('科技民族主義'),
      en('technological nationalism'),
      en('technonationalism'),
      en('tech nationalism'),
    ],
    summary: {
      zh: '论文列出的第三项挑战：数字技术用得越来越广、数字经济发展迅速、数字鸿沟不断扩大，这些使以技术民族主义为代表的保守思潮在美欧出现；美欧大国收紧技术合作、改变技术共享方式、强化技术产品的进出口管制，以保住在关键领域的领先（§3(3)）。作者认为，美国刻意把经济和科技问题政治化、当作武器，这一思潮使外交更重视捍卫数字主权、数字利益和数字安全，并预计各国会因此竞争意识更强、利益认知更窄、话语权之争更烈、国际冲突更多（§3(3)）。',
      en: 'The third challenge in the paper: the spread of digital technology, the fast growth of the digital economy and the widening digital divide have given rise in the US and Europe to a conservative current typified by techno-nationalism; the major Western powers tighten technical cooperation, change how technology is shared and toughen import and export controls on technology products to keep their lead in key fields (§3(3)). The authors argue that the US deliberately politicises and weaponises economic and technological questions, that the current makes diplomacy put more weight on defending digital sovereignty, interests and security, and that it will show as stronger rivalry, narrower views of interest, fiercer contests for discourse power and more frequent international conflict (§3(3)).',
    },
    context: general(
      '“技术民族主义”一词在1980年代后期已见于美国政策讨论，指把技术能力视为国力和国家安全的核心、以国家为单位保护和扶持技术的主张。',
      'The term techno-nationalism was in use in US policy debate by the late 1980s for the view that technological capability is central to national power and security and should be protected and promoted nationally.',
    ),
    sources: [hanWu('3(3)')],
    relations: [
      narrower('small-yard-high-fence'),
      related('pan-securitization'),
      related('digital-sovereignty'),
      related('export-controls'),
    ],
  },
  {
    id: 'export-controls',
    name: { zh: '出口管制', en: 'export controls' },
    category: 'challenge',
    terms: [zh('进出口管制'), zh('進出口管制'), en('export control', { inflect: true })],
    summary: {
      zh: '论文指出，在技术民族主义思潮下，美欧大国收紧技术合作、改变技术共享方式、强化技术产品的进出口管制，以保住自己在数字技术关键领域的领先（§3(3)）。作者认为这类做法人为切断全球供应链、损害国际合作（§3(3)）。',
      en: 'The paper notes that under techno-nationalism the major Western powers try to tighten technical cooperation programmes, change how technology is shared and toughen import and export controls on technology products to keep their lead in key digital fields (§3(3)). The authors see such measures artificially splitting global supply chains and damaging international cooperation (§3(3)).',
    },
    context: general(
      '出口管制指国家对特定物项、技术和软件的出口实行许可或禁止，常用于军民两用技术和先进半导体。',
      'Export controls are licensing requirements or bans a state places on exporting particular goods, technology and software, often dual-use technology and advanced semiconductors.',
    ),
    sources: [hanWu('3(3)')],
    relations: [related('technology-blockade')],
  },
  {
    id: 'small-yard-high-fence',
    name: { zh: '小院高墙', en: 'small yard, high fence' },
    category: 'challenge',
    terms: [zh('小院高牆'), en('small yard and high fence'), en('small yard high fence')],
    summary: {
      zh: '论文在论述技术民族主义时指出，美国通过舆论抹黑、语言胁迫和阵营划分，把经济和科技问题政治化、当作武器，打造“小院高墙”“平行世界”（§3(3)）。作者认为这些做法人为切断全球供应链、损害国际合作（§3(3)）。',
      en: 'Discussing techno-nationalism, the paper says the US politicises and weaponises economic and technological questions through smears, verbal coercion and bloc-building, building a "small yard, high fence" and "parallel worlds" (§3(3)). The authors hold that these moves artificially split global supply chains and damage international cooperation (§3(3)).',
    },
    context: general(
      '这一说法源自美国政策界，2018年前后见于智库学者的政策评论，后被拜登政府官员（如国家安全顾问沙利文）用来概括对华技术管制：对少数关键技术严加限制，其余领域保持开放。',
      'The phrase comes from US policy circles, appearing in think-tank writing around 2018; Biden administration officials such as National Security Adviser Jake Sullivan later used it for their China technology controls: tight limits on a few critical technologies, openness elsewhere.',
    ),
    sources: [hanWu('3(3)')],
    relations: [related('pan-securitization'), related('parallel-worlds')],
  },
  {
    id: 'parallel-worlds',
    name: { zh: '平行世界', en: 'parallel worlds' },
    category: 'challenge',
    // Quoted only: unquoted, 平行世界 / parallel worlds is mostly fiction and physics, not technology politics.
    terms: [quoted('平行世界'), quoted('parallel worlds', 'en'), quoted('parallel world', 'en')],
    summary: {
      zh: '论文认为，美国在技术民族主义思潮下打造“小院高墙”“平行世界”，人为切断全球供应链、损害国际合作（§3(3)）。作者把这列为美国刻意把经济和科技问题政治化、当作武器的表现之一（§3(3)）。',
      en: 'The paper holds that under techno-nationalism the US is building a "small yard, high fence" and "parallel worlds", artificially splitting global supply chains and damaging international cooperation (§3(3)). The authors count this among the ways the US deliberately politicises and weaponises economic and technological questions (§3(3)).',
    },
    context: general(
      '在中美科技竞争的讨论中，“平行世界”常指两套互不兼容的技术标准、供应链和网络生态并存，即所谓“脱钩”。',
      'In debate on US-China technology rivalry, "parallel worlds" usually means two incompatible sets of technical standards, supply chains and online ecosystems side by side, that is, decoupling.',
    ),
    sources: [hanWu('3(3)')],
    relations: [],
  },
  {
    id: 'pan-securitization',
    name: { zh: '泛安全化', en: 'pan-securitization' },
    category: 'challenge',
    terms: [en('pan-securitisation')],
    summary: {
      zh: '论文认为，美国通过舆论抹黑、语言胁迫和阵营划分，刻意把新兴国家的数字技术发展“泛意识形态化”和“泛安全化”（§3(3)）。作者把这看作技术民族主义的表现，认为其目的在于遏制其他国家的经济科技发展（§3(3)）。',
      en: 'The paper holds that the US uses smears, verbal coercion and bloc-building to treat the digital progress of emerging countries in pan-ideological and pan-security terms (§3(3)). The authors see this as part of techno-nationalism, aimed at containing other countries’ economic and technological development (§3(3)).',
    },
    context: general(
      '“泛安全化”是中国官方和学界的用语，指把经贸、科技等一般问题无限上升为国家安全问题；“安全化”一词本出自哥本哈根学派的安全研究。',
      'Pan-securitization is a term of Chinese official and scholarly language for stretching ordinary economic or technological questions into national security issues without limit; "securitization" itself comes from the Copenhagen School of security studies.',
    ),
    sources: [hanWu('3(3)')],
    relations: [related('pan-ideologization')],
  },
  {
    id: 'pan-ideologization',
    name: { zh: '泛意识形态化', en: 'pan-ideologization' },
    category: 'challenge',
    terms: [zh('泛意識形態化'), en('pan-ideologisation')],
    summary: {
      zh: '论文认为，美国刻意把新兴国家的数字技术发展“泛意识形态化”，煽动互联网意识形态对立（§3(3)）。作者把这列为技术民族主义泛起的表现之一（§3(3)）。',
      en: 'The paper holds that the US deliberately casts emerging countries’ digital progress in pan-ideological terms and stirs up ideological confrontation on the internet (§3(3)). The authors list this as one face of the rise of techno-nationalism (§3(3)).',
    },
    sources: [hanWu('3(3)')],
    relations: [related('techno-nationalism')],
  },
  {
    id: 'cyberspace-governance',
    name: { zh: '网络空间治理', en: 'cyberspace governance' },
    category: 'challenge',
    terms: [
      zh('網際網路治理'),
      zh('網絡空間治理'),
      zh('網路空間治理'),
      zh('网络治理'),
      zh('網絡治理'),
      zh('網路治理'),
      zh('互联网治理'),
      zh('互聯網治理'),
      en('internet governance'),
      en('cyber governance'),
      en('network governance'),
    ],
    summary: {
      zh: '论文的第四项挑战是网络治理与数字秩序构建任务艰巨：数字化转型带来的机遇让各国格外重视数字战略，各国数字外交的议题也随之扩展，涉及数字技术的规则、网络空间的治理、对数字平台的管控和数字设施的建设（§3(4)）。第五部分主张中国带动发展中国家加入全球网络治理、参与数字秩序的构建（§5(2)）。',
      en: 'The fourth challenge in the paper is that governing the network and building a digital order are arduous: the opportunities of digital transformation make states focus on digital strategy, and their digital diplomacy agenda keeps widening around technical rules, cyberspace governance, platform control and digital infrastructure (§3(4)). Part 5 wants China to lead developing countries into global cyber governance and the building of a digital order (§5(2)).',
    },
    context: general(
      '网络空间治理一般指国家、企业、技术社群和民间社会为网络空间制定并执行规则、规范和机制的过程，常见“多利益攸关方”与“多边”两种主张之争。',
      'Cyberspace governance usually means how states, companies, technical communities and civil society make and enforce rules, norms and mechanisms for cyberspace, with a long-running debate between multistakeholder and multilateral models.',
    ),
    sources: [hanWu('3(4)'), hanWu('5(2)')],
    relations: [related('digital-order'), related('non-state-actors')],
  },
  {
    id: 'digital-order',
    name: { zh: '数字秩序', en: 'digital order' },
    category: 'challenge',
    terms: [zh('數字秩序'), zh('數位秩序')],
    summary: {
      zh: '论文认为，数字化转型使各国高度重视数字秩序构建，各国在数字技术领域面临严峻的竞争环境（§3(4)）。作者指出，美国在价值和规则上主导全球数字秩序的意愿强烈，排挤新兴市场国家的战略意图明显（§3(4)）。',
      en: 'The paper holds that digital transformation has made states focus on building a digital order and that they face a harsh competitive environment in digital technology (§3(4)). The authors point out that in shaping the global digital order the US is determined to lead on values and set the norms, and clearly intends to squeeze emerging market countries out (§3(4)).',
    },
    sources: [hanWu('3(4)')],
    relations: [narrower('new-order-in-international-cyberspace'), related('bureau-of-cyberspace-and-digital-policy')],
    facts: [
      fact(
        '3(4)',
        '美国网络空间和数字政策局把重点放在国家网络安全、信息经济发展和数字技术三个领域，并与盟国一起为新兴数字技术订立国际规范和标准。',
        'The US Bureau of Cyberspace and Digital Policy concentrates on national cybersecurity, the information economy and digital technology, and works with allies on international norms and standards for emerging technology.',
      ),
    ],
  },
  {
    id: 'digital-transformation',
    name: { zh: '数字化转型', en: 'digital transformation' },
    category: 'theory',
    terms: [zh('數字化轉型'), zh('數位轉型'), zh('数字转型'), zh('數字轉型')],
    summary: {
      zh: '第三部分认为，数字化转型带来的机遇，让各国格外重视数字战略的布局和数字秩序的构建（§3(4)）。结语把数字化转型与互联网安全风险交织在一起，列为中国外交面对的现实挑战（结语）。',
      en: 'Part 3 holds that the opportunities of digital transformation have made states attach great weight to digital strategy and to building a digital order (§3(4)). The conclusion names the entanglement of digital transformation with internet security risks as a practical challenge for Chinese diplomacy (conclusion).',
    },
    sources: [hanWu('3(4)'), hanWu('conclusion')],
    relations: [related('foreign-office-digital-transformation-unit')],
  },
  {
    id: 'zero-sum-game',
    name: { zh: '零和博弈', en: 'zero-sum game' },
    category: 'theory',
    terms: [zh('零和遊戲'), zh('零和游戏'), zh('零和賽局'), en('zero-sum game', { inflect: true })],
    summary: {
      zh: '作者警告，基于数字地缘的“零和博弈”一旦出现，国际数字合作的基础就会受损，技术与权力之争随之而来，各国开展数字外交的外部环境也会变差（§3(4)）。论文在论述网络治理与数字秩序构建任务艰巨时提出这一警告（§3(4)）。',
      en: 'The authors warn that once a zero-sum game over digital geopolitics takes hold, it will undermine the basis of international digital cooperation, spark technological and power rivalry and worsen the international environment for everyone’s digital diplomacy (§3(4)). The paper gives this warning in its account of why cyber governance and a digital order are hard to achieve (§3(4)).',
    },
    context: general(
      '零和博弈是博弈论用语，指一方所得恰为另一方所失、各方得失总和为零的局面。',
      'A zero-sum game, in game theory, is one in which one side’s gain is exactly the other’s loss, so gains and losses add up to zero.',
    ),
    sources: [hanWu('3(4)')],
    relations: [],
  },
  {
    id: 'five-pillars-of-us-diplomatic-modernization',
    name: { zh: '美国外交现代化五大支柱', en: 'five pillars of US diplomatic modernization' },
    category: 'initiative',
    terms: [zh('美國外交現代化五大支柱')],
    summary: {
      zh: '论文记载，2021年美国国务卿布林肯把气候行动、全球卫生、网络安全、新兴技术和多边外交定为美国外交现代化的五大支柱，意在提高美国在这些领域的技术和专业水平（§3(4)）。作者以此和网络空间和数字政策局为例，说明各国在数字技术上将面对一个严峻的竞争环境（§3(4)）。',
      en: 'According to the paper, in 2021 Secretary of State Blinken named climate action, global health, cybersecurity, emerging technology and multilateral diplomacy as the five pillars of modernising American diplomacy, with the aim of raising US technical skill and expertise in them (§3(4)). The authors cite this and the Bureau of Cyberspace and Digital Policy to show that states face a harsh competitive environment in digital technology (§3(4)).',
    },
    context: general(
      '布林肯于2021年10月在美国国务院发表关于外交现代化的讲话，宣布了这些优先事项和设立网络空间和数字政策局的计划。',
      'Blinken set out these priorities, and the plan for a Bureau of Cyberspace and Digital Policy, in a speech on modernising American diplomacy at the State Department in October 2021.',
    ),
    sources: [hanWu('3(4)')],
    relations: [related('bureau-of-cyberspace-and-digital-policy')],
    facts: [
      fact(
        '3(4)',
        '布林肯2021年所列五大支柱：气候行动；全球卫生；网络安全；新兴技术；多边外交。',
        'The five pillars Blinken named in 2021: climate action, global health, cybersecurity, emerging technology and multilateral diplomacy.',
      ),
    ],
  },
  {
    id: 'digital-weapons',
    name: { zh: '数字武器', en: 'digital weapons' },
    category: 'challenge',
    terms: [zh('數字武器'), en('digital weapon')],
    summary: {
      zh: '第三部分结尾认为，在大国竞争加剧的背景下，数字外交的前景充满不确定性：数字技术正飞快地学会人类交流的本领，机器学习、虚拟技术和远程操控有可能变成“数字武器”（§3）。作者指出，与数字技术在翻译、信息交互和国际传播中的日常用途相比，它给国际竞争带来的负面影响，以及对全球权力结构、财富分配和文化传播的冲击，还需要观察（§3）。',
      en: 'Closing Part 3, the authors say that amid sharper great-power rivalry the outlook for digital diplomacy is uncertain: as digital technology races to master the intelligence of human communication, machine learning, virtual technology and remote control may appear as "digital weapons" (§3). Compared with the everyday use of digital technology in translation, information exchange and international communication, they say, its harm to international competition and its effects on the global power structure, distribution of wealth and cultural exchange remain to be seen (§3).',
    },
    sources: [hanWu('3')],
    relations: [related('cyberattack')],
  },
];

// §4 — China's three stages and five characteristics, with their evidence
const CHINA_PRACTICE: Concept[] = [
  {
    id: 'first-stage-of-chinas-digital-diplomacy',
    name: { zh: '中国数字外交第一阶段', en: "first stage of China's digital diplomacy" },
    category: 'china-practice',
    terms: [zh('中國數字外交第一階段')],
    summary: {
      zh: '论文把中国数字外交的发展大体分为三个阶段，第一阶段大致从20世纪末到21世纪初（§4）。作者认为，这一阶段的主要表现是中国第一代互联网用户在网上集中表达朴素而强烈的爱国情感（§4）。',
      en: 'The paper divides the development of China’s digital diplomacy roughly into three stages, the first running from the end of the twentieth century into the start of the twenty-first (§4). The authors say its main feature was China’s first generation of internet users voicing a simple but strong patriotism online (§4).',
    },
    sources: [hanWu('4')],
    relations: [related('second-stage-of-chinas-digital-diplomacy')],
  },
  {
    id: 'second-stage-of-chinas-digital-diplomacy',
    name: { zh: '中国数字外交第二阶段', en: "second stage of China's digital diplomacy" },
    category: 'china-practice',
    terms: [zh('中國數字外交第二階段')],
    summary: {
      zh: '论文以党的十八大作为中国数字外交第二阶段的重要标志（§4）。作者认为，这一时期各国普遍重视虚拟社交网络的作用，中国也清楚地意识到，互联网已是国际意识形态较量的前沿阵地（§4）。',
      en: 'The paper takes the 18th National Congress of the Communist Party of China as the marker of the second stage of China’s digital diplomacy (§4). The authors say that by then states everywhere had woken up to the role of social networks, and China recognised the internet as a front line of international ideological struggle (§4).',
    },
    context: general('中共十八大于2012年11月召开。', 'The CPC’s 18th National Congress met in November 2012.'),
    sources: [hanWu('4')],
    relations: [related('third-stage-of-chinas-digital-diplomacy')],
  },
  {
    id: 'third-stage-of-chinas-digital-diplomacy',
    name: { zh: '中国数字外交第三阶段', en: "third stage of China's digital diplomacy" },
    category: 'china-practice',
    terms: [zh('中國數字外交第三階段')],
    summary: {
      zh: '论文认为，新冠疫情暴发直接加速了中国数字外交第三阶段的到来，这一阶段最突出的表现是高规格的元首外交和重大的多边外交活动（§4）。作者指出，面对疫情期间网上涉华舆论的压力，中国政府通过数字外交向海内外公众说明防疫理念和政策，并借社交媒体回应和揭露不实报道；数字外交由此成了中国参与多边合作、开展外事活动、推动全球发展和维护全球安全的重要手段（§4）。',
      en: 'The paper holds that the COVID-19 outbreak hastened the third stage of China’s digital diplomacy, whose hallmark is high-level head-of-state diplomacy and major multilateral events (§4). The authors note that under heavy online criticism during the pandemic, the Chinese government used digital diplomacy to explain its epidemic policy at home and abroad and social media to answer and expose untrue reports; digital diplomacy thus became an important means for China’s foreign affairs, multilateral cooperation, global security and global development (§4).',
    },
    sources: [hanWu('4')],
    relations: [related('head-of-state-diplomacy'), related('high-standards-supplemented-by-high-frequency')],
  },
  {
    id: 'high-standards-supplemented-by-high-frequency',
    name: { zh: '高规格辅以高频率', en: 'high standards supplemented by high frequency' },
    category: 'china-practice',
    terms: [zh('高規格輔以高頻率')],
    summary: {
      zh: '论文总结的中国数字外交第一个特色是高规格辅以高频率、元首外交成果瞩目：2020年3月习近平以视频方式出席G20特别峰会之后，又在一系列重大多边外交活动中以“数字身影”频频亮相（§4）。作者认为，他在这些场合以视频方式提出全球发展倡议和全球安全倡议，在数字空间传递了中国的声音，备受国际关注（§4）。',
      en: 'The first characteristic the paper sees in China’s digital diplomacy is high standards supplemented by high frequency, with notable results in head-of-state diplomacy: after joining the extraordinary G20 summit by video in March 2020, Xi Jinping made frequent on-screen appearances at a series of major multilateral events (§4). The authors say that by putting forward the Global Development and Global Security Initiatives by video at such events he carried China’s voice into digital space and drew wide international attention (§4).',
    },
    sources: [hanWu('4')],
    relations: [related('head-of-state-diplomacy'), related('video-summit')],
    facts: [
      fact(
        '4',
        '2020年3月，习近平通过视频出席G20领导人应对新冠肺炎特别峰会并讲话，这是疫情暴发以来他参加的第一场重大多边外交活动。',
        'In March 2020 Xi Jinping joined the G20 Extraordinary Leaders’ Summit on COVID-19 by video and spoke: his first major multilateral event after the outbreak.',
      ),
      fact(
        '4',
        '此后他又在线出席了第73届世界卫生大会、中国共产党与世界政党领导人峰会、亚投行第五届年会、中国-中东欧国家领导人峰会、中法德领导人峰会、领导人气候峰会、中国同中亚五国建交30周年峰会和全球发展高层对话会等。',
        'He later appeared online at the 73rd World Health Assembly, the CPC and World Political Parties Summit, the 5th AIIB annual meeting, the China-CEEC summit, China-France-Germany leaders’ meetings, the Leaders Summit on Climate, the summit on 30 years of ties with the five Central Asian states and the High-level Dialogue on Global Development.',
      ),
    ],
  },
  {
    id: 'head-of-state-diplomacy',
    name: { zh: '元首外交', en: 'head-of-state diplomacy' },
    category: 'china-practice',
    terms: [zh('首脑外交'), zh('首腦外交'), zh('元首数字外交'), zh('元首數字外交'), en('summit diplomacy')],
    summary: {
      zh: '论文认为，新冠疫情加速到来的中国数字外交第三阶段，最突出的表现是高规格的元首外交和重大的多边外交活动，并把高规格辅以高频率、元首外交成果瞩目列为中国数字外交的第一个特色（§4）。第二部分指出，元首之间的数字外交对增进国家间互信至关重要（§2(2)）。第二篇论文的摘要认为，微博使传统上占主导的“首脑外交”向人格化的“政府公共社交化外交”转型升级（摘要）。',
      en: 'The paper says the third stage of China’s digital diplomacy, hastened by the pandemic, is marked above all by high-level head-of-state diplomacy and major multilateral events, and lists high standards supplemented by high frequency, with notable results in head-of-state diplomacy, as its first characteristic (§4). Part 2 says leaders’ digital diplomacy is vital to building trust between states (§2(2)). The second paper’s abstract argues that Weibo is turning traditionally dominant "head-of-state diplomacy" into a personalised "public socializing of governments" (abstract).',
    },
    context: general(
      '元首外交一般指国家元首或政府首脑亲自开展的外交，是外交的最高层级；中文里“首脑外交”与之大体同义。',
      'Head-of-state diplomacy usually means diplomacy conducted in person by heads of state or government, the highest level there is; Chinese also says shounao waijiao (summit diplomacy) for much the same.',
    ),
    sources: [hanWu('4'), hanWu('2(2)'), GOV_WEIBO_ABSTRACT],
    relations: [related('video-summit')],
  },
  {
    id: 'world-health-assembly',
    name: { zh: '世界卫生大会', en: 'World Health Assembly' },
    category: 'event',
    terms: [
      zh('世界衛生大會'),
      zh('第73届世界卫生大会'),
      zh('第73屆世界衛生大會'),
      en('WHA73', { caseSensitive: true }),
    ],
    summary: {
      zh: '论文把第73届世界卫生大会列为2020年3月之后习近平以视频方式出席的重大多边外交活动之一（§4）。作者以这一系列活动说明中国数字外交“高规格辅以高频率”的特色（§4）。',
      en: 'The paper lists the 73rd World Health Assembly among the major multilateral events Xi Jinping attended by video after March 2020 (§4). The authors use the series to show the "high standards supplemented by high frequency" of China’s digital diplomacy (§4).',
    },
    context: general(
      '世界卫生大会是世界卫生组织的最高决策机构，每年召开一次；第73届于2020年5月以视频方式举行，习近平在开幕式上致辞。',
      'The World Health Assembly is the WHO’s decision-making body and meets every year; the 73rd was held by video in May 2020, and Xi Jinping spoke at its opening.',
    ),
    sources: [hanWu('4')],
    relations: [related('world-health-organization')],
  },
  {
    id: 'cpc-and-world-political-parties-summit',
    name: { zh: '中国共产党与世界政党领导人峰会', en: 'CPC and World Political Parties Summit' },
    category: 'event',
    terms: [zh('中國共產黨與世界政黨領導人峰會'), zh('中共与世界政党领导人峰会'), zh('中共與世界政黨領導人峰會')],
    summary: {
      zh: '论文把中国共产党与世界政党领导人峰会列为习近平以视频方式出席的重大多边外交活动之一（§4）。作者以这一系列活动说明中国数字外交高规格、高频率的特色（§4）。',
      en: 'The paper lists the CPC and World Political Parties Summit among the major multilateral events Xi Jinping attended by video (§4). The authors use the series to show the high level and high frequency of China’s digital diplomacy (§4).',
    },
    context: general(
      '该峰会于2021年7月以视频方式举行，有一百多个国家的政党和政治组织领导人参加。',
      'The summit was held by video in July 2021, with leaders of parties and political organisations from more than a hundred countries.',
    ),
    sources: [hanWu('4')],
    relations: [],
  },
  {
    id: 'asian-infrastructure-investment-bank',
    name: { zh: '亚洲基础设施投资银行', en: 'Asian Infrastructure Investment Bank' },
    category: 'institution',
    terms: [zh('亚投行'), zh('亞投行'), zh('亞洲基礎設施投資銀行'), en('AIIB', { caseSensitive: true })],
    summary: {
      zh: '论文把亚投行第五届年会列为习近平以视频方式出席的重大多边外交活动之一（§4）。作者以这一系列活动说明中国数字外交“高规格辅以高频率”的特色（§4）。',
      en: 'The paper lists the fifth annual meeting of the AIIB among the major multilateral events Xi Jinping attended by video (§4). The authors use the series to show the "high standards supplemented by high frequency" of China’s digital diplomacy (§4).',
    },
    context: general(
      '亚投行由中国倡议设立，2016年开业，总部在北京；第五届年会于2020年7月以视频方式举行。',
      'The AIIB, proposed by China, opened in 2016 with headquarters in Beijing; its fifth annual meeting was held by video in July 2020.',
    ),
    sources: [hanWu('4')],
    relations: [],
  },
  {
    id: 'china-ceec-summit',
    name: { zh: '中国-中东欧国家领导人峰会', en: 'China-CEEC Summit' },
    category: 'event',
    terms: [
      zh('中國-中東歐國家領導人峰會'),
      zh('中国—中东欧国家领导人峰会'),
      zh('中國—中東歐國家領導人峰會'),
      en('China-CEEC summit', { inflect: true }),
    ],
    summary: {
      zh: '论文把“中国-中东欧”国家领导人峰会列为习近平以视频方式出席的重大多边外交活动之一（§4）。作者以这一系列活动说明中国数字外交“高规格辅以高频率”的特色（§4）。',
      en: 'The paper lists the China-Central and Eastern European Countries leaders’ summit among the major multilateral events Xi Jinping attended by video (§4). The authors use the series to show the "high standards supplemented by high frequency" of China’s digital diplomacy (§4).',
    },
    context: general(
      '中国-中东欧国家合作机制始于2012年；2021年2月的领导人峰会以视频方式举行，由习近平主持。',
      'The China-CEEC cooperation mechanism began in 2012; its leaders’ summit of February 2021 was held by video and chaired by Xi Jinping.',
    ),
    sources: [hanWu('4')],
    relations: [],
  },
  {
    id: 'leaders-summit-on-climate',
    name: { zh: '领导人气候峰会', en: 'Leaders Summit on Climate' },
    category: 'event',
    terms: [zh('領導人氣候峰會'), en("Leaders' Summit on Climate")],
    summary: {
      zh: '论文把领导人气候峰会列为习近平以视频方式出席的重大多边外交活动之一，并说他在这些场合阐明了中国在抗疫合作、气候行动和经济复苏等问题上的主张（§4）。作者以这一系列活动说明中国数字外交“高规格辅以高频率”的特色（§4）。',
      en: 'The paper lists the Leaders Summit on Climate among the major multilateral events Xi Jinping attended by video, where he set out China’s positions on pandemic cooperation, climate action and economic recovery (§4). The authors use the series to show the "high standards supplemented by high frequency" of China’s digital diplomacy (§4).',
    },
    context: general(
      '领导人气候峰会由美国总统拜登于2021年4月以视频方式召集，约40国领导人参加。',
      'The Leaders Summit on Climate was convened online by US President Biden in April 2021, with leaders of about 40 countries.',
    ),
    sources: [hanWu('4')],
    relations: [],
  },
  {
    id: 'china-central-asia-summit-on-30-years-of-relations',
    name: { zh: '中国同中亚五国建交30周年峰会', en: 'China-Central Asia summit on 30 years of relations' },
    category: 'event',
    terms: [
      zh('中國同中亞五國建交30周年峰會'),
      zh('中国同中亚五国建交30周年视频峰会'),
      zh('中國同中亞五國建交30周年視頻峰會'),
    ],
    summary: {
      zh: '论文把中国同中亚五国建交30周年峰会列为习近平以视频方式出席的重大多边外交活动之一（§4）。作者以这一系列活动说明中国数字外交“高规格辅以高频率”的特色（§4）。',
      en: 'The paper lists the summit marking 30 years of relations between China and the five Central Asian states among the major multilateral events Xi Jinping attended by video (§4). The authors use the series to show the "high standards supplemented by high frequency" of China’s digital diplomacy (§4).',
    },
    context: general(
      '这次视频峰会于2022年1月举行，参加者为中国和哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦、乌兹别克斯坦五国元首。',
      'The video summit took place in January 2022 between the heads of state of China and of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.',
    ),
    sources: [hanWu('4')],
    relations: [],
  },
  {
    id: 'high-level-dialogue-on-global-development',
    name: { zh: '全球发展高层对话会', en: 'High-level Dialogue on Global Development' },
    category: 'event',
    terms: [zh('全球發展高層對話會')],
    summary: {
      zh: '论文把全球发展高层对话会列为习近平以视频方式出席的一系列重大多边外交活动中的最后一项（§4）。作者以这些活动说明中国数字外交“高规格辅以高频率”的特色（§4）。',
      en: 'The paper names the High-level Dialogue on Global Development as the last in its list of major multilateral events Xi Jinping attended by video (§4). The authors use these events to show the "high standards supplemented by high frequency" of China’s digital diplomacy (§4).',
    },
    context: general(
      '该对话会于2022年6月以视频方式举行，由习近平主持，金砖国家和部分新兴市场及发展中国家领导人参加。',
      'The dialogue was held by video in June 2022, chaired by Xi Jinping, with leaders of the BRICS and a number of emerging and developing countries.',
    ),
    sources: [hanWu('4')],
    relations: [related('global-development-initiative')],
  },
  {
    id: 'boao-forum-for-asia',
    name: { zh: '博鳌亚洲论坛', en: 'Boao Forum for Asia' },
    category: 'institution',
    terms: [zh('博鰲亞洲論壇'), zh('博鳌论坛'), zh('博鰲論壇'), en('Boao Forum')],
    summary: {
      zh: '论文写道，习近平在第76届联大一般性辩论、博鳌亚洲论坛2022年年会和2022年世界经济论坛上以视频方式提出了全球发展倡议和全球安全倡议，在数字空间传递了中国的声音（§4）。作者把这列为中国数字外交“高规格辅以高频率、元首外交成果瞩目”这一特色的例证（§4）。',
      en: 'The paper writes that Xi Jinping put forward the Global Development and Global Security Initiatives by video at the 76th UN General Assembly debate, the Boao Forum for Asia annual conference 2022 and the 2022 World Economic Forum, carrying China’s voice into digital space (§4). The authors give this as evidence of the "high standards supplemented by high frequency" of China’s head-of-state digital diplomacy (§4).',
    },
    context: general(
      '博鳌亚洲论坛于2001年成立，每年在海南博鳌举行年会；习近平于2022年4月在年会开幕式上以视频方式提出全球安全倡议。',
      'Founded in 2001, the Boao Forum for Asia holds its annual conference in Boao, Hainan; Xi Jinping proposed the Global Security Initiative by video at the opening of the April 2022 conference.',
    ),
    sources: [hanWu('4')],
    relations: [related('global-security-initiative')],
  },
  {
    id: 'world-economic-forum',
    name: { zh: '世界经济论坛', en: 'World Economic Forum' },
    category: 'institution',
    terms: [zh('世界經濟論壇'), zh('达沃斯论坛'), zh('達沃斯論壇'), en('WEF', { caseSensitive: true })],
    summary: {
      zh: '论文把2022年世界经济论坛与第76届联大一般性辩论、博鳌亚洲论坛2022年年会并列，作为习近平以视频方式提出全球发展倡议和全球安全倡议的场合（§4）。作者认为，这些倡议在数字空间传递了中国的声音，备受国际社会关注（§4）。',
      en: 'The paper names the 2022 World Economic Forum, with the 76th UN General Assembly debate and the Boao Forum for Asia 2022, as the occasions at which Xi Jinping put forward the Global Development and Global Security Initiatives by video (§4). The authors say the initiatives carried China’s voice into digital space and drew wide international attention (§4).',
    },
    context: general(
      '世界经济论坛总部在日内瓦，以每年在瑞士达沃斯举行的年会闻名；2022年1月习近平以视频方式在“达沃斯议程”对话会上发表演讲。',
      'Based in Geneva, the World Economic Forum is known for its annual meeting in Davos; in January 2022 Xi Jinping spoke by video at its Davos Agenda.',
    ),
    sources: [hanWu('4')],
    relations: [],
  },
  {
    id: 'global-development-initiative',
    name: { zh: '全球发展倡议', en: 'Global Development Initiative' },
    category: 'initiative',
    terms: [zh('全球發展倡議'), en('GDI', { caseSensitive: true })],
    summary: {
      zh: '论文写道，习近平在第76届联大一般性辩论、博鳌亚洲论坛2022年年会和2022年世界经济论坛上以视频方式分别提出全球发展倡议和全球安全倡议，在数字空间传递了中国的声音（§4）。结语说中国将为落实三大全球倡议继续贡献力量，但没有逐一列出（结语）。',
      en: 'The paper writes that Xi Jinping put forward the Global Development Initiative and the Global Security Initiative by video at the 76th UN General Assembly debate, the Boao Forum for Asia 2022 and the 2022 World Economic Forum, carrying China’s voice into digital space (§4). The conclusion pledges China’s continued contribution to the three global initiatives without naming them (conclusion).',
    },
    context: general(
      '全球发展倡议于2021年9月在第76届联大一般性辩论上提出，聚焦减贫、粮食安全、卫生、气候和数字经济等领域的发展合作。',
      'The Global Development Initiative was proposed at the general debate of the 76th UN General Assembly in September 2021; it focuses on cooperation in poverty reduction, food security, health, climate and the digital economy.',
    ),
    sources: [hanWu('4'), hanWu('conclusion')],
    relations: [broader('three-global-initiatives')],
  },
  {
    id: 'global-security-initiative',
    name: { zh: '全球安全倡议', en: 'Global Security Initiative' },
    category: 'initiative',
    terms: [zh('全球安全倡議'), en('GSI', { caseSensitive: true })],
    summary: {
      zh: '论文写道，习近平在第76届联大一般性辩论、博鳌亚洲论坛2022年年会和2022年世界经济论坛上以视频方式分别提出全球发展倡议和全球安全倡议，备受国际社会关注（§4）。结语说中国将为落实三大全球倡议继续贡献力量（结语）。',
      en: 'The paper writes that Xi Jinping put forward the Global Development and Global Security Initiatives by video at the 76th UN General Assembly debate, the Boao Forum for Asia 2022 and the 2022 World Economic Forum, drawing wide international attention (§4). The conclusion pledges China’s continued contribution to the three global initiatives (conclusion).',
    },
    context: general(
      '全球安全倡议于2022年4月在博鳌亚洲论坛年会开幕式上提出，主张共同、综合、合作、可持续的安全观。',
      'The Global Security Initiative was proposed at the opening of the Boao Forum for Asia annual conference in April 2022; it calls for common, comprehensive, cooperative and sustainable security.',
    ),
    sources: [hanWu('4'), hanWu('conclusion')],
    relations: [broader('three-global-initiatives')],
  },
  {
    id: 'multilateralism',
    name: { zh: '多边主义', en: 'multilateralism' },
    category: 'theory',
    terms: [zh('多邊主義')],
    summary: {
      zh: '论文认为，习近平以视频方式出席的一系列多边外交活动取得的成果，体现出中国对多边主义、扩大开放、合作共赢与绿色发展的坚定立场（§4）。作者认为这些成果来之不易，并把它们与中国构建人类命运共同体的理念联系起来（§4）。',
      en: 'The paper holds that the results of the multilateral events Xi Jinping attended by video show China’s determination to uphold multilateralism, openness, win-win cooperation and green development (§4). The authors call these results hard-won and link them to China’s idea of a community with a shared future for mankind (§4).',
    },
    context: general(
      '多边主义一般指通过多国共同参与的规则和机构来处理国际事务，而不是由一国单独决定或仅靠双边安排。',
      'Multilateralism generally means handling international affairs through rules and institutions many states take part in, rather than by one state alone or through bilateral deals only.',
    ),
    sources: [hanWu('4')],
    relations: [],
  },
  {
    id: 'online-offline-mutual-reinforcement',
    name: { zh: '线上线下相辅相成', en: 'online-offline mutual reinforcement' },
    category: 'china-practice',
    terms: [zh('線上線下相輔相成')],
    summary: {
      zh: '论文总结的第二个特色是线上线下相辅相成、公共外交方式不断创新：2022年北京冬奥会把体育竞技与数字外交结合起来，外交部门也在社交媒体上就脱贫攻坚、全民抗疫、科技创新和绿色发展等主题发布图文和视频（§4）。作者说，这种线上线下结合的外交方式被称为“混合外交”（§4）。',
      en: 'The second characteristic in the paper is that online and offline work reinforce each other and keep renewing the methods of public diplomacy: the 2022 Beijing Winter Olympics joined sport with digital diplomacy, and the foreign-affairs departments posted images and videos on poverty alleviation, the fight against the pandemic, innovation and green development (§4). The authors note that this online-offline approach is called "hybrid diplomacy" (§4).',
    },
    sources: [hanWu('4')],
    relations: [related('hybrid-diplomacy'), related('public-diplomacy')],
  },
  {
    id: 'hybrid-diplomacy',
    name: { zh: '混合外交', en: 'hybrid diplomacy' },
    category: 'china-practice',
    terms: [],
    summary: {
      zh: '论文说，线上线下相结合的外交方式被称为“混合外交”，实体和虚拟彼此融合、互为补充、相互赋能，使中国数字外交在探索中不断迈入新阶段（§4）。第二部分把第76届联大一般性辩论线上线下结合的方式，称为传统外交与数字外交的结合（§2(2)）。',
      en: 'The paper says that the combination of online and offline diplomacy is called "hybrid diplomacy", in which the physical and the virtual merge, complement and empower each other, moving China’s digital diplomacy into new stages (§4). Part 2 calls the partly online, partly in-person 76th UN General Assembly debate a combination of traditional and digital diplomacy (§2(2)).',
    },
    context: general(
      '疫情期间，部分代表到场、部分远程参加的“混合”会议成为国际组织的常见安排。',
      'During the pandemic, hybrid meetings, with some delegates present and others joining remotely, became a common arrangement at international organisations.',
    ),
    sources: [hanWu('4'), hanWu('2(2)')],
    relations: [related('virtual-diplomacy'), related('beijing-2022-winter-olympics')],
  },
  {
    id: 'beijing-2022-winter-olympics',
    name: { zh: '北京冬奥会', en: 'Beijing 2022 Winter Olympics' },
    category: 'event',
    terms: [
      zh('北京冬奧會'),
      zh('北京2022年冬奥会'),
      zh('北京2022年冬奧會'),
      en('Beijing Winter Olympics'),
      en('Beijing Olympic Winter Games'),
    ],
    summary: {
      zh: '论文认为，2022年北京冬奥会把体育赛事和数字外交融为一体，为全球公众上演了一场新颖的主场公共外交，把中国数字外交带入了新阶段（§4）。作者指出，冬奥会从场馆建设、赛事管理到实况转播和成绩评判都大量运用绿色科技与数字技术，让世界看到一个创新、现代而友好的中国（§4）。',
      en: 'The paper holds that the 2022 Beijing Winter Olympics joined sport with digital diplomacy, offered global audiences an unusual piece of home-ground public diplomacy and moved China’s digital diplomacy into a new stage (§4). The authors note that green and digital technology ran through venue construction, event management, live broadcasting and judging, presenting an innovative, modern and friendly China (§4).',
    },
    context: general(
      '第二十四届冬季奥林匹克运动会于2022年2月4日至20日在北京和张家口举行。',
      'The XXIV Olympic Winter Games were held in Beijing and Zhangjiakou from 4 to 20 February 2022.',
    ),
    sources: [hanWu('4')],
    relations: [related('public-diplomacy'), related('home-ground-public-diplomacy')],
  },
  {
    id: 'home-ground-public-diplomacy',
    name: { zh: '主场公共外交', en: 'home-ground public diplomacy' },
    category: 'china-practice',
    terms: [zh('主場公共外交')],
    summary: {
      zh: '论文用“主场公共外交”形容2022年北京冬奥会：它把体育赛事和数字外交融为一体，为全球公众上演了一场新颖的公共外交，把中国数字外交带入了新阶段（§4）。作者把它作为线上线下相辅相成、公共外交方式不断创新的例证（§4）。',
      en: 'The paper calls the 2022 Beijing Winter Olympics "home-ground public diplomacy": it joined sport with digital diplomacy, offered global audiences an unusual piece of public diplomacy and moved China’s digital diplomacy into a new stage (§4). The authors give it as an example of online and offline work reinforcing each other and renewing public diplomacy (§4).',
    },
    context: general(
      '中国官方常用“主场外交”指中国作为东道主举办的重大国际会议和活动。',
      'Chinese official language often uses "home-ground diplomacy" for major international meetings and events that China hosts.',
    ),
    sources: [hanWu('4')],
    relations: [broader('public-diplomacy')],
  },
  {
    id: 'public-diplomacy',
    name: { zh: '公共外交', en: 'public diplomacy' },
    category: 'theory',
    // 公眾外交 is the usual Taiwan and Hong Kong wording.
    terms: [zh('公眾外交')],
    summary: {
      zh: '论文把线上线下相辅相成、公共外交方式不断创新列为中国数字外交的第二个特色，并以北京冬奥会这场“主场公共外交”为例（§4）。作者还把中国外交部门的海外数字传播描述为以传统外交为基础、以公共外交为场域、以全球公众为对象的国家行为（§4）。',
      en: 'The paper lists online-offline mutual reinforcement and the constant renewal of public diplomacy as the second characteristic of China’s digital diplomacy, with the Beijing Winter Olympics as "home-ground public diplomacy" (§4). The authors also describe the foreign-affairs departments’ overseas digital outreach as state action based on traditional diplomacy, conducted in the arena of public diplomacy and aimed at global publics (§4).',
    },
    context: general(
      '“公共外交”一词由美国学者埃德蒙·古利恩于1965年推广，指政府面向外国公众而非外国政府开展的沟通与交流。',
      'The term public diplomacy was popularised by the American scholar Edmund Gullion in 1965 for a government’s communication with foreign publics rather than foreign governments.',
    ),
    sources: [hanWu('4')],
    relations: [related('soft-power'), related('new-media-diplomacy')],
  },
  {
    id: 'rebutting-falsehoods-about-china',
    name: { zh: '批驳涉华舆论谎言', en: 'rebutting falsehoods about China' },
    category: 'china-practice',
    terms: [zh('批駁涉華輿論謊言')],
    summary: {
      zh: '论文总结的第三个特色是批驳涉华舆论谎言、引领国际议题设置：作者认为，中国政府借助数字外交反驳“中国威胁论”等涉华谬论，纠正国际舆论的偏差，捍卫国家的政治安全和政权安全（§4）。作者举出的例子有：外交部在建党百年之际发布的系列推文，在推特上介绍新疆发展的常态化话题，以及揭露美澳军人在阿富汗等地人权劣迹的图文（§4）。',
      en: 'The third characteristic in the paper is rebutting falsehoods about China and leading international agenda setting: the authors say the Chinese government uses digital diplomacy to refute the "China threat theory" and other false claims, correct international opinion and defend its political and regime security (§4). Their examples are the foreign ministry’s posts for the Party’s centenary, its regular Twitter topics on Xinjiang’s development and its posts exposing human-rights abuses by US and Australian soldiers in Afghanistan and elsewhere (§4).',
    },
    sources: [hanWu('4')],
    relations: [related('international-agenda-setting'), related('china-threat-theory'), related('disinformation')],
    facts: [
      fact(
        '4',
        '围绕习近平在中共建党百年庆祝大会上的讲话，外交部发布了一千多条网络推文。',
        'Around Xi Jinping’s speech at the CPC centenary celebration, the foreign ministry published more than a thousand online posts.',
      ),
      fact(
        '4',
        '外交部在推特上持续设置介绍新疆发展的话题，回应有关新疆的负面报道；还用图文曝光美国、澳大利亚军人在阿富汗等地的侵犯人权行为。',
        'The foreign ministry ran regular topics on Twitter about development in Xinjiang in answer to negative coverage, and used images and text to expose abuses by US and Australian soldiers in Afghanistan and elsewhere.',
      ),
    ],
  },
  {
    id: 'international-agenda-setting',
    name: { zh: '国际议题设置', en: 'international agenda setting' },
    category: 'china-practice',
    terms: [
      zh('涉華議題設置'),
      zh('國際議題設定'),
      zh('國際議程設定'),
      zh('涉華議題設定'),
      zh('國際議題設置'),
      zh('国际议程设置'),
      zh('國際議程設置'),
      zh('涉华议题设置'),
      en('global agenda setting'),
    ],
    summary: {
      zh: '论文把积极引领国际议题设置列为中国数字外交的特色之一，认为中国借助数字平台批驳涉华谬论、抢占舆论话语权（§4）。第五部分主张中国参与引导国际上涉华议题的设置，并不断加强数字外交能力建设（§5(2)）。',
      en: 'The paper counts actively leading international agenda setting among the characteristics of China’s digital diplomacy, with China using digital platforms to refute false claims and seize the initiative in opinion (§4). Part 5 urges China to help steer how China-related issues are set on the international agenda and to keep building its capacity for digital diplomacy (§5(2)).',
    },
    context: general(
      '议程设置理论由麦库姆斯和肖于1972年提出，原指大众媒体影响公众认为哪些议题重要；用于国际政治，指影响国际社会讨论什么、怎样讨论。',
      'Agenda-setting theory, put forward by McCombs and Shaw in 1972, first described how mass media shape which issues the public thinks important; in international politics it means influencing what the world discusses and how.',
    ),
    sources: [hanWu('4'), hanWu('5(2)')],
    relations: [related('discourse-power')],
  },
  {
    id: 'china-threat-theory',
    name: { zh: '中国威胁论', en: 'China threat theory' },
    category: 'theory',
    terms: [zh('中國威脅論'), en('China threat')],
    summary: {
      zh: '论文认为，改革开放的巨大成就提高了中国的国际地位，也引起一些国家对中国和平发展的疑虑；在西方反华势力的蓄意鼓噪下，“中国威胁论”等涉华谬论曾在国际社会不断发酵（§4）。作者说，中国政府借助数字外交对此进行批驳和回击，纠正国际舆论的偏差（§4）。',
      en: 'The paper holds that the great achievements of reform and opening-up raised China’s standing and also raised doubts in some countries about its peaceful development; stirred up by anti-China forces in the West, the "China threat theory" and other false claims festered internationally for a time (§4). The authors say the Chinese government used digital diplomacy to refute them and correct international opinion (§4).',
    },
    context: general(
      '“中国威胁论”一说在冷战结束后的1990年代流行于西方舆论，认为中国的崛起会威胁他国的安全与利益。',
      'The "China threat" thesis spread in Western commentary in the 1990s after the Cold War, holding that China’s rise would threaten other countries’ security and interests.',
    ),
    sources: [hanWu('4')],
    relations: [],
  },
  {
    id: '100-stories-of-the-cpcs-foreign-exchanges-in-100-days',
    name: {
      zh: '100天讲述中国共产党对外交往100个故事',
      en: "100 Stories of the CPC's Foreign Exchanges in 100 Days",
    },
    category: 'initiative',
    terms: [
      zh('100天講述中國共產黨對外交往100個故事'),
      zh('中国共产党对外交往100个故事'),
      zh('中國共產黨對外交往100個故事'),
    ],
    summary: {
      zh: '论文记载，外交部以建党百年为契机，通过数字平台推出“100天讲述中国共产党对外交往100个故事”（§4）。作者把它与围绕建党百年讲话的千余条推文一起，作为中国借数字外交批驳涉华谬论、引领国际议题设置的例子（§4）。',
      en: 'According to the paper, the foreign ministry marked the Party’s centenary by launching "100 Stories of the CPC’s Foreign Exchanges in 100 Days" on digital platforms (§4). The authors cite it, with the thousand-plus posts about the centenary speech, as an example of China using digital diplomacy to refute false claims and lead international agenda setting (§4).',
    },
    context: general(
      '中国共产党成立于1921年，建党百年即2021年。',
      'The Communist Party of China was founded in 1921, so its centenary fell in 2021.',
    ),
    sources: [hanWu('4')],
    relations: [related('rebutting-falsehoods-about-china')],
    facts: [
      fact(
        '4',
        '外交部以建党百年为契机推出这一系列。',
        'The foreign ministry launched the series to mark the centenary of the Communist Party of China.',
      ),
    ],
  },
  {
    id: 'increasingly-diverse-styles-and-methods',
    name: { zh: '风格方式日趋多元', en: 'increasingly diverse styles and methods' },
    category: 'china-practice',
    terms: [zh('風格方式日趨多元')],
    summary: {
      zh: '论文总结的第四个特色是数字传播富有活力、风格方式日趋多元：中国外交部门把数字平台当作重要外交资源，大力开展海外传播，一些观察家把这视为中国的“软实力”之争（§4）。作者认为，地道的英文、轻松的叙事和简洁明快的图像视频，加上外交工作者借数字平台塑造的鲜活个人形象，正在扭转外界对官方外交的刻板看法，推动中国外交风格的多元化和软实力的提升（§4）。',
      en: 'The fourth characteristic in the paper is lively digital communication in increasingly diverse styles and methods: China’s foreign-affairs departments treat digital platforms as an important diplomatic resource for outreach abroad, which some observers see as a contest over soft power (§4). The authors argue that idiomatic English, a relaxed narrative voice and crisp visuals, together with the lively personal profiles diplomats build on digital platforms, keep changing stereotypes of official diplomacy and make Chinese diplomacy more varied in style and stronger in soft power (§4).',
    },
    sources: [hanWu('4')],
    relations: [related('soft-power'), related('chinas-story'), related('digital-image')],
  },
  {
    id: 'chinas-story',
    name: { zh: '中国故事', en: "China's story" },
    category: 'china-practice',
    terms: [
      zh('中國故事'),
      zh('讲好中国故事'),
      zh('講好中國故事'),
      en("China's stories"),
      en('China story', { inflect: true }),
    ],
    summary: {
      zh: '论文认为，中国数字外交立足于朴实、真诚的中国故事，用外国受众听得明白、愿意接受、能够相信的语言、方式和内容讲述它们，使中国故事进入世界叙事、形成国际共识，成为沟通中外、赢得人心的有效手段（§4）。作者把这作为中国数字传播风格方式日趋多元的一部分（§4）。',
      en: 'The paper holds that China’s digital diplomacy rests on plain, sincere stories of China, told in language, ways and content that foreign audiences understand, accept and trust, so that they enter the world’s narrative and international consensus and become an effective way of bridging China and the West and winning hearts (§4). The authors treat this as part of the increasingly diverse styles of China’s digital communication (§4).',
    },
    context: general(
      '“讲好中国故事”是习近平2013年8月在全国宣传思想工作会议上提出的要求，此后成为中国对外传播的常用提法。',
      '"Tell China’s story well" was a call Xi Jinping made at the national conference on propaganda and ideological work in August 2013, and has since been a standard phrase of China’s external communication.',
    ),
    sources: [hanWu('4')],
    relations: [related('public-diplomacy')],
  },
  {
    id: 'serving-the-people',
    name: { zh: '为民服务', en: 'serving the people' },
    category: 'china-practice',
    terms: [zh('為民服務')],
    summary: {
      zh: '论文总结的第五个特色是以人为本、为民服务，作者称之为中国外交历久弥新的底色（§4）。作者认为，数字技术显著提升了中国外交的领事保护能力；疫情期间，驻外使馆借助数字信息的高效传播，迅速向受影响的中国公民发放防疫物资、开通援助热线，并组织运力安排有需要的公民回国（§4）。',
      en: 'The fifth characteristic in the paper is putting people first and serving them, which the authors call the lasting keynote of Chinese diplomacy (§4). They argue that digital technology has markedly strengthened China’s consular protection; during the pandemic, embassies used fast digital communication to hand out supplies to affected Chinese citizens, open help lines and arrange transport home for those who needed it (§4).',
    },
    sources: [hanWu('4')],
    relations: [related('diplomacy-for-the-people'), related('consular-protection')],
  },
  {
    id: 'consular-protection',
    name: { zh: '领事保护', en: 'consular protection' },
    category: 'china-practice',
    terms: [zh('領事保護')],
    summary: {
      zh: '论文认为，数字技术使中国外交保护海外公民的能力明显增强，并以疫情期间驻外使馆发放防疫物资、开通援助热线和组织运力接回公民为例（§4）。第五部分主张借助数字技术在全球范围加强风险评估和安全预警，让受政局动荡、自然灾害和恐怖袭击影响的海外公民得到更及时的保护（§5(4)）。',
      en: 'The paper holds that digital technology has markedly strengthened China’s consular protection, citing embassies during the pandemic that handed out supplies, opened help lines and organised transport home (§4). Part 5 calls for digital risk assessment and safety warnings worldwide, so that citizens abroad affected by political unrest, natural disasters or terrorist attacks are protected more promptly (§5(4)).',
    },
    context: general(
      '领事保护一般指一国驻外使领馆依据国际法和驻在国法律，维护本国公民和法人在海外的合法权益与安全。',
      'Consular protection generally means a state’s embassies and consulates safeguarding the lawful rights and safety of its citizens and companies abroad, under international law and the host country’s law.',
    ),
    sources: [hanWu('4'), hanWu('5(4)')],
    relations: [related('overseas-interests'), narrower('12308-hotline'), related('digital-consular-services')],
    facts: [
      fact(
        '4',
        '疫情期间，中国驻外使馆为受影响的本国公民分发防疫物资，开设疫情求助热线，并安排交通工具送有需要的公民回国。',
        'During the pandemic Chinese embassies gave anti-epidemic supplies to affected citizens, opened assistance hotlines and organised transport home for those who needed it.',
      ),
    ],
  },
  {
    id: '12308-hotline',
    name: { zh: '12308热线', en: '12308 hotline' },
    category: 'institution',
    terms: [zh('全球領事保護與服務應急呼叫中心'), zh('12308熱線'), zh('全球领事保护与服务应急呼叫中心')],
    summary: {
      zh: '论文把“12308热线”与“中国领事”“领事直通车”并列，列为已经开通的一系列数字服务平台（§4）。作者认为，这些平台让中国外交部门能向海外华人提供权威、便利而及时的领事服务（§4）。',
      en: 'The paper lists the "12308 hotline" with "China Consular" and "Consular Express" among a series of digital service platforms now in operation (§4). The authors say these platforms let China’s foreign-affairs departments give Chinese people abroad authoritative, convenient and timely consular services (§4).',
    },
    context: general(
      '12308是外交部全球领事保护与服务应急呼叫中心的号码，2014年开通，全天候受理海外中国公民的求助。',
      '12308 is the number of the foreign ministry’s Global Emergency Call Centre for Consular Protection and Services, opened in 2014 and staffed round the clock for Chinese citizens abroad.',
    ),
    sources: [hanWu('4')],
    relations: [related('digital-consular-services')],
  },
  {
    id: 'consular-express',
    name: { zh: '领事直通车', en: 'Consular Express' },
    category: 'institution',
    terms: [zh('領事直通車')],
    summary: {
      zh: '论文把“领事直通车”与“中国领事”“12308热线”并列，列为已经开通的一系列数字服务平台（§4）。作者认为，这些平台让中国外交部门能向海外华人提供权威、便利而及时的领事服务（§4）。',
      en: 'The paper lists "Consular Express" with "China Consular" and the "12308 hotline" among a series of digital service platforms now in operation (§4). The authors say these platforms let China’s foreign-affairs departments give Chinese people abroad authoritative, convenient and timely consular services (§4).',
    },
    context: general(
      '“领事直通车”是外交部领事司开设的微信公众号，发布领事信息和海外安全提醒。',
      'Consular Express is a WeChat public account run by the foreign ministry’s Department of Consular Affairs, publishing consular information and travel safety alerts.',
    ),
    sources: [hanWu('4')],
    relations: [related('digital-consular-services')],
  },
  {
    id: 'china-consular-app',
    name: { zh: '中国领事APP', en: 'China Consular app' },
    category: 'institution',
    // Quoted only for the bare name: unquoted, 中国领事 is also the start of 中国领事馆 / 中国领事保护.
    terms: [quoted('中国领事'), quoted('中國領事'), zh('中國領事APP'), quoted('China Consular', 'en')],
    summary: {
      zh: '论文把“中国领事”与“领事直通车”“12308热线”并列，列为已经开通的一系列数字服务平台（§4）。作者认为，这些平台让中国外交部门能向海外华人提供权威、便利而及时的领事服务（§4）。',
      en: 'The paper lists "China Consular" with "Consular Express" and the "12308 hotline" among a series of digital service platforms now in operation (§4). The authors say these platforms let China’s foreign-affairs departments give Chinese people abroad authoritative, convenient and timely consular services (§4).',
    },
    context: general(
      '“中国领事”是外交部推出的手机应用，可在线申办护照、旅行证等证件和查询领事信息。',
      'China Consular is a mobile app of the foreign ministry for applying for passports and travel documents online and finding consular information.',
    ),
    sources: [hanWu('4')],
    relations: [related('digital-consular-services')],
  },
  {
    id: 'digital-consular-services',
    name: { zh: '数字化领事服务', en: 'digital consular services' },
    category: 'china-practice',
    terms: [zh('數字領事服務'), zh('數字化領事服務'), zh('数字领事服务')],
    summary: {
      zh: '论文列举了近年上线的数字化工具：在线证件办理、视频公证、移动支付和健康码国际互认（§4）。作者认为，数字化的领事保护和外交服务以中国公民的实际需要和切身利益为出发点，贯彻外交为民宗旨，是中国数字外交最有温度的软实力工具（§4）。第五部分主张让中国在海外的领事服务更加数字化、智能化（§5(4)）。',
      en: 'The paper lists digital tools launched in recent years: online document processing, video notarisation, mobile payment and international mutual recognition of health codes (§4). The authors hold that digital consular protection and services start from Chinese citizens’ real needs, put diplomacy for the people into practice and are the warmest soft-power tool of China’s digital diplomacy (§4). Part 5 calls for making China’s consular services abroad more digital and intelligent (§5(4)).',
    },
    sources: [hanWu('4'), hanWu('5(4)')],
    relations: [
      related('diplomacy-for-the-people'),
      narrower('video-notarization'),
      narrower('health-code-mutual-recognition'),
    ],
  },
  {
    id: 'video-notarization',
    name: { zh: '视频公证', en: 'video notarization' },
    category: 'china-practice',
    terms: [zh('視頻公證'), zh('視訊公證'), en('video notarisation'), en('remote video notarization')],
    summary: {
      zh: '论文把视频公证与在线证件办理、移动支付和健康码国际互认并列，列为近年上线的数字化领事服务工具（§4）。作者认为，这些工具让中国外交部门能为海外华人提供更便捷、及时的领事服务（§4）。',
      en: 'The paper lists video notarisation with online document processing, mobile payment and international mutual recognition of health codes as digital consular tools launched in recent years (§4). The authors say these tools let China’s foreign-affairs departments give Chinese people abroad more convenient and timely consular services (§4).',
    },
    sources: [hanWu('4')],
    relations: [],
  },
  {
    id: 'health-code-mutual-recognition',
    name: { zh: '健康码国际互认', en: 'international mutual recognition of health codes' },
    category: 'china-practice',
    terms: [zh('健康碼國際互認'), zh('健康码互认'), zh('健康碼互認'), en('health code mutual recognition')],
    summary: {
      zh: '论文把健康码国际互认与在线证件办理、视频公证和移动支付并列，列为近年上线的数字化工具（§4）。作者认为，这些工具体现了数字化领事服务从中国公民实际需求出发的特点（§4）。',
      en: 'The paper lists the international mutual recognition of health codes with online document processing, video notarisation and mobile payment as digital tools launched in recent years (§4). The authors see such tools as showing how digital consular services start from Chinese citizens’ real needs (§4).',
    },
    context: general(
      '健康码是新冠疫情期间用手机显示持有人健康和出行风险状态的二维码；国际互认指不同国家和地区之间承认彼此的健康证明。',
      'Health codes were QR codes shown on phones during the COVID-19 pandemic to display the holder’s health and travel risk status; mutual recognition means countries and regions accepting each other’s health certificates.',
    ),
    sources: [hanWu('4')],
    relations: [],
  },
  {
    id: 'diplomacy-for-the-people',
    name: { zh: '外交为民', en: 'diplomacy for the people' },
    category: 'china-practice',
    terms: [zh('外交為民')],
    summary: {
      zh: '论文认为，数字化领事保护和外交服务充分贯彻了外交为民的宗旨（§4）。第五部分把外交为民称作中国外交的根本原则，并把让人民充分享受数字外交红利列为实践重点（§5(4)）；结语也说中国外交坚定践行外交为民宗旨（结语）。',
      en: 'The paper holds that digital consular protection and services fully carry out the principle of diplomacy for the people (§4). Part 5 calls the principle the fundamental guide of Chinese diplomacy and makes letting the people fully enjoy the dividends of digital diplomacy a priority (§5(4)); the conclusion also says Chinese diplomacy firmly practises it (conclusion).',
    },
    sources: [hanWu('4'), hanWu('5(4)'), hanWu('conclusion')],
    relations: [related('dividends-of-digital-diplomacy')],
  },
  {
    id: 'major-country-diplomacy-with-chinese-characteristics',
    name: { zh: '中国特色大国外交', en: 'major-country diplomacy with Chinese characteristics' },
    category: 'theory',
    terms: [zh('中國特色大國外交'), en('major-country diplomacy')],
    summary: {
      zh: '第五部分开头认为，数字外交是中国特色大国外交的一个重要组成部分（§5）。第四部分说数字外交对扩大中国特色大国外交的影响意义重大（§4）；结语说在中国特色大国外交的整体布局中，数字外交的作用越来越重要（结语）。',
      en: 'Part 5 opens by calling digital diplomacy an important component of major-country diplomacy with Chinese characteristics (§5). Part 4 says digital diplomacy matters greatly for extending its influence (§4), and the conclusion that digital diplomacy plays an ever larger role in its overall design (conclusion).',
    },
    context: general(
      '“中国特色大国外交”是中共十八大以来中国对本国外交的总体定位。',
      'Major-country diplomacy with Chinese characteristics is the overall label China has given its diplomacy since the CPC’s 18th National Congress.',
    ),
    sources: [hanWu('5'), hanWu('4'), hanWu('conclusion')],
    relations: [narrower('digital-diplomacy-with-chinese-characteristics')],
  },
];

// §5 — the six practice priorities and the terms inside them
const PRIORITIES: Concept[] = [
  {
    id: 'digital-diplomacy-with-chinese-characteristics',
    name: { zh: '中国特色数字外交', en: 'digital diplomacy with Chinese characteristics' },
    category: 'priority',
    terms: [zh('中國特色數字外交')],
    summary: {
      zh: '第四部分认为，中国数字外交发展迅速，展现出鲜明的中国特色（§4）。第五部分为推进中国特色数字外交提出六项实践重点：发展数字经济和数字技术；塑造数字外交前沿议程；维护网络和数字空间安全；让人民享受数字外交红利；培养复合型外交人才；构建公正和谐的国际数字空间新秩序（§5）。',
      en: 'Part 4 holds that China’s digital diplomacy has grown fast and shows distinct Chinese characteristics (§4). Part 5 sets six practice priorities for advancing digital diplomacy with Chinese characteristics: grow the digital economy and technology, shape the frontier agenda, secure cyberspace and digital space, let the people fully enjoy the dividends, train interdisciplinary diplomats, and build a fair and harmonious new order in international cyberspace (§5).',
    },
    sources: [hanWu('5'), hanWu('4')],
    relations: [
      broader('digital-diplomacy'),
      narrower('developing-the-digital-economy-and-digital-technology'),
      narrower('frontier-agenda-of-digital-diplomacy'),
      narrower('security-of-cyberspace-and-digital-space'),
      narrower('dividends-of-digital-diplomacy'),
      narrower('interdisciplinary-diplomatic-talent'),
      narrower('new-order-in-international-cyberspace'),
    ],
  },
  {
    id: 'developing-the-digital-economy-and-digital-technology',
    name: { zh: '大力发展数字经济和数字技术', en: 'developing the digital economy and digital technology' },
    category: 'priority',
    terms: [zh('大力發展數字經濟和數字技術')],
    summary: {
      zh: '论文提出的第一项实践重点（§5(1)）。作者认为数字外交要靠先进的数字技术和雄厚的国家实力来支撑，因此中国要依靠数字产业化和产业数字化，在数字经济的框架内拓展国际对话与合作平台，培育有国际竞争力的数字产业集群，为数字外交打下物质基础（§5(1)）。',
      en: 'The first practice priority in the paper (§5(1)). The authors argue that digital diplomacy rests on advanced digital technology and national strength, so China should rely on digital industrialization and industrial digitalization, widen room for international dialogue and cooperation within the digital economy, and build internationally competitive digital industry clusters as the material base of its digital diplomacy (§5(1)).',
    },
    sources: [hanWu('5(1)')],
    relations: [related('digital-economy'), related('digital-industrialization'), related('industrial-digitalization')],
  },
  {
    id: 'digital-economy',
    name: { zh: '数字经济', en: 'digital economy' },
    category: 'priority',
    terms: [zh('數字經濟'), zh('數位經濟'), en('digital economies')],
    summary: {
      zh: '论文认为，数字技术和数字经济是中国经济高质量发展的核心引擎，也是国家实力提升的根本保障，并主张借数字经济拓展更广泛的国际对话与合作平台（§5(1)）。第三部分则把数字经济的快速发展列为技术民族主义在美欧兴起的原因之一（§3(3)）。',
      en: 'The paper sees the growth of digital technology and the digital economy as the core engine of China’s high-quality development and the basic guarantee of national strength, and wants wider room for international dialogue and cooperation built within the digital economy (§5(1)). Part 3 names the fast growth of the digital economy among the causes of the rise of techno-nationalism in the US and Europe (§3(3)).',
    },
    context: general(
      '数字经济一般指以数据为关键生产要素、以数字技术和网络为主要载体的经济活动。',
      'The digital economy generally means economic activity in which data is a key input and digital technology and networks the main vehicles.',
    ),
    sources: [hanWu('5(1)'), hanWu('3(3)')],
    relations: [],
  },
  {
    id: 'digital-industrialization',
    name: { zh: '数字产业化', en: 'digital industrialization' },
    category: 'priority',
    terms: [zh('數字產業化'), zh('數位產業化'), en('digital industrialisation')],
    summary: {
      zh: '论文主张中国数字外交以数字产业化和产业数字化为依托，在数字经济的框架内拓展国际对话与合作平台（§5(1)）。作者把这二者作为发展数字经济、为数字外交打下物质基础的路径（§5(1)）。',
      en: 'The paper wants China’s digital diplomacy to rest on digital industrialization and industrial digitalization, building platforms for international dialogue and cooperation within the digital economy (§5(1)). The authors treat the pair as the route to a stronger digital economy and a firm material base for digital diplomacy (§5(1)).',
    },
    context: general(
      '在中国政策用语中，数字产业化指把数字技术本身发展成产业，如电子信息制造、软件和信息服务。',
      'In Chinese policy language, digital industrialization means turning digital technology itself into industries, such as electronics manufacturing, software and information services.',
    ),
    sources: [hanWu('5(1)')],
    relations: [related('industrial-digitalization')],
  },
  {
    id: 'industrial-digitalization',
    name: { zh: '产业数字化', en: 'industrial digitalization' },
    category: 'priority',
    terms: [zh('產業數字化'), zh('產業數位化'), en('industrial digitalisation'), en('digitalization of industry')],
    summary: {
      zh: '论文主张依靠数字产业化和产业数字化发展数字经济（§5(1)）。作者认为，数字化有助于提高全球资源配置的效率、增加产品的附加值和利润，并加快产业升级和整条产业链的建设（§5(1)）。',
      en: 'The paper wants the digital economy developed through digital industrialization and industrial digitalization (§5(1)). The authors see digitalisation raising the efficiency of global resource allocation, adding value and profit to products and speeding industrial upgrading and the building of whole industrial chains (§5(1)).',
    },
    context: general(
      '在中国政策用语中，产业数字化指传统产业运用数字技术改造生产、管理和经营。',
      'In Chinese policy language, industrial digitalization means existing industries using digital technology to transform production, management and business.',
    ),
    sources: [hanWu('5(1)')],
    relations: [],
  },
  {
    id: 'frontier-agenda-of-digital-diplomacy',
    name: { zh: '数字外交前沿议程', en: 'frontier agenda of digital diplomacy' },
    category: 'priority',
    terms: [zh('數字外交前沿議程')],
    summary: {
      zh: '论文提出的第二项实践重点是积极塑造数字外交前沿议程，途径是加强数字外交的工具和平台：跟踪前沿技术，自主研发数字外交工具；鼓励本国科技公司建设有国际影响力的数字平台；倡导数字外交的国际规范，提升数字空间话语权，探索数字软实力的制度化路径（§5(2)）。作者还认为中国数字外交仍在探索阶段，应当借鉴先进国家在机构、人才、制度和立法方面的经验（§5(2)）。',
      en: 'The second practice priority in the paper is to shape the frontier agenda of digital diplomacy by building up its tools and platforms: track leading technologies and develop diplomatic tools at home; encourage Chinese tech companies to build platforms with international reach; and promote international norms for digital diplomacy, raise China’s discourse power in digital space and seek institutional paths to digital soft power (§5(2)). The authors add that China’s digital diplomacy is still exploratory and should learn from advanced countries’ experience with institutions, training, rules and legislation (§5(2)).',
    },
    sources: [hanWu('5(2)')],
    relations: [
      related('people-to-people-digital-diplomacy'),
      related('digital-soft-power'),
      related('discourse-power'),
      related('digital-diplomacy-tools'),
      related('digital-platforms'),
    ],
  },
  {
    id: 'digital-diplomacy-tools',
    name: { zh: '数字外交工具', en: 'digital diplomacy tools' },
    category: 'priority',
    terms: [
      zh('數字外交工具'),
      zh('数字外交技术工具'),
      zh('數字外交技術工具'),
      en('digital diplomacy tool', { inflect: true }),
    ],
    summary: {
      zh: '第五部分主张加强数字外交的工具和平台：跟踪全球前沿技术，以自主创新为本，不断迭代研发并应用数字外交工具，顶住并突破西方国家的技术打压（§5(2)）。作者还主张打造数字外交的技术工具和产业平台，为数字外交的技术创新和长远发展打好基础（§5(4)）。',
      en: 'Part 5 calls for building up digital diplomacy tools and platforms: tracking leading technologies, relying on home-grown innovation, and developing and applying new generations of diplomatic tools so as to resist and break through Western technological suppression (§5(2)). The authors also want digital diplomacy tools and industrial platforms built as the base for lasting technical innovation in digital diplomacy (§5(4)).',
    },
    sources: [hanWu('5(2)'), hanWu('5(4)')],
    relations: [related('digital-platforms')],
  },
  {
    id: 'digital-platforms',
    name: { zh: '数字平台', en: 'digital platforms' },
    category: 'priority',
    terms: [zh('數字平台'), zh('數位平台'), zh('數位平臺'), en('digital platform', { inflect: true })],
    summary: {
      zh: '第五部分主张鼓励本国科技公司建设有国际影响力的数字平台，同时加强对技术的监管，防止西方国家借海外数字平台操纵信息、恶意渗透（§5(2)）。第四部分描述了中国外交部门如何把数字平台当作重要外交资源，借此发布疫情信息、推出建党百年系列故事并塑造外交官的个人形象（§4）。第三部分把数字平台管控列为各国数字外交不断扩展的议题之一（§3(4)）。',
      en: 'Part 5 wants Chinese tech companies encouraged to build digital platforms with international reach, with stronger technical oversight and close guard against Western states using overseas platforms for information manipulation and malicious infiltration (§5(2)). Part 4 describes China’s foreign-affairs departments treating digital platforms as an important diplomatic resource: to publish pandemic information, run the Party-centenary story series and build diplomats’ personal profiles (§4). Part 3 lists the control of digital platforms among the widening issues of states’ digital diplomacy (§3(4)).',
    },
    sources: [hanWu('5(2)'), hanWu('4'), hanWu('3(4)')],
    relations: [related('social-media')],
  },
  {
    id: 'people-to-people-digital-diplomacy',
    name: { zh: '民间数字外交', en: 'people-to-people digital diplomacy' },
    category: 'priority',
    terms: [zh('民間數字外交')],
    summary: {
      zh: '论文主张建立一个风气清朗、公正有序、情感相通的民间数字外交体系，让数字外交在增进国家间友谊和民众相互了解上发挥作用（§5(2)）。作者把这与鼓励本国科技公司建设数字平台、防范西方国家借海外平台操纵信息放在同一条主张中（§5(2)）。',
      en: 'The paper calls for a clean, fair, orderly and emotionally open system of people-to-people digital diplomacy, so that digital diplomacy deepens friendship between nations and understanding between peoples (§5(2)). The authors put this in the same proposal as encouraging Chinese tech companies to build platforms and guarding against Western information manipulation on overseas platforms (§5(2)).',
    },
    context: general(
      '民间外交一般指由民众、社会团体等非官方主体开展的对外交往，中国常称“人民外交”或“民间外交”。',
      'People-to-people diplomacy generally means foreign contact carried on by citizens and civil-society groups rather than officials; in China it is also called people’s diplomacy.',
    ),
    sources: [hanWu('5(2)')],
    relations: [related('non-state-actors')],
  },
  {
    id: 'digital-soft-power',
    name: { zh: '数字软实力', en: 'digital soft power' },
    category: 'priority',
    terms: [zh('數字軟實力'), zh('數位軟實力')],
    summary: {
      zh: '论文在第二项实践重点中主张倡导数字外交的国际规范、提升中国在数字空间的话语权，并为数字软实力寻找制度化的路径（§5(2)）。作者还认为，数字技术与国家发展的深度融合有助于提升国家软实力（§5(2)）。',
      en: 'Under its second practice priority the paper calls for promoting international norms for digital diplomacy, raising discourse power in digital space and exploring institutional paths to digital soft power (§5(2)). The authors also hold that the close integration of digital technology with national development helps raise a country’s soft power (§5(2)).',
    },
    sources: [hanWu('5(2)')],
    relations: [broader('soft-power')],
  },
  {
    id: 'security-of-cyberspace-and-digital-space',
    name: { zh: '网络和数字空间安全', en: 'security of cyberspace and digital space' },
    category: 'priority',
    terms: [zh('網路和數字空間安全'), zh('網絡和數字空間安全'), zh('数字空间安全'), zh('數字空間安全')],
    summary: {
      zh: '论文提出的第三项实践重点是维护网络和数字空间安全：中国应与国际社会一道，推动制定各方普遍认可的数字空间交往规则，在数字空间维护国家主权和政权安全（§5(3)）。作者提出两点：一是完善数字技术使用规范、加强数据安全保护、健全信息监管法规；二是对数字空间的意识形态渗透和政治操纵保持高度警惕，反对出于政治目的的监听、攻击和技术滥用（§5(3)）。',
      en: 'The third practice priority in the paper is to keep cyberspace and digital space secure: China should work with the international community on widely accepted rules for digital space and defend national sovereignty and regime security there (§5(3)). The authors make two points: build sound rules for using digital technology, stronger data protection and better information regulation; and stay on guard against ideological infiltration and political manipulation in digital space, opposing politically motivated surveillance, cyberattacks and abuse of digital technology (§5(3)).',
    },
    sources: [hanWu('5(3)')],
    relations: [related('data-security'), related('digital-sovereignty')],
  },
  {
    id: 'data-security',
    name: { zh: '数据安全', en: 'data security' },
    category: 'priority',
    terms: [zh('數據安全'), zh('資料安全')],
    summary: {
      zh: '论文在维护网络和数字空间安全的第一条举措中，主张完善数字技术使用规范、加强数据安全保护、健全数字信息监管法规（§5(3)）。作者认为，数字外交牵涉的主体很多，安全隐患大、监管压力重，因此要从技术手段、监管机制和公民责任意识几方面同时着手（§5(3)）。',
      en: 'In its first measure for securing cyberspace and digital space, the paper calls for sound rules on using digital technology, stronger data security protection and better regulation of digital information (§5(3)). The authors argue that because digital diplomacy involves many actors under heavy security risk and regulatory pressure, the work must start from technical means, oversight mechanisms and citizens’ sense of responsibility (§5(3)).',
    },
    context: general(
      '数据安全一般指数据在收集、存储、传输和使用中免遭泄露、篡改和滥用；中国《数据安全法》于2021年9月施行。',
      'Data security generally means keeping data safe from leaks, tampering and misuse as it is collected, stored, moved and used; China’s Data Security Law took effect in September 2021.',
    ),
    sources: [hanWu('5(3)')],
    relations: [related('data-breach')],
  },
  {
    id: 'ideological-infiltration',
    name: { zh: '意识形态渗透', en: 'ideological infiltration' },
    category: 'priority',
    terms: [zh('意識形態滲透')],
    summary: {
      zh: '论文在维护网络和数字空间安全的第二条举措中，主张对数字空间的意识形态渗透和政治操纵保持高度警惕（§5(3)）。第五部分第二节也主张防止西方国家借海外数字平台操纵信息、恶意渗透（§5(2)）。',
      en: 'In its second measure for securing cyberspace and digital space, the paper calls for close vigilance against ideological infiltration and political manipulation in digital space (§5(3)). Section 5(2) likewise calls for guarding against Western states using overseas digital platforms for information manipulation and malicious infiltration (§5(2)).',
    },
    sources: [hanWu('5(3)'), hanWu('5(2)')],
    relations: [related('disinformation'), related('security-of-cyberspace-and-digital-space')],
  },
  {
    id: 'cyber-surveillance',
    name: { zh: '网络监听', en: 'cyber surveillance' },
    category: 'priority',
    terms: [zh('網絡監聽'), zh('網路監聽'), en('online surveillance')],
    summary: {
      zh: '论文认为数字空间的大国博弈激烈，主张坚决反对一切以政治为目的的网络监听、攻击和滥用数字技术（§5(3)）。作者把这列为维护网络和数字空间安全的第二条举措的一部分（§5(3)）。',
      en: 'The paper sees fierce great-power rivalry in digital space and calls for firm opposition to any politically motivated cyber surveillance, cyberattacks and abuse of digital technology (§5(3)). The authors make this part of their second measure for securing cyberspace and digital space (§5(3)).',
    },
    context: general(
      '网络监听一般指通过网络截获、监视他人的通信和数据。',
      'Cyber surveillance generally means intercepting and monitoring other people’s communications and data over networks.',
    ),
    sources: [hanWu('5(3)')],
    relations: [related('cyberattack')],
  },
  {
    id: 'dividends-of-digital-diplomacy',
    name: { zh: '数字外交红利', en: 'dividends of digital diplomacy' },
    category: 'priority',
    terms: [zh('數字外交紅利'), en('digital diplomacy dividend', { inflect: true })],
    summary: {
      zh: '论文提出的第四项实践重点是让人民充分享受数字外交红利：随着旅居海外的中国公民增多、海外利益增长，要借助数字技术在全球范围加强风险评估和安全预警，加快海外领事服务的数字化、智能化（§5(4)）。作者还主张加快数字化基础设施建设，并借数字外交引进外部资源、深化与各国的合作、服务国内发展（§5(4)）。',
      en: 'The fourth practice priority in the paper is to let the people fully enjoy the dividends of digital diplomacy: as more Chinese citizens live abroad and overseas interests grow, digital technology should strengthen risk assessment and safety warnings worldwide and make consular services abroad more digital and intelligent (§5(4)). The authors also call for faster building of digital infrastructure and for using digital diplomacy to tap outside resources, deepen cooperation with other countries and serve development at home (§5(4)).',
    },
    sources: [hanWu('5(4)')],
    relations: [related('consular-protection'), related('overseas-interests')],
  },
  {
    id: 'digital-infrastructure',
    name: { zh: '数字化基础设施', en: 'digital infrastructure' },
    category: 'priority',
    terms: [zh('數字化基礎設施'), zh('数字基础设施'), zh('數字基礎設施'), zh('數位基礎建設'), zh('數位基礎設施')],
    summary: {
      zh: '第五部分主张加快数字化基础设施建设，同时打造数字外交的技术工具和产业平台，为数字外交的技术创新和长远发展打好基础（§5(4)）。第三部分把数字设施建设列为各国数字外交不断扩展的议题之一（§3(4)）。',
      en: 'Part 5 calls for faster building of digital infrastructure and of digital diplomacy tools and industrial platforms, as the base for lasting technical innovation in digital diplomacy (§5(4)). Part 3 lists building digital facilities among the widening issues of states’ digital diplomacy (§3(4)).',
    },
    sources: [hanWu('5(4)'), hanWu('3(4)')],
    relations: [related('digital-diplomacy-tools')],
  },
  {
    id: 'interdisciplinary-diplomatic-talent',
    name: { zh: '复合型外交人才', en: 'interdisciplinary diplomatic talent' },
    category: 'priority',
    terms: [
      zh('複合型外交人才'),
      zh('数字外交人才'),
      zh('數字外交人才'),
      en('interdisciplinary talents in diplomacy'),
      en('interdisciplinary diplomatic talents'),
    ],
    summary: {
      zh: '论文提出的第五项实践重点是加强复合型外交人才的培养（§5(5)）。作者认为，未来的外交人才除了具备政治立场、外语交流、理论素养和谈判能力，还需要创新理念、技术能力、团队协作和人格魅力，并主张从战略层面规划数字外交人才的培养，与高校和科研机构合作建立培养基地（§5(5)）。',
      en: 'The fifth practice priority in the paper is to train interdisciplinary diplomatic talent (§5(5)). The authors argue that besides political commitment, foreign languages, theoretical grounding and negotiating skill, future diplomats need innovative thinking, technical ability, teamwork and personal appeal, and they call for a strategic plan to train digital diplomacy staff, with training bases set up with universities and research institutes (§5(5)).',
    },
    sources: [hanWu('5(5)')],
    relations: [],
    facts: [
      fact(
        '5(5)',
        '论文建议与高校和科研机构合办数字外交人才培养基地及数字技术创新孵化基地，并在国家机关之间建立数字外交协作平台和信息共享机制。',
        'The paper proposes training bases for digital-diplomacy staff and incubators for digital innovation, set up with universities and research institutes, and a coordination platform and information-sharing mechanism inside state bodies.',
      ),
    ],
  },
  {
    id: 'new-order-in-international-cyberspace',
    name: { zh: '国际数字空间新秩序', en: 'new order in international cyberspace' },
    category: 'priority',
    terms: [
      zh('國際數字空間新秩序'),
      zh('数字空间新秩序'),
      zh('數字空間新秩序'),
      en('new order in international cyber space'),
      en('new order in international digital space'),
    ],
    summary: {
      zh: '论文提出的第六项实践重点是推动构建公正和谐的国际数字空间新秩序（§5(6)）。作者认为，一些西方国家用技术封锁、战略排挤和经济分化激化对抗，借歪曲“民主人权”的含义给他国贴上污名，中国应通过数字平台宣传人类命运共同体理念，与发展中国家一道为其争取更多数字空间话语权（§5(6)）。结语也主张推动数字空间形成民主、公正、和谐的新秩序（结语）。',
      en: 'The sixth practice priority in the paper is to help build a fair and harmonious new order in international cyberspace (§5(6)). The authors argue that some Western states sharpen confrontation through technology blockades, strategic exclusion and economic division and "stigmatise" others through distorted definitions of democracy and human rights, so China should use digital platforms to promote a community with a shared future for mankind and work with developing countries to win them more voice in digital space (§5(6)). The conclusion likewise calls for a democratic, fair and harmonious new order in digital space (conclusion).',
    },
    sources: [hanWu('5(6)'), hanWu('conclusion')],
    relations: [
      related('community-with-a-shared-future-for-mankind'),
      contrasts('digital-power-politics'),
      related('technology-blockade'),
    ],
  },
  {
    id: 'technology-blockade',
    name: { zh: '技术封锁', en: 'technology blockade' },
    category: 'priority',
    terms: [zh('技術封鎖'), zh('技术打压'), zh('技術打壓'), en('technological blockade', { inflect: true })],
    summary: {
      zh: '论文认为，一些西方国家想用技术封锁、战略排挤和经济分化来激化国际对抗，使发展中国家的国际环境变差（§5(6)）。第五部分第二节主张以自主创新为本、加强数字外交工具研发，顶住并突破西方国家的技术打压（§5(2)）。',
      en: 'The paper holds that some Western states try to sharpen confrontation through technology blockades, strategic exclusion and economic division, worsening the international environment of developing countries (§5(6)). Section 5(2) calls for home-grown innovation and stronger development of diplomatic tools to resist and break through Western technological suppression (§5(2)).',
    },
    sources: [hanWu('5(6)'), hanWu('5(2)')],
    relations: [related('techno-nationalism')],
  },
  {
    id: 'stigmatization',
    name: { zh: '污名化', en: 'stigmatization' },
    category: 'priority',
    terms: [zh('汙名化'), en('stigmatisation')],
    summary: {
      zh: '论文认为，一些西方国家借互联网和国际舆论制造各种谣言，又通过歪曲“民主人权”的含义给其他国家贴上污名，使发展中国家的国际环境变差（§5(6)）。作者主张中国与发展中国家一道，传播作者所说的真正的民主观、人权观和价值观（§5(6)）。',
      en: 'The paper holds that some Western states use the internet and international opinion to spread rumours and "stigmatise" other countries through distorted definitions of democracy and human rights, worsening the international environment of developing countries (§5(6)). The authors want China to work with developing countries to spread what they call true views of democracy, human rights and values (§5(6)).',
    },
    sources: [hanWu('5(6)')],
    relations: [related('disinformation')],
  },
  {
    id: 'community-with-a-shared-future-for-mankind',
    name: { zh: '人类命运共同体', en: 'community with a shared future for mankind' },
    category: 'theory',
    terms: [
      zh('人類命運共同體'),
      en('community with a shared future for humanity'),
      en('community of shared future for mankind'),
      en('community of common destiny'),
    ],
    summary: {
      zh: '论文主张，中国作为最大的发展中国家，应借助数字平台宣传人类命运共同体理念，带动国际社会加强交流合作（§5(6)）。第四部分说线上多边外交的成果凸显了中国构建人类命运共同体的理念与实践（§4）；结语以推动构建人类命运共同体作结（结语）。',
      en: 'The paper holds that China, as the largest developing country, should use digital platforms to promote the idea of a community with a shared future for mankind and lead the international community towards more exchange and cooperation (§5(6)). Part 4 says the results of online multilateral diplomacy highlight China’s idea and practice of building such a community (§4); the conclusion ends on it (conclusion).',
    },
    context: general(
      '“人类命运共同体”是中共十八大以来中国外交倡导的理念，主张各国命运相连、应共同应对全球挑战。',
      'The community with a shared future for mankind is an idea Chinese diplomacy has promoted since the CPC’s 18th National Congress: nations share one fate and should meet global challenges together.',
    ),
    sources: [hanWu('5(6)'), hanWu('4'), hanWu('conclusion')],
    relations: [related('three-global-initiatives')],
  },
];

// Conclusion and the framing notions it rests on
const CONCLUSION: Concept[] = [
  {
    id: 'three-global-initiatives',
    name: { zh: '三大全球倡议', en: 'three global initiatives' },
    category: 'initiative',
    terms: [zh('三大全球倡議')],
    summary: {
      zh: '结语表示，中国将继续为三大全球倡议的落实和人类命运共同体的构建贡献智慧和力量，但没有逐一列出这三项倡议（结语）。论文正文点名的是其中两项：习近平以视频方式提出的全球发展倡议和全球安全倡议（§4）。',
      en: 'The conclusion pledges China’s continued contribution to implementing the three global initiatives and building a community with a shared future for mankind, without naming the three (conclusion). The body of the paper names two of them: the Global Development and Global Security Initiatives, which Xi Jinping put forward by video (§4).',
    },
    context: general(
      '三大全球倡议指全球发展倡议（2021年）、全球安全倡议（2022年）和全球文明倡议（2023年3月）。',
      'The three global initiatives are the Global Development Initiative (2021), the Global Security Initiative (2022) and the Global Civilization Initiative (March 2023).',
    ),
    sources: [hanWu('conclusion'), hanWu('4')],
    relations: [related('community-with-a-shared-future-for-mankind')],
  },
  {
    id: 'changes-unseen-in-a-century',
    name: { zh: '百年大变局', en: 'changes unseen in a century' },
    category: 'theory',
    terms: [
      zh('百年未有之大变局'),
      zh('百年未有之大變局'),
      zh('百年大變局'),
      en('profound changes unseen in a century'),
    ],
    summary: {
      zh: '结语以百年大变局的加速演进作为中国外交面对的时代背景，认为当今世界进入新的动荡变革期（结语）。第五部分认为，数字全球化一面加快百年大变局的演进，一面也在客观上把国际政治推向民主、开放和包容（§5(6)）。',
      en: 'The conclusion sets the accelerating "changes unseen in a century" as the backdrop to Chinese diplomacy and says the world has entered a new period of turbulence and change (conclusion). Part 5 argues that digital globalization speeds these changes while also, objectively, pushing international politics towards democracy, openness and inclusiveness (§5(6)).',
    },
    context: general(
      '“百年未有之大变局”是习近平自2017年前后常用的提法，概括当今国际格局和力量对比的深刻变化。',
      '"Changes unseen in a century" is a phrase Xi Jinping has used regularly since around 2017 for the deep shifts in the international order and balance of power.',
    ),
    sources: [hanWu('conclusion'), hanWu('5(6)')],
    relations: [related('digital-globalization')],
  },
  {
    id: 'digital-globalization',
    name: { zh: '数字全球化', en: 'digital globalization' },
    category: 'theory',
    terms: [zh('數字全球化'), zh('數位全球化'), en('digital globalisation')],
    summary: {
      zh: '第五部分开头认为，数字外交显示了数字全球化所蕴含的巨大能量（§5）。第三部分指出，数字全球化在推进，南北国家在互联网接入和使用上却相差悬殊，二者形成鲜明对比（§3(2)）。第五部分还认为，数字全球化一面加快百年大变局的演进，一面也把国际政治推向民主、开放和包容（§5(6)）。',
      en: 'Part 5 opens by saying digital diplomacy shows the great energy of digital globalization (§5). Part 3 notes the stark contrast between that process and the huge North-South gap in internet access and use (§3(2)). Part 5 also argues that digital globalization speeds the "changes unseen in a century" while pushing international politics towards democracy, openness and inclusiveness (§5(6)).',
    },
    context: general(
      '数字全球化一般指由跨境数据流动、数字平台和数字服务推动的全球化。',
      'Digital globalization generally means globalization driven by cross-border data flows, digital platforms and digital services.',
    ),
    sources: [hanWu('5'), hanWu('3(2)'), hanWu('5(6)')],
    relations: [related('digital-divide')],
  },
];

export const PART2_CONCEPTS: Concept[] = [...CHALLENGES, ...CHINA_PRACTICE, ...PRIORITIES, ...CONCLUSION];
