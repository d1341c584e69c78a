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

/** A number rounded for reading, with its unit: 35.7%, 550 人, 9,300,000 yuan; a dash when null. */
export function formatValue(
  value: number | null | undefined,
  unit: string | null | undefined,
  language: Language,
): string {
  if (value == null) return '—';
  const rounded =
    Math.abs(value) >= 100 || Number.isInteger(value)
      ? Math.round(value)
      : Math.round(value * 10) / 10;
  const number = rounded.toLocaleString('en-US');
  const word = unitWord(unit, language);
  if (!word) return number;
  // A no-break space: a number never parts from its unit at the end of a line.
  return word === '%' ? `${number}%` : `${number}\u00a0${word}`;
}
