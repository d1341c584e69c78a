import { rateBasisWords } from '../../shared/rate-years.js';
import { carriedForwardWords } from './comparison-notes.js';
import { columnTitle, type Language } from './language.js';
import type { Series, SeriesRow } from './series.js';
import type { Column } from './format.js';

/**
 * A rate series' cells whose population is carried forward: this year's, to date, counts today over
 * the latest year-end's population (Guangxi's 2026 over the end of 2022), which the API says of the
 * cell (`MeasureCell.denominatorCarriedForward`). Said under the table, on the About sheet and in
 * the JSON, and in each row of the CSV and the workbook, as the single day's report says it.
 */

/** One cell of a region's series over a population of an earlier year-end. */
export interface CarriedForwardCell {
  /** The region's code. */
  region: string;
  year: string;
  /** The day its count is of: today for the year to date. */
  countedOn: string;
  /** The date of the published population it divides by. */
  populationAsOf: string;
}

/** A YEAR cell as the series' query reads it. */
interface YearCell {
  keys: { value?: string | null }[];
  value?: number | null;
  toDate: boolean;
  denominatorCarriedForward?: boolean | null;
  denominatorFigure?: { asOf: string } | null;
}

/** Each region's cells with a value over a population carried forward, the year to date of `today`. */
export const carriedForwardCells = (
  registries: readonly {
    code: string;
    measure?: { computable: boolean; breakdown: readonly YearCell[] } | null;
  }[],
  today: string,
): CarriedForwardCell[] =>
  registries.flatMap(({ code, measure }) =>
    (measure?.computable ? measure.breakdown : []).flatMap((cell) => {
      const year = cell.keys[0]?.value;
      if (!year || cell.value == null || !cell.denominatorCarriedForward) return [];
      if (!cell.denominatorFigure) return [];
      return [
        {
          region: code,
          year,
          countedOn: cell.toDate ? today : `${year}-12-31`,
          populationAsOf: cell.denominatorFigure.asOf,
        },
      ];
    }),
  );

/** A cell in words: its year, and its count's day over its population's year-end. */
const cellWords = (cell: CarriedForwardCell, language: Language) =>
  language === 'zh'
    ? `${cell.year} 年：${rateBasisWords(cell.countedOn, cell.populationAsOf, 'zh')}`
    : `${cell.year}: ${rateBasisWords(cell.countedOn, cell.populationAsOf, 'en')}`;

/** Under the table, on the About sheet and in the JSON: each region's such cells; null for none. */
export function seriesCarriedForwardNote(series: Series, language: Language): string | null {
  const each = series.rows.flatMap((row) => {
    const cells = series.carriedForward.filter((cell) => cell.region === row.region);
    if (!cells.length) return [];
    const name = language === 'zh' ? row.nameZh : row.name;
    const words = cells.map(({ year, countedOn, populationAsOf }) =>
      language === 'zh'
        ? `${year} 年（${rateBasisWords(countedOn, populationAsOf, 'zh')}）`
        : `${year} (${rateBasisWords(countedOn, populationAsOf, 'en')})`,
    );
    return [
      `${name}${language === 'zh' ? '：' : ': '}${words.join(language === 'zh' ? '、' : ', ')}`,
    ];
  });
  return each.length ? carriedForwardWords(each, language) : null;
}

/** Of a rate, the column of the CSV and the workbook that says a row's such cells. */
export const carriedForwardColumn = (series: Series, language: Language): Column<SeriesRow>[] =>
  series.indicator.kind === 'RATE'
    ? [{ key: 'carriedForward', title: columnTitle('populationCarriedForward', language) }]
    : [];

/** A region's such cells, in its row of the CSV and the workbook; null for none. */
export function carriedForwardRowWords(
  series: Series,
  row: SeriesRow,
  language: Language,
): string | null {
  const cells = series.carriedForward.filter((cell) => cell.region === row.region);
  if (!cells.length) return null;
  const words = cells
    .map((cell) => cellWords(cell, language))
    .join(language === 'zh' ? '；' : '; ');
  return language === 'zh'
    ? `${words}（该日的常住人口未公布，沿用年末数是推定）`
    : `${words} (no population is published for that day: carrying the year-end's forward is an inference)`;
}
