import type { Resolvers } from '../__generated__/resolvers-types.js';
import { englishPlaceName } from '../place-names.js';
import {
  enumLabel,
  enumLabels,
  enumOfDimension,
  type Language,
} from '../../../../shared/enum-labels.js';

/** English names of places, beside the Chinese names the records keep. */
export const Division: Resolvers['Division'] = {
  cityEn: (division) => englishPlaceName(division.city),
  countyEn: (division) => englishPlaceName(division.county),
};

const isPlace = (dimension: string) => dimension === 'CITY' || dimension === 'COUNTY';

/**
 * A breakdown's key in words: a code by its label, a place by its name in the language, a year as
 * it is, and a key the records leave unset said to be (never a bare null a reader must decode).
 */
export const DimensionValue: Resolvers['DimensionValue'] = {
  nameEn: (key) => (isPlace(key.dimension) ? englishPlaceName(key.value) : null),
  labelZh: (key) =>
    key.value == null
      ? NOT_RECORDED.zh
      : isPlace(key.dimension) || key.dimension === 'YEAR'
        ? key.value
        : codeLabel(key.dimension, key.value, 'zh'),
  labelEn: (key) =>
    key.value == null
      ? NOT_RECORDED.en
      : isPlace(key.dimension)
        ? (englishPlaceName(key.value) ?? key.value)
        : key.dimension === 'YEAR'
          ? key.value
          : codeLabel(key.dimension, key.value, 'en'),
};

const NOT_RECORDED = { zh: '未填写', en: 'Not recorded' };

/** A code by its own enum's label (NONE is 无证书 as a certificate level), else as any enum says it. */
const codeLabel = (dimension: string, value: string, language: Language) =>
  enumLabels[enumOfDimension[dimension] ?? '']?.[value]?.[language] ?? enumLabel(value, language);
