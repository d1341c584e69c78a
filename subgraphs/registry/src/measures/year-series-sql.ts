import { baseTables } from './dimensions.js';
import { distinctColumn, summedColumn, type StockParts } from './measure-aggregates.js';
import type { SeriesYears } from './measure-types.js';
import { countsOn, keyColumn, keyList } from './statement-parts.js';
import { MAX_SERIES_YEARS } from '../../../../shared/series-years.js';

/**
 * The year-end values from the first year to the last in one scan: the rows are first grouped by
 * their keys and the years they start and stop counting in (a few hundred groups however many rows),
 * then each generated year adds up the groups that count at its end. The year of the day measured
 * as of ends on that day.
 */
export function yearSeriesSql(stock: StockParts, years: SeriesYears): string {
  const { definition, day, columns, width, parameters, time, rows, dayParameter } = stock;
  const base = baseTables[definition.base];
  const table = rows.from;
  const lastYear = parameters.add(years.to, 'int');
  const firstYear = parameters.add(years.from, 'int');
  const yearOfDay = parameters.add(Number(day.slice(0, 4)), 'int');
  const ratio = definition.kind === 'RATIO';
  const distinct = distinctColumn(definition);
  const summed = summedColumn(definition);
  // Each group is of demo records or of none (`is_demo`), so that a year's demo share adds up from them.
  const keys = [
    ...columns.map((column, i) => `${column} AS ${keyColumn(i)}`),
    `${base.record}.provenance = 'DEMO' AS is_demo`,
  ];
  // Rows are first grouped by their raw dates, a cheap key; the years are worked out on those groups,
  // not on every row (date functions on each of a million rows cost more than the scan).
  const byDate = [
    ...keys,
    ...(distinct ? [`${distinct} AS distinct_value`] : []),
    `${time.from} AS counts_from`,
    time.until ? `${time.until} AS counts_until` : 'NULL::date AS counts_until',
    `${stock.countedOnDay} AS counts_on_day`,
    ...(definition.kind === 'RATIO'
      ? [
          `${definition.numerator} AS in_numerator`,
          `${definition.numeratorCountsFrom} AS numerator_from`,
          `${countsOn(definition.numeratorCountsFrom, null, dayParameter)} AS numerator_on_day`,
        ]
      : []),
  ];
  const year = (date: string) => `date_part('year', ${date})::int`;
  const byYear = [
    ...columns.map((_, i) => keyColumn(i)),
    'is_demo',
    ...(distinct ? ['distinct_value'] : []),
    `${year('counts_from')} AS from_year`,
    `${year('counts_until + 1')} AS until_year`,
    'counts_on_day',
    ...(ratio
      ? ['in_numerator', `${year('numerator_from')} AS numerator_from_year`, 'numerator_on_day']
      : []),
  ];
  const groupKeys = (list: string[]) => list.map((_, i) => i + 1).join(', ');
  const counts = `${rows.count()} AS records${summed ? `, sum(${summed}) AS amount` : ''}`;
  // Where the table stores the years its rows count from and until (a million social workers), the
  // rows are grouped by them in one step.
  const storedYears = !ratio && base.years && time.from === base.countsFrom ? base.years : null;
  const dated = storedYears
    ? `SELECT ${[
        ...keys,
        ...(distinct ? [`${distinct} AS distinct_value`] : []),
        `${storedYears.from} AS from_year`,
        time.until ? `${storedYears.until} AS until_year` : 'NULL::int AS until_year',
        `${stock.countedOnDay} AS counts_on_day`,
      ].join(', ')},
        ${counts} FROM ${table}${stock.serviceFields} WHERE ${stock.where} GROUP BY ${groupKeys(byYear)}`
    : `SELECT ${byYear.join(', ')}, sum(records) AS records${summed ? ', sum(amount) AS amount' : ''} FROM (
        SELECT ${byDate.join(', ')}, ${counts} FROM ${table}${stock.serviceFields} WHERE ${stock.where} GROUP BY ${groupKeys(byDate)}
      ) by_date GROUP BY ${groupKeys(byYear)}`;
  // A group counts at the end of a year when it started in or before it and had not stopped counting
  // by its end (`untilYear`, the year of the day after its last); in the year of the day measured, on that day.
  const countsAt = (fromYear: string, untilYear: string | null, onDay: string) =>
    `CASE WHEN series_year < ${yearOfDay} THEN (${fromYear} IS NULL OR ${fromYear} <= series_year)${untilYear ? ` AND (${untilYear} IS NULL OR ${untilYear} > series_year)` : ''} ELSE ${onDay} END`;
  // The aggregates over the groups that count (`rows`), a ratio's numerator over those that also
  // count as doing what it counts (`numerator`): per year after the join, and as of the day.
  const weight = summed ? 'amount' : 'records';
  // A year-end at which no group counts, though some had started by then, is a count of 0 resting on
  // the records that had all ended: its demo share is theirs (measure-results.ts says the same of a
  // total), read from the few groups, not the table. Where none had started, nothing registered: null.
  // The year of the day is the total as of the day, whose share is the total's (measure-results.ts):
  // the groups know a start's year, not whether it came before the day.
  const started = (demo: string) =>
    `(SELECT sum(${weight})${demo} FROM dated started WHERE started.from_year IS NULL OR started.from_year <= series_year)`;
  const aggregates = (rows: string, numerator: string, yearEnds: boolean) => {
    const orEnded = (own: string, demo: string) =>
      yearEnds && !ratio
        ? `CASE WHEN count(is_demo) = 0 AND series_year < ${yearOfDay} THEN ${started(demo)} ELSE ${own} END`
        : own;
    const all = `sum(records) FILTER (WHERE ${rows})`;
    // None of a year's whole in its part is a part of 0, not an unknown one; a year with no whole
    // has no part either, as its total without YEAR says 0 of 0 rather than 0 of none.
    const part = `CASE WHEN ${all} IS NOT NULL THEN coalesce(sum(records) FILTER (WHERE ${rows} AND in_numerator AND ${numerator}), 0) END`;
    const demo = `, ${orEnded(`sum(${weight}) FILTER (WHERE ${rows} AND is_demo)`, ' FILTER (WHERE started.is_demo)')} AS demo_part, ${orEnded(`sum(${weight}) FILTER (WHERE ${rows})`, '')} AS demo_whole`;
    if (ratio)
      return `${part} AS numerator, ${all} AS denominator, 100.0 * ${part} / nullif(${all}, 0) AS value${demo}`;
    const counted = distinct
      ? `count(DISTINCT distinct_value) FILTER (WHERE ${rows})`
      : summed
        ? `sum(amount) FILTER (WHERE ${rows})`
        : all;
    // A count's numerator is its value (Measure.numerator), a year of no records 0 as the
    // measure's own is; an amount with nothing to add up has none.
    const countedOrNone = summed ? counted : `coalesce(${counted}, 0)`;
    return `${countedOrNone} AS numerator, NULL::numeric AS denominator, coalesce(${counted}, 0) AS value${demo}`;
  };
  const outer = aggregates('true', countsAt('numerator_from_year', null, 'numerator_on_day'), true);
  // The total as of the day from the same groups, so that the rows are read once; not by
  // SERVICE_FIELD, whose groups count a record once per field.
  const total = aggregates('counts_on_day', 'numerator_on_day', false);
  // With YEAR alone every year has its cell, 0 where nothing counted; with other dimensions, as in
  // any breakdown, only the combinations that hold records.
  const join = columns.length ? 'JOIN' : 'LEFT JOIN';
  const order = ['series_year', ...columns.map((_, i) => keyColumn(i))].join(', ');
  return `WITH dated AS (
      ${dated}
    ), years AS (
      SELECT series_year FROM generate_series(
        greatest(coalesce(${firstYear}, (SELECT min(${ratio ? 'numerator_from_year' : 'from_year'}) FROM dated${ratio ? ' WHERE in_numerator' : ''}), ${lastYear}), ${lastYear} - ${MAX_SERIES_YEARS - 1}),
        ${lastYear}) AS series_year
    )
    ${stock.serviceFields ? `${stock.totalRow} UNION ALL` : `SELECT ${stock.head('true', 'NULL::text')}${keyList(0, width, () => '')}, ${total} FROM dated UNION ALL`}
    (SELECT ${stock.head('false', 'series_year::text')}${keyList(columns.length, width, keyColumn)}, ${outer}
    FROM years ${join} dated ON ${countsAt('from_year', time.until ? 'until_year' : null, 'counts_on_day')}
    GROUP BY ${order} ORDER BY ${order})`;
}
