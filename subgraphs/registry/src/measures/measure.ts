import type { DataSource, EntityManager } from 'typeorm';
import { isFlowIndicator } from '../../../indicator-catalog.js';
import { flowSql, flowStartDay, isFlowDefinition } from './flow-sql.js';
import { indicatorMeasures } from './indicators.js';
import {
  assertInCatalog,
  assertSeriesBounds,
  flowStart,
  measuredOn,
  seriesYears,
} from './measure-arguments.js';
import { notComputable, toMeasure, type MeasureRow } from './measure-results.js';
import type { Measure, MeasureQuery } from './measure-types.js';
import { Parameters } from './statement-parts.js';
import { stockSql } from './stock-sql.js';

/**
 * The one statement of several measures (null where none is computable), and the day and first day
 * of a flow each is measured as of; `npm run bench:measures` shows its plan.
 */
export function measureStatement(queries: readonly MeasureQuery[]) {
  const parameters = new Parameters();
  const width = Math.max(0, ...queries.map((q) => (q.by ?? []).filter((d) => d !== 'YEAR').length));
  const days = queries.map((query) => {
    assertInCatalog(query.indicator);
    assertSeriesBounds(query);
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
    if (isFlowIndicator(query.indicator) && isFlowDefinition(definition)) {
      const years = query.by?.includes('YEAR') ? seriesYears(query, day, since) : null;
      return [`(${flowSql(part, definition, query, day, since, years, width, parameters)})`];
    }
    return [`(${stockSql(part, definition, query, day, since, width, parameters)})`];
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
  const rows: MeasureRow[] = statement ? await db.query(statement.sql, statement.parameters) : [];
  return queries.map((query, part) => {
    const day = days[part]!;
    const flow = isFlowIndicator(query.indicator);
    // A flow says the day it adds up from, the one its SQL used, given or not.
    const since = flow ? flowStartDay(day, sinces[part] ?? null) : (sinces[part] ?? null);
    return indicatorMeasures[query.indicator]
      ? toMeasure(
          query,
          rows.filter((row) => row.part === part),
          day,
          since,
          flow,
        )
      : notComputable(query.indicator);
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
