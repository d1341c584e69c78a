import { roundedNumber } from '../../shared/rounded-number.js';
import { targetScopeText } from '../../shared/target-scope.js';
import { graphql } from './__generated__/gql.js';
import type { ComparisonQuery } from './__generated__/graphql.js';
import { csv, dataSheet, json, postQuery, table, workbook, type Column } from './format.js';
import { columnTitle, regionNameIn, say, type Language } from './language.js';
import { formatFigure, formatValue } from '../../gateway/dashboard/src/units.js';
import { aboutSheet, type PopulationSource, type ReportIndicator } from './about.js';
import { sheetName } from './sheet-name.js';
import { requireIndicator } from './unknown-indicator.js';
import { reasonIn, sourceTitle } from '../../shared/bilingual.js';
import {
  nationalTotal,
  rateAtBestYear,
  rateYearsOf,
  totalHeading,
  type NationalTotal,
  type RateYear,
} from '../../shared/national-total.js';
import { firstYearNotOver } from '../../shared/years-over.js';
import { censusNote } from './census-note.js';
import { restsMostlyOnDemoPercent } from '../../shared/mostly-demo.js';

/**
 * The national comparison of one indicator, read through the gateway's public API like any client,
 * as rows for people who do not write GraphQL.
 */

const comparisonQuery = graphql(`
  query Comparison($indicator: String!, $asOf: String) {
    indicator(code: $indicator) {
      code
      name
      nameZh
      unit
      stockOrFlow
      kind
      description
      descriptionZh
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
      measure(indicator: $indicator, asOf: $asOf) {
        computable
        reason
        value
        numerator
        denominator
        demoShare
        asOf
        since
        openEndedRecords
        nothingRegistered
        denominatorFigure {
          ...ReportPopulation
        }
        checkedAgainst {
          published
          measured
          measuredAsOf
          measuredSince
          demoShare
          notComparedReason
          figure {
            unit
            qualifier
            asOf
            asOfInferred
          }
        }
      }
      latestFigure(indicator: $indicator, asOf: $asOf) {
        value
        asOf
        asOfInferred
        periodStart
        periodStartInferred
        qualifier
        roundedTo
        quote
        source {
          ...ReportSource
        }
      }
      targets(indicator: $indicator) {
        targetValue
        qualifier
        targetYear
        scope {
          kinds
          program {
            name
            nameEn
          }
        }
        progress(asOf: $asOf) {
          value
          since
          basis
          status
          demoShare
          restsMostlyOnDemo
        }
      }
    }
  }
`);

/** Of a rate asked for no day, each region's year-ends, to add them up over one (rateAtBestYear). */
const rateYearsQuery = graphql(`
  query RateYears($indicator: String!, $from: Int!) {
    registries {
      code
      measure(indicator: $indicator, by: [YEAR], from: $from) {
        computable
        breakdown {
          keys {
            value
          }
          numerator
          denominator
          demoShare
          toDate
          denominatorFigure {
            ...ReportPopulation
          }
        }
      }
    }
  }
`);

/** How many years back a rate's total looks for the year-end most regions published a population for. */
const RATE_YEARS_BACK = 10;

/** A region's year of its rate series, with the published population the year divides by. */
type RateYearOf = RateYear & { population: PopulationSource | null };

/** Each region's rate by year-end, for a total over the one most regions can add up. */
async function rateYears(
  gatewayUrl: string,
  indicator: string,
): Promise<Map<string, RateYearOf[]>> {
  // The indicator was found by the comparison's query just before.
  const data = await postQuery(
    gatewayUrl,
    rateYearsQuery,
    { indicator, from: new Date().getUTCFullYear() - RATE_YEARS_BACK },
    () => {},
  );
  return new Map(
    data.registries.map(({ code, measure }) => {
      const cells = measure?.computable ? measure.breakdown : [];
      // Each year-end with the population it divides by, for the About sheet.
      const populationOf = (year: number) => {
        const figure = cells.find(
          (cell) => cell.keys[0]!.value === String(year),
        )?.denominatorFigure;
        return figure
          ? { region: code, value: figure.value, asOf: figure.asOf, source: figure.source }
          : null;
      };
      return [
        code,
        rateYearsOf(cells).map((year) => ({ ...year, population: populationOf(year.year) })),
      ];
    }),
  );
}

