import type { Language } from './enum-labels.js';

/**
 * The catalog's units as a reader writes them after a number. Chinese counts take their measure
 * word (人, 个, 元); a unit missing here (one added to the catalog later) is shown as the catalog
 * spells it, so no number is ever left bare. Shared: the dashboard and the report write them, and a
 * write takes a unit given in Chinese.
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

/** English units of one: "1 institution", never "1 institutions". Chinese measure words do not change. */
const singular: Record<string, string> = {
  persons: 'person',
  'person-times': 'person-time',
  batches: 'batch',
  sessions: 'session',
  months: 'month',
  'square metres': 'square metre',
  institutions: 'institution',
  agencies: 'agency',
  organisations: 'organisation',
  stations: 'station',
  departments: 'department',
  projects: 'project',
  communities: 'community',
  counties: 'county',
  prefectures: 'prefecture',
  fields: 'field',
  'service models': 'service model',
  'provincial-level regions': 'provincial-level region',
};

/** The unit's word; of `count` where given, so that English says one in the singular. */
export function unitWord(
  unit: string | null | undefined,
  language: Language,
  count?: number,
): string {
  if (!unit) return '';
  if (language === 'en' && count === 1 && singular[unit]) return singular[unit];
  return unitWords[unit]?.[language] ?? unit;
}
