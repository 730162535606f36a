/**
 * Sources as CSL-JSON items, one mapping per kind of source, decided per style guide (docs/citations.md):
 * - a Weibo post or a tweet is `post` (CSL 1.0.2: "a post on a social media platform"); a WeChat official-account
 *   article or any web page is `webpage`;
 * - author: the account's name as a literal (an organisation, never split into family/given); APA adds an X handle
 *   as "Name [@handle]", Chicago as "Name (@handle)";
 * - title: a post has none, so its text stands in, cut as each guide says: APA the first 20 words, Chicago the
 *   first 160 characters, GB/T 7714 the first sentence (at most 100 characters); a WeChat article keeps its title;
 * - container-title: the platform (微博 / Weibo, X, 微信公众号 / WeChat); APA's bracketed description [Post] is the
 *   genre; issued: the publication time on the platform's own clock (Weibo and WeChat: Beijing time);
 *   accessed: when it was collected (a post) or highlighted (a note); URL: the permalink.
 * DOM-free and engine-free (pure data), so tests and exports use it without Citation.js.
 */
import { CITATIONS } from '../concepts/citations';
import type { PaperId } from '../concepts/types';
import type { NoteRecord, Platform, PostContext } from '../notes/types';
import type { PostRecord } from '../posts/types';
import { type CitationStyle, styleLanguage } from './styles';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  /** citeproc-js: print family then given with no comma (Chinese names in English references). */
  'static-ordering'?: boolean;
}

export interface CslDate {
  'date-parts': [number, number?, number?][];
}

export interface CslItem {
  id: string;
  type: 'post' | 'webpage' | 'article-journal';
  'citation-key'?: string;
  author?: CslName[];
  title?: string;
  'container-title'?: string;
  genre?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  volume?: string;
  issue?: string;
  page?: string;
}

/** A source to cite: a collected post, a note (cited as the post or page it was taken from), or a paper. */
export type CiteSource =
  | { kind: 'post'; post: PostRecord }
  | { kind: 'note'; note: NoteRecord /** The whole post's text, when it was collected. */; postText?: string }
  | { kind: 'paper'; id: PaperId };

/** Which item flavour: a style's, or `neutral` for reference managers (BibTeX, RIS, CSL-JSON). */
export type ItemFlavour = CitationStyle | 'neutral';

export interface ItemOptions {
  /** Time zone for dates a platform does not pin (X, web pages) and for `accessed`; the system's by default. */
  timeZone?: string;
}

const PLATFORM_CONTAINER: Record<Platform, { zh: string; en: string }> = {
  weibo: { zh: '微博', en: 'Weibo' },
  x: { zh: 'X', en: 'X' },
  wechat: { zh: '微信公众号', en: 'WeChat' },
  web: { zh: '', en: '' },
};

/** Platforms that show times on Beijing time whoever reads them. */
const PLATFORM_ZONE: Partial<Record<Platform, string>> = { weibo: 'Asia/Shanghai', wechat: 'Asia/Shanghai' };

function dateParts(ms: number, timeZone: string | undefined): CslDate | undefined {
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  const f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { 'date-parts': [[Number(parts.year), Number(parts.month), Number(parts.day)]] };
}

function cslLanguage(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  if (lang === 'zh-Hans' || lang === 'zh') return 'zh-CN';
  if (lang === 'zh-Hant') return 'zh-TW';
  if (lang.startsWith('en')) return 'en-US';
  return undefined;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The first `n` words (Intl.Segmenter: Chinese has no spaces between words), as written. */
export function firstWords(text: string, n: number): string {
  const s = oneLine(text);
  const seg = new Intl.Segmenter(/\p{Script=Han}/u.test(s) ? 'zh' : 'en', { granularity: 'word' });
  let words = 0;
  for (const part of seg.segment(s)) {
    if (!part.isWordLike) continue;
    words++;
    if (words === n) return s.slice(0, part.index + part.segment.length).trim();
  }
  return s;
}

/** The first `n` characters (code points), as written. */
export function firstChars(text: string, n: number): string {
  const chars = [...oneLine(text)];
  return chars.length <= n ? chars.join('') : chars.slice(0, n).join('').trim();
}

/** The first sentence; when longer than `n` characters, cut at the last word end before it (Latin text). */
export function firstSentence(text: string, n: number): string {
  const s = oneLine(text);
  const m = /^.*?[。！？!?](?=\s|$|[^。！？!?])|^.*?\.(?=\s|$)/u.exec(s);
  const sentence = m ? m[0] : s;
  const cut = firstChars(sentence, n);
  if (cut.length === sentence.length || /\p{Script=Han}/u.test(cut.slice(-1))) return cut;
  const space = cut.lastIndexOf(' ');
  return (space > n / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:，；：]+$/u, '');
}

