import { enumLabel } from '../../../shared/enum-labels.js';
import { t, type Language } from './i18n.js';

/**
 * A bar's label: a city by its name in the page's language (the API's English name on English
 * pages), another dimension's code by its label, and the records that leave the dimension unset (a
 * worker with no service field) said to, never a bare dash.
 */
export function breakdownLabel(
  key: { value: string | null; nameEn: string | null } | undefined,
  isCity: boolean,
  language: Language,
): string {
  if (key?.value == null) return t('notRecorded', language);
  if (isCity) return (language === 'en' ? key.nameEn : key.value) ?? key.value;
  return enumLabel(key.value, language);
}
