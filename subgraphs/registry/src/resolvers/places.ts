import type { Resolvers } from '../__generated__/resolvers-types.js';
import { englishPlaceName } from '../place-names.js';

/** English names of places, beside the Chinese names the records keep. */
export const Division: Resolvers['Division'] = {
  cityEn: (division) => englishPlaceName(division.city),
  countyEn: (division) => englishPlaceName(division.county),
};

export const DimensionValue: Resolvers['DimensionValue'] = {
  nameEn: (key) =>
    key.dimension === 'CITY' || key.dimension === 'COUNTY' ? englishPlaceName(key.value) : null,
};
