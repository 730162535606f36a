/**
 * Display names as accounts write them: "U.S. Embassy China 美国驻华大使馆", "EU in China | 欧盟在中国",
 * "🇬🇧 UK in China", "Chinese Embassy in US (parody)". A name is split into segments (at separators and where
 * the script changes between Chinese and Latin); each must be a mission's name in its language, or a decoration
 * ("Official", "官方"). Emoji and flags never carry meaning here and are dropped. Words that mark an account as
 * someone else's — parody, fans, journalists, visa agents — rule a name out whatever else it says.
 */

/** Emoji, regional-indicator flags, pictographs, joiners and variation selectors; check marks. */
const DECORATIVE_CHARS =
  /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0e|\ufe0f|\u20e3|[\u2713\u2714\u2611]/gu;

/** Brackets and bars separate parts of a name; so does a dash with space around it. */
const SEPARATORS = /[|｜/\\()（）[\]【】「」『』<>《》〈〉:：;；]|\s[-–—]\s|[–—~～]/;

const DECORATION_SEGMENTS = new Set([
  'official',
  'official account',
  'officiel',
  'oficial',
  'account',
  'verified',
  '官方',
  '官方账号',
  '官方帐号',
  '官方賬號',
  '官微',
  '官博',
  '官方微博',
]);

/** English words that say the account is not the mission's own (matched on whole words, lower case). */
const NOT_THE_MISSION_EN =
  /\b(?:parod(?:y|ies)|satir(?:e|ical)|spoof|fan|fans|fanclub|fanpage|stan|unofficial|non ?official|not (?:an? )?official|not affiliated|unaffiliated|no affiliation|fake|impersonat\w*|role ?play|rp|correspondents?|reporters?|journalists?|bureau chief|columnist|commentator|watch(?:er|dog)?|tracker|visa (?:services?|agents?|agency|agencies|consult\w*|help|appointments?|application|centre|center|experts?))\b/;
/** The same in Chinese (Simplified after normalisation). */
const NOT_THE_MISSION_ZH =
  /粉丝|后援|超话|恶搞|非官方|仿冒|山寨|高仿|模仿|记者|代办|签证服务|签证中心|签证咨询|中介|留学|观察|吐槽/;

/** Handles that say the same ("USEmbassyParody", "ChinaEmbassyFans", "visa_help_usembassy"). */
const NOT_THE_MISSION_HANDLE =
  /parody|satire|spoof|fake|unofficial|notofficial|fan(?:s|club|page|acc)|(?:^|_)fan(?:_|$)|visa(?:help|service|agent|appoint)|reporter|correspondent|journalist|watch(?:er|dog)?$/;

export function looksLikeSomeoneElse(name: string, handle = ''): boolean {
  const lower = name.normalize('NFKC').toLowerCase();
  return (
    NOT_THE_MISSION_EN.test(lower) ||
    NOT_THE_MISSION_ZH.test(lower) ||
    (handle !== '' && NOT_THE_MISSION_HANDLE.test(handle.toLowerCase().replace(/^@/, '')))
  );
}

export type Script = 'han' | 'latin';

export interface NameSegment {
  text: string;
  script: Script;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/** Splits a run of text where it changes between Chinese and Latin letters (digits and spaces go with either). */
function splitScripts(part: string): NameSegment[] {
  const out: NameSegment[] = [];
  let current = '';
  let script: Script | null = null;
  for (const ch of part) {
    const s: Script | null = HAN.test(ch) ? 'han' : LATIN.test(ch) ? 'latin' : null;
    if (s && script && s !== script) {
      out.push({ text: current, script });
      current = '';
    }
    if (s) script = s;
    current += ch;
  }
  if (current && script) out.push({ text: current, script });
  return out
    .map((seg) => ({ ...seg, text: seg.text.replace(/^[\s,，.、·]+|[\s,，、·]+$/g, '') }))
    .filter((seg) => seg.text !== '');
}

/** The meaningful segments of a display name (decorations dropped); empty when nothing is left. */
export function nameSegments(name: string): NameSegment[] {
  const clean = name.normalize('NFKC').replace(DECORATIVE_CHARS, ' ').replace(/\s+/g, ' ').trim();
  const out: NameSegment[] = [];
  for (const part of clean.split(SEPARATORS)) {
    if (!part?.trim()) continue;
    for (const seg of splitScripts(part)) {
      if (DECORATION_SEGMENTS.has(seg.text.toLowerCase())) continue;
      out.push(seg);
    }
  }
  return out;
}
