import { baseTables, dimensionColumn, dimensionColumns } from './dimensions.js';
import type { IndicatorMeasure } from './indicators.js';
import {
  aggregatesOn,
  bounds,
  distinctColumn,
  rowsOf,
  undatedCondition,
  type StockParts,
} from './measure-aggregates.js';
import { seriesYears } from './measure-arguments.js';
import type { MeasureQuery } from './measure-types.js';
import {
  countsOn,
  keyColumn,
  keyList,
  type Parameters,
  scopeCondition,
} from './statement-parts.js';
import { yearSeriesSql } from './year-series-sql.js';

/**
 * One stock measure as a SELECT of rows `(part, total, year, dimension_0…, numerator, denominator, value,
 * demo_part, demo_whole, undated, open_ended, ended_demo_share)`: the total as of the day, then one row per combination of
 * dimension values. `width` pads the keys, so that measures of different breakdowns can be asked in
 * one statement.
 */
export function stockSql(
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
  const where = `${definition.where} AND ${scopeCondition(definition.base, query.scope, parameters)} AND ${time.ended}`;
  const days = since ? [day, since] : [day];
  const period = time.period ? where : null;
  const rows = rowsOf(
    definition.base,
    query.scope,
    days,
    parameters,
    period,
    !!distinctColumn(definition),
  );
  const countedOnDay = countsOn(time.from, time.until, dayParameter);
  const head = (total: string, year: string) =>
    `${part} AS part, ${total} AS total, ${year} AS year`;
  const stock: StockParts = {
    definition,
    day,
    width,
    parameters,
    columns,
    time,
    dayParameter,
    rows,
    where,
    countedOnDay,
    serviceFields: by.includes('SERVICE_FIELD')
      ? ` LEFT JOIN LATERAL unnest(${record}.service_fields) AS sf(field) ON true`
      : '',
    head,
    totalRow: `SELECT ${head('true', 'NULL::text')}${keyList(0, width, () => '')}, ${aggregatesOn(definition, dayParameter, rows)}
    FROM ${rows.from} WHERE ${where} AND ${countedOnDay}`,
  };
  const base = baseTables[definition.base];
  /** How many of the records counted on the day meet a condition, read from the base table. */
  const countedWhere = (condition: string) =>
    `(SELECT count(*) FROM ${base.from(rows.records)}
    WHERE ${where} AND ${condition} AND ${countedOnDay})`;
  const rolledUpUndated = definition.kind === 'COUNT' && definition.undatedRolledUp;
  const undated = rolledUpUndated
    ? `(${countedWhere(undatedCondition(definition, dayParameter))} + (SELECT ${rows.count(rolledUpUndated)}
      FROM ${rows.from} WHERE ${where} AND ${countedOnDay}))`
    : countedWhere(undatedCondition(definition, dayParameter));
  const openEndedCount = base.openEnded ? countedWhere(base.openEnded) : 'NULL::bigint';
  // Of a count of 0, the share of demo records among those that had counted by the day, ended
  // since or not, or null where none had: without one it is nothing registered, with records that
  // have all ended a finding (measure-results.ts), and a finding of demo records where they were
  // demo (Ningxia's demo postings, all ended). Asked of a 0 only, so that no other measure scans for it.
  // A record of several rows counts once: over a period as `rows.records` gives it, else at any of
  // its rows that had counted (an institution that met the measure in a later period only).
  const counted = `FROM ${base.from(rows.records)}
    WHERE ${where} AND (${time.from} IS NULL OR ${time.from} <= ${dayParameter})`;
  const demoShare = (rows: string) => `(SELECT avg((r.provenance = 'DEMO')::int) FROM ${rows} r)`;
  const ofRecord = base.rowsOfRecord && `${base.record}.${base.rowsOfRecord.record}`;
  const countedBefore =
    ofRecord && !time.period
      ? demoShare(
          `(SELECT DISTINCT ON (${ofRecord}) ${base.record}.provenance ${counted} ORDER BY ${ofRecord})`,
        )
      : demoShare(`(SELECT ${base.record}.provenance ${counted})`);
  // The records counted from an inferred day, on the total's row, read through a partial index;
  // those counted as not ended only because no end is known; and whether any had counted by the day.
  const withUndated = (sql: string) =>
    `${rows.earliest ? `WITH ${rows.earliest} ` : ''}SELECT measured.*, CASE WHEN measured.total THEN ${undated} END AS undated,
    CASE WHEN measured.total THEN ${openEndedCount} END AS open_ended,
    CASE WHEN measured.total AND measured.value = 0 THEN ${countedBefore} END AS ended_demo_share
    FROM (${sql}) measured`;
  if (by.includes('YEAR')) return withUndated(yearSeriesSql(stock, seriesYears(query, day, since)));
  if (!columns.length) return withUndated(stock.totalRow);
  if (distinctColumn(definition)) return withUndated(distinctBreakdownSql(stock));
  return withUndated(addedUpBreakdownSql(stock));
}

