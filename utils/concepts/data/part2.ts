import { hanWu } from '../outline';
import type { Concept, ConceptTerm, KeyFact, PaperLocation } from '../types';

/**
 * Han & Wu (2024), §3 (challenges), §4 (China's stages and characteristics), §5 (practice priorities) and the
 * conclusion, with the evidence those sections cite. Summaries are our own words; see DEVELOPERS.md.
 */

const zh = (text: string): ConceptTerm => ({ text, lang: 'zh' });
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

/** 首脑外交 in the second paper is the same concept as 元首外交 here. */
const GOV_WEIBO_ABSTRACT: PaperLocation = {
  paper: 'gov-weibo-socializing',
  section: 'abstract',
  heading: { zh: '摘要', en: 'Abstract' },
};

// §3 — the four challenges
const CHALLENGES: Concept[] = [
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
      zh: '指网络系统、数据与账号免受入侵、窃取和破坏的状态与能力。论文指出越来越多国家把它视为核心利益,而社交平台一旦出现漏洞,外交账号和公众政治人物往往首当其冲。维护网络和数字空间安全因此也被列为中国数字外交的实践重点之一。',
      en: 'The protection of networks, data and accounts against intrusion, theft and sabotage. The paper observes that a growing number of states now count it among their core interests, and that flaws in social platforms hit diplomatic accounts and public political figures first. Keeping cyberspace and digital space secure therefore returns as one of the practice priorities for China.',
    },
    sources: [hanWu('3(1)'), hanWu('3'), hanWu('5(3)')],
    relations: [
      { type: 'related', target: 'internet-security-risks' },
      { type: 'related', target: 'security-of-cyberspace-and-digital-space' },
      { type: 'related', target: 'cybercrime' },
      { type: 'related', target: 'cyberattack' },
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
      zh: '论文列出的第一项挑战:网络监管薄弱,使社交媒体上的数据泄露和虚假信息成为数字外交的隐忧。由于各国缺乏监管共识,现有国际规则和外交惯例很难保护在网上活动的政治人物,网络攻击和技术制裁还可能被用作政治斗争的工具。',
      en: 'The first challenge the paper names: weak regulation of the internet turns data leaks and disinformation on social media into a standing threat to digital diplomacy. Because states share no consensus on regulation, existing international rules and diplomatic custom offer little protection to political figures online, and cyberattacks or technical sanctions can become weapons in political feuds.',
    },
    sources: [hanWu('3(1)')],
    relations: [
      { type: 'narrower', target: 'data-breach' },
      { type: 'related', target: 'disinformation' },
      { type: 'related', target: 'social-bots' },
      { type: 'related', target: 'technological-sanctions' },
    ],
    facts: [
      fact(
        '3(1)',
        '联合国秘书长古特雷斯指出,疫情期间对互联网技术的失控使用催生了大批网络犯罪,例如侵入性监控和对公共部门发动的恶意软件攻击。',
        'UN Secretary-General Guterres said uncontrolled use of internet technology during the pandemic produced much cybercrime, including intrusive surveillance and malware attacks on the public sector.',
      ),
      fact(
        '3(1)',
        '2016年美国大选期间,机器人网络劫持平台算法自动推送并复制传播虚假信息,加剧了政治极化。',
        'During the 2016 US presidential election, bot networks hijacked platform algorithms to push and copy disinformation automatically, deepening political polarisation.',
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
      zh: '指用户数据因安全漏洞或黑客入侵而被窃取、出售或公开。论文以推特多次大规模数据泄露为例,说明社交平台上的政治人物和外交账号面临现实的安全风险。',
      en: 'The theft, sale or exposure of user data through security flaws or hacking. The paper cites repeated large-scale breaches at Twitter to show that political figures and diplomatic accounts on social platforms face concrete security risks.',
    },
    sources: [hanWu('3(1)')],
    relations: [{ type: 'broader', target: 'cybersecurity' }],
    facts: [
      fact(
        '3(1)',
        '2018年以来,推特至少发生3次大规模数据泄露,黑客窃取上亿用户数据用于出售或私下共享。',
        'Since 2018 Twitter has suffered at least three large-scale data breaches; hackers stole data on hundreds of millions of users to sell or share privately.',
      ),
    ],
  },
  {
    id: 'cybercrime',
    name: { zh: '网络犯罪', en: 'cybercrime' },
    category: 'challenge',
    terms: [zh('網絡犯罪'), zh('網路犯罪'), en('cyber crime', { inflect: true }), en('cybercrimes')],
    summary: {
      zh: '借助网络实施的犯罪活动,如侵入性监控、恶意软件攻击和数据窃取。论文认为国际竞争和外交斗争加剧会诱发更多网络犯罪,从而抬高数字外交的风险。',
      en: 'Crime committed through networks, such as intrusive surveillance, malware attacks and data theft. The paper argues that sharper international rivalry and diplomatic struggle breed more of it, which raises the risks of digital diplomacy.',
    },
    sources: [hanWu('3(1)'), hanWu('5(3)')],
    relations: [{ type: 'related', target: 'cyberattack' }],
  },
  {
    id: 'cyberattack',
    name: { zh: '网络攻击', en: 'cyberattack' },
    category: 'challenge',
    terms: [zh('網絡攻擊'), zh('網路攻擊'), en('cyberattacks'), en('cyber attack', { inflect: true })],
    summary: {
      zh: '针对网络系统、平台或账号的蓄意破坏和入侵。论文指出,由于缺乏监管共识,网络攻击常被用作派别倾轧和国家恶意竞争的武器,并主张坚决反对出于政治目的的网络攻击与监听。',
      en: 'Deliberate intrusion into or sabotage of networks, platforms or accounts. The paper notes that, absent a regulatory consensus, such attacks are used as weapons in factional and interstate rivalry, and it calls for firm opposition to politically motivated attacks and surveillance.',
    },
    sources: [hanWu('3(1)'), hanWu('5(3)')],
    relations: [{ type: 'related', target: 'cybersecurity' }],
  },
  {
    id: 'technological-sanctions',
    name: { zh: '技术制裁', en: 'technological sanctions' },
    category: 'challenge',
    terms: [zh('技術制裁'), zh('技术性制裁'), zh('技術性制裁'), en('technology sanctions'), en('technical sanctions')],
    summary: {
      zh: '指国家或科技公司以切断技术、服务或平台账号的方式施加惩罚。论文以2021年各大社交平台封禁时任美国总统账号为例,认为此举政治含义虽有争议,却暴露出网络空间内在的无序。',
      en: 'Punishment imposed by states or technology companies by cutting off technology, services or platform accounts. Citing the 2021 suspension of the sitting US president by the major platforms, the paper calls the political meaning contested but says it exposed the disorder built into cyberspace.',
    },
    sources: [hanWu('3(1)')],
    relations: [{ type: 'related', target: 'cyberattack' }],
    facts: [
      fact(
        '3(1)',
        '2021年,以涉嫌煽动国会暴乱为由,推特、脸书等15家以上社交平台对特朗普(时任美国总统)及相关账号实施永久封停或其他限制。',
        'In 2021 more than 15 social platforms, Twitter and Facebook among them, permanently suspended or otherwise restricted President Trump and linked accounts over the Capitol riot.',
      ),
    ],
  },
  {
    id: 'differences-in-technology-application',
    name: { zh: '技术应用差异', en: 'differences in technology application' },
    category: 'challenge',
    terms: [zh('技術應用差異')],
    summary: {
      zh: '论文列出的第二项挑战:南北国家在互联网接入、使用成本和数字创新能力上的差距不断拉大,加剧国际发展的不平等。作者认为,开展数字外交的能力差距会影响国际话语权的再分配,使国际政治经济秩序更不公平。',
      en: 'The second challenge in the paper: the gap between North and South in internet access, cost of use and capacity to innovate keeps widening and deepens unequal development. The authors hold that unequal capacity for digital diplomacy will reshape how discourse power is shared out, making the international political and economic order less fair.',
    },
    sources: [hanWu('3(2)')],
    relations: [
      { type: 'narrower', target: 'digital-divide' },
      { type: 'related', target: 'discourse-power' },
    ],
  },
  {
    id: 'digital-divide',
    name: { zh: '数字鸿沟', en: 'digital divide' },
    category: 'challenge',
    terms: [zh('數字鴻溝'), zh('數位鴻溝'), zh('數位落差'), en('digital divides')],
    summary: {
      zh: '指不同国家和地区在接入与使用数字技术上的差距。论文用覆盖率和资费数据说明这一差距,并预计随着人工智能、元宇宙等技术门槛抬高、市场趋于垄断,发达国家与发展中国家之间的鸿沟还会继续扩大。',
      en: 'The gap between countries and regions in access to and use of digital technology. The paper documents it with coverage and price figures and expects it to widen further as AI and the metaverse raise the bar for innovation and digital markets drift toward monopoly.',
    },
    sources: [hanWu('3(2)'), hanWu('3(3)')],
    relations: [
      { type: 'related', target: 'un-broadband-commission' },
      { type: 'related', target: 'techno-nationalism' },
    ],
    facts: [
      fact(
        '3(2)',
        '互联网覆盖率:全球平均66%,北美95%,非洲35%。',
        'Average internet coverage is 66% worldwide, 95% in North America and only 35% in Africa.',
      ),
      fact(
        '3(2)',
        '全球仍有约27亿人无法上网,约占全球人口的37%。',
        'About 2.7 billion people, roughly 37% of the world population, still cannot get online.',
      ),
      fact(
        '3(2)',
        '在最不发达国家,每月2G基准移动宽带套餐约占平均收入的6%,约为全球1.5%标准的四倍;47%的离线人口负担不起相关服务费用。',
        'In the least developed countries a basic 2 GB monthly mobile-broadband plan costs about 6% of average income, some four times the 1.5% global benchmark; 47% of their offline population cannot afford the service.',
      ),
    ],
  },
  {
    id: 'un-broadband-commission',
    name: { zh: '联合国宽带委员会', en: 'UN Broadband Commission' },
    category: 'institution',
    terms: [zh('聯合國寬帶委員會'), zh('聯合國寬頻委員會'), en('Broadband Commission for Sustainable Development')],
    summary: {
      zh: '联合国框架下推动宽带普及的机构,设定了上网费用的可负担目标。论文引用它的目标来说明最不发达国家上网成本之高。',
      en: 'A UN body that promotes broadband access and sets a target for affordable connectivity. The paper uses that target to show how expensive getting online remains in the least developed countries.',
    },
    sources: [hanWu('3(2)')],
    relations: [],
    facts: [
      fact(
        '3(2)',
        '在全部最不发达国家中,仅有两国达到联合国宽带委员会提出的2%可负担标准。',
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
      zh: '指围绕数字技术、平台和规则展开的地缘政治较量。论文认为,在这种竞争中一国数字外交能力的强弱会影响话语权的分配,而一旦演变为基于数字地缘的零和博弈,国际数字合作的基础就会遭到破坏。',
      en: 'Geopolitical rivalry over digital technology, platforms and rules. The paper argues that in this contest the strength of a state’s digital diplomacy shapes its share of discourse power, and that if it turns into a zero-sum game the basis for international digital cooperation will erode.',
    },
    sources: [hanWu('3(2)'), hanWu('3(4)')],
    relations: [
      { type: 'related', target: 'techno-nationalism' },
      { type: 'related', target: 'digital-order' },
    ],
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
      zh: '论文列出的第三项挑战:以维护本国技术领先为名收紧合作、限制共享、加强进出口管制的保守思潮,在美欧国家兴起。作者认为它把经济科技问题政治化,使外交更重视捍卫数字主权和数字利益,也意味着更强烈的竞争和更频繁的冲突。',
      en: 'The third challenge in the paper: a protectionist current in the US and Europe that tightens cooperation, restricts sharing and toughens export controls to keep a national lead in key technologies. The authors see it politicising economic and technological questions, pushing diplomacy toward defending digital sovereignty and interests, and bringing sharper rivalry and more frequent conflict.',
    },
    sources: [hanWu('3(3)')],
    relations: [
      { type: 'narrower', target: 'small-yard-high-fence' },
      { type: 'related', target: 'pan-securitization' },
      { type: 'related', target: 'digital-sovereignty' },
    ],
  },
  {
    id: 'small-yard-high-fence',
    name: { zh: '小院高墙', en: 'small yard, high fence' },
    category: 'challenge',
    terms: [zh('小院高牆'), en('small yard and high fence'), en('small yard high fence')],
    summary: {
      zh: '指把少数关键技术圈起来严加封锁的技术管制思路。论文将其视为技术民族主义的典型做法,认为它和打造“平行世界”一样,会把全球供应链人为切断,损害国际合作。',
      en: 'A technology-control approach that fences off a small set of critical technologies under tight restrictions. The paper treats it as a typical move of techno-nationalism that, like building “parallel worlds”, artificially splits global supply chains and damages international cooperation.',
    },
    sources: [hanWu('3(3)')],
    relations: [{ type: 'related', target: 'pan-securitization' }],
  },
  {
    id: 'pan-securitization',
    name: { zh: '泛安全化', en: 'pan-securitization' },
    category: 'challenge',
    terms: [en('pan-securitisation')],
    summary: {
      zh: '指把正常的经济和技术往来无限上升为国家安全问题。论文认为美国以此对待新兴国家的数字技术发展,借安全之名遏制他国。',
      en: 'Treating ordinary economic and technological exchange as a matter of national security without limit. The paper says the US applies this framing to the digital progress of emerging countries in order to contain them.',
    },
    sources: [hanWu('3(3)')],
    relations: [{ type: 'related', target: 'pan-ideologization' }],
  },
  {
    id: 'pan-ideologization',
    name: { zh: '泛意识形态化', en: 'pan-ideologization' },
    category: 'challenge',
    terms: [zh('泛意識形態化'), en('pan-ideologisation')],
    summary: {
      zh: '指把技术和经济问题一概贴上意识形态标签。论文认为这种做法煽动互联网上的意识形态对立,是技术民族主义的表现之一。',
      en: 'Labelling technological and economic questions across the board in ideological terms. The paper sees it as one face of techno-nationalism that stirs up ideological confrontation online.',
    },
    sources: [hanWu('3(3)')],
    relations: [{ type: 'related', target: 'techno-nationalism' }],
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
      zh: '指为网络空间制定并执行规则、规范和机制的过程。论文的第四项挑战指出,治理网络、构建数字秩序是一项艰巨任务,各国在技术规则、平台管理和基础设施上的外交议题越来越多。作者主张中国带动发展中国家参与全球网络治理。',
      en: 'The making and enforcing of rules, norms and mechanisms for cyberspace. The paper’s fourth challenge is that governing the network and building a digital order are arduous, as the agenda widens to technical rules, platform control and infrastructure. The authors want China to bring developing countries into global cyber governance.',
    },
    sources: [hanWu('3(4)'), hanWu('5(2)')],
    relations: [
      { type: 'related', target: 'digital-order' },
      { type: 'related', target: 'non-state-actors' },
    ],
  },
  {
    id: 'digital-order',
    name: { zh: '数字秩序', en: 'digital order' },
    category: 'challenge',
    terms: [zh('數字秩序'), zh('數位秩序')],
    summary: {
      zh: '指数字领域的规则、标准和权力格局。论文认为美国在全球数字秩序构建中意在主导价值和规范,并排挤新兴市场国家,使各国开展数字外交的环境趋于严峻。',
      en: 'The rules, standards and distribution of power in the digital domain. The paper argues that the US seeks to lead its values and norms and to squeeze out emerging markets, which makes the environment for everyone’s digital diplomacy harsher.',
    },
    sources: [hanWu('3(4)')],
    relations: [
      { type: 'narrower', target: 'new-order-in-international-cyberspace' },
      { type: 'related', target: 'bureau-of-cyberspace-and-digital-policy' },
    ],
    facts: [
      fact(
        '3(4)',
        '该局聚焦三大领域(国家网络安全、信息经济、数字技术),并联合盟友为新兴数字技术制定国际规范和标准。',
        'The US Bureau of Cyberspace and Digital Policy concentrates on national cybersecurity, the information economy and digital technology, and works with allies on international norms and standards for emerging technology.',
      ),
    ],
  },
  {
    id: 'five-pillars-of-us-diplomatic-modernization',
    name: { zh: '美国外交现代化五大支柱', en: 'five pillars of US diplomatic modernization' },
    category: 'initiative',
    terms: [zh('美國外交現代化五大支柱')],
    summary: {
      zh: '美国国务卿布林肯2021年提出的外交现代化方案所依托的五个领域。论文以此说明美国正把新兴数字领域作为外交重点,并打算提升这些领域的技术和专业能力。',
      en: 'The five fields on which Secretary of State Blinken based his 2021 plan to modernise American diplomacy. The paper uses them to show that the US is making emerging digital fields a diplomatic priority and building technical expertise in them.',
    },
    sources: [hanWu('3(4)')],
    relations: [{ type: 'related', target: 'bureau-of-cyberspace-and-digital-policy' }],
    facts: [
      fact(
        '3(4)',
        '布林肯2021年所列五大支柱:气候行动;全球卫生;网络安全;新兴技术;多边外交。',
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
      zh: '指机器学习、虚拟技术和远程操控等被用作攻击手段时的形态。论文在第三部分结尾提醒,这类技术对国际竞争、全球权力结构和财富分配的冲击仍有待观察。',
      en: 'Machine learning, virtual technology and remote control when turned into means of attack. Closing its discussion of challenges, the paper warns that their effect on international competition, the global power structure and the distribution of wealth is still to be seen.',
    },
    sources: [hanWu('3')],
    relations: [{ type: 'related', target: 'cyberattack' }],
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
      zh: '论文划分的中国数字外交第一阶段,大致从20世纪末到21世纪初。这一时期的主要表现是中国第一代网民在互联网上集中表达朴素而强烈的爱国情感。',
      en: 'The first of the three stages the paper identifies, running roughly from the late 1990s into the early 2000s. It was marked above all by China’s first generation of internet users voicing a simple but strong patriotism online.',
    },
    sources: [hanWu('4')],
    relations: [{ type: 'related', target: 'second-stage-of-chinas-digital-diplomacy' }],
  },
  {
    id: 'second-stage-of-chinas-digital-diplomacy',
    name: { zh: '中国数字外交第二阶段', en: "second stage of China's digital diplomacy" },
    category: 'china-practice',
    terms: [zh('中國數字外交第二階段')],
    summary: {
      zh: '论文以党的十八大(2012年)作为第二阶段的重要标志。此时各国普遍重视虚拟社交网络的作用,中国也意识到网络空间已是国际意识形态较量的前线。',
      en: 'The paper dates the second stage from the 18th National Congress of the Communist Party of China (2012). By then states everywhere had woken up to social networks, and China recognised the internet as a front line of international ideological struggle.',
    },
    sources: [hanWu('4')],
    relations: [{ type: 'related', target: 'third-stage-of-chinas-digital-diplomacy' }],
  },
  {
    id: 'third-stage-of-chinas-digital-diplomacy',
    name: { zh: '中国数字外交第三阶段', en: "third stage of China's digital diplomacy" },
    category: 'china-practice',
    terms: [zh('中國數字外交第三階段')],
    summary: {
      zh: '论文认为新冠疫情的暴发直接加速了第三阶段的到来,其突出表现是高规格的元首外交和重大多边外交活动在线举行。面对网上涉华舆论压力,中国通过数字平台解释防疫政策、回应不实报道,数字外交由此成为参与多边合作和推动全球发展的重要手段。',
      en: 'According to the paper, the COVID-19 outbreak brought on the third stage, whose hallmark is head-of-state diplomacy and major multilateral meetings held online. Under heavy online criticism, China used digital platforms to explain its epidemic policy and answer untrue reports, and digital diplomacy became an important tool for multilateral cooperation and global development.',
    },
    sources: [hanWu('4')],
    relations: [
      { type: 'related', target: 'head-of-state-diplomacy' },
      { type: 'related', target: 'high-standards-supplemented-by-high-frequency' },
    ],
  },
  {
    id: 'high-standards-supplemented-by-high-frequency',
    name: { zh: '高规格辅以高频率', en: 'high standards supplemented by high frequency' },
    category: 'china-practice',
    terms: [zh('高規格輔以高頻率')],
    summary: {
      zh: '论文总结的中国数字外交第一个特色:最高领导人频繁以视频方式出席重大多边活动,规格高、次数多。作者认为这些线上元首外交成果显著,使中国的倡议在数字空间得到广泛传播。',
      en: 'The first characteristic the paper sees in China’s digital diplomacy: the top leader appears by video at major multilateral events, at the highest level and very often. The authors credit this online head-of-state diplomacy with notable results and with carrying China’s initiatives across digital space.',
    },
    sources: [hanWu('4')],
    relations: [
      { type: 'related', target: 'head-of-state-diplomacy' },
      { type: 'related', target: 'video-summit' },
    ],
    facts: [
      fact(
        '4',
        '习近平于2020年3月通过视频出席G20领导人应对新冠肺炎特别峰会并发表讲话,这是疫情发生后他参加的第一场重大多边外交活动。',
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
    terms: [zh('首脑外交'), zh('首腦外交'), en('summit diplomacy')],
    summary: {
      zh: '由国家元首或政府首脑亲自开展的最高层级外交。论文认为疫情后中国的元首外交大量转到线上,成为中国数字外交最醒目的特色。第二篇论文则认为,微博正推动传统的首脑外交向人格化的政府公共社交化外交转型。',
      en: 'Diplomacy conducted in person by heads of state or government, the highest level there is. Han and Wu show it moving online on a large scale after the pandemic, which makes it the most visible feature of China’s digital diplomacy. The second paper argues that Weibo is shifting this traditional summit-level diplomacy toward a personalised public socializing of governments.',
    },
    sources: [hanWu('4'), GOV_WEIBO_ABSTRACT],
    relations: [{ type: 'related', target: 'video-summit' }],
  },
  {
    id: 'high-level-dialogue-on-global-development',
    name: { zh: '全球发展高层对话会', en: 'High-level Dialogue on Global Development' },
    category: 'event',
    terms: [zh('全球發展高層對話會')],
    summary: {
      zh: '2022年由中国以视频方式主持的多边对话会议,主题是推动全球发展合作。论文把它列为习近平“数字身影”出现的重大多边活动之一。',
      en: 'A multilateral meeting on global development cooperation that China hosted by video in 2022. The paper lists it among the major multilateral events at which Xi Jinping appeared on screen.',
    },
    sources: [hanWu('4')],
    relations: [{ type: 'related', target: 'global-development-initiative' }],
  },
  {
    id: 'global-development-initiative',
    name: { zh: '全球发展倡议', en: 'Global Development Initiative' },
    category: 'initiative',
    terms: [zh('全球發展倡議'), en('GDI', { caseSensitive: true })],
    summary: {
      zh: '习近平以视频方式在第76届联合国大会一般性辩论上提出的倡议,着眼于推动全球共同发展。论文以它说明中国借助线上元首外交在数字空间发出自己的声音,它也是三大全球倡议之一。',
      en: 'An initiative for shared global development that Xi Jinping put forward by video at the general debate of the 76th UN General Assembly. The paper uses it to show China making its voice heard in digital space through online summitry, and it is one of the three global initiatives.',
    },
    sources: [hanWu('4'), hanWu('conclusion')],
    relations: [{ type: 'broader', target: 'three-global-initiatives' }],
    facts: [
      fact(
        '4',
        '2021年,第76届联合国大会一般性辩论上以视频方式提出。',
        'Proposed by video at the 76th UN General Assembly general debate, 2021.',
      ),
    ],
  },
  {
    id: 'global-security-initiative',
    name: { zh: '全球安全倡议', en: 'Global Security Initiative' },
    category: 'initiative',
    terms: [zh('全球安全倡議'), en('GSI', { caseSensitive: true })],
    summary: {
      zh: '习近平以视频方式在博鳌亚洲论坛2022年年会上提出的倡议,主张共同、综合、合作、可持续的安全。论文把它与全球发展倡议并列,作为线上元首外交的代表性成果,它也是三大全球倡议之一。',
      en: 'An initiative on common, comprehensive, cooperative and sustainable security that Xi Jinping announced by video at the Boao Forum for Asia in 2022. The paper pairs it with the Global Development Initiative as a showcase of online head-of-state diplomacy, and it is one of the three global initiatives.',
    },
    sources: [hanWu('4'), hanWu('conclusion')],
    relations: [{ type: 'broader', target: 'three-global-initiatives' }],
    facts: [
      fact(
        '4',
        '2022年,在博鳌亚洲论坛年会上以视频方式提出。',
        'Proposed by video at the Boao Forum for Asia annual conference, 2022.',
      ),
    ],
  },
  {
    id: 'online-offline-mutual-reinforcement',
    name: { zh: '线上线下相辅相成', en: 'online-offline mutual reinforcement' },
    category: 'china-practice',
    terms: [zh('線上線下相輔相成')],
    summary: {
      zh: '论文总结的第二个特色:线下外交活动与线上传播相互补充,使公共外交方式不断创新。北京冬奥会和外交部门在社交媒体上发布的各类图文视频被用作例证,这种结合被称为混合外交。',
      en: 'The second characteristic in the paper: offline diplomatic events and online communication complement each other, renewing the methods of public diplomacy. The Beijing Winter Olympics and the foreign-affairs departments’ image and video posts serve as examples, and the combination is called hybrid diplomacy.',
    },
    sources: [hanWu('4')],
    relations: [
      { type: 'related', target: 'hybrid-diplomacy' },
      { type: 'related', target: 'public-diplomacy' },
    ],
  },
  {
    id: 'hybrid-diplomacy',
    name: { zh: '混合外交', en: 'hybrid diplomacy' },
    category: 'china-practice',
    terms: [],
    summary: {
      zh: '指把实体的线下外交与虚拟的线上外交结合起来、相互补充和赋能的方式。论文用它概括中国数字外交线上线下相辅相成的特色,并认为这种融合推动中国数字外交进入新阶段。',
      en: 'A way of combining physical, offline diplomacy with virtual, online diplomacy so that each supports and strengthens the other. The paper uses the term to sum up how China pairs online and offline practice, and sees the blend moving its digital diplomacy into a new stage.',
    },
    sources: [hanWu('4')],
    relations: [
      { type: 'related', target: 'virtual-diplomacy' },
      { type: 'related', target: 'beijing-2022-winter-olympics' },
    ],
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
      zh: '论文把2022年北京冬奥会视为一场主场公共外交:场馆、赛事管理、转播和评判大量运用绿色与数字技术,向世界展示创新、现代、友好的中国形象。作者认为它把体育与数字外交结合起来,推动中国数字外交进入新阶段。',
      en: 'The paper treats the 2022 Beijing Winter Olympics as home-ground public diplomacy: venues, event management, broadcasting and judging drew heavily on green and digital technology to present an innovative, modern and friendly China. The authors say it joined sport with digital diplomacy and opened a new stage for it.',
    },
    sources: [hanWu('4')],
    relations: [{ type: 'related', target: 'public-diplomacy' }],
  },
  {
    id: 'public-diplomacy',
    name: { zh: '公共外交', en: 'public diplomacy' },
    category: 'theory',
    // 公眾外交 is the usual Taiwan and Hong Kong wording.
    terms: [{ text: '公眾外交', lang: 'zh' }],
    summary: {
      zh: '指政府面向外国公众而非外国政府开展的沟通与交流,以争取理解和好感。论文把公共外交视为中国数字外交的主要场域,认为线上线下结合使其方式不断创新。',
      en: 'Communication aimed at foreign publics rather than foreign governments, meant to win understanding and goodwill. The paper treats it as the main arena of China’s digital diplomacy and says online-offline blending keeps renewing its methods.',
    },
    sources: [hanWu('4')],
    relations: [
      { type: 'related', target: 'soft-power' },
      { type: 'related', target: 'new-media-diplomacy' },
    ],
  },
  {
    id: 'rebutting-falsehoods-about-china',
    name: { zh: '批驳涉华舆论谎言', en: 'rebutting falsehoods about China' },
    category: 'china-practice',
    terms: [zh('批駁涉華輿論謊言')],
    summary: {
      zh: '论文总结的第三个特色:中国政府借数字平台反驳“中国威胁论”等涉华谬论,纠正国际舆论,并主动引领国际议题设置。作者举出建党百年的系列推文、涉疆话题和揭露阿富汗人权劣迹等例子。',
      en: 'The third characteristic in the paper: the Chinese government uses digital platforms to refute claims such as the “China threat theory”, correct international opinion and take the lead in setting the international agenda. The examples include posts for the Party’s centenary, regular topics on Xinjiang and posts exposing abuses in Afghanistan.',
    },
    sources: [hanWu('4')],
    relations: [
      { type: 'related', target: 'international-agenda-setting' },
      { type: 'related', target: 'china-threat-theory' },
      { type: 'related', target: 'disinformation' },
    ],
    facts: [
      fact(
        '4',
        '外交部就习近平在中共建党100周年庆祝大会上的讲话发布了1000多条推文。',
        'Around Xi Jinping’s speech at the CPC centenary celebration, the foreign ministry published more than a thousand online posts.',
      ),
      fact(
        '4',
        '外交部在推特上持续设置介绍新疆发展的话题,以回应有关新疆的负面报道;并以图文形式曝光美、澳军人在阿富汗等地侵犯人权的行为。',
        'The foreign ministry ran regular topics on Twitter about development in Xinjiang in answer to negative coverage, and used images and text to expose abuses by US and Australian soldiers in Afghanistan.',
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
      zh: '指主动决定国际社会讨论什么、怎样讨论的能力。论文认为中国通过数字外交反驳涉华谬论、抢占话语权,正在引领国际议题设置,并主张今后进一步参与引导国际涉华议题。',
      en: 'The ability to decide what the international community talks about and how. The paper holds that by refuting false claims and seizing the initiative online, China is leading the international agenda, and it urges China to help steer international debate on China-related issues further.',
    },
    sources: [hanWu('4'), hanWu('5(2)')],
    relations: [{ type: 'related', target: 'discourse-power' }],
  },
  {
    id: 'china-threat-theory',
    name: { zh: '中国威胁论', en: 'China threat theory' },
    category: 'theory',
    terms: [zh('中國威脅論'), en('China threat')],
    summary: {
      zh: '把中国崛起描绘为对他国威胁的论调。论文认为它是在西方反华势力鼓噪下发酵的涉华谬论,中国借助数字外交予以批驳。',
      en: 'The claim that China’s rise is a threat to other countries. The paper calls it a false narrative whipped up by anti-China forces in the West, which China answers through digital diplomacy.',
    },
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
      zh: '外交部在建党百年之际通过数字平台推出的系列内容,每天讲述一个中国共产党对外交往的故事。论文把它作为中国主动设置议题、讲述自身历史的例子。',
      en: 'A series the foreign ministry ran on digital platforms for the Party’s centenary, telling one story a day about the CPC’s foreign relations. The paper cites it as an example of China setting the agenda and telling its own history.',
    },
    sources: [hanWu('4')],
    relations: [{ type: 'related', target: 'rebutting-falsehoods-about-china' }],
    facts: [
      fact('4', '2021年建党百年之际推出。', 'Launched in 2021 for the centenary of the Communist Party of China.'),
    ],
  },
  {
    id: 'increasingly-diverse-styles-and-methods',
    name: { zh: '风格方式日趋多元', en: 'increasingly diverse styles and methods' },
    category: 'china-practice',
    terms: [zh('風格方式日趨多元')],
    summary: {
      zh: '论文总结的第四个特色:中国外交部门把数字平台当作外交资源,以地道的外语、轻松的叙事和简洁的影像面向全球公众传播。外交官在网上打造生动的个人形象,扭转了公众对官方外交的刻板看法,也增强了软实力。',
      en: 'The fourth characteristic in the paper: foreign-affairs departments treat digital platforms as a diplomatic resource and reach global audiences with idiomatic English, a relaxed narrative voice and crisp visuals. Diplomats build lively personal profiles online, which changes stereotypes of official diplomacy and adds to soft power.',
    },
    sources: [hanWu('4')],
    relations: [
      { type: 'related', target: 'soft-power' },
      { type: 'related', target: 'chinas-story' },
      { type: 'related', target: 'digital-image' },
    ],
  },
  {
    id: 'chinas-story',
    name: { zh: '中国故事', en: "China's story" },
    category: 'china-practice',
    terms: [zh('中國故事'), en("China's stories"), en('China story', { inflect: true })],
    summary: {
      zh: '指以真实、朴素的个人和社会经历向外界介绍中国。论文认为,用外国公众听得懂、听得进、信得过的方式讲述中国故事,能把它变成国际叙事和共识,是融通中外、赢得人心的手段。',
      en: 'Presenting China to the world through real, plain accounts of people and society. The paper argues that told in a language, manner and content foreign audiences understand and trust, such stories can become part of the international narrative and win hearts.',
    },
    sources: [hanWu('4')],
    relations: [{ type: 'related', target: 'public-diplomacy' }],
  },
  {
    id: 'serving-the-people',
    name: { zh: '为民服务', en: 'serving the people' },
    category: 'china-practice',
    terms: [zh('為民服務')],
    summary: {
      zh: '论文总结的第五个特色:以人为本、为民服务是中国外交历久弥新的底色。数字技术显著提升了领事保护能力,疫情期间驻外使馆借助数字平台发放物资、开通援助热线并安排回国运力。',
      en: 'The fifth characteristic in the paper: putting people first and serving them is the lasting keynote of Chinese diplomacy. Digital tools have markedly strengthened consular protection; during the pandemic embassies used them to hand out supplies, open help lines and arrange journeys home.',
    },
    sources: [hanWu('4')],
    relations: [
      { type: 'related', target: 'diplomacy-for-the-people' },
      { type: 'related', target: 'consular-protection' },
    ],
  },
  {
    id: 'consular-protection',
    name: { zh: '领事保护', en: 'consular protection' },
    category: 'china-practice',
    terms: [zh('領事保護')],
    summary: {
      zh: '指一国驻外机构维护本国公民和法人在海外合法权益与安全的工作。论文认为数字技术大大增强了中国的领事保护能力,并主张进一步用数字手段做好风险评估和安全预警。',
      en: 'The work of a state’s missions abroad to protect the safety and lawful rights of its citizens and companies overseas. The paper finds that digital technology has greatly strengthened China’s consular protection and calls for digital risk assessment and early warning.',
    },
    sources: [hanWu('4'), hanWu('5(4)')],
    relations: [
      { type: 'related', target: 'overseas-interests' },
      { type: 'narrower', target: '12308-hotline' },
      { type: 'related', target: 'digital-consular-services' },
    ],
    facts: [
      fact(
        '4',
        '疫情中,中国驻外使馆为受冲击的本国公民分发防疫物资,设立援助热线,并安排交通帮助有需要者回国。',
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
      zh: '中国外交部的全球领事保护与服务应急呼叫热线,海外中国公民遇险时可拨打求助。论文把它与“中国领事”“领事直通车”并列,作为数字化领事服务的代表。',
      en: 'The Chinese foreign ministry’s global emergency line for consular protection and services, which Chinese citizens abroad can call when in trouble. The paper lists it with “China Consular” and “Consular Express” as examples of digital consular services.',
    },
    sources: [hanWu('4')],
    relations: [{ type: 'related', target: 'digital-consular-services' }],
  },
  {
    id: 'consular-express',
    name: { zh: '领事直通车', en: 'Consular Express' },
    category: 'institution',
    terms: [zh('領事直通車')],
    summary: {
      zh: '中国外交部面向公众发布领事信息和安全提醒的官方渠道。论文把它列为近年开通的数字化领事服务平台之一。',
      en: 'An official channel of the Chinese foreign ministry that publishes consular information and safety alerts. The paper lists it among the digital consular service platforms launched in recent years.',
    },
    sources: [hanWu('4')],
    relations: [{ type: 'related', target: 'digital-consular-services' }],
  },
  {
    id: 'digital-consular-services',
    name: { zh: '数字化领事服务', en: 'digital consular services' },
    category: 'china-practice',
    terms: [
      zh('數字領事服務'),
      zh('數字化領事服務'),
      zh('数字领事服务'),
      zh('中国领事APP'),
      zh('中國領事APP'),
      en('China Consular app'),
    ],
    summary: {
      zh: '指借助数字平台和工具提供的领事服务,例如网上办理证件、通过视频办理公证、移动支付,以及各国间互认健康码。论文认为这类服务从海外公民的实际需要出发,是中国数字外交中最有温度的部分。',
      en: 'Consular services delivered through digital platforms and tools, such as online document processing, video notarisation, mobile payment and mutual recognition of health codes. The paper sees them as starting from what citizens abroad actually need, and as the warmest part of China’s digital diplomacy.',
    },
    sources: [hanWu('4'), hanWu('5(4)')],
    relations: [{ type: 'related', target: 'diplomacy-for-the-people' }],
  },
  {
    id: 'diplomacy-for-the-people',
    name: { zh: '外交为民', en: 'diplomacy for the people' },
    category: 'china-practice',
    terms: [zh('外交為民')],
    summary: {
      zh: '中国外交以服务本国人民为根本遵循的宗旨。论文认为数字化领事保护和外交服务是这一宗旨的具体体现,并把让人民享受数字外交红利列为实践重点。',
      en: 'The principle that Chinese diplomacy exists, at root, to serve its own people. The paper sees digital consular protection and services as this principle at work, and makes letting the people enjoy the dividends of digital diplomacy one of its priorities.',
    },
    sources: [hanWu('4'), hanWu('5(4)'), hanWu('conclusion')],
    relations: [{ type: 'related', target: 'dividends-of-digital-diplomacy' }],
  },
  {
    id: 'major-country-diplomacy-with-chinese-characteristics',
    name: { zh: '中国特色大国外交', en: 'major-country diplomacy with Chinese characteristics' },
    category: 'theory',
    terms: [zh('中國特色大國外交'), en('major-country diplomacy')],
    summary: {
      zh: '中国对新时代自身外交的总体定位。论文把数字外交看作其中重要的一环,认为它扩大了中国外交的影响。',
      en: 'China’s overall label for its diplomacy in the present era. The paper treats digital diplomacy as an important part of it and as a way of widening its reach.',
    },
    sources: [hanWu('5'), hanWu('4'), hanWu('conclusion')],
    relations: [{ type: 'narrower', target: 'digital-diplomacy-with-chinese-characteristics' }],
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
      zh: '论文对中国数字外交道路的概括,也是全文的落脚点。作者提出六项实践重点:发展数字经济和技术、塑造前沿议程、维护网络和数字空间安全、让人民享受红利、培养复合型人才、构建国际数字空间新秩序。',
      en: 'The paper’s name for China’s own path in digital diplomacy and the point its argument builds to. The authors set six practice priorities: grow the digital economy and technology, shape the frontier agenda, secure cyberspace and digital space, let the people share the dividends, train interdisciplinary diplomats and build a new order in international cyberspace.',
    },
    sources: [hanWu('5'), hanWu('4')],
    relations: [
      { type: 'broader', target: 'digital-diplomacy' },
      { type: 'narrower', target: 'developing-the-digital-economy-and-digital-technology' },
      { type: 'narrower', target: 'frontier-agenda-of-digital-diplomacy' },
      { type: 'narrower', target: 'security-of-cyberspace-and-digital-space' },
      { type: 'narrower', target: 'dividends-of-digital-diplomacy' },
      { type: 'narrower', target: 'interdisciplinary-diplomatic-talent' },
      { type: 'narrower', target: 'new-order-in-international-cyberspace' },
    ],
  },
  {
    id: 'developing-the-digital-economy-and-digital-technology',
    name: { zh: '大力发展数字经济和数字技术', en: 'developing the digital economy and digital technology' },
    category: 'priority',
    terms: [zh('大力發展數字經濟和數字技術')],
    summary: {
      zh: '论文提出的第一项实践重点。作者认为数字外交离不开先进技术和国家实力,因此要依托数字产业化和产业数字化打造有国际竞争力的产业集群,为数字外交提供物质基础。',
      en: 'The first practice priority in the paper. Digital diplomacy, the authors argue, rests on advanced technology and national strength, so China should build internationally competitive industry clusters through digital industrialization and industrial digitalization as its material base.',
    },
    sources: [hanWu('5(1)')],
    relations: [
      { type: 'related', target: 'digital-economy' },
      { type: 'related', target: 'digital-industrialization' },
      { type: 'related', target: 'industrial-digitalization' },
    ],
  },
  {
    id: 'digital-economy',
    name: { zh: '数字经济', en: 'digital economy' },
    category: 'priority',
    terms: [zh('數字經濟'), zh('數位經濟'), en('digital economies')],
    summary: {
      zh: '以数据和数字技术为关键要素的经济形态。论文把它视为中国经济高质量发展的核心引擎和国家实力的根本保障,也是数字外交开展国际对话与合作的框架。',
      en: 'An economy in which data and digital technology are the key inputs. The paper calls it the core engine of China’s high-quality growth and the foundation of national strength, and the framework within which digital diplomacy opens room for dialogue and cooperation.',
    },
    sources: [hanWu('5(1)')],
    relations: [],
  },
  {
    id: 'digital-industrialization',
    name: { zh: '数字产业化', en: 'digital industrialization' },
    category: 'priority',
    terms: [zh('數字產業化'), zh('數位產業化'), en('digital industrialisation')],
    summary: {
      zh: '指把数字技术本身发展为产业,如软件、通信和数据服务。论文把它与产业数字化并列,作为发展数字经济、夯实数字外交物质基础的路径。',
      en: 'Turning digital technology itself into industries such as software, telecoms and data services. The paper pairs it with industrial digitalization as the route to a stronger digital economy and a firmer material base for digital diplomacy.',
    },
    sources: [hanWu('5(1)')],
    relations: [{ type: 'related', target: 'industrial-digitalization' }],
  },
  {
    id: 'industrial-digitalization',
    name: { zh: '产业数字化', en: 'industrial digitalization' },
    category: 'priority',
    terms: [zh('產業數字化'), zh('產業數位化'), en('industrial digitalisation'), en('digitalization of industry')],
    summary: {
      zh: '指传统产业运用数字技术改造生产和经营。论文认为它能提高资源配置效率、增加产品附加值并加快产业升级。',
      en: 'The use of digital technology to transform production and business in existing industries. The paper expects it to allocate resources more efficiently, add value to products and speed up industrial upgrading.',
    },
    sources: [hanWu('5(1)')],
    relations: [],
  },
  {
    id: 'frontier-agenda-of-digital-diplomacy',
    name: { zh: '数字外交前沿议程', en: 'frontier agenda of digital diplomacy' },
    category: 'priority',
    terms: [zh('數字外交前沿議程')],
    summary: {
      zh: '论文提出的第二项实践重点是积极塑造数字外交前沿议程。具体包括:追踪前沿技术、自主研发数字外交工具;鼓励本国企业建设有国际影响力的数字平台;推动建立数字外交的国际规范,增强中国在数字空间的发言权。',
      en: 'The second practice priority is to shape the frontier agenda of digital diplomacy actively. It means tracking leading technologies and developing home-grown diplomatic tools, encouraging Chinese companies to build digital platforms with international reach, and promoting international norms that raise China’s discourse power in digital space.',
    },
    sources: [hanWu('5(2)')],
    relations: [
      { type: 'related', target: 'people-to-people-digital-diplomacy' },
      { type: 'related', target: 'digital-soft-power' },
      { type: 'related', target: 'discourse-power' },
    ],
  },
  {
    id: 'people-to-people-digital-diplomacy',
    name: { zh: '民间数字外交', en: 'people-to-people digital diplomacy' },
    category: 'priority',
    terms: [zh('民間數字外交')],
    summary: {
      zh: '指普通民众和民间组织通过数字平台开展的对外交往。论文主张构建清朗、有序、情感相通的民间数字外交体系,以增进国家间友谊和民众之间的相互理解。',
      en: 'Contact with other countries carried on by ordinary people and civil society through digital platforms. The paper calls for a clean, orderly and emotionally open system of such exchanges to deepen friendship between nations and understanding between peoples.',
    },
    sources: [hanWu('5(2)')],
    relations: [{ type: 'related', target: 'non-state-actors' }],
  },
  {
    id: 'digital-soft-power',
    name: { zh: '数字软实力', en: 'digital soft power' },
    category: 'priority',
    terms: [zh('數字軟實力'), zh('數位軟實力')],
    summary: {
      zh: '指一国在数字空间中通过吸引力和说服力而非强制获得的影响。论文主张探索数字软实力的制度化路径,使之与国际规范和话语权建设相结合。',
      en: 'The influence a state wins in digital space through attraction and persuasion rather than coercion. The paper wants China to find institutional ways of building it, tied to international norms and discourse power.',
    },
    sources: [hanWu('5(2)')],
    relations: [{ type: 'broader', target: 'soft-power' }],
  },
  {
    id: 'security-of-cyberspace-and-digital-space',
    name: { zh: '网络和数字空间安全', en: 'security of cyberspace and digital space' },
    category: 'priority',
    terms: [zh('網路和數字空間安全'), zh('網絡和數字空間安全'), zh('数字空间安全'), zh('數字空間安全')],
    summary: {
      zh: '论文提出的第三项实践重点是维护网络和数字空间安全。作者主张与国际社会共同制定数字空间交往规则,一方面健全技术规范、数据保护和信息监管法规,另一方面警惕意识形态渗透、政治操纵和出于政治目的的网络监听与攻击。',
      en: 'The third practice priority is to keep cyberspace and digital space secure. The authors want common international rules for digital space, backed at home by technical standards, data protection and information regulation, and vigilance against ideological infiltration, political manipulation and politically motivated surveillance or attack.',
    },
    sources: [hanWu('5(3)')],
    relations: [
      { type: 'related', target: 'data-security' },
      { type: 'related', target: 'digital-sovereignty' },
    ],
  },
  {
    id: 'data-security',
    name: { zh: '数据安全', en: 'data security' },
    category: 'priority',
    terms: [zh('數據安全'), zh('資料安全')],
    summary: {
      zh: '指数据在收集、存储、传输和使用中免遭泄露、篡改和滥用。论文把加大数据安全保护力度列为维护数字空间安全的首要举措之一。',
      en: 'Keeping data safe from leaks, tampering and misuse while it is collected, stored, moved and used. The paper lists stronger data protection among the first steps to secure digital space.',
    },
    sources: [hanWu('5(3)')],
    relations: [{ type: 'related', target: 'data-breach' }],
  },
  {
    id: 'technology-blockade',
    name: { zh: '技术封锁', en: 'technology blockade' },
    category: 'priority',
    terms: [zh('技術封鎖'), en('technological blockade', { inflect: true })],
    summary: {
      zh: '指一国或国家集团切断他国获取关键技术、设备和服务的渠道。论文认为一些西方国家以技术封锁配合战略上的排挤和经济上的分化来激化对抗,使发展中国家的外部环境变差。',
      en: 'Cutting another country off from key technologies, equipment and services. The paper says some Western states combine it with strategic exclusion and economic division to sharpen confrontation and worsen the environment for developing countries.',
    },
    sources: [hanWu('5(6)'), hanWu('3(3)')],
    relations: [{ type: 'related', target: 'techno-nationalism' }],
  },
  {
    id: 'ideological-infiltration',
    name: { zh: '意识形态渗透', en: 'ideological infiltration' },
    category: 'priority',
    terms: [zh('意識形態滲透')],
    summary: {
      zh: '指借助网络平台向他国社会输入政治观念、影响其舆论。论文要求对数字空间中的这类渗透和政治操纵保持高度警觉,也要防止西方国家借海外数字平台操纵信息。',
      en: 'Using online platforms to push political ideas into another society and sway its opinion. The paper calls for close vigilance against it and against political manipulation in digital space, including information operations run through foreign platforms.',
    },
    sources: [hanWu('5(3)'), hanWu('5(2)')],
    relations: [
      { type: 'related', target: 'disinformation' },
      { type: 'related', target: 'security-of-cyberspace-and-digital-space' },
    ],
  },
  {
    id: 'cyber-surveillance',
    name: { zh: '网络监听', en: 'cyber surveillance' },
    category: 'priority',
    terms: [zh('網絡監聽'), zh('網路監聽'), en('online surveillance')],
    summary: {
      zh: '指通过网络截获、监视他人通信和数据。论文明确反对以政治为目的的网络监听,并把它与网络攻击、滥用数字技术放在一起批评。',
      en: 'Intercepting and monitoring other people’s communications and data over networks. The paper wants any politically motivated surveillance of this kind firmly opposed, alongside cyberattacks and the abuse of digital technology.',
    },
    sources: [hanWu('5(3)')],
    relations: [{ type: 'related', target: 'cyberattack' }],
  },
  {
    id: 'dividends-of-digital-diplomacy',
    name: { zh: '数字外交红利', en: 'dividends of digital diplomacy' },
    category: 'priority',
    terms: [zh('數字外交紅利'), en('digital diplomacy dividend', { inflect: true })],
    summary: {
      zh: '论文提出的第四项实践重点是使民众真正分享数字外交的成果。作者主张用数字技术加强海外风险评估和安全预警,推进领事服务数字化和智能化,并借数字外交对接外部资源、服务国内发展。',
      en: 'The fourth practice priority is to make sure the people fully share in what digital diplomacy brings. The authors call for digital risk assessment and early warning for citizens abroad, smarter digital consular services, and using digital diplomacy to tap outside resources for development at home.',
    },
    sources: [hanWu('5(4)')],
    relations: [
      { type: 'related', target: 'consular-protection' },
      { type: 'related', target: 'overseas-interests' },
    ],
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
      zh: '论文提出的第五项实践重点是培养复合型外交人才。作者认为未来的外交官除政治立场、外语和谈判能力外,还需要创新思维、技术本领、协作能力和个人魅力,并主张与高校和科研机构合作建立培养基地。',
      en: 'The fifth practice priority is to train diplomats with mixed skills. Beyond a firm political stance, languages, theory and negotiation, the authors say future diplomats need innovative thinking, technical ability, teamwork and personal appeal, and they propose training bases with universities and research institutes.',
    },
    sources: [hanWu('5(5)')],
    relations: [],
    facts: [
      fact(
        '5(5)',
        '论文建议与高校、科研机构合办数字外交人才基地和技术创新孵化基地,并在国家机关之间建立数字外交协作与信息共享机制。',
        'The paper proposes training bases for digital-diplomacy staff, incubators for digital innovation, and a coordination platform and information-sharing mechanism inside state bodies.',
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
      zh: '论文提出的第六项实践重点是推动建立公正、和谐的国际数字空间新秩序。作者认为一些西方国家借技术封锁和舆论污名化打压发展中国家,中国应携手发展中国家弘扬人类命运共同体理念,为其争取更多数字空间话语权。',
      en: 'The sixth practice priority is to help build a fair and harmonious new order in international cyberspace. The authors say some Western states use technology blockades and smear campaigns against developing countries, and that China should work with them, promote a community with a shared future for mankind and win them more voice in digital space.',
    },
    sources: [hanWu('5(6)'), hanWu('conclusion')],
    relations: [
      { type: 'related', target: 'community-with-a-shared-future-for-mankind' },
      { type: 'contrasts-with', target: 'digital-power-politics' },
      { type: 'related', target: 'technology-blockade' },
    ],
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
      zh: '中国外交倡导的核心理念,主张各国命运相连、应共同应对全球挑战。论文把它作为中国在数字空间推动国际合作、构建公正和谐秩序的思想依据。',
      en: 'A core idea of Chinese diplomacy: nations share one fate and should meet global challenges together. The paper offers it as the guiding idea for China’s push for cooperation and a fair, harmonious order in digital space.',
    },
    sources: [hanWu('5(6)'), hanWu('4'), hanWu('conclusion')],
    relations: [{ type: 'related', target: 'three-global-initiatives' }],
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
      zh: '指中国提出的全球发展倡议、全球安全倡议和全球文明倡议。论文在结语中表示,中国将借助数字外交为落实三大全球倡议贡献力量;正文只点名了前两项。',
      en: 'China’s Global Development, Global Security and Global Civilization Initiatives. In its conclusion the paper pledges that digital diplomacy will help carry them out; its body names only the first two.',
    },
    sources: [hanWu('conclusion')],
    relations: [{ type: 'related', target: 'community-with-a-shared-future-for-mankind' }],
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
      zh: '中国对当今世界格局深刻转变的概括。论文把它作为数字外交所处的时代背景,认为数字全球化在加速这一变局的同时,也客观上推动国际政治走向民主、开放和包容。',
      en: 'China’s phrase for the deep shift under way in the world order. The paper sets digital diplomacy against this background and argues that digital globalization speeds the shift while also nudging international politics toward democracy, openness and inclusiveness.',
    },
    sources: [hanWu('conclusion'), hanWu('5(6)')],
    relations: [{ type: 'related', target: 'digital-globalization' }],
  },
  {
    id: 'digital-globalization',
    name: { zh: '数字全球化', en: 'digital globalization' },
    category: 'theory',
    terms: [zh('數字全球化'), zh('數位全球化'), en('digital globalisation')],
    summary: {
      zh: '指由数据流动和数字技术推动的新一轮全球化。论文把数字外交看作数字全球化巨大能量的体现,同时指出南北之间的接入差距与这一进程形成强烈反差。',
      en: 'A new round of globalization driven by data flows and digital technology. The paper sees digital diplomacy as a display of its energy, while noting the stark contrast between that process and the North-South access gap.',
    },
    sources: [hanWu('5'), hanWu('3(2)'), hanWu('5(6)')],
    relations: [{ type: 'related', target: 'digital-divide' }],
  },
];

export const PART2_CONCEPTS: Concept[] = [...CHALLENGES, ...CHINA_PRACTICE, ...PRIORITIES, ...CONCLUSION];
