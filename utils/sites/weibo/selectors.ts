/**
 * Every Weibo selector DiploLens uses, in one place, each with the URL kind it was seen on.
 * weibo.com's class names carry build hashes (Feed_wrap_3v9LH, _wbtext_1psp9_14) that change between
 * releases, so we match on the stable stem with [class*="…"] and never on the hash.
 *
 * Checked against public userscripts and scrapers that read the live site (2024–2025): they select post text
 * with `.wbpro-feed-content ._wbtext_1psp9_14`, cards with `#scroller article`, authors by the `usercard`
 * attribute, and permalinks as https://weibo.com/<uid>/<mblogid>; m.weibo.cn statuses as /status/<mblogid>
 * and /detail/<mid>. Our demo pages reproduce that DOM.
 */

// ---- weibo.com (home timeline https://weibo.com/, profiles https://weibo.com/u/<uid>,
// ---- detail pages https://weibo.com/<uid>/<mblogid>): Vue app, posts in a recycled virtual scroller.

/** A post card. Seen on all weibo.com timeline, profile and detail pages (article.woo-panel-main.Feed_wrap_…). */
export const WB_POST = 'article[class*="Feed_wrap"], article.woo-panel-main';

/** A retweeted post inside a card (div.Feed_retweet_…): it has its own author link, time link and text. */
export const WB_RETWEET = '[class*="Feed_retweet"]';

/** Either kind of post container; the nearest one owns the author, time and text inside it. */
export const WB_CONTAINER = `${WB_RETWEET}, ${WB_POST}`;

/**
 * Post text blocks (div.detail_wbtext_… on timelines, div._wbtext_1psp9_14 on newer builds), the card's own and
 * the retweet's. Seen on timelines, profiles and detail pages, sometimes as a direct child of .wbpro-feed-content,
 * sometimes one wrapper down (div.detail_text_… > div.detail_wbtext_…): matched as a descendant either way.
 */
export const WB_TEXT = `.wbpro-feed-content div[class*="_wbtext_"], ${WB_RETWEET} div[class*="_wbtext_"]`;

/**
 * Author links: avatar and name, a[usercard="<uid>"][href="//weibo.com/u/<uid>"]; also seen with a relative
 * href="/u/<uid>" and the older usercard="id=<uid>". All weibo.com pages.
 */
export const WB_AUTHOR_LINK = 'a[usercard]';

/** Within an author link, the name carries the full screen name in its title (span[title="美国驻华大使馆"]). */
export const WB_AUTHOR_NAME = 'span[title]';

/**
 * The permalink that shows the post's time: a[title="2024-05-20 10:32"][href="https://weibo.com/<uid>/<mblogid>"]
 * (a.head-info_time_…), or a relative href="/<uid>/<mblogid>". Its text is a relative label the page keeps
 * rewriting; the title is the stable time (links whose title is not a time are passed over).
 */
export const WB_TIME_LINK = 'a[title][href]';

// ---- m.weibo.cn (mobile site: timelines https://m.weibo.cn/u/<uid>, detail pages
// ---- https://m.weibo.cn/detail/<mid> and https://m.weibo.cn/status/<mblogid>).

/** A post card (div.card.m-panel.card9). Seen on m.weibo.cn timelines and detail pages. */
export const M_POST = '.card9';

/** The card's own text. m.weibo.cn timelines and detail pages. */
export const M_TEXT = '.card9 .weibo-og .weibo-text';

/** The same, relative to a card. */
export const M_OWN_TEXT = '.weibo-og .weibo-text';

/**
 * A reposted post inside a card (div.weibo-rp, after .weibo-og): its text block is
 * `.weibo-text > span > a[href="<profile_url>"]@name</a>:` then `span` with the reposted text. m.weibo.cn timelines
 * and detail pages (the site's own Vue bundle renders it so: weibo-rp > weibo-text > span > a[href=user.profile_url]).
 * Its id is not in the DOM (a click handler opens /detail/<id>).
 */
export const M_REPOST = '.weibo-rp';

/** The reposted text block. */
export const M_REPOST_TEXT = '.card9 .weibo-rp .weibo-text';

/** The reposted author's link ("@name", href /u/<uid>?uid=… or /profile/<uid>; /n/<name> on older pages). */
export const M_REPOST_AUTHOR = '.weibo-text > span > a[href]';

/** Screen name (h3 inside a[href="/profile/<uid>"]). */
export const M_AUTHOR_NAME = 'header .m-text-box h3';

/** Links to the author's profile: /profile/<uid>, or the API's profile_url https://m.weibo.cn/u/<uid>?uid=<uid>. */
export const M_PROFILE_LINK = 'a[href*="/profile/"], a[href*="/u/"]';

/** Relative time label ("3分钟前", "昨天 10:32", "05-20"). */
export const M_TIME = '.m-text-box h4 .time';

/** Every post text block on either site, for the content script's scan. */
export const ANY_TEXT = `${WB_TEXT}, ${M_TEXT}, ${M_REPOST_TEXT}`;

/** Every post container on either site, nearest first when used with closest(). */
export const ANY_CONTAINER = `${WB_CONTAINER}, ${M_REPOST}, ${M_POST}`;