const keyOrder = (columns: readonly string[]) => columns.map((_, i) => keyColumn(i)).join(', ');

/**
 * The rows are aggregated once into parts, grouped by the cells' columns (by a record's whole list of
 * service fields, of which there are few); the cells and the total are added up from them. A plain
 * GROUP BY lets PostgreSQL aggregate a table's rows in parallel workers, unlike GROUPING SETS, and
 * each service field's cell unnests a few parts rather than every row. A record serving several
 * fields counts once in each field's cell, so those cells may add up to more than the total.
 */
function addedUpBreakdownSql(stock: StockParts): string {
  const { definition, columns, width, rows, where, head, dayParameter } = stock;
  const { record } = baseTables[definition.base];
  const order = keyOrder(columns);
  const countBased = definition.kind === 'RATIO' || 'count' in definition.aggregate;
  const added = (column: string) => (countBased ? `coalesce(sum(${column}), 0)` : `sum(${column})`);
  const value =
    definition.kind === 'RATIO'
      ? `100.0 * ${added('numerator')} / nullif(${added('denominator')}, 0)`
      : `coalesce(sum(numerator), 0)`;
  const addedUp = `${added('numerator')} AS numerator, ${definition.kind === 'RATIO' ? added('denominator') : 'NULL::numeric'} AS denominator,
        ${value} AS value, ${added('demo_part')} AS demo_part, ${added('demo_whole')} AS demo_whole`;
  const fields = columns.indexOf(dimensionColumn('SERVICE_FIELD', definition.base)!);
  const grouped = columns.map(
    (column, i) => `${i === fields ? `${record}.service_fields` : column} AS group_${i}`,
  );
  const cellKeys = columns.map((_, i) => (i === fields ? 'sf.field' : `group_${i}`));
  return `(WITH parts AS (
          SELECT ${grouped.join(', ')}, ${aggregatesOn(definition, dayParameter, rows)}
          FROM ${rows.from} WHERE ${where} AND ${stock.countedOnDay} GROUP BY ${grouped.map((_, i) => `group_${i}`).join(', ')})
        SELECT ${head('true', 'NULL::text')}${keyList(0, width, () => '')}, ${addedUp} FROM parts
        UNION ALL (SELECT ${head('false', 'NULL::text')}${keyList(columns.length, width, (i) => cellKeys[i]!)}, ${addedUp}
          FROM parts${fields >= 0 ? ` LEFT JOIN LATERAL unnest(group_${fields}) AS sf(field) ON true` : ''} GROUP BY ${order} ORDER BY ${order}))`;
}

/** A distinct count does not add up: its total and cells are counted apart. */
function distinctBreakdownSql(stock: StockParts): string {
  const { definition, columns, width, rows, where, head, dayParameter, serviceFields } = stock;
  const order = keyOrder(columns);
  if (serviceFields) {
    const cells = `SELECT ${head('false', 'NULL::text')}${keyList(columns.length, width, (i) => columns[i]!)}, ${aggregatesOn(definition, dayParameter, rows)}
        FROM ${rows.from}${serviceFields} WHERE ${where} AND ${stock.countedOnDay} GROUP BY ${order}`;
    return `${stock.totalRow} UNION ALL (${cells} ORDER BY ${order})`;
  }
  return `SELECT ${head(`GROUPING(${columns.join(', ')}) <> 0`, 'NULL::text')}${keyList(columns.length, width, (i) => columns[i]!)},
        ${aggregatesOn(definition, dayParameter, rows)}
      FROM ${rows.from} WHERE ${where} AND ${stock.countedOnDay}
      GROUP BY GROUPING SETS ((), (${columns.join(', ')})) ORDER BY total DESC, ${order}`;
}
