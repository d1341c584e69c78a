import type { Language } from './language.js';

/**
 * The catalog's units as a reader writes them after a number. Chinese counts take their measure
 * word (人, 个, 元); a unit missing here (one added to the catalog later) is shown as the catalog
 * spells it, so no number is ever left bare.
 */
const unitWords: Record<string, Record<Language, string>> = {
  percent: { zh: '%', en: '%' },
  persons: { zh: '人', en: 'persons' },
  'person-times': { zh: '人次', en: 'person-times' },
  yuan: { zh: '元', en: 'yuan' },
  'yuan per person': { zh: '元/人', en: 'yuan per person' },
  institutions: { zh: '个', en: 'institutions' },
  agencies: { zh: '个', en: 'agencies' },
  organisations: { zh: '个', en: 'organisations' },
  stations: { zh: '个', en: 'stations' },
  departments: { zh: '个', en: 'departments' },
  projects: { zh: '个', en: 'projects' },
  communities: { zh: '个', en: 'communities' },
  counties: { zh: '个', en: 'counties' },
  prefectures: { zh: '个', en: 'prefectures' },
  fields: { zh: '个', en: 'fields' },
  'service models': { zh: '个', en: 'service models' },
  'provincial-level regions': { zh: '个', en: 'provincial-level regions' },
  batches: { zh: '批', en: 'batches' },
  sessions: { zh: '场', en: 'sessions' },
  months: { zh: '个月', en: 'months' },
  'square metres': { zh: '平方米', en: 'square metres' },
  'per 10,000 residents': { zh: '每万常住人口', en: 'per 10,000 residents' },
};

/** The units that have words of their own (a test keeps every catalog unit among them). */
export const unitsWithWords = Object.keys(unitWords);

export function unitWord(unit: string | null | undefined, language: Language): string {
  if (!unit) return '';
  return unitWords[unit]?.[language] ?? unit;
}

/** The title of a chart's value axis: the unit alone, as Grafana and DHIS2 label theirs. */
export function axisUnit(unit: string | null | undefined, language: Language): string {
  const word = unitWord(unit, language);
  return language === 'zh' ? `单位：${word}` : `Unit: ${word}`;
}

/** A number rounded for reading: 35.7, 550, 9,300,000. */
function readable(value: number): string {
  const rounded =
    Math.abs(value) >= 100 || Number.isInteger(value)
      ? Math.round(value)
      : Math.round(value * 10) / 10;
  return rounded.toLocaleString('en-US');
}

/** A number as read, with its unit after it; a no-break space, so the two never part at a line's end. */
function withUnit(number: string, unit: string | null | undefined, language: Language): string {
  const word = unitWord(unit, language);
  if (!word) return number;
  return word === '%' ? `${number}%` : `${number}\u00a0${word}`;
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
 * A published figure as its page says it, with its qualifier where the language puts it:
 * 4,000余 人次, 超过9,000 人次, 近7,000,000 元; 4,000-odd person-times, more than 9,000 person-times.
 */
export function formatFigure(
  value: number,
  unit: string | null | undefined,
  qualifier: string,
  language: Language,
): string {
  const { before = '', after = '' } = qualifierWords[qualifier]?.[language] ?? {};
  return before + withUnit(readable(value) + after, unit, language);
}
