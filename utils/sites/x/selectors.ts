/**
 * Every X (Twitter) selector DiploLens uses, in one place, each with the URL kind it was seen on. X's class names
 * are generated (css-175oi2r r-…) and change with every build; its `data-testid` hooks and ARIA roles have been
 * stable for years, so we match on those only.
 *
 * Checked against public extension, crawler and userscript code that reads the live site (2023–2025):
 * - yailPeralta/x-scraper (src/modules/twitter-scraper/constants/twitter-selectors.constants.ts): tweets
 *   `article[data-testid="tweet"]`, text `[data-testid="tweetText"]`, author `[data-testid="User-Name"]`, time
 *   `time`, search results `[data-testid="cellInnerDiv"]`.
 * - AndryMI/social_crawler (Twitter/Scripts/Twitter/TweetInfo.js): a tweet's permalink is `time.closest('a').href`;
 *   the datetime is `time.dateTime`.
 * - buraketmen/twitter-blue-hider (src/contentScript/constants.js): the handle is the "@…" in User-Name's text,
 *   before the "·".
 * - alldayalone/mmntm-repost (src/scripts/content.js): `time.parentNode.getAttribute('href')` is "/<handle>/status/<id>".
 * - Userscripts hiding quote posts ("X: Hide Home Quote Posts", 2025) and feed-styling extensions: a quoted tweet is
 *   a `div[role="link"]` block inside the quoting article with its own User-Name, tweetText and time
 *   (`[role="link"] [data-testid="tweetText"]`; the quoting tweet's own text is
 *   `[data-testid="tweetText"]:not([role="link"] [data-testid="tweetText"])`); its time has no link of its own.
 * - Timelines are a virtual list: `[data-testid="cellInnerDiv"]` cells positioned with `transform: translateY(…)`,
 *   recycled as the reader scrolls (sonvir249/hideUknownTweets README; Abinash4567/recall_extension content.js).
 * - A repost shows the original tweet with `[data-testid="socialContext"]` ("<name> reposted") above it.
 */

// ---- Timelines (https://x.com/home), profiles (https://x.com/<handle>), search (https://x.com/search?q=…) and
// ---- status pages (https://x.com/<handle>/status/<id>); the same on twitter.com.

/** A tweet: its own author, text, time and actions; a quoted tweet sits inside it. All page kinds. */
export const TWEET = 'article[data-testid="tweet"]';

/** A tweet's text (div[lang][dir="auto"]). Also the quoted tweet's text, inside the quote block. All page kinds. */
export const TWEET_TEXT = '[data-testid="tweetText"]';

/** The author row: display name link, "@handle" link, "·", and the time link. All page kinds. */
export const USER_NAME = '[data-testid="User-Name"]';

/**
 * A quoted tweet inside a tweet: a clickable block (div[role="link"][tabindex="0"]) holding its own User-Name,
 * tweetText and time. Timelines, profiles, search and status pages. Identified as the role="link" element that
 * holds a User-Name (link cards hold none).
 */
export const QUOTE_BLOCK = 'div[role="link"]';

/** A time with its ISO datetime. In a tweet's User-Name (timelines) or under its text (the status page's focal tweet). */
export const TIME = 'time[datetime]';

/** Links to a tweet: "/<handle>/status/<id>" (also ".../photo/1", ".../analytics"). All page kinds. */
export const STATUS_LINK = 'a[href*="/status/"]';

/** One cell of the virtual list (translateY-positioned, recycled). Timelines, profiles, search, replies. */
export const CELL = '[data-testid="cellInnerDiv"]';
