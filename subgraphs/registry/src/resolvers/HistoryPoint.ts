import type { HistoryPointResolvers } from '../__generated__/resolvers-types.js';
import type { RegistryContext } from '../context.js';
import type { HistoryPoint as Point } from '../measures/history.js';

export const HistoryPoint: HistoryPointResolvers = {
  figure: (p: Point, _: unknown, { loaders }: RegistryContext) =>
    p.figureId ? loaders.figure.load(p.figureId) : null,
};
