import { chinaDay } from '../../shared/china-day.js';
import { graphql } from './__generated__/gql.js';
import { aboutSheet, type PopulationSource, type ReportIndicator } from './about.js';
import { csv, dataSheet, json, postQuery, workbook, type Column } from './format.js';
import { fittedTable } from './fitted-table.js';
import { columnTitle, indicatorHeading, regionNameIn, say, type Language } from './language.js';
import { censusNote } from './census-note.js';
import { sheetName } from './sheet-name.js';
import { requireIndicator } from './unknown-indicator.js';
import { seriesZeroNote, zeroWords } from './series-zeros.js';
import {
  carriedForwardCells,
  carriedForwardColumn,
  carriedForwardRowWords,
  seriesCarriedForwardNote,
  type CarriedForwardCell,
} from './series-carried-forward.js';
import { demoPercentCell } from '../../shared/mostly-demo.js';

/**
 * One indicator's year-end values per region, from the registry's YEAR series: the table a national
 * analyst reads a trend from. Years a region cannot count stay empty. Each year's value is followed
 * by the share of it that demo records make, and a year not yet over is headed as to date.
 */

const seriesQuery = graphql(`
  query Series($indicator: String!, $from: Int!, $to: Int) {
    indicator(code: $indicator) {
      ...ReportIndicator
    }
    indicators {
      code
      name
      nameZh
    }
    registries {
      code
      name
      nameZh
      latestFigure(indicator: $indicator) {
        source {
          ...ReportSource
        }
      }
      measure(indicator: $indicator, by: [YEAR], from: $from, to: $to) {
        computable
        asOf
        breakdown {
          keys {
            value
          }
          value
          demoShare
          toDate
          denominatorCarriedForward
          denominatorFigure {
            ...ReportPopulation
          }
        }
      }
    }
  }
`);

export type SeriesRow = { region: string; name: string; nameZh: string } & Record<
  string,
  string | number | null
>;

export interface Series {
  indicator: ReportIndicator;
  unit: string;
  /** The day the series was measured as of: today, as a series is never asked as of another. */
  asOf: string;
  years: string[];
  /** The year whose values are to date (not over on the day measured), if any. */
  toDateYear: string | null;
  rows: SeriesRow[];
  /** Of a rate, the published population each region's year is taken over, by region code. */
  populations: PopulationSource[];
  /** Of a rate, its cells over an earlier year-end's population (this year's, to date). */
  carriedForward: CarriedForwardCell[];
}

/** The key of a year's demo share in a row. */
const demoKey = (year: string) => `${year}:demo`;

export async function fetchSeries(
  gatewayUrl: string,
  indicator: string,
  from: number,
  to?: number,
  language: Language = 'en',
): Promise<Series> {
  const code = indicator.toUpperCase();
  const data = await postQuery(
    gatewayUrl,
    seriesQuery,
    { indicator: code, from, to: to ?? null },
    requireIndicator(code, language),
  );
  const years = [
    ...new Set(
      data.registries.flatMap((r) =>
        (r.measure?.breakdown ?? []).map((cell) => cell.keys[0]!.value!),
      ),
    ),
  ].sort();
  const rows = data.registries.map((registry) => {
    const row: SeriesRow = {
      region: registry.code,
      name: registry.name,
      nameZh: registry.nameZh,
    };
    const cells = new Map(
      (registry.measure?.computable ? registry.measure.breakdown : []).map((cell) => [
        cell.keys[0]!.value!,
        cell,
      ]),
    );
    for (const year of years) {
      const cell = cells.get(year);
      row[year] = cell?.value ?? null;
      // A share of no value is none: a rate's year without a population has a count, and its demo
      // share, but no value to say it of.
      row[demoKey(year)] =
        cell?.value == null || cell.demoShare == null ? null : 100 * cell.demoShare;
    }
    return row;
  });
  const toDateYear =
    data.registries.flatMap((r) => r.measure?.breakdown ?? []).find((cell) => cell.toDate)?.keys[0]
      ?.value ?? null;
  const sources = data.registries.flatMap((r) => (r.latestFigure ? [r.latestFigure.source] : []));
  const today = chinaDay();
  return {
    indicator: { ...data.indicator!, sources },
    unit: data.indicator!.unit,
    // Not a region's measure.asOf: a rate's is the year-end of the population behind its value,
    // while its series, like every other, runs to today.
    asOf: today,
    years,
    toDateYear,
    rows,
    // Each once: this year's cell, to date, is over the latest year-end's, a cell of its own too.
    populations: data.registries.flatMap(({ code, measure }) => {
      const figures = (measure?.computable ? measure.breakdown : []).flatMap(
        ({ denominatorFigure: figure }) => (figure ? [figure] : []),
      );
      return [...new Map(figures.map((figure) => [figure.asOf, figure])).values()].map(
        (figure) => ({
          region: code,
          value: figure.value,
          asOf: figure.asOf,
          source: figure.source,
        }),
      );
    }),
    carriedForward: carriedForwardCells(data.registries, today),
  };
}

