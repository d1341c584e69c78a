import { targetScopeText } from '../../shared/target-scope.js';
import type { ComparisonQuery } from './__generated__/graphql.js';
import type { Interval } from '../../shared/intervals.js';
import type { ReportIndicator } from './about.js';

/** The page a document's title is read on, where the document prints none. */
type CitedTitle = { title: string; titleEn?: string | null };

/** A region's row of the national comparison: its measure, latest published figure and nearest target. */

export interface ComparisonRow {
  region: string;
  name: string;
  nameZh: string;
  unit: string;
  /** STOCK, a count on a day, or FLOW, an amount over a period: the indicator catalog's. */
  stockOrFlow: string;
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
  /** Of a rate counted after that year-end (today's count), its population carried forward to it. */
  populationCarriedForward: boolean | null;
  /** How much of the measure comes from generated demo records (for a ratio, of its denominator). */
  measuredDemoPercent: number | null;
  /** Programmes counted as not ended only because they give no end: an inference in the value. */
  measuredOpenEnded: number | null;
  /**
   * Of a stock, the records counted from a day the registry inferred (`Measure.undatedRecords`): no
   * start known, or a certificate without its day. A flow's are the programmes it leaves out: none.
   */
  measuredUndated: number | null;
  /** Of a flow, the programmes it leaves out, their start or end not known (`Measure.undatedRecords`). */
  measuredLeftOut: number | null;
  checkedPublished: number | null;
  checkedMeasured: number | null;
  checkedAsOf: string | null;
  /** Of a cumulative total (16 projects since 2020-03), the first day the registry counted it from. */
  checkedSince: string | null;
  /** That start is the total's own, which its source does not print (an inference). */
  checkedSinceInferred: boolean;
  /** How much of the registry's side of the check is demo: an agreement on demo confirms nothing. */
  checkedDemoPercent: number | null;
  /** Why the published total was not set beside the registry (a period whose start is not known). */
  checkedNotCompared: string | null;
  /** The registry disagrees with the published total: beyond the tolerance, or outside its interval. */
  checkedFlagged: boolean | null;
  /** The rule the check applied, with its tolerance or the figure's interval, in Chinese then English. */
  checkedRule: string | null;
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
  /**
   * The values a qualified or rounded figure allows (超13万: (130000, 140000)); null for an exact
   * one, which is the value it prints.
   */
  publishedInterval: Interval | null;
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
  /** The latest figure's source whole: its publisher, date and address (figureSourceCells). */
  figureSource: ReportIndicator['sources'][number] | null;
  /** The document that sets the target, as the latest figure's source is given, and its sentence. */
  targetSource: string | null;
  targetSourceEn: string | null;
  targetSourceTitleConstructed: boolean;
  /** The page whose text gives the title, where the target's document prints none (Beijing's opinion). */
  targetSourceTitleCitedIn: CitedTitle | null;
  /**
   * The policy that sets the target, which its source (a newspaper's page) may report under a
   * headline of its own: Guangxi's 《广西推进医疗机构社会工作实施方案》.
   */
  targetPolicy: string | null;
  targetPolicyEn: string | null;
  targetPolicyTitleConstructed: boolean;
  targetPolicyTitleCitedIn: CitedTitle | null;
  /** The bodies that issued the policy, as its page names them, and their English, one each. */
  targetPolicyIssuers: string[];
  targetPolicyIssuersEn: string[] | null;
  /** How many bodies issued the policy, where its page counts them unnamed (五部门联合印发: 5). */
  targetPolicyIssuerCount: number | null;
  /**
   * When the target's policy was issued (2020), named apart or not, and whether its document does not
   * print it (an inference): what dates a target whose source prints no date (Beijing's opinion).
   */
  targetPolicyIssuedOn: string | null;
  targetPolicyIssuedOnInferred: boolean;
  /** The publisher and date of the target's source, each with whether its page does not print it. */
  targetSourcePublisher: string | null;
  targetSourcePublisherEn: string | null;
  targetSourcePublisherInferred: boolean;
  targetSourcePublishedOn: string | null;
  targetSourcePublishedOnInferred: boolean;
  targetQuote: string | null;
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
  /** When the progress value holds: of a rate, the day of its count (`Progress.asOf`). */
  progressAsOf: string | null;
  /** Of a rate's progress, the year-end of the population its count is over (`denominatorFigure`). */
  progressPopulationAsOf: string | null;
  /** The document of the published figure the progress value is, where it is one. */
  progressSource: string | null;
  progressSourceEn: string | null;
  progressSourceTitleConstructed: boolean;
  /** Where the progress value adds up a period (a programme's postings, a flow): its first day. */
  progressSince: string | null;
  basis: string | null;
  status: string | null;
  /** The share of the value the status was judged on that demo records make: a status on demo is demo. */
  statusDemoPercent: number | null;
  /** Half or more of the value judged is demo records: the status says nothing about the region. */
  statusRestsOnDemo: boolean | null;
  /** How far the value judged is from the target, in its unit (a percentage's in points). */
  gap: number | null;
  /** Where the trend reaches by the end of the target year; null once that year is over. */
  projectedValue: number | null;
  /** Which status rule applied, with its numbers, in the API's codes (words: reasonText). */
  statusReason: StatusReason | null;
  /** The qualifier of the published figure the value judged is, which the reason says it with. */
  progressQualifier: string | null;
  /** That figure, exact but printed rounded: the step (8.82万: 100). */
  progressRoundedTo: number | null;
  /** The least value that figure allows, which its status is judged on (约500: 450). */
  progressLowest: number | null;
}