export interface ComparisonRow {
  region: string;
  name: string;
  nameZh: string;
  unit: string;
  measured: number | null;
  /** The day the region was measured as of: a rate's, the year-end of the population it is over. */
  measuredAsOf: string | null;
  /** Where the measure adds up a period (a flow: the year to date, or from `since`): its first day. */
  measuredSince: string | null;
  /** Ratios and rates only: a count's numerator is its value. */
  numerator: number | null;
  denominator: number | null;
  /** Of a rate, the year-end of the published population it divides by (Comparison.populations). */
  populationAsOf: string | null;
  /** How much of the measure comes from generated demo records (for a ratio, of its denominator). */
  measuredDemoPercent: number | null;
  /** Programmes counted as not ended only because they give no end: an inference in the value. */
  measuredOpenEnded: number | null;
  checkedPublished: number | null;
  checkedMeasured: number | null;
  checkedAsOf: string | null;
  /** Of a cumulative total (16 projects since 2020-03), the first day the registry counted it from. */
  checkedSince: string | null;
  /** How much of the registry's side of the check is demo: an agreement on demo confirms nothing. */
  checkedDemoPercent: number | null;
  /** Why the published total was not set beside the registry (a period whose start is not known). */
  checkedNotCompared: string | null;
  /** The checked figure's unit (a rate's count's: persons) and qualifier (4000余 is ODD). */
  checkedUnit: string | null;
  checkedQualifier: string | null;
  /**
   * The checked figure's own date, which the registry is measured at the end of (a year's at its
   * 31 December), and whether its source does not print it (an inference).
   */
  checkedFigureAsOf: string | null;
  checkedFigureAsOfInferred: boolean;
  /** Why the registry cannot measure it, where it cannot. */
  notMeasured: string | null;
  published: number | null;
  publishedQualifier: string | null;
  /** An exact figure printed rounded: the step (8.82万: 100). */
  publishedRoundedTo: number | null;
  publishedAsOf: string | null;
  /** The figure's date is not printed by its source but read from its page (an inference). */
  publishedAsOfInferred: boolean;
  /** Where the latest figure adds up a period ("since 2013"): its start. */
  publishedSince: string | null;
  /** Its source does not print that start: it was worked out from the wording (an inference). */
  publishedSinceInferred: boolean;
  /** The latest figure adds up a period (a flow's) whose start its source does not print. */
  publishedSinceNotStated: boolean;
  /** The sentence of its source the latest figure is read from. */
  quote: string | null;
  /** The title of the latest figure's source, as printed, and in English where it was given. */
  source: string | null;
  sourceEn: string | null;
  /** The source prints no title: the one given was made from its text. */
  sourceTitleConstructed: boolean;
  target: number | null;
  targetQualifier: string | null;
  targetYear: number | null;
  /**
   * What the target counts where its policy counts less than the indicator: one programme's records
   * (Guangxi's pilot units), or some kinds of institution (Beijing leaves out public health).
   */
  targetScope: string | null;
  targetScopeZh: string | null;
  progress: number | null;
  /** Where the progress value adds up a period (a programme's postings, a flow): its first day. */
  progressSince: string | null;
  basis: string | null;
  status: string | null;
  /** The share of the value the status was judged on that demo records make: a status on demo is demo. */
  statusDemoPercent: number | null;
  /** Half or more of the value judged is demo records: the status says nothing about the region. */
  statusRestsOnDemo: boolean | null;
}

/** A row in the report's language (inWords), with the words of its registry check. */
export interface ComparisonRowInWords extends ComparisonRow {
  /**
   * The registry beside the region's latest published total (a rate's count): what it held of it
   * on that total's date; null where the region published none, so nothing says how complete it is.
   */
  registryCheck: string | null;
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
  'measuredDemoPercent',
  'measuredOpenEnded',
  'registryCheck',
  'notMeasured',
  'published',
  'publishedQualifier',
  'publishedAsOf',
  'publishedSince',
  'source',
  'quote',
  'target',
  'targetQualifier',
  'targetYear',
  'targetScope',
  'progress',
  'progressSince',
  'basis',
  'status',
  'statusDemoPercent',
] as const satisfies (keyof ComparisonRowInWords)[];

const titled = (keys: readonly (typeof columns)[number][], language: Language) =>
  keys.map((key): Column<ComparisonRowInWords> => ({ key, title: columnTitle(key, language) }));