/** A post's text cut as the style guide says, for the title position. */
export function postTitle(text: string, flavour: ItemFlavour): string {
  switch (flavour) {
    case 'apa-7':
      return firstWords(text, 20);
    case 'chicago-author-date':
      return firstChars(text, 160);
    case 'neutral':
      return firstChars(text, 300);
    default:
      return firstSentence(text, 100);
  }
}

/** A citation key BibTeX accepts (ASCII letters and digits). */
function citationKey(...parts: (string | number | undefined)[]): string {
  return parts
    .filter((p) => p !== undefined && p !== '')
    .map((p) => String(p).replace(/[^A-Za-z0-9]/g, ''))
    .join('');
}

function accountName(ctx: PostContext, flavour: ItemFlavour): string {
  const name = ctx.author.name || ctx.author.id;
  // A Weibo screen name is the account's handle; an X account has a display name and an @handle.
  if (ctx.platform !== 'x' || !ctx.author.id || ctx.author.id === name) return name;
  if (flavour === 'apa-7') return `${name} [@${ctx.author.id}]`;
  if (flavour === 'chicago-author-date') return `${name} (@${ctx.author.id})`;
  return name;
}

/** Chicago title-cases English titles; a post's text is quoted as written (CMOS 14.209). */
function keepCase(title: string, flavour: ItemFlavour): string {
  return flavour === 'chicago-author-date' ? `<span class="nocase">${title}</span>` : title;
}

function contextItem(
  ctx: PostContext,
  text: string | undefined,
  flavour: ItemFlavour,
  accessedMs: number,
  lang: string | undefined,
  options: ItemOptions,
): CslItem {
  const l = flavour === 'neutral' ? 'en' : styleLanguage(flavour);
  const social = ctx.platform === 'weibo' || ctx.platform === 'x';
  const platform = PLATFORM_CONTAINER[ctx.platform][l];
  const gb = flavour.startsWith('gb-t-7714');
  let title = ctx.title;
  if (!title && text) {
    // GB/T 7714 sets [EB/OL] right after the title: a sentence's own full stop does not stay before it.
    const cut = postTitle(text, flavour);
    title = keepCase(gb ? cut.replace(/[。.]$/u, '') : cut, flavour);
  }
  // A post whose words we do not have (a note taken before the post was collected): a bracketed description
  // stands in for the title, as APA 7 (9.29) and GB/T 7714 allow for untitled works.
  if (!title) title = l === 'zh' ? `[${platform || '网页'}帖子]` : `[${platform || 'Web'} post]`;
  const published = ctx.publishedAt ? Date.parse(ctx.publishedAt) : Number.NaN;
  const item: CslItem = {
    id: `${ctx.platform}-${ctx.postId}`.replace(/[^\w.:-]/g, '_'),
    // Chicago's CSL style prints a post's date after the platform only for web pages (CMOS 15.51 wants it there).
    type: social && flavour !== 'chicago-author-date' ? 'post' : 'webpage',
    'citation-key': citationKey(
      ctx.platform,
      Number.isFinite(published) ? new Date(published).getUTCFullYear() : '',
      ctx.postId,
    ),
    author: [{ literal: accountName(ctx, flavour) }],
    title,
    URL: ctx.permalink,
  };
  // GB/T 7714 cites an online post as an electronic resource of its own ([EB/OL], 8.x); its CSL style would set a
  // container as a host document ("//微博"), which the standard's examples do not have: the URL names the platform.
  if (platform && !gb) item['container-title'] = platform;
  if (social && flavour === 'apa-7') item.genre = 'Post';
  const issued = dateParts(published, PLATFORM_ZONE[ctx.platform] ?? options.timeZone);
  if (issued) item.issued = issued;
  const accessed = dateParts(accessedMs, options.timeZone);
  if (accessed) item.accessed = accessed;
  const language = cslLanguage(lang);
  if (language) item.language = language;
  return item;
}

