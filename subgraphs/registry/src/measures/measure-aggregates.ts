import { baseTables, type MeasureBase } from './dimensions.js';
import type { Aggregate, IndicatorMeasure } from './indicators.js';
import type { MeasureScope } from './measure-types.js';
import { rolledUpRows } from './rollups.js';
import { countsOn, filtered, type Parameters } from './statement-parts.js';

/** The SQL fragments of what a measure reads and how its rows add up, whatever its breakdown. */

/**
 * The bounds a definition's rows count between; a programme's records count once placed, however
 * long ago, but none before it began: a host's period or a worker's post that ended before, or the
 * days before, are not the programme's (a host's city of years before is no city it reached). A
 * flow counts every row that had not ended before its first day, so its end is a fixed filter
 * (`ended`) and only the start moves with the day.
 */
export function bounds(
  definition: IndicatorMeasure,
  scope: MeasureScope | undefined,
  since: string | null,
  parameters: Parameters,
) {
  const base = baseTables[definition.base];
  const from = (definition.kind === 'COUNT' && definition.countsFrom) || base.countsFrom;
  if (scope?.programId) {
    const began = `(SELECT runs_from FROM program WHERE id = ${parameters.add(scope.programId, 'bigint')})`;
    return {
      from: `greatest(${from}, ${began})`,
      until: null,
      ended: `(${base.countsUntil} IS NULL OR ${base.countsUntil} >= ${began})`,
      period: true,
    };
  }
  if (since)
    return {
      from,
      until: null,
      ended: `(${base.countsUntil} IS NULL OR ${base.countsUntil} >= ${parameters.add(since, 'date')})`,
      period: true,
    };
  return { from, until: base.countsUntil, ended: 'true', period: false };
}

export type Bounds = ReturnType<typeof bounds>;

/**
 * The rows a measure reads (`from`), the records they stand for one by one (`records`, a relation of
 * the base table's columns), and how many records those meeting a filter stand for.
 */
export interface Rows {
  from: string;
  records: string;
  count: (filter?: string) => string;
  /**
   * The records of several rows taken at their earliest over a period, as a query of the
   * statement's WITH (`earliest_rows`): the count and its undated records read them, computed once.
   */
  earliest: string | null;
}

/** The name `Rows.earliest` is given in the statement's WITH. */
const EARLIEST = 'earliest_rows';
const shared = (sql: string) => `${EARLIEST} AS MATERIALIZED ${sql}`;

/**
 * A base's rollup where it has one, with the records of the years of `days` (the day measured, a
 * flow's first day) read one by one; the table itself under a programme's scope, which names the
 * rows (its hosts, its placements) and bounds them by the day it began, a day of no year the
 * rollup's dates keep apart. Over a period (`period`, the conditions of the rows it
 * counts), a record of several rows (a moved worker's posts) counts once, at its earliest row those
 * conditions take: a worker moved from an agency to a hospital within the period is among its
 * medical social workers, at the hospital, and in its total once. Those records are read one by one;
 * the others, of one row each, still come from the rollup. A distinct count (`everyRow`) takes the
 * values of every row over the period instead: a county a placed worker moved to within it was
 * reached too, as was a city an institution moved to. Its demo share is then of those rows; the
 * records it counts apart (those undated) are still counted once.
 */
export function rowsOf(
  base: MeasureBase,
  scope: MeasureScope | undefined,
  days: readonly string[],
  parameters: Parameters,
  period: string | null,
  everyRow = false,
): Rows {
  const { table, from, record, rollup, rowsOfRecord } = baseTables[base];
  if (!rollup || scope?.programId) {
    // A programme's records, each once over the period: at its earliest row the count takes.
    const earliest = period && rowsOfRecord ? earliestRows(base, period) : null;
    const records = earliest ? EARLIEST : table;
    const counted = everyRow ? table : records;
    return {
      from: from(counted),
      records,
      count: (filter) => filtered('count(*)', filter),
      earliest: earliest && shared(earliest),
    };
  }
  const years = [...new Set(days.map((day) => Number(day.slice(0, 4))))].map((year) =>
    parameters.add(year, 'int'),
  );
  const count = (filter?: string) => `coalesce(${filtered(`sum(${record}.records)`, filter)}, 0)`;
  const rolledUp = rolledUpRows(rollup, years);
  if (!period || !rowsOfRecord)
    return { from: from(rolledUp), records: table, count, earliest: null };
  const { sole } = rowsOfRecord;
  const earliest = earliestRows(base, `NOT ${record}.${sole} AND ${period}`);
  const columns = [...rollup.columns, ...rollup.fromDates, ...rollup.untilDates].join(', ');
  return {
    from: everyRow
      ? from(rolledUp)
      : from(`(SELECT * FROM ${rolledUp} r WHERE r.${sole}
      UNION ALL SELECT ${columns}, 1 AS records FROM ${EARLIEST} e)`),
    records: `(SELECT * FROM ${table} r WHERE r.${sole} UNION ALL SELECT * FROM ${EARLIEST} e)`,
    count,
    earliest: shared(earliest),
  };
}

