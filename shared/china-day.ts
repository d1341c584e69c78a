/**
 * The calendar day in China (UTC+8, no daylight saving), YYYY-MM-DD: the registries' "today",
 * whatever zone the server's clock is set to. UTC's day would still be yesterday from 00:00 to
 * 08:00 in Beijing, refusing that morning's own date as "in the future" and reporting as of the day
 * before.
 */
const chinaDays = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const chinaDay = (at: Date = new Date()): string => chinaDays.format(at);
