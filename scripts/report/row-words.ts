import type { Column } from './format.js';
import { columnTitle, say, type Language } from './language.js';
import { formatFigure, formatValue } from '../../gateway/dashboard/src/units.js';
import { reasonText } from '../../gateway/dashboard/src/reason-words.js';
import { t } from '../../gateway/dashboard/src/i18n.js';
import { reasonIn, sourceTitle } from '../../shared/bilingual.js';
import {
  demoPercentCell,
  demoPercentText,
  restsMostlyOnDemoPercent,
} from '../../shared/mostly-demo.js';
import type { ComparisonRow } from './comparison-row.js';
import { intervalText } from '../../shared/intervals.js';
import { targetDocumentCells, type PopulationCells } from './document-cells.js';
import { rateBasisWords } from '../../shared/rate-years.js';

/** A comparison row as a reader reads it, and the columns the CSV, workbook and table show. */

/** A row in the report's language (inWords), with the words of its registry check. */
export interface ComparisonRowInWords
  extends
    Omit<ComparisonRow, 'publishedInterval' | 'measuredDemoPercent' | 'statusDemoPercent'>,
    Partial<PopulationCells> {
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

/**
 * Whether the registry agrees with the region's published total, as the dashboard's data quality
 * says it: the numbers beside each other read the same agreeing or not (登记 500 / 公布 近3,000).
 */
function registryAgreement(row: ComparisonRow, language: Language): string | null {
  if (row.checkedPublished == null) return null;
  if (row.checkedNotCompared) return t('notCompared', language);
  if (row.checkedFlagged) return t('flagged', language);
  return t(restsMostlyOnDemoPercent(row.checkedDemoPercent) ? 'agreesOnDemo' : 'agrees', language);
}

/**
 * The registry beside the region's published total, in words: 登记 97 / 公布 101（2023-09-30）, or
 * that none was published, so that a reader never takes a registry of unknown completeness for a
 * count of the region.
 */
function registryCheckWords(
  row: ComparisonRow,
  language: Language,
  indicators: IndicatorNames,
): string {
  if (row.checkedPublished == null)
    return language === 'zh' ? '未公布总数，无从对照' : 'no published total to check against';
  // In the figure's own unit (a rate's row checks its count, in persons) and as the page printed it.
  const measured = formatValue(row.checkedMeasured, row.checkedUnit, language);
  const published = formatFigure(
    row.checkedPublished,
    row.checkedUnit,
    row.checkedQualifier ?? 'EXACT',
    language,
  );
  // A total not set beside the registry has no day it was measured on: the reason stands there.
  const zh = language === 'zh';
  // The figure's date as its page gives it (2025, inferred); the day the registry was measured on,
  // where that says more (a year's figure, at its 31 December).
  const figureDate = say.inferred(row.checkedFigureAsOf, row.checkedFigureAsOfInferred, language);
  const measuredOn =
    row.checkedAsOf && row.checkedAsOf !== row.checkedFigureAsOf
      ? zh
        ? `；登记库按 ${row.checkedAsOf} 测算`
        : `; the registry measured as of ${row.checkedAsOf}`
      : '';
  // A cumulative total (16 projects since 2020-03) is of the period from its start to its date,
  // which the registry was measured over.
  const to = zh ? ' 至 ' : ' to ';
  const when = row.checkedNotCompared
    ? reasonIn(row.checkedNotCompared, indicators, language)
    : row.checkedSince
      ? `${say.inferred(row.checkedSince, row.checkedSinceInferred, language)}${to}${figureDate ?? row.checkedAsOf}${measuredOn}`
      : `${figureDate ?? row.checkedAsOf}${measuredOn}`;
  // The registry's side that is demo was built on the figure: its agreement confirms nothing.
  const demo = row.checkedDemoPercent ? demoPercentText(row.checkedDemoPercent / 100) : 0;
  const onDemo = !row.checkedDemoPercent
    ? ''
    : restsMostlyOnDemoPercent(row.checkedDemoPercent)
      ? zh
        ? `（演示数据占 ${demo}%，不能证实该数字）`
        : ` (${demo}% demo: it confirms nothing)`
      : zh
        ? `（演示数据占 ${demo}%）`
        : ` (${demo}% demo)`;
  return zh
    ? `登记 ${measured}${onDemo} / 公布 ${published}（${when}）`
    : `registered ${measured}${onDemo} of ${published} published (${when})`;
}
