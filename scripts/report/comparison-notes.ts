import { chinaDay } from '../../shared/china-day.js';
import { readable } from '../../gateway/dashboard/src/units.js';
import { regionNameIn, say, type Language } from './language.js';
import { reasonIn } from '../../shared/bilingual.js';
import { totalHeading, type NationalTotal } from '../../shared/national-total.js';
import { censusNote } from './census-note.js';
import { undatedWords } from '../../shared/inferred-day-words.js';
import { rateBasisWords } from '../../shared/rate-years.js';
import {
  demoPercentCell,
  demoPercentText,
  restsMostlyOnDemoPercent,
} from '../../shared/mostly-demo.js';
import type { Comparison } from './comparison.js';
import type { ComparisonRow } from './comparison-row.js';
import { inWords, type ComparisonRowInWords, type IndicatorNames } from './row-words.js';

/** What a reader reads under the comparison: its notes, and the total over the regions. */

/**
 * Under a comparison asked as of a past day (`--as-of`): its measures and published figures are of
 * that day and its targets judged as things stood then, but its registry check is of the latest
 * published total (how complete a registry is, known now), which a reader must not take for the
 * day's. Null as of today or this year, which are measured today.
 */
export function pastDayNote(
  asOf: string | null,
  language: Language,
  today = chinaDay(),
): string | null {
  if (!asOf || asOf >= today.slice(0, asOf.length)) return null;
  return language === 'zh'
    ? `测算值和最新公开数据截至 ${asOf}，目标按该日所知判定（流量目标按截至该日最近一个已结束的完整年度的量，目标年份已过的按目标年份，登记库测算的目标年份截至该日已达目标的即为实现）；登记库与公布总数的对照按各地区最新的公布总数在其自身日期对照，不是截至 ${asOf} 的。`
    : `Measures and latest published figures are as of ${asOf}, and the targets are judged as things stood then (a flow's on the last year wholly over by then, its own year once that is over, or its own year so far where the registry counts it reached); the registry check is against each region's latest published total, on that total's own date, not as of ${asOf}.`;
}

/** Of a rate, whether a region's population is of a year-end before the census (censusNote). */
export const comparisonCensusNote = (comparison: Comparison, language: Language) =>
  censusNote(
    [
      ...comparison.rows.map((row) => row.populationAsOf),
      ...comparison.totalPopulations.map((population) => population.asOf),
    ].map((asOf) => (asOf ? Number(asOf.slice(0, 4)) : null)),
    language,
  );

/**
 * Of a rate whose count is of a day after its population's year-end (today's count over the end of
 * 2023): each such region's day and year-end, and that carrying the population forward to the day
 * is an inference, as the API's `denominatorCarriedForward` says it.
 */
export function carriedForwardNote(comparison: Comparison, language: Language): string | null {
  const carried = comparison.rows.filter((row) => row.populationCarriedForward);
  if (!carried.length) return null;
  const name = regionNameIn(comparison.rows, language);
  const each = carried.map(
    (row) =>
      `${name(row.region)}${language === 'zh' ? '：' : ': '}${rateBasisWords(row.measuredAsOf!, row.populationAsOf!, language)}`,
  );
  return carriedForwardWords(each, language);
}

/**
 * The note of the rates whose population is carried forward, each said in words of its own (a
 * region's count's day over a year-end), as the comparison and the series say it.
 */
export const carriedForwardWords = (each: readonly string[], language: Language) =>
  language === 'zh'
    ? `每万常住人口指标的分母沿用此前年末的人口数：${each.join('；')}。计数之日的常住人口未公布，沿用年末数是推定。`
    : `Rates per 10,000 residents carry an earlier year-end's population forward: ${each.join('; ')}. No population is published for the count's day, so carrying a year-end's forward is an inference.`;

/**
 * The day the regions' total is of, where the rows are of another: a rate of today is added up over
 * the year-end most regions published a population for (rateAtBestYear), each region's count and
 * population of that year-end, while each row is its count of today. Null where the total is of the
 * rows' day.
 */
