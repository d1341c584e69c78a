import type { DataSource, EntityManager } from 'typeorm';
import { indicatorCatalog } from '../../../indicator-catalog.js';
import { isPartialDate, lastDay, startDay, today } from '../dates.js';
import { badUserInput } from '../errors.js';
import {
  baseTables,
  dimensionColumn,
  dimensionColumns,
  type Dimension,
  type MeasureBase,
} from './dimensions.js';
import { indicatorMeasures, type Aggregate, type IndicatorMeasure } from './indicators.js';
import { rolledUpRows } from './rollups.js';
import { flowSql, isFlowDefinition } from './flow-sql.js';
import {
  countsOn,
  filtered,
  keyList,
  MAX_SERIES_YEARS,
  Parameters,
  scopeCondition,
} from './statement-parts.js';

export interface MeasureValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The share (0 to 1) of the value that generated demo records make; null where nothing was counted. */
  demoShare: number | null;
}

export interface MeasureCell extends MeasureValue {
  keys: { dimension: Dimension; value: string | null }[];
  /** The YEAR cell of a year not over on the day measured: its value is to date. */
  toDate: boolean;
}

export interface Measure extends MeasureValue {
  indicator: { code: string };
  computable: boolean;
  reason: string | null;
  /** The day the registry was measured as of. */
  asOf: string | null;
  /** For a flow, the first day from which records were counted. */
  since: string | null;
  /**
   * How many records the value counts from a day the registry inferred, their start not being
   * known; of a flow of amounts, how many programmes it leaves out, their period not being known.
   */
  undatedRecords: number | null;
  breakdown: MeasureCell[];
}

/** Fewer records than the whole indicator, as a target's policy counts them. */
export interface MeasureScope {
  /** Only the records of this programme and of the projects under it: its postings, its hosts. */
  programId?: string | null;
  /** Only institutions of these kinds (for social workers and programmes, of their institution). */
  kinds?: readonly string[] | null;
}

export interface MeasureQuery {
  indicator: string;
  by?: readonly Dimension[];
  /** A year, year-month or day: the registry as it stood at its end. Today when omitted. */
  asOf?: string | null;
  /**
   * A year, year-month or day from whose start every record that counted at any time up to `asOf`
   * is counted: a flow ("465 postings since 2013"), not the stock at one date. Counts only.
   */
  since?: string | null;
  /** First and last year of a YEAR breakdown. */
  from?: number | null;
  to?: number | null;
  scope?: MeasureScope;
}

const catalogCodes = new Set(indicatorCatalog.map((i) => i.code));
const flowIndicators = new Set(
  indicatorCatalog.filter((i) => i.stockOrFlow === 'FLOW').map((i) => i.code),
);

/** The day a measure is taken as of: the last day of `asOf`, but never after today. */
export function measuredOn(asOf: string | null | undefined): string {
  const now = today();
  if (asOf == null) return now;
  if (!isPartialDate(asOf)) {
    throw badUserInput(
      'asOf',
      `${JSON.stringify(asOf)} is not a date: give a year, year-month or day, such as 2019, 2019-12 or 2019-12-31.`,
    );
  }
  if (asOf > now.slice(0, asOf.length))
    throw badUserInput(
      'asOf',
      `${asOf} is after today (${now}): the registry cannot be measured as of the future.`,
    );
  const last = lastDay(asOf);
  return last < now ? last : now;
}

/** The first day of a flow, checked against the day measured as of; null for a stock. */
function flowStart(
  query: MeasureQuery,
  definition: IndicatorMeasure | undefined,
  day: string,
): string | null {
  if (query.since == null) return null;
  if (!isPartialDate(query.since)) {
    throw badUserInput(
      'since',
      `${JSON.stringify(query.since)} is not a date: give a year, year-month or day, such as 2013, 2020-03 or 2020-03-01.`,
    );
  }
  const first = startDay(query.since);
  if (first > day)
    throw badUserInput('since', `${query.since} starts after ${day}, the day measured as of.`);
  if (definition?.kind === 'RATIO') {
    throw badUserInput(
      'since',
      `${query.indicator} is a percentage at one date; a flow since a date applies to counts only.`,
    );
  }
  return first;
}

