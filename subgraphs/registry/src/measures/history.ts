import type { DataSource } from 'typeorm';
import type { MeasureValue } from './measure.js';

export type ValueBasis = 'MEASURED' | 'PUBLISHED';

export interface HistoryPoint {
  year: number;
  value: number;
  basis: ValueBasis;
  derived: boolean;
}

export interface IndicatorHistory {
  points: HistoryPoint[];
  trend: { slope: number; intercept: number } | null;
  /** The latest published figure that counts the whole indicator (no breakdown, not cumulative over a period). */
  latestFigureId: string | null;
}

/**
 * The history of several indicators and its linear trend, in one statement. A year's point is the
 * latest published figure of the whole indicator, the baseline a figure states or implies, the
 * year's last snapshot of the measure, and, for this year, the measure just taken. Cumulative
 * figures and parts of a total are left out: they do not count the same thing as the target.
 */
export async function indicatorHistories(
  db: DataSource,
  indicators: readonly string[],
  measuredNow: Map<string, MeasureValue>,
): Promise<Map<string, IndicatorHistory>> {
  const measured = [...measuredNow].filter(([, m]) => m.value != null);
  const rows: { indicator: string; points: HistoryPoint[]; slope: number | null; intercept: number | null; latest_figure_id: string | null }[] =
    await db.query(
      `WITH whole AS (
         SELECT * FROM figure WHERE indicator = ANY($1) AND breakdown_dimension IS NULL AND period_start IS NULL
       ), points AS (
         (SELECT DISTINCT ON (indicator, left(as_of, 4)) indicator, left(as_of, 4)::int AS year, value, 'PUBLISHED' AS basis,
            false AS derived
          FROM whole ORDER BY indicator, left(as_of, 4), as_of DESC)
         UNION ALL
         (SELECT DISTINCT ON (indicator, baseline_year) indicator, baseline_year,
            coalesce(baseline_value, value / nullif(1 + change_percent / 100, 0)), 'PUBLISHED', baseline_value IS NULL
          FROM whole WHERE baseline_year IS NOT NULL AND (baseline_value IS NOT NULL OR change_percent > -100)
          ORDER BY indicator, baseline_year, as_of DESC)
         UNION ALL
         (SELECT DISTINCT ON (indicator, extract(year FROM taken_at)) indicator, extract(year FROM taken_at)::int, value,
            'MEASURED', false
          FROM measure_snapshot WHERE indicator = ANY($1) AND value IS NOT NULL
            AND extract(year FROM taken_at) < extract(year FROM now())
          ORDER BY indicator, extract(year FROM taken_at), taken_at DESC)
         UNION ALL
         SELECT m.indicator, extract(year FROM now())::int, m.value, 'MEASURED', false
         FROM unnest($2::text[], $3::numeric[]) AS m(indicator, value)
       )
       SELECT i.indicator,
         (SELECT coalesce(json_agg(json_build_object('year', year, 'value', round(value, 2), 'basis', basis, 'derived', derived)
            ORDER BY year, basis), '[]') FROM points p WHERE p.indicator = i.indicator) AS points,
         (SELECT regr_slope(value, year) FROM points p WHERE p.indicator = i.indicator) AS slope,
         (SELECT regr_intercept(value, year) FROM points p WHERE p.indicator = i.indicator) AS intercept,
         (SELECT id FROM whole w WHERE w.indicator = i.indicator ORDER BY as_of DESC, id LIMIT 1) AS latest_figure_id
       FROM unnest($1::text[]) AS i(indicator)`,
      [[...new Set(indicators)], measured.map(([code]) => code), measured.map(([, m]) => m.value)],
    );
  return new Map(
    rows.map((row) => [
      row.indicator,
      {
        points: row.points.map((p) => ({ ...p, value: Number(p.value) })),
        trend: row.slope == null || row.intercept == null ? null : { slope: Number(row.slope), intercept: Number(row.intercept) },
        latestFigureId: row.latest_figure_id,
      },
    ]),
  );
}
