/**
 * The calendar day in China (UTC+8, no daylight saving), YYYY-MM-DD: the registries' "today",
 * whatever zone the server's clock is set to. UTC's day would still be yesterday from 00:00 to
 * 08:00 in Beijing, refusing that morning's own date as "in the future" and reporting as of the day
 * before.
 */
/** China's time zone: UTC+8 all year. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

const chinaDays = new Intl.DateTimeFormat('en-CA', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const chinaDay = (at: Date = new Date()): string => chinaDays.format(at);

/** The calendar year in China: this year, for a series that runs to it. */
export const chinaYear = (at: Date = new Date()): number => Number(chinaDay(at).slice(0, 4));

const chinaTimes = new Intl.DateTimeFormat('en-GB', {
  timeZone: CHINA_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A moment as a reader in China reads it, with its offset: 2026-12-05T01:30:00+08:00, not UTC's Z. */
export const chinaTime = (at: Date = new Date()): string =>
  `${chinaDay(at)}T${chinaTimes.format(at)}+08:00`;
