/**
 * Generates the scan benchmark's pages: a static weibo.com-like timeline of embassy post cards (same DOM shape as
 * demo/weibo/timeline.html: article > header + .wbpro-feed-content > div.detail_wbtext_…, #话题# links, emoji
 * <img>, inline spans, retweets) filled with mixed Chinese/English text, with terms of the concept base sown at a
 * fixed density. Deterministic for a given seed, so every run and every engine reads the same page.
 */
import type { TermEntry } from '../../utils/matcher/types';

/** mulberry32: small, fast, deterministic. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;

// Filler written for the benchmark: everyday embassy-account talk with no concept term in it.
const ZH_FILLER = [
  '今天我们和北京的大学生聊了聊留学生活与城市文化。',
  '欢迎大家在评论区留言，分享你最喜欢的旅行目的地。',
  '本周末的电影放映活动名额有限，报名请私信小编。',
  '春天到了，使馆院子里的樱花开得正好。',
  '感谢每一位参加线下讲座的朋友，下期再见！',
  '我们整理了一份签证办理常见问题的答复，详见图片。',
  '大使今天走访了当地的一所中学，和同学们一起上了一堂音乐课。',
  '这道家乡菜的做法其实很简单，关键在于火候。',
  '下周三起，领事部的办公时间有所调整，请留意。',
  '博物馆夜场开放期间，我们准备了双语导览。',
  '读书分享会第十二期：这次我们聊一本关于海洋的小说。',
  '城市骑行路线图已经更新，欢迎收藏转发。',
  '语言角活动每周四晚上举行，零基础也可以参加。',
  '我们的同事刚刚完成了马拉松，为她点赞！',
  '关于奖学金申请的截止日期，请以官网公告为准。',
];

const EN_FILLER = [
  'Our team visited a primary school in Chengdu this week.',
  'Thank you to everyone who joined the film night on Friday!',
  'Applications for the summer language course close at the end of the month.',
  'The ambassador enjoyed a bowl of noodles with students after the talk.',
  'Stay tuned for our next livestream on music and food.',
  'Spring is here, and the cherry trees in the embassy garden are in bloom.',
  'We answered many questions about student visas in the comments.',
  'The exhibition runs until Sunday; entry is free.',
  'Our colleagues ran the city marathon together this morning.',
  'Here is a short reading list for the long weekend.',
];

const TOPICS = ['欢迎来中国', '留学生活', '周末去哪儿', '使馆开放日', '文化交流月', '春季赏花', '语言角', '读书会'];
const EMOJI = ['[微笑]', '[哈哈]', '[心]', '[赞]', '[太阳]'];
const AUTHORS = [
  { uid: '1743951792', name: '美国驻华大使馆' },
  { uid: '1898571035', name: '英国驻华使馆' },
  { uid: '2114859305', name: '欧盟在中国' },
  { uid: '3026551702', name: '澳大利亚驻华使领馆' },
  { uid: '2357498024', name: '瑞典驻华大使馆' },
  { uid: '1987143532', name: '德国驻华大使馆' },
  { uid: '1834512617', name: '法国驻华大使馆' },
  { uid: '6198204537', name: '国关研二小王' },
];
const EMOJI_SRC =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 20'%3E%3Ccircle cx='10' cy='10' r='9' fill='%23ffc93c'/%3E%3C/svg%3E";
const AVATAR_SRC =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 44 44'%3E%3Crect width='44' height='44' fill='%231f3c88'/%3E%3C/svg%3E";

export interface GenerateOptions {
  /** Approximate size of the HTML in UTF-8 bytes. */
  targetBytes: number;
  /** Dictionary to sow terms from (`buildTermDictionary()`). */
  terms: readonly TermEntry[];
  seed?: number;
  /** Characters of post text per sown term (default 120: one or two terms in a typical embassy post). */
  charsPerTerm?: number;
  title?: string;
}