/** The years of a YEAR series; a flow's series begins in the year it counts from. */
function seriesYears(
  query: MeasureQuery,
  day: string,
  since: string | null,
): { from: number | null; to: number } {
  const last = Number(day.slice(0, 4));
  const sinceYear = since == null ? null : Number(since.slice(0, 4));
  const to = query.to ?? last;
  const check = (field: string, value: number | null | undefined) => {
    if (value == null) return;
    if (!Number.isInteger(value) || value < 1900)
      throw badUserInput(field, `must be a year from 1900 on.`);
    if (value > last)
      throw badUserInput(field, `${value} is after ${last}, the year measured as of.`);
  };
  check('from', query.from);
  check('to', query.to);
  if (query.from != null && sinceYear != null && query.from < sinceYear) {
    throw badUserInput(
      'from',
      `${query.from} is before ${sinceYear}, the year the flow counts from (since).`,
    );
  }
  if (query.from != null && query.from > to)
    throw badUserInput(
      'from',
      `${query.from} is after ${to}: the series runs from the earlier year to the later.`,
    );
  if (query.from != null && to - query.from >= MAX_SERIES_YEARS)
    throw badUserInput('from', `a series holds at most ${MAX_SERIES_YEARS} years.`);
  return { from: query.from ?? sinceYear, to };
}

const aggregateSql = (aggregate: Aggregate, rows: Rows) =>
  'count' in aggregate
    ? rows.count()
    : 'sum' in aggregate
      ? `sum(${aggregate.sum})`
      : `count(DISTINCT ${aggregate.distinct})`;

/**
 * The bounds a definition's rows count between; a programme's records count once placed, however
 * long ago. A flow counts every row that had not ended before its first day, so its end is a fixed
 * filter (`ended`) and only the start moves with the day.
 */
function bounds(
  definition: IndicatorMeasure,
  scope: MeasureScope | undefined,
  since: string | null,
  parameters: Parameters,
) {
  const base = baseTables[definition.base];
  const from = (definition.kind === 'COUNT' && definition.countsFrom) || base.countsFrom;
  if (scope?.programId) return { from, until: null, ended: 'true' };
  if (since)
    return {
      from,
      until: null,
      ended: `(${base.countsUntil} IS NULL OR ${base.countsUntil} >= ${parameters.add(since, 'date')})`,
    };
  return { from, until: base.countsUntil, ended: 'true' };
}

/** The rows a measure reads (`from`), and how many records those meeting a filter stand for. */
interface Rows {
  from: string;
  count: (filter?: string) => string;
}

/**
 * A base's rollup where it has one, with the records of the years of `days` (the day measured, a
 * flow's first day) read one by one; the table itself where a programme's scope names the rows by id
 * (its hosts), which no combination holds.
 */
function rowsOf(
  base: MeasureBase,
  scope: MeasureScope | undefined,
  days: readonly string[],
  parameters: Parameters,
): Rows {
  const { table, from, record, rollup } = baseTables[base];
  if (!rollup || (scope?.programId && base === 'institution'))
    return { from: from(table), count: (filter) => filtered('count(*)', filter) };
  const years = [...new Set(days.map((day) => Number(day.slice(0, 4))))].map((year) =>
    parameters.add(year, 'int'),
  );
  return {
    from: from(rolledUpRows(rollup, years)),
    count: (filter) => `coalesce(${filtered(`sum(${record}.records)`, filter)}, 0)`,
  };
}

/**
 * How much of a measure generated demo records make, as `demo_part` of `demo_whole`: of a count's
 * rows or summed values, of a distinct count's rows, of a ratio's denominator.
 */
function demoColumns(definition: IndicatorMeasure, demo: string, rows: Rows): string {
  const summed =
    definition.kind === 'COUNT' && 'sum' in definition.aggregate ? definition.aggregate.sum : null;
  const counted = (filter?: string) =>
    summed ? filtered(`sum(${summed})`, filter) : rows.count(filter);
  return `, ${counted(demo)} AS demo_part, ${counted()} AS demo_whole`;
}

