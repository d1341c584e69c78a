import { chinaDay } from '../../../shared/china-day.js';
import { z } from 'zod';

/**
 * Dates as the registry keeps them: a year, a year-month or a day (`2019`, `2019-06`, `2019-06-30`),
 * because the documents publish all three. A partial date names a period; a measure "as of" it is
 * taken at the period's last day.
 */

const partialDatePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The first day of a partial date's period, or null when the text is no date of the calendar. */
function firstDay(value: string): Date | null {
  if (!partialDatePattern.test(value)) return null;
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date
    : null;
}

export const isPartialDate = (value: string): boolean => firstDay(value) != null;

/** The years a date of the registry may fall in: older records than 1800 are none, plans reach 2100 at most. */
export const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

export const partialDate = z
  .string()
  // A value that is no date in form is one problem, not also "no date of the calendar".
  .regex(partialDatePattern, {
    message: 'must be a year, year-month or date: 2021, 2021-06 or 2021-06-30',
    abort: true,
  })
  .refine(isPartialDate, 'is not a date of the calendar')
  .refine((value) => Number(value.slice(0, 4)) >= FIRST_YEAR, `must be from ${FIRST_YEAR} on`)
  .refine((value) => Number(value.slice(0, 4)) <= LAST_YEAR, `must be ${LAST_YEAR} or earlier`);

/** A date that has begun: what was founded, started, published or issued cannot be in the future. */
export const pastPartialDate = partialDate.superRefine((value, context) => {
  const now = today();
  if (value > now.slice(0, value.length))
    context.addIssue({ code: 'custom', message: `must not be in the future (today is ${now})` });
});

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Today, in China: the day a region's team and its readers are living (shared/china-day.ts). */
export const today = (): string => chinaDay();

/** The first day of the period a partial date names: 2013 → 2013-01-01, 2020-03 → 2020-03-01. */
export function startDay(value: string): string {
  const first = firstDay(value);
  if (!first) throw new Error(`${value} is not a partial date`);
  return isoDay(first);
}

/** The last day of the period a partial date names: 2019 → 2019-12-31, 2019-02 → 2019-02-28. */
export function lastDay(value: string): string {
  const first = firstDay(value);
  if (!first) throw new Error(`${value} is not a partial date`);
  const parts = value.split('-').length;
  const next = new Date(first);
  if (parts === 1) next.setUTCFullYear(next.getUTCFullYear() + 1);
  else if (parts === 2) next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCDate(next.getUTCDate() + 1);
  next.setUTCDate(next.getUTCDate() - 1);
  return isoDay(next);
}

/**
 * Whether the period one partial date names starts after the period of another has ended: 2026-01
 * after 2025, but not 2025-06, which is within it. False where either is no date: a write's rules
 * also judge what did not parse, and a date that is none is a problem of its own.
 */
export const startsAfter = (start: string, end: string): boolean =>
  isPartialDate(start) && isPartialDate(end) && startDay(start) > lastDay(end);

/**
 * The end of a year, year-month or day as a point on the calendar in years: 2023-12-31 is 2024.0,
 * 2023-07-02 about 2023.5. A projection carries a value on from this point to the end of a year.
 */
export function yearsAt(value: string): number {
  const day = new Date(`${lastDay(value)}T00:00:00Z`);
  const year = day.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (day.getTime() + 86_400_000 - start) / length;
}
