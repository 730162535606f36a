/**
 * Weibo's time labels → Date. Labels are in the reader's local time, as the page formats them:
 * "刚刚", "30秒前", "3分钟前", "2小时前", "今天 10:32", "昨天 10:32", "05-20 10:32", "05-20", "2024-05-20 10:32",
 * "5月20日 10:32", "2024年5月20日 10:32". Anything else → null (never a guess).
 */

const MINUTE = 60_000;

function at(y: number, mo: number, d: number, h = 0, mi = 0): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const date = new Date(y, mo - 1, d, h, mi);
  // Rejects 02-30 and the like, which Date would roll into March.
  return date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

/** A month-day label without a year is the most recent such day, not one in the future. */
function thisOrLastYear(now: Date, mo: number, d: number, h: number, mi: number): Date | null {
  const date = at(now.getFullYear(), mo, d, h, mi);
  if (date && date.getTime() - now.getTime() > 24 * 60 * MINUTE) return at(now.getFullYear() - 1, mo, d, h, mi);
  return date;
}

const num = (s: string | undefined): number => Number(s ?? 0);

export function parseWeiboTime(label: string, now: Date): Date | null {
  const s = label.trim().replace(/\s+/g, ' ');
  if (s === '刚刚') return new Date(now.getTime());
  let m = /^(\d+) ?(秒|分钟|小时)前$/.exec(s);
  if (m) {
    const unit = m[2] === '秒' ? 1000 : m[2] === '分钟' ? MINUTE : 60 * MINUTE;
    return new Date(now.getTime() - num(m[1]) * unit);
  }
  m = /^(今天|昨天) ?(\d{1,2}):(\d{2})$/.exec(s);
  if (m) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (m[1] === '昨天' ? 1 : 0));
    return at(day.getFullYear(), day.getMonth() + 1, day.getDate(), num(m[2]), num(m[3]));
  }
  m = /^(\d{4})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})日?(?: ?(\d{1,2}):(\d{2}))?$/.exec(s);
  if (m) return at(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]));
  m = /^(\d{1,2})(?:-|月)(\d{1,2})日?(?: ?(\d{1,2}):(\d{2}))?$/.exec(s);
  if (m) return thisOrLastYear(now, num(m[1]), num(m[2]), num(m[3]), num(m[4]));
  return null;
}

/** The stable time in a weibo.com permalink's title attribute ("2024-05-20 10:32"), as ISO 8601. */
export function isoFromTitle(title: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(title.trim());
  if (!m) return undefined;
  return at(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]))?.toISOString();
}
