import type { Column } from './format.js';
import { columnTitle, say, type Language } from './language.js';
import { formatValue } from '../../gateway/dashboard/src/units.js';
import { reasonText } from '../../gateway/dashboard/src/reason-words.js';
import { reasonIn, sourceTitle } from '../../shared/bilingual.js';
import { demoPercentCell } from '../../shared/mostly-demo.js';
import type { ComparisonRow } from './comparison-row.js';
import { registryAgreement, registryCheckWords } from './registry-check-words.js';
import { intervalText } from '../../shared/intervals.js';
import {
  figureSourceCells,
  targetDocumentCells,
  type PopulationCells,
  type ReportCells,
} from './document-cells.js';
import { rateBasisWords } from '../../shared/rate-years.js';

/** A comparison row as a reader reads it, and the columns the CSV, workbook and table show. */

/** A row in the report's language (inWords), with the words of its registry check. */
export interface ComparisonRowInWords
  extends
    Omit<ComparisonRow, 'publishedInterval' | 'measuredDemoPercent' | 'statusDemoPercent'>,
    Partial<PopulationCells>,
    Partial<ReportCells>,
    ReturnType<typeof figureSourceCells> {
  /** The interval in its notation: (130000, 140000). */
  publishedInterval: string | null;
  /** The demo shares as the dashboard prints them (demoPercentCell): 88, >99.9. */
  measuredDemoPercent: number | string | null;
  statusDemoPercent: number | string | null;
  /** Why the status is what it is, with its numbers, as the dashboard says it. */
  statusWhy: string | null;
  /**
   * The registry beside the region's latest published total (a rate's count): what it held of it
   * on that total's date; null where the region published none, so nothing says how complete it is.
   */
  registryCheck: string | null;
  /** Whether the registry agrees with that total, in the dashboard's words; null where none was checked. */
  registryAgreement: string | null;
  /** Who issued the target's policy, as the table's note says it (issuerWords). */
  targetPolicyIssuedBy?: string | null;
}

/** The columns of the CSV, the workbook and the table, in this order; JSON has every field. */
export const columns = [
  'region',
  'name',
  'unit',
  'measured',
  'measuredAsOf',
  'measuredSince',
  'numerator',
  'denominator',
  'populationAsOf',
  'measuredDemoPercent',
  'measuredOpenEnded',
  'registryCheck',
  'notMeasured',
  'published',
  'publishedQualifier',
  'publishedInterval',
  'publishedAsOf',
  'publishedSince',
  'source',
  'quote',
  'target',
  'targetQualifier',
  'targetYear',
  'targetScope',
  'targetSource',
  'targetQuote',
  'progress',
  'progressSince',
  'basis',
  'progressSource',
  'status',
  'statusDemoPercent',
  'gap',
  'projectedValue',
  'statusWhy',
  // Last, so that a sheet made on the columns before it still finds them where they were.
  'stockOrFlow',
  'targetPolicy',
  'progressQualifier',
  'progressLowest',
  'registryAgreement',
  'targetPolicyIssuedOn',
  'targetSourcePublisher',
  'targetSourcePublishedOn',
  'populationSource',
  'populationPublisher',
  'populationPublishedOn',
  'populationUrl',
  'progressPopulationAsOf',
  'targetPolicyIssuedBy',
  'sourcePublisher',
  'sourcePublishedOn',
  'sourceUrl',
  'indicatorCode',
  'indicatorName',
  'generatedAt',
  'populationReadOnReprint',
  'measuredUndated',
  'measuredLeftOut',
] as const satisfies (keyof ComparisonRowInWords)[];

/** The columns titled in a language, for rows in words and the total's row, which has fewer cells. */
export const titled = (keys: readonly (typeof columns)[number][], language: Language) =>
  keys.map((key): Column<Partial<ComparisonRowInWords>> => ({
    key,
    title: columnTitle(key, language),
  }));

/** The indicators a report's reasons may name by code: said by their names instead. */
export type IndicatorNames = readonly { code: string; name: string; nameZh: string }[];

/**
 * A row as a reader reads it: the region's name, the unit, qualifiers, basis and status in words,
 * and the indicators its reasons name by their names.
 */
