import { describe, expect, it } from 'vitest';
import {
  formatWeeklyHours,
  isOnShift,
  localTime,
  parseLanguages,
  parseMaxConcurrent,
  parseRole,
  parseTags,
  parseTimezone,
  parseWeeklyHours,
  validateDisplayName,
  validateUsername,
  type ShiftWindow,
} from '../src/server/domain/agent.js';

const at = (iso: string) => new Date(iso);
const h = (hh: number, mm = 0) => hh * 60 + mm;

describe('parseWeeklyHours / formatWeeklyHours', () => {
  it('reads day ranges and single days into windows sorted by day, in minutes', () => {
    expect(parseWeeklyHours('mon-fri 09:00-18:00; sat 10:00-14:00')).toEqual([
      { day: 1, start: h(9), end: h(18) },
      { day: 2, start: h(9), end: h(18) },
      { day: 3, start: h(9), end: h(18) },
      { day: 4, start: h(9), end: h(18) },
      { day: 5, start: h(9), end: h(18) },
      { day: 6, start: h(10), end: h(14) },
    ]);
  });

  it('reads "always" and the empty string as no schedule', () => {
    expect(parseWeeklyHours('always')).toBeNull();
    expect(parseWeeklyHours(' Always ')).toBeNull();
    expect(parseWeeklyHours('')).toBeNull();
    expect(formatWeeklyHours(null)).toBe('always');
  });

  it('accepts upper case, one-digit hours, commas between windows and "+" between days', () => {
    expect(parseWeeklyHours('MON+Wed 9:00-17:30, sun 08:00-09:00')).toEqual([
      { day: 0, start: h(8), end: h(9) },
      { day: 1, start: h(9), end: h(17, 30) },
      { day: 3, start: h(9), end: h(17, 30) },
    ]);
  });

  it('wraps a day range through the weekend', () => {
    expect(parseWeeklyHours('fri-mon 09:00-17:00')?.map((w) => w.day)).toEqual([0, 1, 5, 6]);
  });

  it.each([
    'mon-fri 09:00-18:00; sat 10:00-14:00',
    'sun-sat 00:00-24:00',
    'sun-mon+fri-sat 09:00-17:00',
    'mon+wed+fri 22:00-06:00',
    'mon-fri 09:00-12:00; mon-fri 13:00-18:00',
    'sun 10:00-16:00; sat 22:00-02:00',
  ])('round-trips %j through format and parse', (text) => {
    const windows = parseWeeklyHours(text);
    expect(formatWeeklyHours(windows)).toBe(text);
    expect(parseWeeklyHours(formatWeeklyHours(windows))).toEqual(windows);
  });

  it('formats windows in any order the same way as sorted ones', () => {
    const shuffled: ShiftWindow[] = [
      { day: 6, start: h(10), end: h(14) },
      { day: 2, start: h(9), end: h(18) },
      { day: 1, start: h(9), end: h(18) },
    ];
    expect(formatWeeklyHours(shuffled)).toBe('sat 10:00-14:00; mon-tue 09:00-18:00');
    expect(parseWeeklyHours(formatWeeklyHours(shuffled))).toEqual(parseWeeklyHours('mon-tue 09:00-18:00; sat 10:00-14:00'));
  });

  it('keeps an overnight window on the day it starts', () => {
    expect(parseWeeklyHours('fri 22:00-06:00')).toEqual([{ day: 5, start: h(22), end: h(6) }]);
  });

  it.each([
    ['a missing time', 'mon-fri'],
    ['hours without minutes', 'mon 9-17'],
    ['spaces around the dash', 'mon 09:00 - 17:00'],
    ['an unknown day', 'monday 09:00-17:00'],
    ['an hour past 24', 'mon 09:00-25:00'],
    ['minutes past 59', 'mon 09:60-17:00'],
    ['24:30', 'mon 09:00-24:30'],
    ['an empty window', 'mon 09:00-09:00'],
    ['a window starting at 24:00', 'mon 24:00-06:00'],
    ['a three-day "range"', 'mon-tue-wed 09:00-10:00'],
    ['an empty day in a list', 'mon+ 09:00-10:00'],
    ['only separators', ';,;'],
    ['one bad window among good ones', 'mon 09:00-17:00; tue 9am-5pm'],
  ])('rejects %s (%j) as an hours error', (_what, text) => {
    expect(() => parseWeeklyHours(text)).toThrow(expect.objectContaining({ code: 'WUKF_E_INVALID_INPUT', field: 'hours' }));
    expect(() => parseWeeklyHours(text)).toThrow(/^hours: expected "always" or/);
  });
});

