import type { TargetScopeResolvers } from '../__generated__/resolvers-types.js';
import type { RegistryContext } from '../context.js';
import type { Target as TargetRow } from '../entities/Target.js';
import { linkedRecord } from '../access.js';

/** A target's scope is read from the target's own row. */
export const TargetScope: TargetScopeResolvers = {
  // Targets are public; the programme one counts is shown as the caller may see it.
  program: (t: TargetRow, _: unknown, context: RegistryContext) =>
    linkedRecord(context, t.scopeProgramId, (id) => context.loaders.program.load(id)),
  kinds: (t: TargetRow) => t.scopeKinds ?? [],
};