export function totalDayNote(comparison: Comparison, language: Language): string | null {
  const day = comparison.national.asOf;
  const rowDays = comparison.rows.flatMap((row) => row.measuredAsOf ?? []);
  if (!day || rowDays.every((rowDay) => rowDay === day)) return null;
  const year = day.slice(0, 4);
  if (comparison.indicator.kind === 'RATE' && comparison.askedAsOf == null)
    return language === 'zh'
      ? `${day}：合计按多数地区公布了常住人口的 ${year} 年末相加，各地区取该年末的登记计数和常住人口；表中各行截至各自的测算日。`
      : `${day}: the total adds up the end of ${year}, the year-end most regions published a population for, each region's count and population of that year-end; the rows are as of their own day measured.`;
  return language === 'zh'
    ? `${day}；表中各行截至各自的测算日。`
    : `${day}; the rows are as of their own day measured.`;
}

/**
 * The regions a total adds up whose registries no published total checks: none was published, or
 * the registry's side of the check is mostly demo, which was planned on the figure it agrees with.
 */
export const uncheckedOf = (national: NationalTotal, rows: ComparisonRow[]) =>
  national.included.filter((code) => {
    const row = rows.find((r) => r.region === code);
    return (
      row?.checkedPublished == null ||
      row.checkedNotCompared != null ||
      restsMostlyOnDemoPercent(row.checkedDemoPercent)
    );
  });

/** The total under the table, in Chinese and English: what it adds up and what it leaves out. */
export function nationalLines(
  national: NationalTotal,
  language: Language,
  {
    regionName = (code) => code,
    unchecked = [],
    unit = null,
    indicators = [],
    certificates = false,
  }: {
    /** A region's name in the report's language. */
    regionName?: (code: string) => string;
    /** The regions added up that no published total checks, or only their demo records do (`uncheckedOf`). */
    unchecked?: string[];
    /** The unit's word, after the total's number, as under the table's values. */
    unit?: string | null;
    /** The indicators its reasons name by code (inWords). */
    indicators?: IndicatorNames;
    /** It counts certified workers, whose certificate without its day is an inferred day too. */
    certificates?: boolean;
  } = {},
): string {
  const zh = language === 'zh';
  const unitAfter = !unit ? '' : unit === '%' ? '%' : ` ${unit}`;
  const said = (message: string) => reasonIn(message, indicators, language);
  const lines = [
    `${totalHeading(national, language)}${zh ? '：' : ': '}` +
      (national.value == null
        ? `—${zh ? '（' : ' ('}${said(national.reason ?? '')}${zh ? '）' : ')'}`
        : readable(national.value) +
          unitAfter +
          (national.denominator == null
            ? ''
            : ` (${readable(national.numerator!)} / ${readable(national.denominator)})`) +
          (national.demoShare == null
            ? ''
            : `${zh ? '，演示数据' : ', demo'} ${demoPercentText(national.demoShare)}%`) +
          (national.openEnded
            ? zh
              ? `，其中 ${national.openEnded} 个未载明结束、按尚未结束计入（推定）`
              : `, of which ${national.openEnded} give no end and are counted as not ended (inferred)`
            : '') +
          (national.undated
            ? `${zh ? '，' : ', '}${undatedWords(national.undated, language, { certificates, after: !!national.openEnded })}`
            : '') +
          (national.programmesLeftOut
            ? leftOutProgrammes(national.programmesLeftOut, language)
            : '') +
          `${zh ? '，截至' : ', as of'} ${national.asOf}`),
  ];
  // A ratio's or a rate's parts as added up, which a rate's rows may give over other years.
  const added = national.parts
    ? national.parts.map(
        ({ region, numerator, denominator }) =>
          `${regionName(region)}${zh ? '（' : ' ('}${readable(numerator)} / ${readable(denominator)}${zh ? '）' : ')'}`,
      )
    : national.included.map(regionName);
  if (added.length)
    lines.push(`  ${zh ? '纳入：' : 'regions added up: '}${added.join(zh ? '、' : ', ')}`);
  // A total adds up registries; one that no published total checks may hold any part of its region.
  if (unchecked.length)
    lines.push(
      zh
        ? `  其中登记库完整程度未知（未公布总数、无法对照，或仅与演示数据对照）：${unchecked.map(regionName).join('、')}`
        : `  of these, registries of unknown completeness (no published total, none comparable, or checked only against demo): ${unchecked.map(regionName).join(', ')}`,
    );
  for (const left of leftOutWords(national, language, regionName, said)) lines.push(`  ${left}`);
  return lines.join('\n');
}