/** The indicators a report's reasons may name by code: said by their names instead. */
type IndicatorNames = readonly { code: string; name: string; nameZh: string }[];

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
    registryCheck: measuredRow(row) ? registryCheckWords(row, language, indicators) : null,
    source:
      row.source &&
      sourceTitle(
        { title: row.source, titleEn: row.sourceEn, titleConstructed: row.sourceTitleConstructed },
        language,
      ),
    unit: say.unit(row.unit, language) ?? row.unit,
    publishedQualifier:
      say.qualifier(row.publishedQualifier, language) ??
      say.rounded(row.publishedRoundedTo, language),
    publishedAsOf: say.inferred(row.publishedAsOf, row.publishedAsOfInferred, language),
    targetQualifier: say.qualifier(row.targetQualifier, language),
    notMeasured: row.notMeasured == null ? null : reasonIn(row.notMeasured, indicators, language),
    basis: say.basis(row.basis, language),
    publishedSince:
      say.inferred(row.publishedSince, row.publishedSinceInferred, language) ??
      (row.publishedSinceNotStated ? (language === 'zh' ? '未载明' : 'not stated') : null),
    status: say.status(row.status, language, row.statusRestsOnDemo ?? false),
  };
}

type Registry = ComparisonQuery['registries'][number];
type Indicator = NonNullable<ComparisonQuery['indicator']>;

export interface Comparison {
  indicator: ReportIndicator;
  unit: string;
  /** The day the registries were measured as of (of a rate, its population's year-end). */
  asOf: string | null;
  /** The `--as-of` asked for, or null for today. */
  askedAsOf: string | null;
  rows: ComparisonRow[];
  /** The regions added up, as a national statistics office adds them (see national-total.ts). */
  national: NationalTotal;
  /** Of a rate, the published populations it divides by, by region code. */
  populations: PopulationSource[];
  /**
   * Of a rate, the populations its total divides by: the rows' where it is asked as of a day, each
   * added region's of the total's year-end where it is not (rateAtBestYear).
   */
  totalPopulations: PopulationSource[];
}

export async function fetchComparison(
  gatewayUrl: string,
  indicator: string,
  language: Language = 'en',
  asOf?: string,
): Promise<Comparison> {
  const code = indicator.toUpperCase();
  const data = await postQuery(
    gatewayUrl,
    comparisonQuery,
    { indicator: code, asOf },
    requireIndicator(code, language),
  );
  const sources = data.registries.flatMap((r) => (r.latestFigure ? [r.latestFigure.source] : []));
  const measures = data.registries.map(({ code, measure }) => ({
    region: code,
    measure: measure && { ...measure, populationAsOf: measure.denominatorFigure?.asOf },
  }));
  // A rate of today is, in each region, over its own latest population: added up over one year-end.
  const years =
    data.indicator!.kind === 'RATE' && asOf == null ? await rateYears(gatewayUrl, code) : null;
  const national = nationalTotal(
    data.indicator!.kind,
    years
      ? rateAtBestYear(measures.map((m) => ({ ...m, years: years.get(m.region) ?? null })))
      : measures,
  );
  const populations = data.registries.flatMap(({ code, measure }) => {
    const figure = measure?.denominatorFigure;
    return figure
      ? [{ region: code, value: figure.value, asOf: figure.asOf, source: figure.source }]
      : [];
  });
  const totalYear = national.asOf?.slice(0, 4);
  return {
    indicator: { ...data.indicator!, sources },
    unit: data.indicator!.unit,
    // The day measured; of an indicator no registry counts, the day asked for.
    asOf: data.registries.find((r) => r.measure?.asOf)?.measure?.asOf ?? asOf ?? null,
    askedAsOf: asOf ?? null,
    rows: data.registries.map((registry) =>
      toRow(registry, data.indicator!, firstYearNotOver(asOf ?? null)),
    ),
    populations,
    totalPopulations: national.included.flatMap((region) => {
      const population = years
        ? years.get(region)?.find((year) => String(year.year) === totalYear)?.population
        : populations.find((p) => p.region === region);
      return population ? [population] : [];
    }),
    national,
  };
}

/**
 * The target a row shows of a region's targets of the indicator: the nearest not yet due in `year`
 * (of 2025 and 2027, in 2026, 2027's), else the one due last.
 */
export function nearestTarget<T extends { targetYear: number }>(
  targets: readonly T[],
  year: number,
): T | undefined {
  const byYear = [...targets].sort((a, b) => a.targetYear - b.targetYear);
  return byYear.find((t) => t.targetYear >= year) ?? byYear.at(-1);
}

