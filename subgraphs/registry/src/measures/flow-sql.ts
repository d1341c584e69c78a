import { baseTables, dimensionColumn, dimensionColumns } from './dimensions.js';
import type { IndicatorMeasure } from './indicators.js';
import type { MeasureQuery } from './measure-types.js';
import { keyList, type Parameters, scopeCondition } from './statement-parts.js';
import { MAX_SERIES_YEARS } from '../../../../shared/series-years.js';

/** A flow's definition: an amount of each programme (yuan, cases, person-times) added up. */
export type FlowDefinition = Extract<IndicatorMeasure, { kind: 'COUNT' }> & {
  aggregate: { sum: string };
};

export function isFlowDefinition(definition: IndicatorMeasure): definition is FlowDefinition {
  return (
    definition.kind === 'COUNT' && definition.base === 'program' && 'sum' in definition.aggregate
  );
}

/**
 * A programme whose period is known: its start given (a period or a year) and its end known. Only
 * such a programme can be placed in a year; the others are left out of a flow and counted apart.
 */
const placeable = `NOT (${baseTables.program.undated}) AND p.runs_until IS NOT NULL`;

/**
 * The part of an amount that falls from `first` to `last` (days, both included): a programme's
 * amount is spread over its period in proportion to its days, as an allocation does when no yearly
 * breakdown is known. A piece of it (cut at its host's periods, AddProgramPeriods) holds the part
 * of its own days, so that a programme's pieces add up to the programme.
 */
const amountWithin = (first: string, last: string) =>
  `amount * greatest(0, least(piece_until, ${last}) - greatest(piece_from, ${first}) + 1)::numeric / (runs_until - runs_from + 1)`;

/**
 * Value, numerator and demo share of the amounts from `first` to `last`. The value is rounded to a
 * whole unit: an even spread over days is an estimate, and 3,306.83 person-times or a sum to the fen
 * would claim a precision that no programme's records hold.
 */
const aggregates = (first: string, last: string) => {
  const amount = `sum(${amountWithin(first, last)})`;
  return `round(${amount}) AS numerator, NULL::numeric AS denominator, round(coalesce(${amount}, 0)) AS value,
    sum(${amountWithin(first, last)}) FILTER (WHERE is_demo) AS demo_part, ${amount} AS demo_whole`;
};

/** The first day a flow adds up from: `since`, or the 1st of January of `day`'s year (the year to date). */
export const flowStartDay = (day: string, since: string | null): string =>
  since ?? `${day.slice(0, 4)}-01-01`;

/**
 * A flow (时期指标) as a SELECT of the rows `(part, total, year, dimension_0…, numerator, denominator, value,
 * demo_part, demo_whole, undated, open_ended, ended_demo_share)` that measure-results.ts reads: the amount from the start of `since` to the
 * end of `day` (without `since`, from the 1st of January of its year: the year to date, as a
 * yearbook reports a year's flow), broken down by the other dimensions, or by YEAR into each year's
 * amount (the last to `day`). `undated` counts the programmes left out because their period is not
 * known (and that hold an amount).
 */
export function flowSql(
  part: number,
  definition: FlowDefinition,
  query: MeasureQuery,
  day: string,
  since: string | null,
  years: { from: number | null; to: number } | null,
  width: number,
  parameters: Parameters,
): string {
  const by = query.by ?? [];
  const columns = dimensionColumns(by, 'program', query.indicator);
  const fields = columns.indexOf(dimensionColumn('SERVICE_FIELD', 'program')!);
  const last = parameters.add(day, 'date');
  const first = parameters.add(flowStartDay(day, since), 'date');
  const where = `${definition.where} AND ${scopeCondition('program', query.scope, parameters)}`;
  const amount = definition.aggregate.sum;
  const program = baseTables.program;
  const flows = `SELECT ${[
    ...columns.map((column, i) => `${i === fields ? 'NULL::text' : column} AS column_${i}`),
    'p.service_fields',
    `p.provenance = 'DEMO' AS is_demo`,
    `${amount} AS amount`,
    'p.runs_from',
    'p.runs_until',
    'p.piece_from',
    'p.piece_until',
  ].join(', ')} FROM ${program.from(program.table)} WHERE ${where} AND ${placeable}`;
  // Programmes, each once, however many of their pieces fall in the period.
  const undated = `(SELECT count(DISTINCT p.id) FROM ${program.from(program.table)} WHERE ${where}
    AND NOT (${placeable}) AND ${amount} IS NOT NULL AND p.piece_from <= ${last}
    AND (p.piece_until IS NULL OR p.piece_until >= ${first}))`;
  const head = (total: boolean, year: string) =>
    `${part} AS part, ${total} AS total, ${year} AS year`;
  const total = `SELECT ${head(true, 'NULL::text')}${keyList(0, width, () => '')}, ${aggregates(first, last)},
    ${undated} AS undated, NULL::bigint AS open_ended, NULL::numeric AS ended_demo_share FROM flows`;
  const keys = columns.map((_, i) => (i === fields ? 'sf.field' : `column_${i}`));
  const unnest =
    fields >= 0 ? ' LEFT JOIN LATERAL unnest(service_fields) AS sf(field) ON true' : '';
  const cellKeys = keyList(columns.length, width, (i) => keys[i]!);
  let cells: string;
  if (!years) {
    if (!columns.length) return `WITH flows AS (${flows}) ${total}`;
    const order = keys.join(', ');
    cells = `SELECT ${head(false, 'NULL::text')}${cellKeys}, ${aggregates(first, last)}, NULL::bigint AS undated, NULL::bigint AS open_ended, NULL::numeric AS ended_demo_share
      FROM flows${unnest} GROUP BY ${order} ORDER BY ${order}`;
  } else {
    const firstYear = parameters.add(years.from, 'int');
    const lastYear = parameters.add(years.to, 'int');
    const order = ['series_year', ...keys].join(', ');
    // With YEAR alone every year has its cell, 0 where nothing flowed; with other dimensions only
    // the combinations that hold amounts, as in any breakdown.
    cells = `SELECT ${head(false, 'series_year::text')}${cellKeys}, ${aggregates('year_start', 'year_end')}, NULL::bigint AS undated, NULL::bigint AS open_ended, NULL::numeric AS ended_demo_share
      FROM (SELECT series_year, make_date(series_year, 1, 1) AS year_start, least(make_date(series_year, 12, 31), ${last}) AS year_end
        FROM generate_series(greatest(coalesce(${firstYear}, (SELECT min(date_part('year', runs_from))::int FROM flows), ${lastYear}),
          ${lastYear} - ${MAX_SERIES_YEARS - 1}), ${lastYear}) AS series_year) years
      ${columns.length ? 'JOIN' : 'LEFT JOIN'} flows ON piece_from <= year_end AND piece_until >= year_start${unnest}
      GROUP BY ${order} ORDER BY ${order}`;
  }
  return `WITH flows AS (${flows}) ${total} UNION ALL (${cells})`;
}
