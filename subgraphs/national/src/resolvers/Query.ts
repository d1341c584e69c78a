import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import type { NationalContext } from '../context.js';
import { codeInOtherCase, writeInUpperCase } from '../../../indicator-catalog.js';
import { badUserInput } from '../../../common/bad-user-input.js';

/**
 * An indicator by its code: null where the catalog has none, but a code written in another case is
 * named as it is meant, as every regional field that takes a code does, rather than a silent null.
 */
function indicatorOf(code: string, { directory }: NationalContext) {
  const indicator = directory.indicator.get(code);
  if (indicator) return indicator;
  const upper = codeInOtherCase(code);
  if (upper) throw badUserInput('code', writeInUpperCase(code, upper));
  return null;
}

export const Query: QueryResolvers = {
  registries: (_: unknown, __: unknown, { directory }: NationalContext) => directory.regions,
  registry: (_: unknown, { code }: { code: string }, { directory }: NationalContext) =>
    directory.region.get(code) ?? null,
  indicators: (_: unknown, __: unknown, { directory }: NationalContext) => directory.indicators,
  indicator: (_: unknown, { code }: { code: string }, context: NationalContext) =>
    indicatorOf(code, context),
};
