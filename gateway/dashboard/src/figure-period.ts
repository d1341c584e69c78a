import { t, type Language } from './i18n.js';
import type { SourcedValue } from './target-card.js';

/**
 * When a figure holds: its date, or the period a flow or a count since a time adds up
 * (2013–2025-07-19). Each end the page does not print is marked as inferred on its own, so that a
 * start worked out from the wording (2023（推定）–2023-09-01（推定）) never reads as printed.
 */
export function figurePeriod(
  figure: Pick<SourcedValue, 'asOf' | 'asOfInferred' | 'periodStart' | 'periodStartInferred'>,
  language: Language,
): string {
  const mark = (inferred: boolean | null | undefined) => (inferred ? t('inferred', language) : '');
  const end = `${figure.asOf}${mark(figure.asOfInferred)}`;
  return figure.periodStart
    ? `${figure.periodStart}${mark(figure.periodStartInferred)}–${end}`
    : end;
}
