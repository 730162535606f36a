/**
 * Build output in UTF-8, with only the characters Chrome refuses escaped.
 *
 * Chrome loads a content script only if it passes `base::IsStringUTF8`, which rejects Unicode noncharacters
 * (U+FDD0–U+FDEF and every code point ending in FFFE or FFFF) although they are valid UTF-8; minified Dexie and franc
 * contain a raw U+FFFF. WXT therefore builds everything with esbuild's `charset: 'ascii'`, which also turns each
 * Chinese character of our lexicon and UI strings into a 6-byte `\uXXXX`. This plugin switches esbuild back to UTF-8
 * and, after minification, escapes just those characters (and lone surrogates, which UTF-8 cannot carry at all) in
 * every JavaScript and JSON file of the bundle.
 */
import type { Plugin } from 'vite';

/** Code units/points Chrome refuses, and lone surrogates (both halves of a pair are matched as one code point). */
const REFUSED =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REFUSED_RUN = new RegExp(`(\\\\*)(?:${REFUSED.source})`, 'g');

/** True when `text` holds a character Chrome refuses in an extension script, or a lone surrogate. */
export function hasRefusedCharacters(text: string): boolean {
  return REFUSED.test(text);
}

function escapeUnits(chars: string): string {
  let out = '';
  for (let i = 0; i < chars.length; i++) out += `\\u${chars.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * Replaces each refused character with its `\uXXXX` escape (a pair of escapes for one outside the BMP). In JavaScript
 * such characters can only stand in string, template and regular-expression literals or comments, where the escape
 * means the same character (a template's `.raw` text is the one exception, and bundled code does not read it
 * for these characters); in JSON only in strings, where the same holds. A character already escaped by an identity
 * escape (`\` + the character) keeps its meaning: the backslash is absorbed into the new escape.
 */
export function escapeRefusedCharacters(code: string): string {
  if (!REFUSED.test(code)) return code;
  return code.replace(REFUSED_RUN, (whole: string, slashes: string) => {
    const chars = whole.slice(slashes.length);
    // An odd run of backslashes escapes the character itself: `\<U+FFFF>` is U+FFFF; drop that one backslash.
    const keep = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return keep + escapeUnits(chars);
  });
}

const ESCAPED_FILES = /\.(?:m?js|json)$/;

export function utf8Output(): Plugin {
  return {
    name: 'diplolens:utf8-output',
    enforce: 'post',
    config(config) {
      // WXT sets `charset: 'ascii'` in the config it hands to Vite; this hook runs after, on that config.
      if (config.esbuild !== false) config.esbuild = { ...(config.esbuild ?? {}), charset: 'utf8' };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = escapeRefusedCharacters(file.code);
        else if (typeof file.source === 'string' && ESCAPED_FILES.test(file.fileName)) {
          file.source = escapeRefusedCharacters(file.source);
        }
      }
    },
  };
}
