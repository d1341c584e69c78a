import { formatFigure, formatValue } from '../../gateway/dashboard/src/units.js';
import { t } from '../../gateway/dashboard/src/i18n.js';
import { reasonIn } from '../../shared/bilingual.js';
import { demoPercentText, restsMostlyOnDemoPercent } from '../../shared/mostly-demo.js';
import type { ComparisonRow } from './comparison-row.js';
import { say, type Language } from './language.js';
import type { IndicatorNames } from './row-words.js';

/** A row's registry beside the region's published total, in words: the registryCheck columns. */

/**
 * Whether the registry agrees with the region's published total, as the dashboard's data quality
 * says it: the numbers beside each other read the same agreeing or not (登记 500 / 公布 近3,000).
 */
export function registryAgreement(row: ComparisonRow, language: Language): string | null {
  if (row.checkedPublished == null) return null;
  if (row.checkedNotCompared) return t('notCompared', language);
  if (row.checkedFlagged) return t('flagged', language);
  return t(restsMostlyOnDemoPercent(row.checkedDemoPercent) ? 'agreesOnDemo' : 'agrees', language);
}

/**
 * The registry beside the region's published total, in words: 登记 97 / 公布 101（2023-09-01（推定））,
 * or that none was published, so that a reader never takes a registry of unknown completeness for
 * a count of the region.
 */
export function registryCheckWords(
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
  // A rate's row checks its numerator, a head count, in a column whose unit is the rate's: said.
  const numerator =
    row.checkedUnit && row.checkedUnit !== row.unit
      ? zh
        ? `分子（${say.unit(row.checkedUnit, language)}数）核对：`
        : `numerator (${say.unit(row.checkedUnit, language)}) check: `
      : '';
  return zh
    ? `${numerator}登记 ${measured}${onDemo} / 公布 ${published}（${when}）`
    : `${numerator}registered ${measured}${onDemo} of ${published} published (${when})`;
}
