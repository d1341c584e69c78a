import type { IndicatorResolvers } from '../__generated__/resolvers-types.js';
import type { NationalContext } from '../context.js';
import { unitWord } from '../../../../shared/unit-words.js';

export const Indicator: IndicatorResolvers = {
  unitZh: (indicator) => unitWord(indicator.unit, 'zh'),
  __resolveReference: (ref: { code: string }, { directory }: NationalContext) =>
    directory.indicator.get(ref.code) ?? null,
};
