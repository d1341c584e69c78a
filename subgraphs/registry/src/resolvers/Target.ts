import type { TargetResolvers } from '../__generated__/resolvers-types.js';
import type { RegistryContext } from '../context.js';
import type { Target as TargetRow } from '../entities/Target.js';
import { unitWord } from '../../../../shared/unit-words.js';
import { targetProgress } from '../measures/target-progress.js';

export const Target: TargetResolvers = {
  indicator: (t: TargetRow) => ({ code: t.indicator }),
  targetValue: (t: TargetRow) => Number(t.targetValue),
  unitZh: (t: TargetRow) => unitWord(t.unit, 'zh'),
  policy: (t: TargetRow, _: unknown, { loaders }: RegistryContext) =>
    t.policyId ? loaders.policy.load(t.policyId) : null,
  source: (t: TargetRow, _: unknown, { loaders }: RegistryContext) =>
    t.sourceId ? loaders.source.load(t.sourceId) : null,
  scope: (t: TargetRow) => (t.scopeProgramId || t.scopeKinds?.length ? t : null),
  withdrawnAt: (t: TargetRow) => t.withdrawnAt?.toISOString() ?? null,
  progress: (t: TargetRow, { asOf }, { loaders }: RegistryContext) =>
    targetProgress(t, asOf, loaders),
};
