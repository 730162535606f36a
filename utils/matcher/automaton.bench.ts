/**
 * Speed check for the matcher (not part of the test run): `npx tsx utils/matcher/automaton.bench.ts`.
 * ~300 dictionary entries, 1 MB of mixed Chinese/English text with terms sprinkled in.
 */
import { createMatcher } from './automaton';
import { en, zh } from './fixtures';
import type { TermEntry } from './types';

const PAIRS = `数字外交 digital diplomacy|推特外交 Twitter diplomacy|网络外交 cyber diplomacy|电子外交 e-diplomacy
|虚拟外交 virtual diplomacy|新媒体外交 new media diplomacy|数字主权 digital sovereignty|互联网主权 internet sovereignty
|数字强权政治 digital power politics|数字形象 digital image|外交过程公开化 openness of the diplomatic process
|黑箱政治 black-box politics|精细外交 refined diplomacy|预防外交 preventive diplomacy|定制外交 customized diplomacy
|舆情管理 public opinion management|数字信息战 digital information warfare|网络舆论战 online opinion warfare
|虚假信息 disinformation|网络机器人 social bot|话语权 discourse power|非国家行为体 non-state actor
|政府数字战略 Government Digital Strategy|视频峰会 video summit|软实力 soft power|网络自由 internet freedom
|海外利益 overseas interests|网络安全 cybersecurity|数据泄露 data breach|数字鸿沟 digital divide
|技术民族主义 techno-nationalism|小院高墙 small yard, high fence|网络空间治理 cyberspace governance|数字秩序 digital order
|元首外交 head-of-state diplomacy|全球发展倡议 Global Development Initiative|全球安全倡议 Global Security Initiative
|混合外交 hybrid diplomacy|公共外交 public diplomacy|国际议题设置 international agenda setting|领事保护 consular protection
|外交为民 diplomacy for the people|数字经济 digital economy|人类命运共同体 community with a shared future for mankind
|三大全球倡议 three global initiatives|驻华政务微博 Weibo accounts of foreign agencies in China|网络中国 Network China`;

const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';
const WORDS =
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there been one all we their has would when if so no will can more other into than these some could them what only its time like then also two may first any new should very government foreign policy embassy minister statement public media online platform network account post weibo twitter china united states europe union cooperation development security technology information digital cyber data social'.split(
    ' ',
  );

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

function dictionary(): TermEntry[] {
  const entries: TermEntry[] = [];
  PAIRS.split('|').forEach((line, i) => {
    const [z, ...rest] = line.trim().split(' ');
    entries.push(zh(z ?? '', `c${i}`), en(rest.join(' '), `c${i}`));
  });
  const r = rng(7);
  // Pad to ~300 entries with plausible extra Chinese and English terms.
  for (let i = 0; entries.length < 300; i++) {
    if (i % 2 === 0) {
      const len = 2 + Math.floor(r() * 4);
      let s = '';
      for (let k = 0; k < len; k++) s += HAN[Math.floor(r() * HAN.length)];
      entries.push(zh(s, `x${i}`));
    } else {
      const a = WORDS[Math.floor(r() * WORDS.length)];
      const b = WORDS[Math.floor(r() * WORDS.length)];
      entries.push(en(`${a} ${b} policy`, `x${i}`));
    }
  }
  entries.push(en('GDI', 'gdi', { caseSensitive: true, inflect: false }));
  return entries;
}

function corpus(entries: TermEntry[], size: number): string {
  const r = rng(42);
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const x = r();
    let piece: string;
    if (x < 0.03) piece = entries[Math.floor(r() * entries.length)]?.surface ?? '';
    else if (x < 0.6) piece = HAN.slice(Math.floor(r() * (HAN.length - 8))).slice(0, 1 + Math.floor(r() * 8));
    else piece = `${WORDS[Math.floor(r() * WORDS.length)]} `;
    if (r() < 0.02) piece += '，\n';
    if (n + piece.length > size) piece = piece.slice(0, size - n);
    parts.push(piece);
    n += piece.length;
  }
  return parts.join(''); // flat, as DOM text is (a sliced string would be slower to scan)
}

const entries = dictionary();
const text = corpus(entries, 1 << 20);

const buildTimes: number[] = [];
let matcher = createMatcher(entries);
for (let i = 0; i < 100; i++) {
  const t0 = performance.now();
  matcher = createMatcher(entries);
  buildTimes.push(performance.now() - t0);
}
const findTimes: number[] = [];
let count = 0;
const cpu0 = process.cpuUsage();
for (let i = 0; i < 100; i++) {
  const t0 = performance.now();
  count = matcher.findAll(text).length;
  findTimes.push(performance.now() - t0);
}
const cpu = process.cpuUsage(cpu0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]?.toFixed(2);
const min = (xs: number[]) => Math.min(...xs).toFixed(2);
console.log(`entries ${entries.length}, text ${text.length} units, matches ${count}`);
// Min as well as median: on a shared machine the median mostly measures the neighbours.
console.log(`build median ${median(buildTimes)} ms, min ${min(buildTimes)} ms (first ${buildTimes[0]?.toFixed(2)} ms)`);
console.log(`findAll median ${median(findTimes)} ms, min ${min(findTimes)} ms (first ${findTimes[0]?.toFixed(2)} ms)`);
console.log(`findAll mean CPU time ${((cpu.user + cpu.system) / 1000 / findTimes.length).toFixed(2)} ms`);

// Floor for comparison on a busy machine: only read every unit through a 64K table.
const table = new Uint16Array(0x10000);
const floorTimes: number[] = [];
let sink = 0;
for (let r = 0; r < 100; r++) {
  const t0 = performance.now();
  for (let i = 0; i < text.length; i++) sink += table[text.charCodeAt(i)] ?? 0;
  floorTimes.push(performance.now() - t0);
}
console.log(`floor (table read per unit) median ${median(floorTimes)} ms, min ${min(floorTimes)} ms${sink ? '' : ''}`);
