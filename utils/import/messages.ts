import type { z } from 'zod';

export interface ImportError {
  /** Where in the file, e.g. "notes[3].color" ("(file)" for the file as a whole). */
  path: string;
  messageZh: string;
  messageEn: string;
}

/** zod path → "notes[3].quote.exact"; "[2].target" for a top-level array. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(file)' : out;
}

function describeValue(v: unknown): { zh: string; en: string } {
  if (v === undefined) return { zh: '缺失', en: 'missing' };
  if (v === null) return { zh: 'null', en: 'null' };
  if (Array.isArray(v)) return { zh: '数组', en: 'an array' };
  const en = typeof v === 'object' ? 'an object' : typeof v;
  const zhNames: Record<string, string> = { string: '字符串', number: '数字', boolean: '布尔值', object: '对象' };
  return { zh: zhNames[typeof v] ?? typeof v, en };
}

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  int: '整数',
};

/** Chinese for custom messages of the shared note schema (utils/notes/validate.ts), which are English only. */
const KNOWN_ZH: Record<string, string> = {
  'position.end must be ≥ position.start': 'position.end 必须大于或等于 position.start',
  'not an absolute URL': '不是完整的网址',
};

/** Bilingual text for one zod issue. Custom checks carry their own Chinese in params.zh. */
export function describeIssue(issue: z.core.$ZodIssue): { zh: string; en: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const got = describeValue(issue.input);
      if (issue.input === undefined) {
        return {
          zh: `缺少必填字段（应为${TYPE_ZH[issue.expected] ?? issue.expected}）`,
          en: `required field is missing (expected ${issue.expected})`,
        };
      }
      return {
        zh: `应为${TYPE_ZH[issue.expected] ?? issue.expected}，实际为${got.zh}`,
        en: `expected ${issue.expected}, got ${got.en}`,
      };
    }
    case 'invalid_value': {
      const list = issue.values.map((v) => String(v)).join(', ');
      return issue.values.length === 1
        ? { zh: `应为 ${list}`, en: `expected ${list}` }
        : { zh: `应为以下之一：${list}`, en: `expected one of ${list}` };
    }
    case 'too_big': {
      const n = String(issue.maximum);
      if (issue.origin === 'string') return { zh: `太长：最多 ${n} 个字符`, en: `too long: at most ${n} characters` };
      if (issue.origin === 'array') return { zh: `条目太多：最多 ${n} 条`, en: `too many items: at most ${n}` };
      return { zh: `太大：最大为 ${n}`, en: `too large: at most ${n}` };
    }
    case 'too_small': {
      const n = String(issue.minimum);
      if (issue.origin === 'string') {
        return n === '1'
          ? { zh: '不能为空', en: 'must not be empty' }
          : { zh: `太短：至少 ${n} 个字符`, en: `too short: at least ${n} characters` };
      }
      if (issue.origin === 'array') return { zh: `条目太少：至少 ${n} 条`, en: `too few items: at least ${n}` };
      return { zh: `太小：最小为 ${n}`, en: `too small: at least ${n}` };
    }
    case 'invalid_format':
      return { zh: `格式不正确（${issue.format}）`, en: `wrong format (${issue.format})` };
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return { zh: `不认识的字段：${keys}`, en: `unknown field(s): ${keys}` };
    }
    case 'invalid_union':
      return { zh: '不符合任何可接受的形式', en: 'does not match any accepted form' };
    case 'custom': {
      const zh = issue.params?.zh;
      return { zh: typeof zh === 'string' ? zh : (KNOWN_ZH[issue.message] ?? issue.message), en: issue.message };
    }
    default:
      return { zh: `无效：${issue.message}`, en: `invalid: ${issue.message}` };
  }
}

export const MAX_ERRORS = 20;

export function issuesToErrors(issues: readonly z.core.$ZodIssue[], prefix = ''): ImportError[] {
  const out = issues.slice(0, MAX_ERRORS).map((issue) => {
    const m = describeIssue(issue);
    return { path: formatPath(issue.path, prefix), messageZh: m.zh, messageEn: m.en };
  });
  if (issues.length > MAX_ERRORS) {
    const more = issues.length - MAX_ERRORS;
    out.push({ path: '(file)', messageZh: `另有 ${more} 个问题未列出`, messageEn: `${more} more problems not listed` });
  }
  return out;
}

export function fileError(en: string, zh: string): ImportError {
  return { path: '(file)', messageEn: en, messageZh: zh };
}
