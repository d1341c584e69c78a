import type { MeasureResolvers } from '../__generated__/resolvers-types.js';
import { checkFigures, DEFAULT_TOLERANCE_PERCENT } from '../measures/data-quality.js';
import { rateMeasures } from '../measures/rates.js';

export const Measure: MeasureResolvers = {
  /**
   * The check of the region's latest published figure of the whole indicator: a rate's count is
   * the registry's part of it (residents are published, never registered), so a rate is checked by
   * its count. Asked only when a caller asks for it; cached with the measures.
   */
  checkedAgainst: (measure, _, { db, aggregates, loaders }) => {
    const code = measure.indicator.code;
    const counted = rateMeasures[code]?.count ?? code;
    return aggregates(['checkedAgainst', counted], async () => {
      const figure = await loaders.latestFigure.load({ indicator: counted });
      if (!figure) return null;
      const [check] = await checkFigures(db, [figure], DEFAULT_TOLERANCE_PERCENT);
      return check ?? null;
    });
  },
};
