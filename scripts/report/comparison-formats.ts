import { csv, dataSheet, display, json, workbook, type Column } from './format.js';
import { fittedTable } from './fitted-table.js';
import { SourceNotes } from './source-notes.js';
import { chinaTime } from '../../shared/china-day.js';
import { policyIssue, populationCells, type ReportCells } from './document-cells.js';
import { regionNameIn, type Language } from './language.js';
import { aboutSheet } from './about.js';
import { sheetName } from './sheet-name.js';
import type { Comparison } from './comparison.js';
import type { ComparisonRow } from './comparison-row.js';
import { columns, inWords, statusWhy, titled, type ComparisonRowInWords } from './row-words.js';
import {
  carriedForwardNote,
  comparisonCensusNote,
  pastDayNote,
  totalDayNote,
  totalRow,
} from './comparison-notes.js';
import { qualifiedNumber } from '../../gateway/dashboard/src/units.js';
import { issuedWords, policyWords } from '../../gateway/dashboard/src/policy-words.js';

/** The national comparison as CSV, JSON, a workbook and a terminal table. */

/**
 * The comparison as CSV, one row per region in the report's language, and the regions' total last,
 * with those it leaves out.
 */
export const toCsv = (comparison: Comparison, language: Language) =>
  csv(titled(columns, language), withTotal(comparison, language));

/**
 * The regions' rows in words, each with the population it divides by (a rate's), and their total as
 * a last row (totalRow), whose populations the About sheet lists.
 */
const withTotal = (
  comparison: Comparison,
  language: Language,
  now = new Date(),
): Partial<ComparisonRowInWords>[] => {
  const { indicator } = comparison;
  const report: ReportCells = {
    indicatorCode: indicator.code,
    indicatorName: language === 'zh' ? indicator.nameZh : indicator.name,
    generatedAt: chinaTime(now),
  };
  return [
    ...comparison.rows.map((row) => ({
      ...inWords(row, language, [indicator]),
      ...populationCells(
        comparison.populations.find((p) => p.region === row.region),
        language,
      ),
      ...report,
    })),
    { ...totalRow(comparison, language), ...report },
  ];
};

/**
 * The comparison as JSON, for programs: the rows in the API's codes, as they are (the registry check
 * as its numbers), with what a reader of the table reads under it: the day measured (null where the
 * regions differ, as a rate's do: each row has its own), the total over the regions with those it
 * leaves out, the populations a rate divides by, and its notes in the report's language.
 */
export const toJson = (comparison: Comparison, language: Language) => {
  const days = new Set(comparison.rows.flatMap((row) => row.measuredAsOf ?? []));
  return json({
    indicator: comparison.indicator,
    asOf: days.size > 1 ? null : ([...days][0] ?? comparison.asOf),
    askedAsOf: comparison.askedAsOf,
    pastDayNote: pastDayNote(comparison.askedAsOf, language),
    censusNote: comparisonCensusNote(comparison, language),
    carriedForwardNote: carriedForwardNote(comparison, language),
    totalDayNote: totalDayNote(comparison, language),
    // The regions' total, not the nation's: the federation holds six of China's regions.
    total: comparison.national,
    populations: comparison.populations,
    totalPopulations: comparison.totalPopulations,
    rows: comparison.rows,
  });
};

/** A workbook: the comparison, and an About sheet saying when, as of when, from where and from what. */
export async function toXlsx(
  comparison: Comparison,
  language: Language,
  gatewayUrl: string,
): Promise<{ workbook: Buffer; shortened: string | null }> {
  const sheet = sheetName(comparison.indicator, language);
  return {
    workbook: await workbook([
      dataSheet(sheet.name, titled(columns, language), withTotal(comparison, language)),
      aboutSheet(comparison.indicator, {
        language,
        gatewayUrl,
        measuredOn: comparison.rows.map((row) => row.measuredAsOf),
        totalAsOf: totalDayNote(comparison, language),
        askedFor: comparison.asOf,
        demoPercents: comparison.rows.map((row) => row.measuredDemoPercent),
        populations: comparison.populations,
        totalPopulations: comparison.totalPopulations,
        regionName: regionNameIn(comparison.rows, language),
        pastDayNote: pastDayNote(comparison.askedAsOf, language),
        censusNote: comparisonCensusNote(comparison, language),
        carriedForwardNote: carriedForwardNote(comparison, language),
        shortened: sheet.shortened,
      }),
    ]),
    shortened: sheet.shortened,
  };
}

