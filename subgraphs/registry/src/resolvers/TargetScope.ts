import type { TargetScopeResolvers } from '../__generated__/resolvers-types.js';
import type { RegistryContext } from '../context.js';
import type { Target as TargetRow } from '../entities/Target.js';

/** A target's scope is read from the target's own row. */
export const TargetScope: TargetScopeResolvers = {
  program: (t: TargetRow, _: unknown, { loaders }: RegistryContext) =>
    t.scopeProgramId ? loaders.program.load(t.scopeProgramId) : null,
  kinds: (t: TargetRow) => t.scopeKinds ?? [],
};
