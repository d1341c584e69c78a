import { baseTables } from './dimensions.js';
import { distinctColumn, summedColumn } from './measure-aggregates.js';
import type { SeriesYears } from './measure-types.js';
import { countsOn, keyList, MAX_SERIES_YEARS } from './statement-parts.js';
import type { StockParts } from './stock-sql.js';

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
  // Each group is of demo records or of none (`dm`), so that a year's demo share adds up from them.
  const keys = [
    ...columns.map((column, i) => `${column} AS d${i}`),
    `${base.record}.provenance = 'DEMO' AS dm`,
  ];
  // Rows are first grouped by their raw dates, a cheap key; the years are worked out on those groups,
  // not on every row (date functions on each of a million rows cost more than the scan).
  const byDate = [
    ...keys,
    ...(distinct ? [`${distinct} AS dc`] : []),
    `${time.from} AS f`,
    time.until ? `${time.until} AS u` : 'NULL::date AS u',
    `${countsOn(time.from, time.until, dayParameter)} AS now`,
    ...(definition.kind === 'RATIO'
      ? [
          `${definition.numerator} AS nf`,
          `${definition.numeratorCountsFrom} AS nfrom`,
          `${countsOn(definition.numeratorCountsFrom, null, dayParameter)} AS nnow`,
        ]
      : []),
  ];
  const year = (date: string) => `date_part('year', ${date})::int`;
  const byYear = [
    ...columns.map((_, i) => `d${i}`),
    'dm',
    ...(distinct ? ['dc'] : []),
    `${year('f')} AS fy`,
    `${year('u + 1')} AS uy`,
    'now',
    ...(ratio ? ['nf', `${year('nfrom')} AS nfy`, 'nnow'] : []),
  ];
  const groupKeys = (list: string[]) => list.map((_, i) => i + 1).join(', ');
  const counts = `${rows.count()} AS n${summed ? `, sum(${summed}) AS v` : ''}`;
  // Where the table stores the years its rows count from and until (a million social workers), the
  // rows are grouped by them in one step.
  const storedYears = !ratio && base.years && time.from === base.countsFrom ? base.years : null;
  const dated = storedYears
    ? `SELECT ${[
        ...keys,
        ...(distinct ? [`${distinct} AS dc`] : []),
        `${storedYears.from} AS fy`,
        time.until ? `${storedYears.until} AS uy` : 'NULL::int AS uy',
        `${countsOn(time.from, time.until, dayParameter)} AS now`,
      ].join(', ')},
        ${counts} FROM ${table}${stock.serviceFields} WHERE ${stock.where} GROUP BY ${groupKeys(byYear)}`
    : `SELECT ${byYear.join(', ')}, sum(n) AS n${summed ? ', sum(v) AS v' : ''} FROM (
        SELECT ${byDate.join(', ')}, ${counts} FROM ${table}${stock.serviceFields} WHERE ${stock.where} GROUP BY ${groupKeys(byDate)}
      ) by_date GROUP BY ${groupKeys(byYear)}`;
  // A row counts at the end of year y when it started in or before y and had not ended before its end.
  const countsAt = (fy: string, uy: string | null, now: string) =>
    `CASE WHEN y < ${yearOfDay} THEN (${fy} IS NULL OR ${fy} <= y)${uy ? ` AND (${uy} IS NULL OR ${uy} > y)` : ''} ELSE ${now} END`;
  // The aggregates over the groups that count (`rows`), a ratio's numerator over those that also
  // count as doing what it counts (`numerator`): per year after the join, and as of the day.
  const aggregates = (rows: string, numerator: string) => {
    const all = `sum(n) FILTER (WHERE ${rows})`;
    const part = `sum(n) FILTER (WHERE ${rows} AND nf AND ${numerator})`;
    const demo = summed
      ? `, sum(v) FILTER (WHERE ${rows} AND dm) AS demo_part, sum(v) FILTER (WHERE ${rows}) AS demo_whole`
      : `, sum(n) FILTER (WHERE ${rows} AND dm) AS demo_part, ${all} AS demo_whole`;
    if (ratio)
      return `${part} AS numerator, ${all} AS denominator, 100.0 * ${part} / nullif(${all}, 0) AS value${demo}`;
    const counted = distinct
      ? `count(DISTINCT dc) FILTER (WHERE ${rows})`
      : summed
        ? `sum(v) FILTER (WHERE ${rows})`
        : all;
    return `${counted} AS numerator, NULL::numeric AS denominator, coalesce(${counted}, 0) AS value${demo}`;
  };
  const outer = aggregates('true', countsAt('nfy', null, 'nnow'));
  // The total as of the day from the same groups, so that the rows are read once; not by
  // SERVICE_FIELD, whose groups count a record once per field.
  const total = aggregates('now', 'nnow');
  // With YEAR alone every year has its cell, 0 where nothing counted; with other dimensions, as in
  // any breakdown, only the combinations that hold records.
  const join = columns.length ? 'JOIN' : 'LEFT JOIN';
  const order = ['y', ...columns.map((_, i) => `d${i}`)].join(', ');
  return `WITH dated AS (
      ${dated}
    ), years AS (
      SELECT y FROM generate_series(
        greatest(coalesce(${firstYear}, (SELECT min(${ratio ? 'nfy' : 'fy'}) FROM dated${ratio ? ' WHERE nf' : ''}), ${lastYear}), ${lastYear} - ${MAX_SERIES_YEARS - 1}),
        ${lastYear}) AS y
    )
    ${stock.serviceFields ? `${stock.totalRow} UNION ALL` : `SELECT ${stock.head('true', 'NULL::text')}${keyList(0, width, () => '')}, ${total} FROM dated UNION ALL`}
    (SELECT ${stock.head('false', 'y::text')}${keyList(columns.length, width, (i) => `d${i}`)}, ${outer}
    FROM years ${join} dated ON ${countsAt('fy', time.until ? 'uy' : null, 'now')}
    GROUP BY ${order} ORDER BY ${order})`;
}