describe('localTime and isOnShift', () => {
  it('reads midnight as minute 0 of the new day, not 24:00 of the old one', () => {
    expect(localTime(at('2024-01-01T00:00:00Z'), 'UTC')).toEqual({ day: 1, minute: 0 });
    expect(localTime(at('2024-01-01T23:59:00Z'), 'UTC')).toEqual({ day: 1, minute: h(23, 59) });
  });

  const office = { hours: parseWeeklyHours('mon-fri 09:00-18:00'), timezone: 'Asia/Shanghai' };

  it('judges an instant by the wall clock of the agent\'s time zone, start inclusive and end exclusive', () => {
    // 2024-01-08 is a Monday; Shanghai is UTC+8 all year.
    expect(isOnShift(office, at('2024-01-08T00:59:00Z'))).toBe(false); // Mon 08:59
    expect(isOnShift(office, at('2024-01-08T01:00:00Z'))).toBe(true); // Mon 09:00
    expect(isOnShift(office, at('2024-01-08T09:59:00Z'))).toBe(true); // Mon 17:59
    expect(isOnShift(office, at('2024-01-08T10:00:00Z'))).toBe(false); // Mon 18:00
    expect(isOnShift(office, at('2024-01-06T03:00:00Z'))).toBe(false); // Sat 11:00
  });

  it('gives different answers for the same instant in different zones', () => {
    const instant = at('2024-01-07T22:00:00Z'); // Sun 17:00 in New York, Mon 06:00 in Shanghai, Sun 22:00 in UTC
    const hours = parseWeeklyHours('sun 16:00-18:00');
    expect(isOnShift({ hours, timezone: 'America/New_York' }, instant)).toBe(true);
    expect(isOnShift({ hours, timezone: 'Asia/Shanghai' }, instant)).toBe(false);
    expect(isOnShift({ hours, timezone: 'UTC' }, instant)).toBe(false);
  });

  it('follows daylight saving time', () => {
    const morning = { hours: parseWeeklyHours('mon-fri 09:00-17:00'), timezone: 'America/New_York' };
    expect(isOnShift(morning, at('2024-07-08T13:00:00Z'))).toBe(true); // Mon 09:00 EDT (UTC-4)
    expect(isOnShift(morning, at('2024-01-08T13:00:00Z'))).toBe(false); // Mon 08:00 EST (UTC-5)
  });

  it('runs an overnight window into the next morning, and only that morning', () => {
    const night = { hours: parseWeeklyHours('fri 22:00-06:00'), timezone: 'UTC' };
    expect(isOnShift(night, at('2024-01-12T21:59:00Z'))).toBe(false); // Fri 21:59
    expect(isOnShift(night, at('2024-01-12T22:00:00Z'))).toBe(true); // Fri 22:00
    expect(isOnShift(night, at('2024-01-13T05:59:00Z'))).toBe(true); // Sat 05:59
    expect(isOnShift(night, at('2024-01-13T06:00:00Z'))).toBe(false); // Sat 06:00
    expect(isOnShift(night, at('2024-01-12T05:00:00Z'))).toBe(false); // Fri 05:00: the previous night is Thursday's
    expect(isOnShift(night, at('2024-01-13T23:00:00Z'))).toBe(false); // Sat 23:00
  });

  it('wraps an overnight window from Saturday into Sunday', () => {
    const night = { hours: parseWeeklyHours('sat 22:00-02:00'), timezone: 'Asia/Tokyo' };
    expect(isOnShift(night, at('2024-01-13T16:30:00Z'))).toBe(true); // Sun 01:30 in Tokyo
    expect(isOnShift(night, at('2024-01-13T17:00:00Z'))).toBe(false); // Sun 02:00 in Tokyo
  });

  it('treats a window ending at 24:00 as running to midnight', () => {
    const late = { hours: parseWeeklyHours('mon 20:00-24:00'), timezone: 'UTC' };
    expect(isOnShift(late, at('2024-01-08T23:59:00Z'))).toBe(true);
    expect(isOnShift(late, at('2024-01-09T00:00:00Z'))).toBe(false);
  });

  it('puts an agent without a schedule on shift at any hour', () => {
    expect(isOnShift({ hours: null, timezone: 'UTC' }, at('2024-01-07T03:00:00Z'))).toBe(true);
  });
});

describe('field parsers', () => {
  it('canonicalises language tags and drops duplicates', () => {
    expect(parseLanguages('zh-cn, EN,en ,zh-hans-cn')).toEqual(['zh-CN', 'en', 'zh-Hans-CN']);
    expect(parseLanguages('')).toEqual([]);
  });

  it.each(['en_US', 'x', 'english!', '123'])('rejects the language tag %j', (tag) => {
    expect(() => parseLanguages(`en,${tag}`)).toThrow(`languages: expected comma-separated BCP 47 language tags such as en, zh-CN, got ${JSON.stringify(tag)}`);
  });

  it('lower-cases and de-duplicates skill tags, keeping non-Latin words', () => {
    expect(parseTags('skills', 'Billing, refunds,billing,,退款')).toEqual(['billing', 'refunds', '退款']);
    expect(() => parseTags('skills', 'vip, two words')).toThrow(/^skills: .*"two words"/);
  });

  it('canonicalises time zones and rejects offsets and unknown names', () => {
    expect(parseTimezone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(parseTimezone('utc')).toBe('UTC');
    for (const bad of ['', '+08:00', 'Mars/Olympus_Mons']) expect(() => parseTimezone(bad)).toThrow(/^timezone: /);
  });

  it('accepts max concurrent 1-1000 written as digits only', () => {
    expect(parseMaxConcurrent('1')).toBe(1);
    expect(parseMaxConcurrent(' 1000 ')).toBe(1000);
    for (const bad of ['0', '1001', '-1', '2.5', '1e3', '', 'five']) expect(() => parseMaxConcurrent(bad)).toThrow(/^max concurrent: /);
  });

  it('checks usernames, display names and roles', () => {
    expect(validateUsername('li.wei_2')).toBe('li.wei_2');
    for (const bad of ['a', 'Alice', '-ab', 'a b', 'x'.repeat(33)]) expect(() => validateUsername(bad)).toThrow(/^username: /);
    expect(validateDisplayName('  李伟 ')).toBe('李伟');
    for (const bad of ['', '   ', 'tab\there', 'x'.repeat(65)]) expect(() => validateDisplayName(bad)).toThrow(/^display name: /);
    expect(parseRole('admin')).toBe('admin');
    expect(() => parseRole('owner')).toThrow(/^role: expected one of admin, agent/);
  });
});
