import { roundedNumber } from './rounded-number.js';
import { unitWord } from './unit-words.js';
import type { Language } from './enum-labels.js';

/**
 * A value as a reader reads it, with its unit's word and the words its page rounded it with:
 * 35.71%, 9,300,000 yuan, 超过9,000 人次, 64.29 个百分点. Shared: the dashboard and the report write
 * them, and so does the API's deprecated English `statusReason`, so that a number reads the same
 * wherever it is read.
 */

/** A number rounded for reading as the report rounds it (roundedNumber): 35.71, 550, 0.0137. */
export function readable(value: number): string {
  return roundedNumber(value).toLocaleString('en-US', { maximumFractionDigits: 20 });
}

/**
 * A number as read, with its unit after it (of one in the singular, as read: 1 institution); a
 * no-break space, so the two never part at a line's end.
 */
function withUnit(number: string, unit: string | null | undefined, language: Language): string {
  const word = unitWord(unit, language, number === '1' ? 1 : undefined);
  if (!word) return number;
  return word === '%' ? `${number}%` : `${number}\u00a0${word}`;
}

/**
 * A difference between two values in the unit: of percentages, in percentage points (68.9 个百分点),
 * never "68.9%", which would read as a share of the target.
 */
export function formatDifference(
  value: number,
  unit: string | null | undefined,
  language: Language,
): string {
  if (unitWord(unit, language) !== '%') return formatValue(value, unit, language);
  return `${readable(value)}\u00a0${language === 'zh' ? '个百分点' : 'percentage points'}`;
}

/** A number rounded for reading, with its unit: 35.7%, 550 人, 9,300,000 yuan; a dash when null. */
export function formatValue(
  value: number | null | undefined,
  unit: string | null | undefined,
  language: Language,
): string {
  return value == null ? '—' : withUnit(readable(value), unit, language);
}

/**
 * Where a qualifier's word stands, as Chinese and English say it: 4,000余人次 and 4,000-odd
 * person-times after the number, 超过9,000人次 and more than 9,000 before it.
 */
const qualifierWords: Record<string, Record<Language, { before?: string; after?: string }>> = {
  ODD: { zh: { after: '余' }, en: { after: '-odd' } },
  MORE_THAN: { zh: { before: '超过' }, en: { before: 'more than ' } },
  AT_LEAST: { zh: { before: '不少于' }, en: { before: 'at least ' } },
  NEARLY: { zh: { before: '近' }, en: { before: 'nearly ' } },
  ABOUT: { zh: { before: '约' }, en: { before: 'about ' } },
  APPROXIMATELY: { zh: { before: '约' }, en: { before: 'about ' } },
};

/** The qualifiers a figure may have, which `qualifierWords` says each. */
export const qualifiersWithWords = Object.keys(qualifierWords);

/**
 * What an exact figure printed rounded allows, in the words of the dashboard and the report alike:
 * 8.82万 is 88,200 to the hundred, anything within 50 of it (取整至 100（±50）). Null for a figure
 * printed as it is.
 */
export function roundedWords(roundedTo: number | null | undefined, language: Language) {
  if (roundedTo == null) return null;
  const [step, half] = [roundedTo, roundedTo / 2].map((n) => n.toLocaleString('en-US'));
  return language === 'zh' ? `取整至 ${step}（±${half}）` : `rounded to ${step} (±${half})`;
}

/** A qualifier's words before and after a number, none for an exact one. */
const wordsAround = (qualifier: string | null | undefined, language: Language) =>
  (qualifier ? qualifierWords[qualifier]?.[language] : undefined) ?? {};

/**
 * A number's text with its qualifier's word where the language puts it, without a unit, as a
 * table's cell prints it: 近3000, 4000余, more than 9000; the number alone where it is exact.
 */
export function qualifiedNumber(
  number: string,
  qualifier: string | null | undefined,
  language: Language,
): string {
  const { before = '', after = '' } = wordsAround(qualifier, language);
  return before + number + after;
}

/**
 * A published figure as its page says it, with its qualifier where the language puts it:
 * 4,000余 人次, 超过9,000 人次, 近7,000,000 元; 4,000-odd person-times, more than 9,000 person-times.
 */
export function formatFigure(
  value: number,
  unit: string | null | undefined,
  qualifier: string,
  language: Language,
): string {
  const { before = '', after = '' } = wordsAround(qualifier, language);
  // The word after the number goes before the unit (4,000余 人次), the one before it ahead of all.
  return before + withUnit(readable(value) + after, unit, language);
}
