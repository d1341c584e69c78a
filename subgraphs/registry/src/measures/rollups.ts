import type { RollupOf } from './rollup-definitions.js';

/**
 * A table's records as a measure reads them: its rollup's combinations, each standing for `records`
 * records, with their dates kept to the year (see AddMeasureRollups), and one by one, from the table
 * itself, the records with a date in one of `years` (parameters), which the combinations leave out.
 * The years are those of the days the measure compares dates with; any other year's surrogate date
 * compares with such a day as the record's own date does, so the answer is exactly the one from every
 * record. The relation has the table's columns and names, and `records` (1 for a record read alone).
 */
export function rolledUpRows(of: RollupOf, years: readonly string[]): string {
  const columns = [...of.columns, ...of.fromDates, ...of.untilDates].join(', ');
  const yearStart = (year: string) => `make_date(${year}, 1, 1)`;
  // A record's own date falls in the year; a combination's surrogate is the one of that year.
  const inYear = years.flatMap((year) => [
    ...of.fromDates.map(
      (date) => `(${date} >= ${yearStart(year)} AND ${date} < ${yearStart(`${year} + 1`)})`,
    ),
    ...of.untilDates.map(
      (date) => `(${date} >= ${yearStart(year)} - 1 AND ${date} < ${yearStart(`${year} + 1`)} - 1)`,
    ),
  ]);
  const notOfYear = years.flatMap((year) => [
    ...of.fromDates.map((date) => `${date} IS DISTINCT FROM ${yearStart(year)}`),
    ...of.untilDates.map((date) => `${date} IS DISTINCT FROM ${yearStart(year)} - 1`),
  ]);
  return `(SELECT ${columns}, records FROM ${of.rollup} WHERE ${notOfYear.join(' AND ')}
    UNION ALL SELECT ${columns}, 1 AS records FROM ${of.table} WHERE ${inYear.join(' OR ')})`;
}