/** The select list of a definition's aggregates at one day: numerator, denominator (null for a count), value and demo share. */
function aggregatesOn(definition: IndicatorMeasure, day: string, rows: Rows): string {
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

/** Whether a row counts from a day inferred because its start is not known. */
const undatedCondition = (definition: IndicatorMeasure) =>
  `(${(definition.kind === 'COUNT' && definition.undatedWhen) || baseTables[definition.base].undated})`;

/**
 * One measure as a SELECT of rows `(part, total, year, d0…, numerator, denominator, value, demo_part,
 * demo_whole, undated)`: the
 * total as of the day, then one row per combination of dimension values. `width` pads the keys, so
 * that measures of different breakdowns can be asked in one statement.
 */
function measureSql(
  part: number,
  definition: IndicatorMeasure,
  query: MeasureQuery,
  day: string,
  since: string | null,
  width: number,
  parameters: Parameters,
): string {
  const by = query.by ?? [];
  const columns = dimensionColumns(by, definition.base, query.indicator);
  const { record } = baseTables[definition.base];
  const time = bounds(definition, query.scope, since, parameters);
  const dayParameter = parameters.add(day, 'date');
  const rows = rowsOf(definition.base, query.scope, since ? [day, since] : [day], parameters);
  const { from } = rows;
  const where = `${definition.where} AND ${scopeCondition(definition.base, query.scope, parameters)} AND ${time.ended}`;
  const serviceFields = by.includes('SERVICE_FIELD')
    ? ` LEFT JOIN LATERAL unnest(${record}.service_fields) AS sf(field) ON true`
    : '';
  const undated = `(SELECT count(*) FROM ${baseTables[definition.base].from(baseTables[definition.base].table)}
    WHERE ${where} AND ${undatedCondition(definition)} AND ${countsOn(time.from, time.until, dayParameter)})`;
  // The records counted from an inferred day, on the total's row, read through a partial index.
  const withUndated = (sql: string) =>
    `SELECT m.*, CASE WHEN m.total THEN ${undated} END AS undated FROM (${sql}) m`;
  const head = (total: string, year: string) =>
    `${part} AS part, ${total} AS total, ${year} AS year`;
  const totalRow = `SELECT ${head('true', 'NULL::text')}${keyList(0, width, () => '')}, ${aggregatesOn(definition, dayParameter, rows)}
    FROM ${from} WHERE ${where} AND ${countsOn(time.from, time.until, dayParameter)}`;
  if (!by.includes('YEAR')) {
    if (!columns.length) return withUndated(totalRow);
    const order = columns.map((_, i) => `d${i}`).join(', ');
    if (!(definition.kind === 'COUNT' && 'distinct' in definition.aggregate)) {
      // The rows are aggregated once into parts, grouped by the cells' columns (by a record's whole
      // list of service fields, of which there are few); the cells and the total are added up from
      // them. A plain GROUP BY lets PostgreSQL aggregate a table's rows in parallel workers, unlike
      // GROUPING SETS, and each service field's cell unnests a few parts rather than every row. A
      // record serving several fields counts once in each field's cell, so those cells may add up to
      // more than the total.
      const countBased = definition.kind === 'RATIO' || 'count' in definition.aggregate;
      const added = (column: string) =>
        countBased ? `coalesce(sum(${column}), 0)` : `sum(${column})`;
      const value =
        definition.kind === 'RATIO'
          ? `100.0 * ${added('numerator')} / nullif(${added('denominator')}, 0)`
          : `coalesce(sum(numerator), 0)`;
      const addedUp = `${added('numerator')} AS numerator, ${definition.kind === 'RATIO' ? added('denominator') : 'NULL::numeric'} AS denominator,
        ${value} AS value, ${added('demo_part')} AS demo_part, ${added('demo_whole')} AS demo_whole`;
      const fields = columns.indexOf(dimensionColumn('SERVICE_FIELD', definition.base)!);
      const grouped = columns.map(
        (column, i) => `${i === fields ? `${record}.service_fields` : column} AS g${i}`,
      );
      const cellKeys = columns.map((_, i) => (i === fields ? 'sf.field' : `g${i}`));
      return withUndated(`(WITH parts AS (
          SELECT ${grouped.join(', ')}, ${aggregatesOn(definition, dayParameter, rows)}
          FROM ${from} WHERE ${where} AND ${countsOn(time.from, time.until, dayParameter)} GROUP BY ${grouped.map((_, i) => `g${i}`).join(', ')})
        SELECT ${head('true', 'NULL::text')}${keyList(0, width, () => '')}, ${addedUp} FROM parts
        UNION ALL (SELECT ${head('false', 'NULL::text')}${keyList(columns.length, width, (i) => cellKeys[i]!)}, ${addedUp}
          FROM parts${fields >= 0 ? ` LEFT JOIN LATERAL unnest(g${fields}) AS sf(field) ON true` : ''} GROUP BY ${order} ORDER BY ${order}))`);
    }
    // A distinct count does not add up: its total and cells are counted apart.
    if (serviceFields) {
      const cells = `SELECT ${head('false', 'NULL::text')}${keyList(columns.length, width, (i) => columns[i]!)}, ${aggregatesOn(definition, dayParameter, rows)}
        FROM ${from}${serviceFields} WHERE ${where} AND ${countsOn(time.from, time.until, dayParameter)} GROUP BY ${order}`;
      return withUndated(`${totalRow} UNION ALL (${cells} ORDER BY ${order})`);
    }
    return withUndated(`SELECT ${head(`GROUPING(${columns.join(', ')}) <> 0`, 'NULL::text')}${keyList(columns.length, width, (i) => columns[i]!)},
        ${aggregatesOn(definition, dayParameter, rows)}
      FROM ${from} WHERE ${where} AND ${countsOn(time.from, time.until, dayParameter)}
      GROUP BY GROUPING SETS ((), (${columns.join(', ')})) ORDER BY total DESC, ${order}`);
  }
  return withUndated(
    yearSeriesSql(definition, query, day, {
      columns,
      width,
      where,
      serviceFields,
      head,
      parameters,
      time,
      rows,
      dayParameter,
      since,
      totalRow,
    }),
  );
}

/**
 * The year-end values from the first year to the last in one scan: the rows are first grouped by
 * their keys and the years they start and stop counting in (a few hundred groups however many rows),
 * then each generated year adds up the groups that count at its end. The year of the day measured
 * as of ends on that day.
 */
function yearSeriesSql(
  definition: IndicatorMeasure,
  query: MeasureQuery,
  day: string,
  sql: {
    columns: string[];
    width: number;
    where: string;
    serviceFields: string;
    head: (total: string, year: string) => string;
    parameters: Parameters;
    time: ReturnType<typeof bounds>;
    rows: Rows;
    dayParameter: string;
    since: string | null;
    /** The total read on its own, where the groups cannot give it. */
    totalRow: string;
  },
): string {
  const { columns, width, parameters, time, rows, dayParameter } = sql;
  const base = baseTables[definition.base];
  const table = rows.from;
  const years = seriesYears(query, day, sql.since);
  const lastYear = parameters.add(years.to, 'int');
  const firstYear = parameters.add(years.from, 'int');
  const yearOfDay = parameters.add(Number(day.slice(0, 4)), 'int');
  const ratio = definition.kind === 'RATIO';
  const distinct =
    definition.kind === 'COUNT' && 'distinct' in definition.aggregate
      ? definition.aggregate.distinct
      : null;
  const summed =
    definition.kind === 'COUNT' && 'sum' in definition.aggregate ? definition.aggregate.sum : null;
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
    ...(ratio
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
        ${counts} FROM ${table}${sql.serviceFields} WHERE ${sql.where} GROUP BY ${groupKeys(byYear)}`
    : `SELECT ${byYear.join(', ')}, sum(n) AS n${summed ? ', sum(v) AS v' : ''} FROM (
        SELECT ${byDate.join(', ')}, ${counts} FROM ${table}${sql.serviceFields} WHERE ${sql.where} GROUP BY ${groupKeys(byDate)}
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
    ${sql.serviceFields ? `${sql.totalRow} UNION ALL` : `SELECT ${sql.head('true', 'NULL::text')}${keyList(0, width, () => '')}, ${total} FROM dated UNION ALL`}
    (SELECT ${sql.head('false', 'y::text')}${keyList(columns.length, width, (i) => `d${i}`)}, ${outer}
    FROM years ${join} dated ON ${countsAt('fy', time.until ? 'uy' : null, 'now')}
    GROUP BY ${order} ORDER BY ${order})`;
}

type Row = {
  part: number;
  total: boolean;
  year: string | null;
  value: unknown;
  numerator: unknown;
  denominator: unknown;
  demo_part: unknown;
  demo_whole: unknown;
  undated: unknown;
} & Record<string, unknown>;

/** Counts arrive from pg as strings (bigint, numeric): numbers for GraphQL, null kept. */
function toValue(
  row: Pick<Row, 'value' | 'numerator' | 'denominator' | 'demo_part' | 'demo_whole'>,
): MeasureValue {
  const number = (value: unknown) => (value == null ? null : Number(value));
  const whole = number(row.demo_whole);
  return {
    value: number(row.value),
    numerator: number(row.numerator),
    denominator: number(row.denominator),
    demoShare: whole ? Math.round((10_000 * (number(row.demo_part) ?? 0)) / whole) / 10_000 : null,
  };
}

function notComputable(indicator: string): Measure {
  return {
    indicator: { code: indicator },
    computable: false,
    reason: `The registry holds no records from which ${indicator} can be counted; see the region's published figures instead.`,
    asOf: null,
    since: null,
    undatedRecords: null,
    value: null,
    numerator: null,
    denominator: null,
    demoShare: null,
    breakdown: [],
  };
}

export function assertInCatalog(indicator: string): void {
  if (!catalogCodes.has(indicator)) {
    throw badUserInput(
      'indicator',
      `${indicator} is not in the national catalog; query \`indicators { code name }\` for its codes.`,
    );
  }
}

/**
 * The one statement of several measures (null where none is computable), and the day and first day
 * of a flow each is measured as of; `npm run bench:measures` shows its plan.
 */
export function measureStatement(queries: readonly MeasureQuery[]) {
  const parameters = new Parameters();
  const width = Math.max(0, ...queries.map((q) => (q.by ?? []).filter((d) => d !== 'YEAR').length));
  const days = queries.map((query) => {
    assertInCatalog(query.indicator);
    return measuredOn(query.asOf);
  });
  const sinces = queries.map((query, part) =>
    flowStart(query, indicatorMeasures[query.indicator], days[part]!),
  );
  const parts = queries.flatMap((query, part) => {
    const definition = indicatorMeasures[query.indicator];
    if (!definition) return [];
    const [day, since] = [days[part]!, sinces[part] ?? null];
    // A flow of the catalog is an amount over a period; everything else is counted on a day.
    if (flowIndicators.has(query.indicator) && isFlowDefinition(definition)) {
      const years = query.by?.includes('YEAR') ? seriesYears(query, day, since) : null;
      return [`(${flowSql(part, definition, query, day, since, years, width, parameters)})`];
    }
    return [`(${measureSql(part, definition, query, day, since, width, parameters)})`];
  });
  return {
    statement: parts.length
      ? { sql: parts.join(' UNION ALL '), parameters: parameters.values }
      : null,
    days,
    sinces,
  };
}

/**
 * Several measures in one SQL statement: the database aggregates, and only each total and one row per
 * combination of dimension values come back. Each is taken as of its own day (today, or the end of
 * `asOf`): a record counts when it started on or before that day and had not ended or closed before
 * it. Indicators the registry cannot count come back `computable: false`.
 */
export async function measureMany(
  db: DataSource | EntityManager,
  queries: readonly MeasureQuery[],
): Promise<Measure[]> {
  const { statement, days, sinces } = measureStatement(queries);
  const rows: Row[] = statement ? await db.query(statement.sql, statement.parameters) : [];
  return queries.map((query, part) => {
    if (!indicatorMeasures[query.indicator]) return notComputable(query.indicator);
    const own = rows.filter((row) => row.part === part);
    const total = own.find((row) => row.total)!;
    const by = query.by ?? [];
    const others = by.filter((d) => d !== 'YEAR');
    return {
      indicator: { code: query.indicator },
      computable: true,
      reason: null,
      asOf: days[part]!,
      since: sinces[part] ?? null,
      undatedRecords: Number(total.undated),
      ...toValue(total),
      breakdown: own
        .filter((row) => !row.total)
        .map((cell) => ({
          keys: by.map((dimension) => ({
            dimension,
            value:
              dimension === 'YEAR'
                ? cell.year
                : ((cell[`d${others.indexOf(dimension)}`] as string | null) ?? null),
          })),
          ...toValue(cell),
          toDate:
            cell.year != null &&
            cell.year === days[part]!.slice(0, 4) &&
            !days[part]!.endsWith('-12-31'),
        })),
    };
  });
}

/** One indicator, in total and broken down by the given dimensions, in one SQL statement. */
export async function measure(
  db: DataSource | EntityManager,
  query: MeasureQuery,
): Promise<Measure> {
  const [result] = await measureMany(db, [query]);
  return result!;
}
