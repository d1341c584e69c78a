import type { Language } from './enum-labels.js';

/**
 * The catalog's units as a reader writes them after a number. Chinese counts take their measure
 * word (人, 个, 元); a unit missing here (one added to the catalog later) is shown as the catalog
 * spells it, so no number is ever left bare. Shared: the dashboard and the report write them, and a
 * write takes a unit given in Chinese. `one` is the English of one where it differs (1 institution);
 * `whole` marks the units of things counted one by one (countsWholeThings).
 */
const unitWords: Record<string, Record<Language, string> & { one?: string; whole?: true }> = {
  percent: { zh: '%', en: '%' },
  persons: { zh: '人', en: 'persons', one: 'person', whole: true },
  'person-times': { zh: '人次', en: 'person-times', one: 'person-time', whole: true },
  yuan: { zh: '元', en: 'yuan' },
  'yuan per person': { zh: '元/人', en: 'yuan per person' },
  institutions: { zh: '个', en: 'institutions', one: 'institution', whole: true },
  agencies: { zh: '个', en: 'agencies', one: 'agency', whole: true },
  organisations: { zh: '个', en: 'organisations', one: 'organisation', whole: true },
  stations: { zh: '个', en: 'stations', one: 'station', whole: true },
  departments: { zh: '个', en: 'departments', one: 'department', whole: true },
  projects: { zh: '个', en: 'projects', one: 'project', whole: true },
  communities: { zh: '个', en: 'communities', one: 'community', whole: true },
  counties: { zh: '个', en: 'counties', one: 'county', whole: true },
  prefectures: { zh: '个', en: 'prefectures', one: 'prefecture', whole: true },
  fields: { zh: '个', en: 'fields', one: 'field', whole: true },
  'service models': { zh: '个', en: 'service models', one: 'service model', whole: true },
  'provincial-level regions': {
    zh: '个',
    en: 'provincial-level regions',
    one: 'provincial-level region',
    whole: true,
  },
  batches: { zh: '批', en: 'batches', one: 'batch', whole: true },
  sessions: { zh: '场', en: 'sessions', one: 'session', whole: true },
  months: { zh: '个月', en: 'months', one: 'month' },
  'square metres': { zh: '平方米', en: 'square metres', one: 'square metre' },
  'per 10,000 residents': { zh: '每万常住人口', en: 'per 10,000 residents' },
};

/** The units that have words of their own (a test keeps every catalog unit among them). */
export const unitsWithWords = Object.keys(unitWords);

/**
 * Whether a unit counts things one by one (persons, stations), which come whole: a projection of
 * them is a whole number. Yuan, months, square metres, percentages and rates are not, nor a unit
 * without words here.
 */
export const countsWholeThings = (unit: string): boolean => unitWords[unit]?.whole === true;

/** The unit's word; of `count` where given, so that English says one in the singular. */
export function unitWord(
  unit: string | null | undefined,
  language: Language,
  count?: number,
): string {
  if (!unit) return '';
  const words = unitWords[unit];
  if (language === 'en' && count === 1 && words?.one) return words.one;
  return words?.[language] ?? unit;
}
