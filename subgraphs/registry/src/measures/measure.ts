import type { DataSource, EntityManager } from 'typeorm';
import { indicatorCatalog } from '../../../indicator-catalog.js';
import { badUserInput } from '../errors.js';
import { baseTables, dimensionColumns, type Dimension } from './dimensions.js';
import { indicatorMeasures, type IndicatorMeasure } from './indicators.js';

export interface MeasureValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface MeasureCell extends MeasureValue {
  keys: { dimension: Dimension; value: string | null }[];
}

export interface Measure extends MeasureValue {
  indicator: { code: string };
  computable: boolean;
  reason: string | null;
  asOf: string | null;
  breakdown: MeasureCell[];
}

const catalogCodes = new Set(indicatorCatalog.map((i) => i.code));

/** The select list of a definition's aggregates: numerator, denominator (null for a count) and value. */
function aggregates(definition: IndicatorMeasure): string {
  if (definition.kind === 'COUNT') {
    return `${definition.aggregate} AS numerator, NULL::bigint AS denominator, coalesce(${definition.aggregate}, 0) AS value`;
  }
  const numerator = `count(*) FILTER (WHERE ${definition.numerator})`;
  return `${numerator} AS numerator, count(*) AS denominator, 100.0 * ${numerator} / nullif(count(*), 0) AS value`;
}

/** Counts arrive from pg as strings (bigint, numeric): numbers for GraphQL, null kept. */
function toValue(row: { value: unknown; numerator: unknown; denominator: unknown }): MeasureValue {
  const number = (value: unknown) => (value == null ? null : Number(value));
  return { value: number(row.value), numerator: number(row.numerator), denominator: number(row.denominator) };
}

function notComputable(indicator: string): Measure {
  return {
    indicator: { code: indicator },
    computable: false,
    reason: `The registry holds no records from which ${indicator} can be counted; see the region's published figures instead.`,
    asOf: null,
    value: null,
    numerator: null,
    denominator: null,
    breakdown: [],
  };
}

/**
 * One indicator, in total and broken down by the given dimensions, in one SQL statement: the
 * database aggregates, and only the total and one row per combination of dimension values come back.
 * The total and the cells come from one scan (GROUPING SETS), except by SERVICE_FIELD: a record that
 * serves several fields counts once in each field's cell, so those cells may add up to more than the
 * total, which is then counted on its own.
 */
export async function measure(db: DataSource, indicator: string, by: readonly Dimension[] = []): Promise<Measure> {
  if (!catalogCodes.has(indicator)) {
    throw badUserInput('indicator', `${indicator} is not in the national catalog; query \`indicators { code name }\` for its codes.`);
  }
  const definition = indicatorMeasures[indicator];
  if (!definition) return notComputable(indicator);
  const columns = dimensionColumns(by, definition.base, indicator);
  const { from, record } = baseTables[definition.base];
  const keys = columns.map((column, i) => `${column} AS d${i}`);
  const order = columns.map((_, i) => `d${i}`).join(', ');
  type Row = Parameters<typeof toValue>[0] & { as_of: Date; total: boolean } & Record<string, unknown>;
  const rows: Row[] = !columns.length
    ? await db.query(`SELECT now() AS as_of, true AS total, ${aggregates(definition)} FROM ${from} WHERE ${definition.where}`)
    : by.includes('SERVICE_FIELD')
      ? await db.query(
          `SELECT now() AS as_of, true AS total, ${columns.map((_, i) => `NULL AS d${i}`).join(', ')}, ${aggregates(definition)}
             FROM ${from} WHERE ${definition.where}
           UNION ALL
           (SELECT now(), false, ${keys.join(', ')}, ${aggregates(definition)}
             FROM ${from} LEFT JOIN LATERAL unnest(${record}.service_fields) AS sf(field) ON true
             WHERE ${definition.where} GROUP BY ${order} ORDER BY ${order})`,
        )
      : await db.query(
          `SELECT now() AS as_of, GROUPING(${columns.join(', ')}) <> 0 AS total, ${keys.join(', ')}, ${aggregates(definition)}
           FROM ${from} WHERE ${definition.where}
           GROUP BY GROUPING SETS ((), (${columns.join(', ')})) ORDER BY total DESC, ${order}`,
        );
  // With no rows at all, GROUPING SETS still yields the () group; a plain aggregate always does.
  const total = rows.find((row) => row.total)!;
  return {
    indicator: { code: indicator },
    computable: true,
    reason: null,
    asOf: new Date(total.as_of).toISOString(),
    ...toValue(total),
    breakdown: rows
      .filter((row) => !row.total)
      .map((cell) => ({
        keys: by.map((dimension, i) => ({ dimension, value: (cell[`d${i}`] as string | null) ?? null })),
        ...toValue(cell),
      })),
  };
}

/** The totals of the given computable indicators as one query: `indicator, numerator, denominator, value` per row. */
function totalsQuery(codes: readonly string[]): string {
  return codes
    .map((code, index) => {
      const definition = indicatorMeasures[code]!;
      return `SELECT $${index + 1}::text AS indicator, ${aggregates(definition)} FROM ${baseTables[definition.base].from} WHERE ${definition.where}`;
    })
    .join(' UNION ALL ');
}

/** The totals of several indicators in one statement; indicators the registry cannot compute are left out. */
export async function measureTotals(db: DataSource, indicators: readonly string[]): Promise<Map<string, MeasureValue>> {
  const computable = [...new Set(indicators)].filter((code) => indicatorMeasures[code]);
  if (!computable.length) return new Map();
  const rows: ({ indicator: string } & Parameters<typeof toValue>[0])[] = await db.query(totalsQuery(computable), computable);
  return new Map(rows.map((row) => [row.indicator, toValue(row)]));
}

/**
 * Records the current total of every computable indicator, computed and inserted by the database in
 * one statement. Run by `npm run snapshot`, and a few seconds after writes (see writes/write.ts).
 */
export async function snapshotMeasures(db: DataSource | EntityManager): Promise<number> {
  const codes = Object.keys(indicatorMeasures);
  const rows: unknown[] = await db.query(
    `INSERT INTO measure_snapshot (indicator, numerator, denominator, value)
     SELECT indicator, numerator, denominator, value FROM (${totalsQuery(codes)}) m RETURNING id`,
    codes,
  );
  return rows.length;
}
