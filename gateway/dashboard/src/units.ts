import { readable } from '../../../shared/value-words.js';
import { unitWord } from '../../../shared/unit-words.js';
import type { Language } from './language.js';

export { unitsWithWords, unitWord } from '../../../shared/unit-words.js';
export {
  formatDifference,
  formatFigure,
  formatValue,
  qualifiedNumber,
  qualifiersWithWords,
  readable,
  roundedWords,
} from '../../../shared/value-words.js';

/** The title of a chart's value axis: the unit alone, as Grafana and DHIS2 label theirs. */
export function axisUnit(unit: string | null | undefined, language: Language): string {
  const word = unitWord(unit, language);
  return language === 'zh' ? `单位：${word}` : `Unit: ${word}`;
}

/**
 * A value as a chart's tooltip or label says it: to a tenth (under 1, to three significant digits), its thousands grouped as the page
 * writes its numbers (10,524 persons, not 10524), with the unit's word.
 */
export const chartValue = (value: number, unit: string): string => {
  // A rate per 10,000 residents (0.0826) is a fraction a tenth would print as 0.1: under 1, as read.
  const rounded = readable(Math.abs(value) >= 1 ? Math.round(value * 10) / 10 : value);
  return unit === '%' ? `${rounded}%` : `${rounded} ${unit}`;
};
