import type { NationalContext } from '../context.js';

export const Indicator = {
  __resolveReference: (ref: { code: string }, { loaders }: NationalContext) => loaders.indicator.load(ref.code),
};
