import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import type { NationalContext } from '../context.js';

export const Query: QueryResolvers = {
  registries: (_: unknown, __: unknown, { directory }: NationalContext) => directory.regions,
  registry: (_: unknown, { code }: { code: string }, { directory }: NationalContext) =>
    directory.region.get(code) ?? null,
  indicators: (_: unknown, __: unknown, { directory }: NationalContext) => directory.indicators,
  indicator: (_: unknown, { code }: { code: string }, { directory }: NationalContext) =>
    directory.indicator.get(code) ?? null,
};
