/**
 * Every WeChat official-account article selector DiploLens uses, each with the URL kind it was seen on: articles at
 * https://mp.weixin.qq.com/s/<key> and https://mp.weixin.qq.com/s?__biz=<biz>&mid=<mid>&idx=<idx>&sn=<sn>.
 *
 * Checked against public crawlers and extensions that read these pages (2016–2025): the title is
 * `h1.rich_media_title#activity-name`, the account name `span.rich_media_meta_nickname#profileBt a#js_name`
 * (also `.profile_nickname` in the profile card), the publish time `em#publish_time.rich_media_meta_text` inside
 * `div#meta_content`, the body `div.rich_media_content#js_content`; inline scripts declare `var nickname`,
 * `var user_name = "gh_…"`, `var ct = "<unix time>"`, `var biz`, `var mid`, `var idx`, `var sn` and `var msg_link`
 * (the canonical link, &amp;-escaped). `#publish_time` is empty in the served HTML and written by the page's own
 * script from `ct`, so `ct` is read first.
 */

/** The article body. */
export const CONTENT = '#js_content';

/** The article's title (h1). */
export const TITLE = '#activity-name';

/** The official account's name, in the meta line under the title. */
export const ACCOUNT_NAME = '#js_name';

/** The account's name in the (hidden) profile card, when the meta line has none. */
export const PROFILE_NICKNAME = '.profile_nickname';

/** The line under the title: article author, account name, publish time, place. */
export const META_LINE = '#meta_content';

/** The publish time as the page shows it ("2024年5月20日 10:32", "2024-05-20"). */
export const PUBLISH_TIME = '#publish_time';

/** The article's box (title, meta line and body): the card a badge stays inside. */
export const ARTICLE_BOX = '#img-content, #js_article, .rich_media';

/** Inline scripts (never with a src): where the page declares its article's ids and time. */
export const INLINE_SCRIPT = 'script:not([src])';