function noteItem(note: NoteRecord, postText: string | undefined, flavour: ItemFlavour, options: ItemOptions): CslItem {
  if (note.context) return contextItem(note.context, postText, flavour, note.createdAt, note.lang, options);
  // A highlight on a web page the page's adapter could not attribute: cite the page.
  const item: CslItem = {
    id: `page-${note.id}`,
    type: 'webpage',
    'citation-key': citationKey(
      note.site.split('.')[0],
      new Date(note.createdAt).getUTCFullYear(),
      note.id.slice(0, 8),
    ),
    title: note.pageTitle || note.url,
    URL: note.url,
  };
  if (note.site) item['container-title'] = note.site;
  const accessed = dateParts(note.createdAt, options.timeZone);
  if (accessed) item.accessed = accessed;
  return item;
}

/** The papers behind the concept cards; what the seeds do not give stays out (utils/concepts/citations.ts). */
function paperItem(id: PaperId, flavour: ItemFlavour): CslItem {
  const c = CITATIONS[id];
  const en = flavour === 'apa-7' || flavour === 'chicago-author-date';
  if (id === 'han-wu-2024') {
    const item: CslItem = {
      id,
      type: 'article-journal',
      'citation-key': 'HanWu2024',
      issued: { 'date-parts': [[c.year]] },
      volume: '58',
      issue: '6',
      page: '95-105',
    };
    if (!en) {
      // The paper as published: in Chinese (seed 002).
      return {
        ...item,
        author: [
          { family: '韩', given: '笑' },
          { family: '吴', given: '志成' },
        ],
        title: c.title.zh,
        'container-title': c.journal.zh,
        language: 'zh-CN',
      };
    }
    // In an English reference a Chinese work is romanised (pinyin) with its English title in brackets (APA 7
    // 9.38–9.39, CMOS 17 11.83); the English title is the journal's own (seed 000).
    const chicago = flavour === 'chicago-author-date';
    return {
      ...item,
      author: [
        { family: 'Han', given: 'Xiao', ...(chicago ? { 'static-ordering': true } : {}) },
        { family: 'Wu', given: 'Zhicheng', ...(chicago ? { 'static-ordering': true } : {}) },
      ],
      // Sentence case, the translation in brackets, as both guides write a romanised title (kept from title-casing).
      title: keepCase(
        'Shuzi waijiao de Zhongguo tese yu shijian [Chinese characteristics and practice of digital diplomacy]',
        flavour,
      ),
      // APA capitalises a journal's name headline-style; Chicago keeps a non-English title sentence-style.
      'container-title': `<span class="nocase">${chicago ? 'Jiaoxue yu yanjiu' : 'Jiaoxue yu Yanjiu'}</span>`,
    };
  }
  // Seed 003 gives only the abstract: no author, title, journal or year. APA 7 (9.29) and GB/T 7714 put a bracketed
  // description where the title is missing; nothing is invented.
  const description = en
    ? '[Abstract of a paper on foreign government Weibo accounts in China and the “public socializing of governments”; author, title and journal not given]'
    : '[驻华政务微博与“政府公共社交化外交”论文摘要；作者、题名、刊名不详]';
  const item: CslItem = {
    id,
    type: 'article-journal',
    'citation-key': 'GovWeiboSocializing',
    title: keepCase(description, flavour),
    language: en ? 'en-US' : 'zh-CN',
  };
  // GB/T 7714-2015 (8.1.2): an unknown author is written 佚名.
  if (flavour.startsWith('gb-t-7714')) item.author = [{ literal: '佚名' }];
  return item;
}

export function cslItem(source: CiteSource, flavour: ItemFlavour, options: ItemOptions = {}): CslItem {
  switch (source.kind) {
    case 'post':
      return contextItem(
        source.post.context,
        source.post.text,
        flavour,
        source.post.collectedAt,
        source.post.lang,
        options,
      );
    case 'note':
      return noteItem(source.note, source.postText, flavour, options);
    case 'paper':
      return paperItem(source.id, flavour);
  }
}
