import type { IndicatorResolvers } from '../__generated__/resolvers-types.js';
import type { NationalContext } from '../context.js';

export const Indicator: IndicatorResolvers = {
  __resolveReference: (ref: { code: string }, { directory }: NationalContext) =>
    directory.indicator.get(ref.code) ?? null,
};
