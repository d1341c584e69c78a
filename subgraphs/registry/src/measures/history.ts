import type { DataSource } from 'typeorm';
import { indicatorCatalog, isFlowIndicator } from '../../../indicator-catalog.js';
import { registersNothing } from '../../../../shared/regions-left-out.js';
import type { Measure, MeasureCell } from './measure-types.js';
import { derivedBaseline } from './derived-baseline.js';
import { rateMeasures } from './rates.js';
import { FIRST_YEAR_AFTER_CENSUS } from '../../../../shared/census.js';
import { round } from './projection.js';
import type { Qualifier } from '../__generated__/schema-types.js';
import { leastValue } from './qualifiers.js';
import { FIGURE_LAST_DAY, programmeStart } from './statement-parts.js';
import {
  measuredEvidence,
  trendOf,
  yearsBeforeBreak,
  type Trend,
  type YearValue,
} from './trend.js';
import { lastChangeYears } from './last-change.js';
import type { MeasureBase } from './dimensions.js';
import { indicatorMeasures } from './indicators.js';

export type ValueBasis = 'MEASURED' | 'PUBLISHED';

export interface HistoryPoint {
  year: number;
  value: number;
  basis: ValueBasis;
  derived: boolean;
  /** The share of a MEASURED value that demo records make; 0 for a published one. */
  demoShare: number | null;
  /** Whether the trend was fitted on this point. */
  evidence: boolean;
  /** The published figure a PUBLISHED point comes from. */
  figureId: string | null;
  /** A PUBLISHED point a figure states of an earlier year than its own (its baseline). */
  baseline: boolean;
  /**
   * The least value the point allows: a published figure's, the lower end of its qualifier's
   * interval (近40 is short of 40, from 35; 超9000 is above 9,000); else its value. A target is
   * reached where this is (status.ts).
   */
  atLeast: number;
}

export interface IndicatorHistory {
  points: HistoryPoint[];
  trend: Trend | null;
  /**
   * Where the series breaks, the first year of its latest basis: a rate's, the first year-end whose
   * population was published after the census revised the series (FIRST_YEAR_AFTER_CENSUS); null
   * for a count's. The trend is fitted from it on where the evidence reaches it (trendOf).
   */
  breakYear: number | null;
  /** The years of evidence before `breakYear` left out of the trend: they do not compare. */
  yearsBeforeBreak: number[];
  /**
   * The latest reported figure that counts what the history counts (the whole indicator, or a
   * cohort's programme; no part, not a plan; of the whole, of a stock, not cumulative, of a flow, a
   * year's whole); none for a history without figures (a target of some kinds of institution: a
   * figure of the whole is not its value).
   */
  latestFigureId: string | null;
}

/** What a history is of: an indicator, and whether published figures of the whole indicator belong in it. */
export interface HistoryOf {
  indicator: string;
  /** A target that counts some kinds of institution only is not what any figure counts. */
  withFigures: boolean;
  /**
   * The programme a cohort's target counts (its id), whose own figures are then the history's, and
   * no figure of the whole indicator: a figure of the whole is not its value. Null for the whole.
   */
  program: string | null;
  /** The measure with its YEAR breakdown, or null where the registry cannot count the indicator. */
  measured: Measure | null;
  /** Only the figures whose date had ended by this day (figuresKnownOn); null for today. */
  knownOn: string | null;
}

interface PublishedPoint {
  part: number;
  year: number;
  /** A derived baseline's: the figure's value, with the growth rate that implies the baseline. */
  value: string;
  change_percent: string | null;
  derived: boolean;
  /** A figure's statement of an earlier year (its baseline), not the figure's own year. */
  baseline: boolean;
  figure_id: string;
  /** A figure's own value's qualifier and rounding; null for a baseline, stated or derived. */
  qualifier: Qualifier | null;
  rounded_to: string | null;
}

/**
 * Histories and their trends. A history holds the registry's year-end values (MEASURED, one per
 * year, from the measure's YEAR series) and, where the figures count what the history counts, the
 * latest reported figure of each year and the baselines figures state or imply (PUBLISHED,
 * `derived` where implied), in one statement. Of a flow (`stockOrFlow: FLOW`), a year's points are
 * what it added up over that whole calendar year, measured or published (a figure from a year's
 * first day to its last); this year to date, a figure of part of a year or of several, or of a
 * period whose start is not given, is no year's flow. A stock's figure since some year, parts of a
 * total, one programme's figures and plans are left out: they do not count the same thing, or count
 * nothing yet. A cohort's history (`program`) is the other way round: its programme's own figures
 * are in it, and those of the whole indicator are not. The trend is fitted on the evidence (see trend.ts).
 */