export interface GeneratedPage {
  html: string;
  bytes: number;
  cards: number;
  /** Characters of post text (what a reader reads), markup excluded. */
  textChars: number;
  /** The surfaces sown, as written into the page (variants included), in order. */
  sown: string[];
  /** Distinct dictionary surfaces the page uses: what mark.js is asked to mark. */
  surfaces: string[];
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How a term is written in the page: mostly as listed; English sometimes hyphenated or capitalised. */
export function variantOf(entry: TermEntry, rnd: () => number): string {
  const s = entry.surface;
  if (entry.lang !== 'en' || entry.caseSensitive) return s;
  const r = rnd();
  if (r < 0.15 && s.includes(' ')) return s.replace(/ /g, '-');
  if (r < 0.3) return s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

interface Piece {
  html: string;
  chars: number;
}

function textPiece(s: string): Piece {
  return { html: escapeHtml(s), chars: s.length };
}

/** One post's inner text HTML, with `termCount` terms sown between filler sentences and inline elements. */
function postText(
  rnd: () => number,
  terms: readonly TermEntry[],
  termCount: number,
  sown: string[],
  used: Set<string>,
): Piece {
  const parts: Piece[] = [];
  const sentences = 3 + Math.floor(rnd() * 8);
  // Which sentence each term follows.
  const after = new Array<number>(sentences).fill(0);
  for (let k = 0; k < termCount; k++) {
    const i = Math.floor(rnd() * sentences);
    after[i] = (after[i] ?? 0) + 1;
  }
  if (rnd() < 0.5) parts.push(inline('a', `#${pick(rnd, TOPICS)}#`, 'href="//s.weibo.com/weibo?q=%23t%23"'));
  for (let i = 0; i < sentences; i++) {
    const zh = rnd() < 0.65;
    parts.push(textPiece(zh ? pick(rnd, ZH_FILLER) : ` ${pick(rnd, EN_FILLER)} `));
    for (let k = 0; k < (after[i] ?? 0); k++) {
      const entry = pick(rnd, terms);
      const written = variantOf(entry, rnd);
      sown.push(written);
      used.add(entry.surface);
      // Quoted-only terms count only between quotation marks, as readers write them.
      const [open, close] = entry.quoted ? ['“', '”'] : ['', ''];
      const lead = entry.lang === 'en' ? ` Talking about ${open}` : `我们关注${open}`;
      const tail = entry.lang === 'en' ? `${close} today. ` : `${close}的话题。`;
      // Now and then the term sits in an inline span (as Weibo wraps @mentions and expanded text).
      const term = rnd() < 0.1 ? inline('span', written, 'class="expand"') : textPiece(written);
      parts.push(textPiece(lead), term, textPiece(tail));
    }
    const r = rnd();
    if (r < 0.25) parts.push({ html: `<img alt="${pick(rnd, EMOJI)}" src="${EMOJI_SRC}">`, chars: 0 });
    else if (r < 0.35) parts.push({ html: '<br>', chars: 0 });
    else if (r < 0.45) parts.push(inline('b', pick(rnd, ZH_FILLER).slice(0, 6)));
  }
  return { html: parts.map((p) => p.html).join(''), chars: parts.reduce((n, p) => n + p.chars, 0) };
}

function inline(tag: string, text: string, attrs = ''): Piece {
  return { html: `<${tag}${attrs ? ` ${attrs}` : ''}>${escapeHtml(text)}</${tag}>`, chars: text.length };
}

function card(rnd: () => number, index: number, text: Piece, retweet: Piece | null): string {
  const a = pick(rnd, AUTHORS);
  const mblogid = `B${index.toString(36).padStart(8, '0')}`;
  const rt = retweet
    ? `<div class="Feed_retweet_JqZJb"><div class="retweet_head_1UjSr"><a class="retweet_name_3cs2U" usercard="${a.uid}" href="//weibo.com/u/${a.uid}">@${a.name}</a></div><div class="detail_wbtext_4CRf9 detail_reText_30vF1">${retweet.html}</div></div>`
    : '';
  return `<div class="wbpro-scroller-item"><article class="woo-panel-main Feed_wrap_3v9LH" tabindex="0"><div class="Feed_body_3R0rO"><header class="woo-box-flex"><a href="//weibo.com/u/${a.uid}" usercard="${a.uid}"><div class="woo-avatar-main"><img alt="" src="${AVATAR_SRC}"></div></a><div class="woo-box-item-flex head_main_3DRDm"><div class="head_nick_1yix2"><a class="head_name_24eEB" usercard="${a.uid}" href="//weibo.com/u/${a.uid}"><span title="${a.name}">${a.name}</span></a></div><div class="head-info_info_2AspQ"><a class="head-info_time_6sFQg" title="2024-05-20 10:32" href="https://weibo.com/${a.uid}/${mblogid}">05-20 10:32</a><div class="head-info_source_2zcEX">来自 微博网页版</div></div></div></header><div class="wbpro-feed-content"><div class="detail_wbtext_4CRf9">${text.html}</div></div>${rt}</div><footer class="Feed_footer_2hbZV"><div class="woo-box-flex toolbar_main_3Mxwo"><div class="toolbar_item_1ky_D">转发 ${index % 97}</div><div class="toolbar_item_1ky_D">评论 ${index % 53}</div><div class="toolbar_item_1ky_D">赞 ${index % 311}</div></div></footer></article></div>\n`;
}

const HEAD = (title: string) =>
  `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>body{font:14px/1.6 sans-serif;background:#f1f2f5;margin:0}main{max-width:640px;margin:0 auto}article{background:#fff;margin:10px 0;padding:12px 16px;border-radius:6px}.wbpro-feed-content img{width:20px;height:20px}.woo-avatar-main img{width:44px;height:44px}.woo-box-flex{display:flex;gap:8px}</style></head><body><main id="scroller">\n`;
const TAIL = '</main></body></html>\n';

/** Builds a page of about `targetBytes`. */
export function generateScanPage(options: GenerateOptions): GeneratedPage {
  const rnd = createRandom(options.seed ?? 20240520);
  const charsPerTerm = options.charsPerTerm ?? 120;
  const terms = options.terms;
  if (terms.length === 0) throw new Error('generateScanPage needs at least one term');
  const sown: string[] = [];
  const used = new Set<string>();
  const chunks: string[] = [HEAD(options.title ?? 'DiploLens scan benchmark')];
  let bytes = Buffer.byteLength(chunks[0] as string);
  const tailBytes = Buffer.byteLength(TAIL);
  let cards = 0;
  let textChars = 0;
  let owed = 0; // fractional terms carried from post to post so the density holds over the page
  while (bytes + tailBytes < options.targetBytes) {
    const estimate = 120 + Math.floor(rnd() * 300);
    owed += estimate / charsPerTerm;
    const count = Math.floor(owed);
    owed -= count;
    const text = postText(rnd, terms, count, sown, used);
    let retweet: Piece | null = null;
    if (rnd() < 0.15) retweet = postText(rnd, terms, rnd() < 0.5 ? 1 : 0, sown, used);
    const html = card(rnd, cards, text, retweet);
    chunks.push(html);
    bytes += Buffer.byteLength(html);
    textChars += text.chars + (retweet?.chars ?? 0);
    cards++;
  }
  chunks.push(TAIL);
  const html = chunks.join('');
  return { html, bytes: Buffer.byteLength(html), cards, textChars, sown, surfaces: [...used].sort() };
}
