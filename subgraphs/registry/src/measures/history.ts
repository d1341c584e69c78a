import type { DataSource } from 'typeorm';
import type { Measure } from './measure.js';

export type ValueBasis = 'MEASURED' | 'PUBLISHED';

export interface HistoryPoint {
  year: number;
  value: number;
  basis: ValueBasis;
  derived: boolean;
  /** The published figure a PUBLISHED point comes from. */
  figureId: string | null;
}

export interface IndicatorHistory {
  points: HistoryPoint[];
  trend: { slope: number; intercept: number } | null;
  /** The latest published figure that counts the whole indicator (no breakdown, not cumulative over a period). */
  latestFigureId: string | null;
}

/** What a history is of: an indicator, and whether published figures of the whole indicator belong in it. */
export interface HistoryOf {
  indicator: string;
  /** A target that counts fewer records than the indicator (a cohort, some kinds) is not what the figures count. */
  withFigures: boolean;
  /** The measure with its YEAR breakdown, or null where the registry cannot count the indicator. */
  measured: Measure | null;
}

/**
 * Histories and their linear trends, in one statement. A history holds the registry's year-end
 * values (MEASURED, one per year, from the measure's YEAR series) and, where the figures count what
 * the history counts, the latest published figure of each year and the baselines figures state or
 * imply (PUBLISHED, `derived` where implied). Cumulative figures and parts of a total are left out:
 * they do not count the same thing.
 */
export async function histories(
  db: DataSource,
  of: readonly HistoryOf[],
): Promise<IndicatorHistory[]> {
  const measured = of.flatMap((h, part) =>
    (h.measured?.breakdown ?? [])
      .filter((cell) => cell.value != null)
      .map((cell) => ({ part, year: Number(cell.keys[0]!.value), value: cell.value! })),
  );
  const rows: {
    part: number;
    points: HistoryPoint[];
    slope: number | null;
    intercept: number | null;
    latest_figure_id: string | null;
  }[] = await db.query(
    `WITH asked AS (
         SELECT part - 1 AS part, indicator, with_figures FROM unnest($1::text[], $2::boolean[]) WITH ORDINALITY AS a(indicator, with_figures, part)
       ), whole AS (
         SELECT a.part, f.* FROM asked a JOIN figure f ON f.indicator = a.indicator AND f.withdrawn_at IS NULL
         WHERE f.breakdown_dimension IS NULL AND f.period_start IS NULL
       ), points AS (
         (SELECT DISTINCT ON (part, left(as_of, 4)) part, left(as_of, 4)::int AS year, value, 'PUBLISHED' AS basis, false AS derived, id AS figure_id
          FROM whole JOIN asked USING (part) WHERE with_figures ORDER BY part, left(as_of, 4), as_of DESC, id)
         UNION ALL
         (SELECT DISTINCT ON (part, baseline_year) part, baseline_year,
            coalesce(baseline_value, value / nullif(1 + change_percent / 100, 0)), 'PUBLISHED', baseline_value IS NULL, id
          FROM whole JOIN asked USING (part)
          WHERE with_figures AND baseline_year IS NOT NULL AND (baseline_value IS NOT NULL OR change_percent > -100)
          ORDER BY part, baseline_year, as_of DESC, id)
         UNION ALL
         SELECT m.part, m.year, m.value, 'MEASURED', false, NULL FROM unnest($3::int[], $4::int[], $5::numeric[]) AS m(part, year, value)
       )
       SELECT a.part,
         (SELECT coalesce(json_agg(json_build_object('year', year, 'value', round(value, 2), 'basis', basis, 'derived', derived, 'figureId', figure_id)
            ORDER BY year, basis), '[]') FROM points p WHERE p.part = a.part) AS points,
         (SELECT regr_slope(value, year) FROM points p WHERE p.part = a.part) AS slope,
         (SELECT regr_intercept(value, year) FROM points p WHERE p.part = a.part) AS intercept,
         (SELECT id FROM whole w WHERE w.part = a.part ORDER BY as_of DESC, id LIMIT 1) AS latest_figure_id
       FROM asked a ORDER BY a.part`,
    [
      of.map((h) => h.indicator),
      of.map((h) => h.withFigures),
      measured.map((m) => m.part),
      measured.map((m) => m.year),
      measured.map((m) => m.value),
    ],
  );
  return rows.map((row) => ({
    points: row.points.map((p) => ({ ...p, value: Number(p.value) })),
    trend:
      row.slope == null || row.intercept == null
        ? null
        : { slope: Number(row.slope), intercept: Number(row.intercept) },
    latestFigureId: row.latest_figure_id,
  }));
}