/** Of a base whose records have several rows, each record's earliest row that meets `condition`. */
function earliestRows(base: MeasureBase, condition: string): string {
  const { table, from, record, rowsOfRecord } = baseTables[base];
  const { record: id, order } = rowsOfRecord!;
  return `(SELECT DISTINCT ON (${record}.${id}) ${record}.* FROM ${from(table)}
    WHERE ${condition} ORDER BY ${record}.${id}, ${record}.${order})`;
}

/** The column a distinct count counts the values of; null for any other definition. */
export const distinctColumn = (definition: IndicatorMeasure): string | null =>
  definition.kind === 'COUNT' && 'distinct' in definition.aggregate
    ? definition.aggregate.distinct
    : null;

/** The column a count of amounts adds up; null for any other definition. */
export const summedColumn = (definition: IndicatorMeasure): string | null =>
  definition.kind === 'COUNT' && 'sum' in definition.aggregate ? definition.aggregate.sum : null;

const aggregateSql = (aggregate: Aggregate, rows: Rows) =>
  'count' in aggregate
    ? rows.count()
    : 'sum' in aggregate
      ? `sum(${aggregate.sum})`
      : `count(DISTINCT ${aggregate.distinct})`;

/**
 * How much of a measure generated demo records make, as `demo_part` of `demo_whole`: of a count's
 * rows or summed values, of a distinct count's rows, of a ratio's denominator.
 */
function demoColumns(definition: IndicatorMeasure, demo: string, rows: Rows): string {
  const summed = summedColumn(definition);
  const counted = (filter?: string) =>
    summed ? filtered(`sum(${summed})`, filter) : rows.count(filter);
  return `, ${counted(demo)} AS demo_part, ${counted()} AS demo_whole`;
}

/** The select list of a definition's aggregates at one day: numerator, denominator (null for a count), value and demo share. */
export function aggregatesOn(definition: IndicatorMeasure, day: string, rows: Rows): string {
  const demo = demoColumns(
    definition,
    `${baseTables[definition.base].record}.provenance = 'DEMO'`,
    rows,
  );
  if (definition.kind === 'COUNT') {
    const aggregate = aggregateSql(definition.aggregate, rows);
    return `${aggregate} AS numerator, NULL::numeric AS denominator, coalesce(${aggregate}, 0) AS value${demo}`;
  }
  const numerator = rows.count(
    `${definition.numerator} AND ${countsOn(definition.numeratorCountsFrom, null, day)}`,
  );
  return `${numerator} AS numerator, ${rows.count()} AS denominator, 100.0 * ${numerator} / nullif(${rows.count()}, 0) AS value${demo}`;
}

/**
 * Whether a row counts at the end of `day` from a day inferred because its start is not known: a
 * ratio's row, in its whole or in its part.
 */
export function undatedCondition(definition: IndicatorMeasure, day: string): string {
  if (definition.kind === 'COUNT')
    return `(${definition.undatedWhen ?? baseTables[definition.base].undated})`;
  const inPart = `${definition.numerator} AND ${countsOn(definition.numeratorCountsFrom, null, day)}`;
  return `(${baseTables[definition.base].undated} OR (${inPart} AND ${definition.numeratorUndatedWhen}))`;
}

/** What every form of a stock measure's SELECT shares, worked out once. */
export interface StockParts {
  definition: IndicatorMeasure;
  day: string;
  width: number;
  parameters: Parameters;
  /** The columns of the dimensions other than YEAR, in the order asked. */
  columns: string[];
  time: Bounds;
  dayParameter: string;
  rows: Rows;
  /** The definition's filter, its scope and a flow's end. */
  where: string;
  /** Whether a row counts at the end of the day measured. */
  countedOnDay: string;
  /** The join that gives a row once per service field it serves, where the breakdown asks for them. */
  serviceFields: string;
  /** The first columns of every row: which measure, whether the total, which year. */
  head: (total: string, year: string) => string;
  /** The total as of the day, read on its own. */
  totalRow: string;
}