/**
 * Of a flow's total, the programmes it leaves out, their start or end not known: not among what it
 * adds up (另有, besides), apart from the records a stock counts from an inferred day (其中).
 */
function leftOutProgrammes(count: number, language: Language) {
  if (language === 'zh') return `，另有 ${count} 个项目起止日期不详、未计入`;
  const [one, give, are] =
    count === 1 ? ['programme', 'gives', 'is'] : ['programmes', 'give', 'are'];
  return `, besides ${count} ${one} that ${give} no start or no end and ${are} left out`;
}

/** Each region a total leaves out, with why: 未纳入：雄安新区：…. */
const leftOutWords = (
  national: NationalTotal,
  language: Language,
  regionName: (code: string) => string,
  said: (message: string) => string,
) =>
  national.leftOut.map(({ region, reason }) =>
    language === 'zh'
      ? `未纳入：${regionName(region)}：${said(reason)}`
      : `left out: ${regionName(region)}: ${said(reason)}`,
  );

/**
 * The regions' total as the last row of the CSV and the workbook, which have no room under them
 * for what the table prints under itself (nationalLines): its value with what it divides, its demo
 * share and day, the regions no published total checks, and those it leaves out, with why.
 */
export function totalRow(
  comparison: Comparison,
  language: Language,
): Partial<ComparisonRowInWords> {
  const { national, rows, indicator } = comparison;
  const zh = language === 'zh';
  const regionName = regionNameIn(rows, language);
  const said = (message: string) => reasonIn(message, [indicator], language);
  const unchecked = uncheckedOf(national, rows).map(regionName);
  const blank = national.value == null && national.reason ? [said(national.reason)] : [];
  return {
    name: totalHeading(national, language),
    unit: say.unit(indicator.unit, language) ?? indicator.unit,
    measured: national.value,
    measuredAsOf: national.asOf,
    // Of a rate, the populations the total divides by: of its year-end, which the rows' may not be.
    populationAsOf:
      [...new Set(comparison.totalPopulations.map((population) => population.asOf))]
        .sort()
        .join(zh ? '、' : ', ') || null,
    numerator: national.numerator,
    denominator: national.denominator,
    measuredDemoPercent:
      national.demoShare == null ? null : demoPercentCell(100 * national.demoShare),
    measuredOpenEnded: national.openEnded,
    measuredUndated: national.undated,
    measuredLeftOut: national.programmesLeftOut,
    registryCheck: unchecked.length
      ? zh
        ? `登记库完整程度未知：${unchecked.join('、')}`
        : `registries of unknown completeness: ${unchecked.join(', ')}`
      : null,
    // Each said as a sentence, joined as one: 。； and .; never follow each other.
    notMeasured:
      [...blank, ...leftOutWords(national, language, regionName, said)]
        .map((part) => part.replace(zh ? /。$/ : /\.$/, ''))
        .join(zh ? '；' : '; ') || null,
  };
}

/**
 * Under the table, each region's registry beside its published total, whether it agrees and with
 * its numbers (天津市：差异超出容许范围；登记 500 人 / 公布 近3,000 人（2024-06）); null where no
 * region published one.
 */
export function registryCheckNotes(
  { rows, indicator }: Comparison,
  language: Language,
): string | null {
  const lines = rows.flatMap((row) => {
    const { name, registryCheck, registryAgreement } = inWords(row, language, [indicator]);
    return registryAgreement
      ? [
          `  ${name}${language === 'zh' ? `：${registryAgreement}；` : `: ${registryAgreement}; `}${registryCheck}`,
        ]
      : [];
  });
  if (!lines.length) return null;
  return [
    language === 'zh' ? '登记库对照公布总数：' : 'Registries against published totals:',
    ...lines,
  ].join('\n');
}