export function inWords(
  row: ComparisonRow,
  language: Language,
  indicators: IndicatorNames = [],
): ComparisonRowInWords {
  return {
    ...row,
    name: language === 'zh' ? row.nameZh : row.name,
    targetScope: language === 'zh' ? row.targetScopeZh : row.targetScope,
    progressSource:
      row.progressSource &&
      sourceTitle(
        {
          title: row.progressSource,
          titleEn: row.progressSourceEn,
          titleConstructed: row.progressSourceTitleConstructed,
        },
        language,
      ),
    targetSource:
      row.targetSource &&
      sourceTitle(
        {
          title: row.targetSource,
          titleEn: row.targetSourceEn,
          titleConstructed: row.targetSourceTitleConstructed,
          titleCitedIn: row.targetSourceTitleCitedIn,
        },
        language,
      ),
    targetPolicy:
      row.targetPolicy &&
      sourceTitle(
        {
          title: row.targetPolicy,
          titleEn: row.targetPolicyEn,
          titleConstructed: row.targetPolicyTitleConstructed,
          titleCitedIn: row.targetPolicyTitleCitedIn,
        },
        language,
      ),
    ...targetDocumentCells(row, language),
    ...figureSourceCells(row, language),
    registryCheck: measuredRow(row) ? registryCheckWords(row, language, indicators) : null,
    registryAgreement: measuredRow(row) ? registryAgreement(row, language) : null,
    source:
      row.source &&
      sourceTitle(
        { title: row.source, titleEn: row.sourceEn, titleConstructed: row.sourceTitleConstructed },
        language,
      ),
    unit: say.unit(row.unit, language) ?? row.unit,
    stockOrFlow: say.stockOrFlow(row.stockOrFlow, language),
    publishedQualifier:
      say.qualifier(row.publishedQualifier, language) ??
      say.rounded(row.publishedRoundedTo, language),
    publishedInterval: row.publishedInterval && intervalText(row.publishedInterval),
    measuredDemoPercent: demoPercentCell(row.measuredDemoPercent),
    statusDemoPercent: demoPercentCell(row.statusDemoPercent),
    publishedAsOf: say.inferred(row.publishedAsOf, row.publishedAsOfInferred, language),
    targetQualifier: say.qualifier(row.targetQualifier, language),
    progressQualifier:
      say.qualifier(row.progressQualifier, language) ??
      say.rounded(row.progressRoundedTo, language),
    notMeasured: row.notMeasured == null ? null : reasonIn(row.notMeasured, indicators, language),
    basis: say.basis(row.basis, language),
    publishedSince:
      say.inferred(row.publishedSince, row.publishedSinceInferred, language) ??
      (row.publishedSinceNotStated ? (language === 'zh' ? '未载明' : 'not stated') : null),
    status: say.status(row.status, language, row.statusRestsOnDemo ?? false),
    statusWhy: statusWhy(row, language),
  };
}

/**
 * Why a row's target has its status, with its numbers, as the dashboard says it; of a target that
 * counts less than the indicator, first what it counts, and that the region's measure beside it is
 * of everything: Guangxi's 11 pilot prefectures of 14 beside a measure of 14 read as a mistake.
 */
export function statusWhy(row: ComparisonRow, language: Language): string | null {
  if (!row.statusReason) return null;
  const why = reasonText(
    row.statusReason,
    row.unit,
    language,
    row.progressQualifier,
    row.progressLowest,
  );
  // A rate's progress says what it divides: its count's day over a year-end's population.
  const over =
    row.progressAsOf && row.progressPopulationAsOf
      ? rateBasisWords(row.progressAsOf, row.progressPopulationAsOf, language)
      : null;
  const said = !over
    ? why
    : language === 'zh'
      ? `当前进展值为${over}。${why}`
      : `The progress value is ${over}. ${why}`;
  const scope = language === 'zh' ? row.targetScopeZh : row.targetScope;
  if (!scope) return said;
  const zh = language === 'zh';
  const measured =
    row.measured != null && row.measured !== row.progress
      ? zh
        ? `登记测算值（${formatValue(row.measured, row.unit, language)}）计的是全部，不限于此范围。`
        : ` The measure of ${formatValue(row.measured, row.unit, language)} counts everything, not only this.`
      : '';
  return zh ? `（${scope}）${said}${measured}` : `(${scope}) ${said}${measured}`;
}

/**
 * A row with a measured value, or a rate's count where no population divides it: the one whose
 * registry a check speaks for.
 */
const measuredRow = (row: ComparisonRow) => row.measured != null || row.numerator != null;
