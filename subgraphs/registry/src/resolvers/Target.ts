import type { RegistryContext } from '../context.js';
import type { Target as TargetRow } from '../entities/Target.js';
import { assess } from '../measures/status.js';

export const Target = {
  indicator: (t: TargetRow) => ({ code: t.indicator }),
  targetValue: (t: TargetRow) => Number(t.targetValue),
  policy: (t: TargetRow, _: unknown, { loaders }: RegistryContext) => (t.policyId ? loaders.policy.load(t.policyId) : null),
  source: (t: TargetRow, _: unknown, { loaders }: RegistryContext) => (t.sourceId ? loaders.source.load(t.sourceId) : null),

  /** Measured where the registry can count the indicator, otherwise the latest published figure. */
  async progress(t: TargetRow, _: unknown, { loaders }: RegistryContext) {
    const { measured, asOf, history } = await loaders.standing.load(t.indicator);
    const figure = measured?.value == null && history.latestFigureId ? await loaders.figure.load(history.latestFigureId) : null;
    const current = measured?.value != null
      ? { value: measured.value, basis: 'MEASURED', asOf }
      : figure ? { value: Number(figure.value), basis: 'PUBLISHED', asOf: figure.asOf } : null;
    return {
      value: current?.value ?? null,
      basis: current?.basis ?? null,
      asOf: current?.asOf ?? null,
      figure,
      trendPerYear: history.trend ? Math.round(history.trend.slope * 100) / 100 : null,
      history: history.points,
      ...assess({
        targetValue: Number(t.targetValue),
        targetYear: t.targetYear,
        year: new Date().getUTCFullYear(),
        current: current?.value ?? null,
        trend: history.trend,
      }),
    };
  },
};
