import type { TargetResolvers, ValueBasis } from '../__generated__/resolvers-types.js';
import type { RegistryContext } from '../context.js';
import type { Target as TargetRow } from '../entities/Target.js';
import { indicatorCatalog } from '../../../indicator-catalog.js';
import { today, yearsAt } from '../dates.js';
import { restsMostlyOnDemo } from '../measures/demo.js';
import {
  assess,
  DEFAULT_BASICALLY_PERCENT,
  reasonInEnglish,
  type Bounds,
} from '../measures/status.js';

const catalog = new Map(indicatorCatalog.map((indicator) => [indicator.code, indicator]));

/** How far a target's projection may go: a percentage, everything a programme placed, or a count on a day. */
function boundsOf(t: TargetRow): Bounds {
  if (catalog.get(t.indicator)?.kind === 'RATIO') return 'PERCENTAGE';
  // A programme's records count once placed, however long ago: its count only grows.
  return t.scopeProgramId ? 'CUMULATIVE' : 'STOCK';
}

/**
 * The first day of the period a measured value adds up: a flow's (from the first of January of the
 * year measured, unless the measure says another), or a cohort's (everyone its programme placed,
 * since the programme began, as the programme gives it); null for a stock counted on its day.
 */
function measuredSince(
  t: TargetRow,
  measured: { asOf: string | null; since: string | null },
  programmeStart: string | null,
): string | null {
  if (catalog.get(t.indicator)?.stockOrFlow === 'FLOW')
    return measured.since ?? (measured.asOf ? `${measured.asOf.slice(0, 4)}-01-01` : null);
  return t.scopeProgramId ? programmeStart : null;
}

export const Target: TargetResolvers = {
  indicator: (t: TargetRow) => ({ code: t.indicator }),
  targetValue: (t: TargetRow) => Number(t.targetValue),
  policy: (t: TargetRow, _: unknown, { loaders }: RegistryContext) =>
    t.policyId ? loaders.policy.load(t.policyId) : null,
  source: (t: TargetRow, _: unknown, { loaders }: RegistryContext) =>
    t.sourceId ? loaders.source.load(t.sourceId) : null,
  scope: (t: TargetRow) => (t.scopeProgramId || t.scopeKinds?.length ? t : null),
  withdrawnAt: (t: TargetRow) => t.withdrawnAt?.toISOString() ?? null,

  /** Measured where the registry can count what the target counts, otherwise the latest reported figure. */
  async progress(t: TargetRow, _: unknown, { loaders }: RegistryContext) {
    const { measured, history, programmeStart } = await loaders.standing.load({
      indicator: t.indicator,
      scope: { programId: t.scopeProgramId, kinds: t.scopeKinds },
    });
    const figure =
      measured?.value == null && history.latestFigureId
        ? await loaders.figure.load(history.latestFigureId)
        : null;
    const current: {
      value: number;
      basis: ValueBasis;
      asOf: string | null;
      since: string | null;
      demoShare: number | null;
    } | null =
      measured?.value != null
        ? {
            value: measured.value,
            basis: 'MEASURED',
            asOf: measured.asOf,
            since: measuredSince(t, measured, programmeStart),
            demoShare: measured.demoShare,
          }
        : figure
          ? {
              value: Number(figure.value),
              basis: 'PUBLISHED',
              asOf: figure.asOf,
              since: figure.periodStart,
              demoShare: 0,
            }
          : null;
    const assessment = assess({
      targetValue: Number(t.targetValue),
      targetYear: t.targetYear,
      qualifier: t.qualifier,
      basicallyPercent: catalog.get(t.indicator)?.basicallyPercent ?? DEFAULT_BASICALLY_PERCENT,
      bounds: boundsOf(t),
      year: new Date().getUTCFullYear(),
      today: yearsAt(today()),
      current: current && { value: current.value, at: yearsAt(current.asOf ?? today()) },
      history: history.points,
      trend: history.trend,
    });
    return {
      value: current?.value ?? null,
      basis: current?.basis ?? null,
      asOf: current?.asOf ?? null,
      since: current?.since ?? null,
      demoShare: current?.demoShare ?? null,
      restsMostlyOnDemo: restsMostlyOnDemo(current?.demoShare),
      figure,
      trendPerYear: history.trend ? Math.round(history.trend.slope * 100) / 100 : null,
      history: history.points,
      ...assessment,
      statusReason: `${restsMostlyOnDemo(current?.demoShare) ? 'Judged on mostly demo records, so it says nothing about the region: ' : ''}${reasonInEnglish(assessment.reason)}`,
    };
  },
};
