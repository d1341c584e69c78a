import type { Language } from './enum-labels.js';

/**
 * Of a value's records, how many are counted from a day the registry inferred: their start is not
 * known, or (of certified workers) their certificate has no day (`Measure.undatedRecords`). The
 * report's note under a total and the dashboard's total row say it in the same words; `after` goes
 * on from the open-ended programmes' "of which". Plain code: the dashboard's bundle imports it.
 */
export function undatedWords(
  count: number,
  language: Language,
  { certificates = false, after = false }: { certificates?: boolean; after?: boolean } = {},
): string {
  if (language === 'zh')
    return `${after ? '' : '其中 '}${count} 个${certificates ? '开始日期不详或证书未记取得日期' : '开始日期不详'}、按推定日期计入（推定）`;
  const [have, are] = count === 1 ? ['has', 'is'] : ['have', 'are'];
  const what = certificates ? 'no known start or a certificate without its day' : 'no known start';
  return `${after ? '' : 'of which '}${count} ${have} ${what} and ${are} counted from an inferred day (inferred)`;
}

/**
 * Whether an indicator's records counted from an inferred day include certificates without their
 * day, which the words name (certified workers' counts only).
 */
export const namesCertificates = (indicator: string): boolean =>
  indicator === 'CERTIFIED_SOCIAL_WORKERS';

/**
 * The same, short enough for a region's cell beside its demo share (推定 4); the sentence is its
 * hover, which a phone or paper lacks, so the count itself is printed.
 */
export const undatedMark = (count: number, language: Language): string =>
  language === 'zh' ? `推定 ${count}` : `${count} inferred`;
