import { describe, expect, it } from 'vitest';
import { isoFromTitle, parseWeiboTime } from './time';

const now = new Date(2024, 4, 20, 10, 35, 0);
const local = (...a: [number, number, number, number?, number?]) =>
  new Date(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0);

describe('parseWeiboTime', () => {
  it.each([
    ['刚刚', now],
    ['30秒前', new Date(now.getTime() - 30_000)],
    ['3分钟前', new Date(now.getTime() - 3 * 60_000)],
    [' 3 分钟前 ', new Date(now.getTime() - 3 * 60_000)],
    ['2小时前', new Date(now.getTime() - 2 * 3_600_000)],
    ['今天 10:32', local(2024, 5, 20, 10, 32)],
    ['今天10:32', local(2024, 5, 20, 10, 32)],
    ['昨天 23:59', local(2024, 5, 19, 23, 59)],
    ['05-20 10:32', local(2024, 5, 20, 10, 32)],
    ['5-3 08:00', local(2024, 5, 3, 8, 0)],
    ['05-19', local(2024, 5, 19)],
    ['5月20日 10:32', local(2024, 5, 20, 10, 32)],
    ['2024-05-20 10:32', local(2024, 5, 20, 10, 32)],
    ['2023-12-31', local(2023, 12, 31)],
    ['2024年5月20日 10:32', local(2024, 5, 20, 10, 32)],
  ])('%s', (label, expected) => {
    expect(parseWeiboTime(label, now)?.getTime()).toBe(expected.getTime());
  });

  it('puts a month-day label later in the year than today into last year', () => {
    expect(parseWeiboTime('12-31 23:00', now)?.getTime()).toBe(local(2023, 12, 31, 23, 0).getTime());
    const newYear = new Date(2024, 0, 1, 0, 5);
    expect(parseWeiboTime('昨天 23:50', newYear)?.getTime()).toBe(local(2023, 12, 31, 23, 50).getTime());
  });

  it.each(['', '很久以前', '3天前', '2024-02-30 10:00', '13-01 10:00', '05-20 25:00', '今天 10:61', 'yesterday'])(
    'rejects %j',
    (label) => {
      expect(parseWeiboTime(label, now)).toBeNull();
    },
  );
});

describe('isoFromTitle', () => {
  it('reads the permalink title', () => {
    expect(isoFromTitle('2024-05-20 10:32')).toBe(local(2024, 5, 20, 10, 32).toISOString());
    expect(isoFromTitle('3分钟前')).toBeUndefined();
    expect(isoFromTitle('2024-13-20 10:32')).toBeUndefined();
  });
});