/** One row per region: the measure, the latest published figure of the whole indicator, and the nearest target. */
function toRow(registry: Registry, indicator: Indicator, year: number): ComparisonRow {
  const latest = registry.latestFigure;
  const target = nearestTarget(registry.targets ?? [], year);
  const measure = registry.measure?.computable ? registry.measure : null;
  // A ratio and a rate per 10,000 residents show what is above and below their line (a rate's: the population).
  const ratio = indicator.kind === 'RATIO' || indicator.kind === 'RATE';
  return {
    region: registry.code,
    name: registry.name,
    nameZh: registry.nameZh,
    unit: indicator.unit,
    measured: measure?.value ?? null,
    measuredAsOf: measure?.asOf ?? null,
    checkedPublished: measure?.checkedAgainst?.published ?? null,
    checkedMeasured: measure?.checkedAgainst?.measured ?? null,
    checkedAsOf: measure?.checkedAgainst?.measuredAsOf ?? null,
    checkedSince: measure?.checkedAgainst?.measuredSince ?? null,
    checkedDemoPercent:
      measure?.checkedAgainst?.demoShare == null ? null : 100 * measure.checkedAgainst.demoShare,
    checkedNotCompared: measure?.checkedAgainst?.notComparedReason ?? null,
    checkedUnit: measure?.checkedAgainst?.figure.unit ?? null,
    checkedQualifier: measure?.checkedAgainst?.figure.qualifier ?? null,
    checkedFigureAsOf: measure?.checkedAgainst?.figure.asOf ?? null,
    checkedFigureAsOfInferred: measure?.checkedAgainst?.figure.asOfInferred ?? false,
    measuredSince: measure?.since ?? null,
    numerator: ratio ? (measure?.numerator ?? null) : null,
    denominator: ratio ? (measure?.denominator ?? null) : null,
    populationAsOf: measure?.denominatorFigure?.asOf ?? null,
    // A share of no value is none: a rate without a population has a count and its demo share.
    measuredDemoPercent:
      measure?.value == null || measure.demoShare == null ? null : 100 * measure.demoShare,
    measuredOpenEnded: measure?.openEndedRecords || null,
    // Why a value is blank: the registry cannot count the indicator, or it counts nothing to divide by,
    // or a rate has no population for the year.
    notMeasured:
      registry.measure && (!registry.measure.computable || registry.measure.value == null)
        ? registry.measure.reason
        : null,
    published: latest?.value ?? null,
    publishedQualifier: latest?.qualifier ?? null,
    publishedRoundedTo: latest?.roundedTo ?? null,
    publishedAsOf: latest?.asOf ?? null,
    publishedAsOfInferred: latest?.asOfInferred ?? false,
    publishedSince: latest?.periodStart ?? null,
    publishedSinceInferred: latest?.periodStartInferred ?? false,
    publishedSinceNotStated:
      indicator.stockOrFlow === 'FLOW' && latest != null && latest.periodStart == null,
    quote: latest?.quote ?? null,
    source: latest?.source.title ?? null,
    sourceEn: latest?.source.titleEn ?? null,
    sourceTitleConstructed: latest?.source.titleConstructed ?? false,
    target: target?.targetValue ?? null,
    targetQualifier: target?.qualifier ?? null,
    targetYear: target?.targetYear ?? null,
    targetScope: targetScopeText(target?.scope, 'en'),
    targetScopeZh: targetScopeText(target?.scope, 'zh'),
    progress: target?.progress.value ?? null,
    progressSince: target?.progress.since ?? null,
    basis: target?.progress.basis ?? null,
    status: target?.progress.status ?? null,
    statusDemoPercent: target?.progress.demoShare == null ? null : 100 * target.progress.demoShare,
    statusRestsOnDemo: target?.progress.restsMostlyOnDemo ?? null,
  };
}

/** The comparison as CSV, one row per region, in the report's language. */
export const toCsv = (rows: ComparisonRow[], language: Language, indicators: IndicatorNames = []) =>
  csv(
    titled(columns, language),
    rows.map((row) => inWords(row, language, indicators)),
  );

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
  const rows = comparison.rows.map((row) => inWords(row, language, [comparison.indicator]));
  return {
    workbook: await workbook([
      dataSheet(sheet.name, titled(columns, language), rows),
      aboutSheet(comparison.indicator, {
        language,
        gatewayUrl,
        measuredOn: comparison.rows.map((row) => row.measuredAsOf),
        askedFor: comparison.asOf,
        demoPercents: comparison.rows.map((row) => row.measuredDemoPercent),
        populations: comparison.populations,
        totalPopulations: comparison.totalPopulations,
        regionName: regionNameIn(comparison.rows, language),
        pastDayNote: pastDayNote(comparison.askedAsOf, language),
        censusNote: comparisonCensusNote(comparison, language),
        shortened: sheet.shortened,
      }),
    ]),
    shortened: sheet.shortened,
  };
}

