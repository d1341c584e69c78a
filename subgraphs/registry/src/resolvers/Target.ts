import type { TargetResolvers, ValueBasis } from '../__generated__/resolvers-types.js';
import type { RegistryContext } from '../context.js';
import type { Target as TargetRow } from '../entities/Target.js';
import { assess, reasonInEnglish } from '../measures/status.js';

export const Target: TargetResolvers = {
  indicator: (t: TargetRow) => ({ code: t.indicator }),
  targetValue: (t: TargetRow) => Number(t.targetValue),
  policy: (t: TargetRow, _: unknown, { loaders }: RegistryContext) =>
    t.policyId ? loaders.policy.load(t.policyId) : null,
  source: (t: TargetRow, _: unknown, { loaders }: RegistryContext) =>
    t.sourceId ? loaders.source.load(t.sourceId) : null,
  scope: (t: TargetRow) => (t.scopeProgramId || t.scopeKinds?.length ? t : null),
  withdrawnAt: (t: TargetRow) => t.withdrawnAt?.toISOString() ?? null,

  /** Measured where the registry can count what the target counts, otherwise the latest published figure. */
  async progress(t: TargetRow, _: unknown, { loaders }: RegistryContext) {
    const { measured, history } = await loaders.standing.load({
      indicator: t.indicator,
      scope: { programId: t.scopeProgramId, kinds: t.scopeKinds },
    });
    const figure =
      measured?.value == null && history.latestFigureId
        ? await loaders.figure.load(history.latestFigureId)
        : null;
    const current: { value: number; basis: ValueBasis; asOf: string | null } | null =
      measured?.value != null
        ? { value: measured.value, basis: 'MEASURED', asOf: measured.asOf }
        : figure
          ? { value: Number(figure.value), basis: 'PUBLISHED', asOf: figure.asOf }
          : null;
    const assessment = assess({
      targetValue: Number(t.targetValue),
      targetYear: t.targetYear,
      year: new Date().getUTCFullYear(),
      current: current?.value ?? null,
      trend: history.trend,
    });
    return {
      value: current?.value ?? null,
      basis: current?.basis ?? null,
      asOf: current?.asOf ?? null,
      figure,
      trendPerYear: history.trend ? Math.round(history.trend.slope * 100) / 100 : null,
      history: history.points,
      ...assessment,
      statusReason: reasonInEnglish(assessment.reason),
    };
  },
};