type Registry = ComparisonQuery['registries'][number];
type StatusReason = NonNullable<Registry['targets']>[number]['progress']['reason'];
type Indicator = NonNullable<ComparisonQuery['indicator']>;
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
export function toRow(registry: Registry, indicator: Indicator, year: number): ComparisonRow {
  const latest = registry.latestFigure;
  const target = nearestTarget(registry.targets ?? [], year);
  const policyApart =
    target?.policy && target.policy.title !== target.source?.title ? target.policy : null;
  const measure = registry.measure?.computable ? registry.measure : null;
  // A ratio and a rate per 10,000 residents show what is above and below their line (a rate's: the population).
  const ratio = indicator.kind === 'RATIO' || indicator.kind === 'RATE';
  return {
    region: registry.code,
    name: registry.name,
    nameZh: registry.nameZh,
    unit: indicator.unit,
    stockOrFlow: indicator.stockOrFlow,
    measured: measure?.value ?? null,
    measuredAsOf: measure?.asOf ?? null,
    checkedPublished: measure?.checkedAgainst?.published ?? null,
    checkedMeasured: measure?.checkedAgainst?.measured ?? null,
    checkedAsOf: measure?.checkedAgainst?.measuredAsOf ?? null,
    checkedSince: measure?.checkedAgainst?.measuredSince ?? null,
    checkedSinceInferred: measure?.checkedAgainst?.figure.periodStartInferred ?? false,
    checkedDemoPercent:
      measure?.checkedAgainst?.demoShare == null ? null : 100 * measure.checkedAgainst.demoShare,
    checkedNotCompared: measure?.checkedAgainst?.notComparedReason ?? null,
    checkedFlagged: measure?.checkedAgainst?.flagged ?? null,
    checkedRule: measure?.checkedAgainst?.rule ?? null,
    checkedUnit: measure?.checkedAgainst?.figure.unit ?? null,
    checkedQualifier: measure?.checkedAgainst?.figure.qualifier ?? null,
    checkedFigureAsOf: measure?.checkedAgainst?.figure.asOf ?? null,
    checkedFigureAsOfInferred: measure?.checkedAgainst?.figure.asOfInferred ?? false,
    measuredSince: measure?.since ?? null,
    numerator: ratio ? (measure?.numerator ?? null) : null,
    denominator: ratio ? (measure?.denominator ?? null) : null,
    populationAsOf: measure?.denominatorFigure?.asOf ?? null,
    populationCarriedForward: measure?.denominatorCarriedForward ?? null,
    // The share of what the row shows as measured: a value, or of a rate without a population, the
    // count it shows (Xiong'an's 550, all demo), which says it is demo as any number built on it.
    measuredDemoPercent:
      measure == null || measure.demoShare == null || (measure.value ?? measure.numerator) == null
        ? null
        : 100 * measure.demoShare,
    measuredOpenEnded: measure?.openEndedRecords || null,
    measuredUndated: indicator.stockOrFlow === 'FLOW' ? null : measure?.undatedRecords || null,
    measuredLeftOut: indicator.stockOrFlow === 'FLOW' ? measure?.undatedRecords || null : null,
    // Why a value is blank: the registry cannot count the indicator, or it counts nothing to divide by,
    // or a rate has no population for the year; and what a 0 is: what is registered, not a finding
    // that the region has none.
    notMeasured:
      registry.measure &&
      (!registry.measure.computable ||
        registry.measure.value == null ||
        registry.measure.value === 0)
        ? registry.measure.reason
        : null,
    published: latest?.value ?? null,
    publishedQualifier: latest?.qualifier ?? null,
    publishedRoundedTo: latest?.roundedTo ?? null,
    publishedInterval:
      latest && (latest.qualifier !== 'EXACT' || latest.roundedTo != null) ? latest.interval : null,
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
    figureSource: latest?.source ?? null,
    target: target?.targetValue ?? null,
    targetQualifier: target?.qualifier ?? null,
    targetYear: target?.targetYear ?? null,
    targetScope: targetScopeText(target?.scope, 'en'),
    targetScopeZh: targetScopeText(target?.scope, 'zh'),
    targetSource: target?.source?.title ?? null,
    targetSourceEn: target?.source?.titleEn ?? null,
    targetSourceTitleConstructed: target?.source?.titleConstructed ?? false,
    targetSourceTitleCitedIn: target?.source?.titleCitedIn ?? null,
    // Named where the source's headline is not the policy's own title, as the dashboard names it:
    // in both languages or neither, the source's columns naming it otherwise.
    targetPolicy: policyApart?.title ?? null,
    targetPolicyEn: policyApart?.titleEn ?? null,
    targetPolicyTitleConstructed: target?.policy?.titleConstructed ?? false,
    targetPolicyTitleCitedIn: target?.policy?.titleCitedIn ?? null,
    targetPolicyIssuers: target?.policy?.issuers ?? [],
    targetPolicyIssuersEn: target?.policy?.issuersEn ?? null,
    targetPolicyIssuerCount: target?.policy?.issuerCount ?? null,
    targetPolicyIssuedOn: target?.policy?.issuedOn ?? null,
    targetPolicyIssuedOnInferred: target?.policy?.issuedOnInferred ?? false,
    targetSourcePublisher: target?.source?.publisher ?? null,
    targetSourcePublisherEn: target?.source?.publisherEn ?? null,
    targetSourcePublisherInferred: target?.source?.publisherInferred ?? false,
    targetSourcePublishedOn: target?.source?.publishedOn ?? null,
    targetSourcePublishedOnInferred: target?.source?.publishedOnInferred ?? false,
    targetQuote: target?.quote ?? null,
    progress: target?.progress.value ?? null,
    progressAsOf: target?.progress.asOf ?? null,
    progressPopulationAsOf: target?.progress.denominatorFigure?.asOf ?? null,
    progressSource: target?.progress.figure?.source.title ?? null,
    progressSourceEn: target?.progress.figure?.source.titleEn ?? null,
    progressSourceTitleConstructed: target?.progress.figure?.source.titleConstructed ?? false,
    progressSince: target?.progress.since ?? null,
    basis: target?.progress.basis ?? null,
    status: target?.progress.status ?? null,
    statusDemoPercent: target?.progress.demoShare == null ? null : 100 * target.progress.demoShare,
    statusRestsOnDemo: target?.progress.restsMostlyOnDemo ?? null,
    gap: target?.progress.gap ?? null,
    projectedValue: target?.progress.projectedValue ?? null,
    statusReason: target?.progress.reason ?? null,
    progressQualifier: target?.progress.figure?.qualifier ?? null,
    progressRoundedTo: target?.progress.figure?.roundedTo ?? null,
    progressLowest: target?.progress.figure?.interval.lower ?? null,
  };
}
