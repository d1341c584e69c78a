import { chinaDay } from './china-day.js';
/**
 * The first calendar year not wholly over when something is judged as of `asOf` (a year, year-month
 * or day, as the API takes it): this year as of today or a day of it, a past day's own year, or the
 * next once that day is its year's last (as of 2025, 2026). A target is due by the end of its year,
 * so one of 2025 is due as of 2025-12-31: the registry's judgement and the report's choice of target
 * read it here, alike.
 */
export function firstYearNotOver(asOf: string | null, today = chinaDay()): number {
  if (!asOf || asOf >= today.slice(0, asOf.length)) return Number(today.slice(0, 4));
  const endsItsYear = asOf.length === 4 || asOf.endsWith('-12') || asOf.endsWith('-12-31');
  return Number(asOf.slice(0, 4)) + (endsItsYear ? 1 : 0);
}