export async function histories(
  db: DataSource,
  of: readonly HistoryOf[],
): Promise<IndicatorHistory[]> {
  const lastChange = lastChangeYears(db);
  const rows: { part: number; points: PublishedPoint[]; latest_figure_id: string | null }[] =
    await db.query(
      `WITH asked AS (
         SELECT a.part - 1 AS part, a.indicator, a.with_figures, a.flow, a.known_on, a.program,
           ${programmeStart('p')} AS program_start
         FROM unnest($1::text[], $2::boolean[], $3::boolean[], $4::text[], $5::bigint[])
           WITH ORDINALITY AS a(indicator, with_figures, flow, known_on, program, part)
         LEFT JOIN program p ON p.id = a.program
       ), whole AS (
         SELECT a.part, a.with_figures, f.* FROM asked a
         JOIN figure f ON f.indicator = a.indicator AND f.withdrawn_at IS NULL
         WHERE f.breakdown_dimension IS NULL AND f.scope_program_id IS NOT DISTINCT FROM a.program
           AND f.scope_institution_id IS NULL AND f.kind = 'REPORTED'
           AND (a.known_on IS NULL OR ${FIGURE_LAST_DAY} <= a.known_on)
           AND CASE WHEN a.program IS NOT NULL
             -- A cohort's own figure, on a day or since its programme began: one that starts
             -- later (or whose programme gives no start) may count a part of it.
             THEN f.period_start IS NULL OR f.period_start <= a.program_start
             WHEN a.flow
             -- A flow's figure of one calendar year's whole: from its first day to its last.
             THEN f.period_start IN (left(f.as_of, 4), left(f.as_of, 4) || '-01', left(f.as_of, 4) || '-01-01')
               AND f.as_of IN (left(f.as_of, 4), left(f.as_of, 4) || '-12', left(f.as_of, 4) || '-12-31')
             ELSE f.period_start IS NULL END
       ), points AS (
         (SELECT DISTINCT ON (part, left(as_of, 4)) part, left(as_of, 4)::int AS year, value,
            NULL::numeric AS change_percent, false AS derived, false AS baseline, id AS figure_id,
            qualifier, rounded_to
          FROM whole WHERE with_figures ORDER BY part, left(as_of, 4), as_of DESC, id)
         UNION ALL
         (SELECT DISTINCT ON (part, baseline_year) part, baseline_year,
            coalesce(baseline_value, value), change_percent, baseline_value IS NULL, true, id,
            NULL, NULL
          FROM whole
          WHERE with_figures AND baseline_year IS NOT NULL AND (baseline_value IS NOT NULL OR change_percent > -100)
          ORDER BY part, baseline_year, as_of DESC, id)
       )
       SELECT a.part,
         (SELECT coalesce(json_agg(json_build_object('part', part, 'year', year, 'value', value,
            'change_percent', change_percent, 'derived', derived, 'baseline', baseline, 'figure_id', figure_id,
            'qualifier', qualifier, 'rounded_to', rounded_to)
            ORDER BY year, baseline), '[]') FROM points p WHERE p.part = a.part) AS points,
         (SELECT id FROM whole w WHERE w.part = a.part AND w.with_figures ORDER BY as_of DESC, id LIMIT 1) AS latest_figure_id
       FROM asked a ORDER BY a.part`,
      [
        of.map((h) => h.indicator),
        of.map((h) => h.withFigures),
        of.map((h) => isFlowIndicator(h.indicator)),
        of.map((h) => h.knownOn),
        of.map((h) => h.program),
      ],
    );
  const lastChangeOf = await lastChange;
  return rows.map((row, part) => {
    // A flow's year not over yet adds up to date, not its whole: no point of a year's flow.
    const flow = isFlowIndicator(of[part]!.indicator);
    const base = baseOf(of[part]!.indicator);
    const lastChangeYear = base ? lastChangeOf[base] : null;
    // Nor is a flow's year in which the registry registered none: 0 is what it holds, not a year's
    // amount (a registry of some of a region's work cannot show a year without any).
    const cells = beforeAnyRegistered(of[part]!.measured, flow).filter(
      (cell) => cell.value != null && !(flow && (cell.toDate || cell.value === 0)),
    );
    const measured = cells.map((cell) => ({
      year: Number(cell.keys[0]!.value),
      value: cell.value!,
      demoShare: cell.demoShare,
      toDate: cell.toDate,
    }));
    const published: (YearValue & {
      derived: boolean;
      baseline: boolean;
      figureId: string;
      atLeast: number;
    })[] = row.points.map((p) => {
      const value = p.derived
        ? derivedBaseline(Number(p.value), Number(p.change_percent))
        : Number(p.value);
      return {
        year: p.year,
        value,
        derived: p.derived,
        baseline: p.baseline,
        figureId: p.figure_id,
        atLeast: leastValue(value, p.qualifier, p.rounded_to == null ? null : Number(p.rounded_to)),
      };
    });
    // A stock's year not over yet stays in the history, out of the trend: its value is of a day
    // within it, which a slope between year-ends would take for its end (a half year's change as
    // a whole year's).
    const evidence = measured.filter((p) => !p.toDate);
    // A rate over a population before the census is on another basis than the later ones: a slope
    // across them measures the revision (Tianjin's flat 500 workers rose from 0.32 to 0.367).
    const isRate = rateMeasures[of[part]!.indicator] != null;
    const breakYear = isRate ? FIRST_YEAR_AFTER_CENSUS : null;
    const trend = trendOf(evidence, published, lastChangeYear, breakYear);
    const fitted = new Set(trend?.years ?? []);
    const evidentYears = new Set(measuredEvidence(evidence, lastChangeYear).map((p) => p.year));
    // A rate is a fraction of a person per 10,000 residents: three significant digits would take
    // 0.15996 for a target of 0.16 reached. It is judged on its value; the point shows it rounded.
    const points: HistoryPoint[] = [
      ...measured.map((p) => ({
        year: p.year,
        value: round(p.value),
        basis: 'MEASURED' as const,
        derived: false,
        demoShare: p.demoShare,
        evidence: fitted.has(p.year) && evidentYears.has(p.year),
        figureId: null,
        baseline: false,
        atLeast: isRate ? p.value : round(p.value),
      })),
      ...published.map((p) => ({
        ...p,
        basis: 'PUBLISHED' as const,
        demoShare: 0,
        evidence: fitted.has(p.year),
      })),
    ].sort((a, b) => a.year - b.year || a.basis.localeCompare(b.basis));
    return {
      points,
      trend,
      breakYear,
      yearsBeforeBreak: yearsBeforeBreak(evidence, published, lastChangeYear, breakYear),
      latestFigureId: row.latest_figure_id,
    };
  });
}

