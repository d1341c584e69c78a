import type { Language } from './language.js';
import type { Series, SeriesRow } from './series.js';

/** The 0s of a series that are what is registered, not a finding that the region had none. */

/**
 * The 0s of the series that are nothing registered, not a finding that the region had none: of a
 * stock, a year-end before the registry first counted anything (Xiong'an's certified workers before
 * the New Area existed); of a flow, a year in which it counts nothing. A stock that fell to 0 is a
 * finding and is not named, and so is a ratio's 0%. Null where the series has no such 0.
 */
export function seriesZeroNote(series: Series, language: Language): string | null {
  const flow = series.indicator.stockOrFlow === 'FLOW';
  const named = series.rows.flatMap((row) => {
    const years = nothingRegisteredYears(series, row);
    if (!years.length) return [];
    const name = language === 'zh' ? row.nameZh : row.name;
    return [
      `${name}${language === 'zh' ? '：' : ': '}${years.join(language === 'zh' ? '、' : ', ')}`,
    ];
  });
  if (!named.length) return null;
  return language === 'zh'
    ? `以下年份的 0 表示${zeroMeaning(flow, language)}：${named.join('；')}。`
    : `A 0 in these years means ${zeroMeaning(flow, language)}: ${named.join('; ')}.`;
}

/** A region's years whose 0 is nothing registered (seriesZeroNote). */
function nothingRegisteredYears(series: Series, row: SeriesRow): string[] {
  // A coverage of 0% or an amount of 0 is a finding: only a count's 0 (a rate's is no value) can
  // be nothing registered, as `registersNothing` judges a measure's.
  if (series.indicator.kind !== 'COUNT') return [];
  const flow = series.indicator.stockOrFlow === 'FLOW';
  let counted = false;
  return series.years.filter((year) => {
    const value = row[year];
    if (typeof value === 'number' && value > 0) counted = true;
    return value === 0 && (flow || !counted);
  });
}

/** What such a 0 is: what is registered, of a stock before it first counted, of a flow in a year. */
const zeroMeaning = (flow: boolean, language: Language) =>
  language === 'zh'
    ? `登记库中没有可计的记录（${flow ? '该年内没有' : '该年末以前从未登记过'}），是登记的情况，不代表该地区没有`
    : `the registry holds nothing it counts (${flow ? 'in that year' : 'by that year-end, nor ever before'}): it is what is registered, not a finding that the region had none`;

/** A region's 0s that are nothing registered, in its row of the CSV and the workbook; null for none. */
export function zeroWords(series: Series, row: SeriesRow, language: Language): string | null {
  const years = nothingRegisteredYears(series, row);
  if (!years.length) return null;
  const meaning = zeroMeaning(series.indicator.stockOrFlow === 'FLOW', language);
  return language === 'zh'
    ? `${years.join('、')} 年的 0 表示${meaning}。`
    : `The 0 of ${years.join(', ')} means ${meaning}.`;
}