/**
 * The comparison as a table for a terminal; the source title, the reason and the registry check are
 * left to the CSV (the total under the table names the registries no published total checks).
 */
export const toTable = (rows: ComparisonRow[], language: Language) =>
  table(
    titled(
      columns.filter(
        (c) => c !== 'source' && c !== 'quote' && c !== 'notMeasured' && c !== 'registryCheck',
      ),
      language,
    ),
    rows.map((row) => inWords(row, language)),
  );

/** A row with a measured value: the one whose registry a check speaks for. */
const measuredRow = (row: ComparisonRow) => row.measured != null;

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
      ? `${row.checkedSince}${to}${figureDate ?? row.checkedAsOf}${measuredOn}`
      : `${figureDate ?? row.checkedAsOf}${measuredOn}`;
  // The registry's side that is demo was built on the figure: its agreement confirms nothing.
  const demo = row.checkedDemoPercent ? roundedNumber(row.checkedDemoPercent) : 0;
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

/**
 * Under a comparison asked as of a past day (`--as-of`): its measures and published figures are of
 * that day and its targets judged as things stood then, but its registry check is of the latest
 * published total (how complete a registry is, known now), which a reader must not take for the
 * day's. Null as of today or this year, which are measured today.
 */
export function pastDayNote(
  asOf: string | null,
  language: Language,
  today = new Date().toISOString().slice(0, 10),
): string | null {
  if (!asOf || asOf >= today.slice(0, asOf.length)) return null;
  return language === 'zh'
    ? `测算值和最新公开数据截至 ${asOf}，目标按该日所知判定（流量目标按截至该日最近一个已结束的完整年度的量，目标年份已过的按目标年份，登记库测算的目标年份截至该日已达目标的即为实现）；登记库与公布总数的对照（CSV、xlsx 与 JSON）按各地区最新的公布总数在其自身日期对照，不是截至 ${asOf} 的。`
    : `Measures and latest published figures are as of ${asOf}, and the targets are judged as things stood then (a flow's on the last year wholly over by then, its own year once that is over, or its own year so far where the registry counts it reached); the registry check (CSV, xlsx and JSON) is against each region's latest published total, on that total's own date, not as of ${asOf}.`;
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
  }: {
    /** A region's name in the report's language. */
    regionName?: (code: string) => string;
    /** The regions added up that no published total checks, or only their demo records do (`uncheckedOf`). */
    unchecked?: string[];
    /** The unit's word, after the total's number, as under the table's values. */
    unit?: string | null;
    /** The indicators its reasons name by code (inWords). */
    indicators?: IndicatorNames;
  } = {},
): string {
  const zh = language === 'zh';
  const unitAfter = !unit ? '' : unit === '%' ? '%' : ` ${unit}`;
  const said = (message: string) => reasonIn(message, indicators, language);
  const lines = [
    `${totalHeading(national, language)}${zh ? '：' : ': '}` +
      (national.value == null
        ? `—${zh ? '（' : ' ('}${said(national.reason ?? '')}${zh ? '）' : ')'}`
        : roundedNumber(national.value) +
          unitAfter +
          (national.denominator == null
            ? ''
            : ` (${roundedNumber(national.numerator!)} / ${roundedNumber(national.denominator)})`) +
          (national.demoShare == null
            ? ''
            : `${zh ? '，演示数据' : ', demo'} ${roundedNumber(100 * national.demoShare)}%`) +
          (national.openEnded
            ? zh
              ? `，其中 ${national.openEnded} 个未载明结束、按尚未结束计入（推定）`
              : `, of which ${national.openEnded} give no end and are counted as not ended (inferred)`
            : '') +
          `${zh ? '，截至' : ', as of'} ${national.asOf}`),
  ];
  if (national.included.length)
    lines.push(
      `  ${zh ? '纳入：' : 'regions added up: '}${national.included.map(regionName).join(zh ? '、' : ', ')}`,
    );
  // A total adds up registries; one that no published total checks may hold any part of its region.
  if (unchecked.length)
    lines.push(
      zh
        ? `  其中登记库完整程度未知（未公布总数、无法对照，或仅与演示数据对照）：${unchecked.map(regionName).join('、')}`
        : `  of these, registries of unknown completeness (no published total, none comparable, or checked only against demo): ${unchecked.map(regionName).join(', ')}`,
    );
  for (const { region, reason } of national.leftOut)
    lines.push(
      `  ${zh ? '未纳入：' : 'left out: '}${regionName(region)}${zh ? '：' : ': '}${said(reason)}`,
    );
  return lines.join('\n');
}