/** What an indicator counts, a rate's count's. */
const baseOf = (indicator: string): MeasureBase | null =>
  (indicatorMeasures[indicator] ?? indicatorMeasures[rateMeasures[indicator]?.count ?? ''])?.base ??
  null;

/**
 * A stock's YEAR cells from the first that holds something registered: a count of 0 (a rate's count)
 * before the registry had registered anything it counts is what it holds, not a value, as a target's
 * own value of nothing registered is none (target-standing.ts); a history point of it would say 0
 * where the progress says nothing (Ningxia's cohort before its first posting: no value, and no point
 * of 2025 at 0). A count that fell to 0 after is a finding and stays, and so does the day's own 0
 * where records counted then and ended (`nothingRegistered` false). A flow's years of 0 are left
 * out where the history is made.
 */
function beforeAnyRegistered(measured: Measure | null, flow: boolean): MeasureCell[] {
  const cells = measured?.breakdown ?? [];
  const kind = indicatorCatalog.find((i) => i.code === measured?.indicator.code)?.kind;
  if (flow || !measured || !kind) return cells;
  const last = cells.length - 1;
  const first = cells.findIndex(
    (cell, i) => !registersNothing(kind, cell) || (i === last && !measured.nothingRegistered),
  );
  return first < 0 ? [] : cells.slice(first);
}

/**
 * A history whose trend is fitted on its published points alone: where a target's value is a
 * figure's because the registry holds less than the region published, or nothing (stock-standing.ts),
 * the registry's year-ends are of another level. A slope between them and a figure's year would be
 * the gap between the two counts, not a pace of change, and a projection on it would rest on
 * records that the figure shows to be incomplete (demo ones, as things are). The registry's points
 * stay in the history, out of the trend.
 */
export function onPublishedLevel(history: IndicatorHistory): IndicatorHistory {
  const published = history.points.filter((point) => point.basis === 'PUBLISHED');
  const trend = trendOf([], published, null, history.breakYear);
  const fitted = new Set(trend?.years ?? []);
  return {
    ...history,
    trend,
    yearsBeforeBreak: yearsBeforeBreak([], published, null, history.breakYear),
    points: history.points.map((point) => ({
      ...point,
      evidence: point.basis === 'PUBLISHED' && fitted.has(point.year),
    })),
  };
}