/** The columns a reader compares region by region, first in a terminal's table, in this order. */
const compared = ['name', 'measured', 'published', 'target', 'targetYear', 'status'] as const;

/**
 * The comparison as a table for a terminal `width` columns wide (fittedTable), and under it the
 * documents its figures are read from, numbered where they are cited: a published figure its
 * source, a target the document that sets it, a rate measured the population it divides by; the
 * measures are the registries', read through the gateway. The source sentences and the reason are
 * left to the CSV; the registry checks go under it (registryCheckNotes), with why each status is
 * what it is (statusNotes).
 */
export function toTable(
  comparison: Comparison,
  language: Language,
  width: number,
  gatewayUrl: string,
): string {
  const shown = columns.filter(
    (c) =>
      c !== 'region' &&
      c !== 'source' &&
      c !== 'quote' &&
      c !== 'targetSource' &&
      c !== 'progressSource' &&
      c !== 'targetPolicy' &&
      c !== 'targetQuote' &&
      c !== 'notMeasured' &&
      c !== 'registryCheck' &&
      c !== 'registryAgreement' &&
      c !== 'statusWhy' &&
      // The status note says what a rate's progress divides.
      c !== 'progressPopulationAsOf' &&
      // The progress cell prints its qualifier (近3000), and the status note the lower end it is judged on.
      c !== 'progressQualifier' &&
      c !== 'progressLowest' &&
      // The table's heading says it, as one indicator's rows all share it.
      c !== 'stockOrFlow' &&
      // The note of the target's document says them (SourceNotes).
      c !== 'targetPolicyIssuedOn' &&
      c !== 'targetPolicyIssuedBy' &&
      c !== 'targetSourcePublisher' &&
      c !== 'targetSourcePublishedOn' &&
      // The note of the population a rate divides by says them.
      c !== 'populationSource' &&
      c !== 'populationPublisher' &&
      c !== 'populationPublishedOn' &&
      c !== 'populationUrl' &&
      c !== 'populationReadOnReprint' &&
      // The note of the published figure's document says them.
      c !== 'sourcePublisher' &&
      c !== 'sourcePublishedOn' &&
      c !== 'sourceUrl' &&
      // The table's title says them.
      c !== 'indicatorCode' &&
      c !== 'indicatorName' &&
      c !== 'generatedAt',
  );
  const ordered = [...compared, ...shown.filter((c) => !compared.some((first) => first === c))];
  const notes = new SourceNotes();
  const rows = comparison.rows.map((row) => {
    const sources = comparison.rowSources.find((s) => s.region === row.region);
    const population = comparison.populations.find((p) => p.region === row.region);
    const words = inWords(row, language);
    const issued = issuedWords(policyIssue(row), language);
    return {
      ...words,
      measured: notes.citePopulation(display(row.measured), population?.source),
      published: notes.cite(display(row.published), sources?.published),
      // Its document's note says the policy it reports, and when that was issued.
      target: notes.cite(
        display(row.target),
        sources?.target,
        policyWords(words.targetPolicy, issued, language),
      ),
      // As its page printed it: a bare 3000 beside a target of 3000 reads as reached.
      progress: notes.cite(
        qualifiedNumber(display(row.progress), row.progressQualifier, language),
        sources?.progress,
      ),
    };
  });
  const registries =
    language === 'zh'
      ? `登记测算值来自各地区的登记库，经网关 ${gatewayUrl} 读取。`
      : `Measured values are the regional registries', read through the gateway at ${gatewayUrl}.`;
  return [
    fittedTable(
      titled(ordered, language).map(({ key, title }): Column<(typeof rows)[number]> => ({
        key,
        title,
      })),
      rows,
      width,
      language,
    ),
    registries,
    ...notes.lines(language),
  ].join('\n');
}

/** Under the table, why each region's target has its status, with its numbers; null with no target. */
export function statusNotes(rows: ComparisonRow[], language: Language): string | null {
  const lines = rows.flatMap((row) => {
    const why = statusWhy(row, language);
    return why
      ? [`  ${language === 'zh' ? row.nameZh : row.name}${language === 'zh' ? '：' : ': '}${why}`]
      : [];
  });
  if (!lines.length) return null;
  return [language === 'zh' ? '各地区目标状态的依据：' : 'Why each status:', ...lines].join('\n');
}
