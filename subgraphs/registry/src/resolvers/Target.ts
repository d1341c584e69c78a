import type { RegistryContext } from '../context.js';
import type { Target as TargetRow } from '../entities/Target.js';

export const Target = {
  indicator: (t: TargetRow) => ({ code: t.indicator }),
  targetValue: (t: TargetRow) => Number(t.targetValue),
  policy: (t: TargetRow, _: unknown, { loaders }: RegistryContext) => (t.policyId ? loaders.policy.load(t.policyId) : null),
  source: (t: TargetRow, _: unknown, { loaders }: RegistryContext) => (t.sourceId ? loaders.source.load(t.sourceId) : null),
};
