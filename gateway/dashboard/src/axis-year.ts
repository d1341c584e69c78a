/**
 * Where a day falls on an axis of year-ends (a point at 2025 is the end of 2025): the end of
 * 2023-09 is three quarters into the year that 2022's point ends, 2022.75; a year is its own end.
 */
export function axisYearOf(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number?, number?];
  if (month == null) return year;
  const start = Date.UTC(year, 0, 1);
  const end = date == null ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, date + 1);
  return year - 1 + (end - start) / (Date.UTC(year + 1, 0, 1) - start);
}