/** The region's code and name in the report's language, then one column a year. */
const seriesColumns = (
  series: Pick<Series, 'years' | 'toDateYear' | 'asOf'>,
  language: Language,
): Column<SeriesRow>[] => [
  { key: 'region', title: columnTitle('region', language) },
  { key: 'name', title: columnTitle('name', language) },
  ...series.years.flatMap((year) => {
    const title =
      year === series.toDateYear
        ? language === 'zh'
          ? `${year}（截至${series.asOf.slice(5)}）`
          : `${year} (to ${series.asOf.slice(5)})`
        : year;
    return [
      { key: year, title },
      {
        key: demoKey(year),
        title: language === 'zh' ? `${year} 演示占比（%）` : `${year} demo (%)`,
      },
    ];
  }),
];
/** The rows in words: the region's name in the language, each demo share as the dashboard prints it. */
const named = (series: Pick<Series, 'rows' | 'years'>, language: Language) =>
  series.rows.map((row) => ({
    ...row,
    name: language === 'zh' ? row.nameZh : row.name,
    ...Object.fromEntries(
      series.years.map((year) => [
        demoKey(year),
        demoPercentCell(row[demoKey(year)] as number | null),
      ]),
    ),
  }));

/**
 * The columns of the CSV and the workbook: the table's, then what its heading and its notes say
 * (the unit, a year-end's or a year's whole, the 0s that are nothing registered), which a sheet
 * read without them would lose; last, so the years stay where they were.
 */
const sheetColumns = (series: Series, language: Language): Column<SeriesRow>[] => [
  ...seriesColumns(series, language),
  { key: 'unit', title: columnTitle('unit', language) },
  { key: 'stockOrFlow', title: columnTitle('stockOrFlow', language) },
  { key: 'registeredZero', title: columnTitle('registeredZero', language) },
  ...carriedForwardColumn(series, language),
];

/** The rows of the CSV and the workbook, in words, with their cells of `sheetColumns`. */
const sheetRows = (series: Series, language: Language): SeriesRow[] =>
  named(series, language).map((row) => ({
    ...row,
    unit: say.unit(series.indicator.unit, language) ?? series.indicator.unit,
    stockOrFlow: eachYearWords(series.indicator, language),
    registeredZero: zeroWords(series, row, language),
    carriedForward: carriedForwardRowWords(series, row, language),
  }));

/** Whether each year's value is its year-end's (a stock) or adds up its whole (a flow), in words. */
const eachYearWords = (indicator: { stockOrFlow: string }, language: Language) =>
  indicator.stockOrFlow === 'FLOW'
    ? language === 'zh'
      ? '各年度合计'
      : 'in each year'
    : language === 'zh'
      ? '各年年末'
      : 'at the end of each year';

/**
 * The series' heading: a stock is counted at each year's end, a flow (funding, cases) adds up each
 * year's whole, and the heading says which; the year not yet over is headed as to date in its
 * column (`2026（截至12-03）`).
 */
export const seriesTitle = ({ indicator }: Series, language: Language): string =>
  `${indicatorHeading(indicator, language)}${language === 'zh' ? '，' : ', '}${eachYearWords(indicator, language)}`;

/**
 * The series as JSON, for programs: each row's values by year and demo shares (`2023:demo`), with
 * the indicator (a stock's year-end or a flow's year), the day measured and the year to date on it.
 */
export const seriesJson = (series: Series, language: Language) =>
  json({
    indicator: series.indicator,
    censusNote: seriesCensusNote(series, language),
    zeroNote: seriesZeroNote(series, language),
    carriedForwardNote: seriesCarriedForwardNote(series, language),
    asOf: series.asOf,
    years: series.years,
    toDateYear: series.toDateYear,
    populations: series.populations,
    carriedForward: series.carriedForward,
    rows: series.rows,
  });

/** Of a rate, whether a year of the series with a value is over a population before the census. */
export const seriesCensusNote = (series: Series, language: Language) =>
  series.indicator.kind === 'RATE'
    ? censusNote(
        series.years.filter((year) => series.rows.some((row) => row[year] != null)).map(Number),
        language,
      )
    : null;

export const seriesCsv = (series: Series, language: Language) =>
  csv(sheetColumns(series, language), sheetRows(series, language));
/** The series as a table for a terminal `width` columns wide: the years that fit beside the region, the others under it. */
export const seriesTable = (series: Series, language: Language, width: number) =>
  fittedTable(seriesColumns(series, language), named(series, language), width, language);

/** A workbook of the year-end values and its About sheet. */
export async function seriesXlsx(
  series: Series,
  language: Language,
  gatewayUrl: string,
): Promise<{ workbook: Buffer; shortened: string | null }> {
  const sheet = sheetName(series.indicator, language);
  return {
    workbook: await workbook([
      dataSheet(sheet.name, sheetColumns(series, language), sheetRows(series, language)),
      aboutSheet(series.indicator, {
        language,
        gatewayUrl,
        measuredOn: [series.asOf],
        censusNote: seriesCensusNote(series, language),
        carriedForwardNote: seriesCarriedForwardNote(series, language),
        zeroNote: seriesZeroNote(series, language),
        populations: series.populations,
        regionName: regionNameIn(series.rows, language),
        demoPercents: series.rows.flatMap((row) =>
          series.years.map((year) => row[demoKey(year)] as number | null),
        ),
        shortened: sheet.shortened,
      }),
    ]),
    shortened: sheet.shortened,
  };
}
