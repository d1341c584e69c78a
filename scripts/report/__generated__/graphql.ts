/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of number an indicator is, and so whether its values add up. */
export type IndicatorKind =
  /** A quantity that is neither a number of things nor a share: a subsidy per person, a floor area, a duration. Does not add up. */
  | 'AMOUNT'
  /** A number of things, or a total that adds up across records and regions (persons, projects, yuan of funding). */
  | 'COUNT'
  /** A count per 10,000 of a published population (the year-end resident population); does not add up: regions combine as the sum of numerators over the sum of populations. */
  | 'RATE'
  /** One count as a percentage of another; does not add up. */
  | 'RATIO';

/**
 * How a published number is rounded, by the word the source prints beside it. Each stands for an
 * interval of values (`Figure.interval`), to the next step of the figure's last significant digit.
 */
export type Qualifier =
  /** 约, 左右 ("about"): within half a step either side, 约500 is [450, 550]. */
  | 'ABOUT'
  | 'APPROXIMATELY'
  /** 以上, 不少于: the value or more, with no upper end. */
  | 'AT_LEAST'
  | 'EXACT'
  /** 超, 逾 ("more than"): above the value, below the next step, 超9000 is (9,000, 10,000). */
  | 'MORE_THAN'
  /** 近 ("nearly"): short of the value by less than half a step, 近700万 is [6.5 M, 7 M). */
  | 'NEARLY'
  /** 余, 多 ("4,000-odd"): from the value up to the next step, 4000余 is [4,000, 5,000). */
  | 'ODD';

/** Code of a region of the federation. */
export type RegionCode =
  /** Beijing (北京市) */
  | 'BJ'
  /** Guangxi (广西壮族自治区) */
  | 'GX'
  /** Ningxia (宁夏回族自治区) */
  | 'NX'
  /** Sichuan (四川省) */
  | 'SC'
  /** Tianjin (天津市) */
  | 'TJ'
  /** Xiong'an (雄安新区) */
  | 'XA';

/** How firmly a target's value is to be reached. */
export type TargetQualifier =
  /** The policy aims to reach it basically (基本实现): nearly, not to the last unit. */
  | 'BASICALLY'
  | 'EXACT';

/**
 * Status of a target. The threshold is the target, or for a target to be reached basically (基本实现)
 * the catalog's share of it (90% unless the indicator sets another; `StatusReason.threshold`). The rules, in this order: NO_DATA without
 * any value; ACHIEVED when the value has reached the threshold in or before the target year,
 * ACHIEVED_LATE when after it; OFF_TRACK when the target year has passed; AT_RISK when the evidence
 * holds a single year; otherwise the trend (Theil–Sen slope of the years with evidence) carried on
 * from today's value to the target year: ON_TRACK at or above the threshold, AT_RISK short of it by
 * at most 10%, OFF_TRACK beyond. A planned or announced figure is never a value.
 */
export type TargetStatus =
  | 'ACHIEVED'
  /** The threshold was reached, but after the target year. */
  | 'ACHIEVED_LATE'
  | 'AT_RISK'
  | 'NO_DATA'
  | 'OFF_TRACK'
  | 'ON_TRACK';

/** Whether a value was counted from the registry or taken from a published figure. */
export type ValueBasis =
  | 'MEASURED'
  | 'PUBLISHED';

export type ComparisonQueryVariables = Exact<{
  indicator: string;
  asOf?: string | null | undefined;
}>;


export type ComparisonQuery = { indicator: { code: string, name: string, nameZh: string, unit: string, kind: IndicatorKind, description: string, descriptionZh: string } | null, indicators: Array<{ code: string }>, registries: Array<
    | { code: RegionCode, name: string, nameZh: string, measure: { computable: boolean, reason: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, asOf: string | null } | null, latestFigure: { value: number, asOf: string, qualifier: Qualifier, source: { title: string, publisher: string | null, publishedOn: string | null } } | null, targets: Array<{ targetValue: number, qualifier: TargetQualifier, targetYear: number, progress: { value: number | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null } }> | null }
    | { code: RegionCode, name: string, nameZh: string, measure: { computable: boolean, reason: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, asOf: string | null } | null, latestFigure: { value: number, asOf: string, qualifier: Qualifier, source: { title: string, publisher: string | null, publishedOn: string | null } } | null, targets: Array<{ targetValue: number, qualifier: TargetQualifier, targetYear: number, progress: { value: number | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null } }> | null }
    | { code: RegionCode, name: string, nameZh: string, measure: { computable: boolean, reason: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, asOf: string | null } | null, latestFigure: { value: number, asOf: string, qualifier: Qualifier, source: { title: string, publisher: string | null, publishedOn: string | null } } | null, targets: Array<{ targetValue: number, qualifier: TargetQualifier, targetYear: number, progress: { value: number | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null } }> | null }
    | { code: RegionCode, name: string, nameZh: string, measure: { computable: boolean, reason: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, asOf: string | null } | null, latestFigure: { value: number, asOf: string, qualifier: Qualifier, source: { title: string, publisher: string | null, publishedOn: string | null } } | null, targets: Array<{ targetValue: number, qualifier: TargetQualifier, targetYear: number, progress: { value: number | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null } }> | null }
    | { code: RegionCode, name: string, nameZh: string, measure: { computable: boolean, reason: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, asOf: string | null } | null, latestFigure: { value: number, asOf: string, qualifier: Qualifier, source: { title: string, publisher: string | null, publishedOn: string | null } } | null, targets: Array<{ targetValue: number, qualifier: TargetQualifier, targetYear: number, progress: { value: number | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null } }> | null }
    | { code: RegionCode, name: string, nameZh: string, measure: { computable: boolean, reason: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, asOf: string | null } | null, latestFigure: { value: number, asOf: string, qualifier: Qualifier, source: { title: string, publisher: string | null, publishedOn: string | null } } | null, targets: Array<{ targetValue: number, qualifier: TargetQualifier, targetYear: number, progress: { value: number | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null } }> | null }
  > };

export type SeriesQueryVariables = Exact<{
  indicator: string;
  from: number;
  to?: number | null | undefined;
}>;


export type SeriesQuery = { indicator: { code: string, name: string, nameZh: string, unit: string, description: string, descriptionZh: string } | null, indicators: Array<{ code: string }>, registries: Array<
    | { code: RegionCode, name: string, nameZh: string, latestFigure: { source: { title: string, publisher: string | null, publishedOn: string | null } } | null, measure: { computable: boolean, asOf: string | null, breakdown: Array<{ value: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }> }> } | null }
    | { code: RegionCode, name: string, nameZh: string, latestFigure: { source: { title: string, publisher: string | null, publishedOn: string | null } } | null, measure: { computable: boolean, asOf: string | null, breakdown: Array<{ value: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }> }> } | null }
    | { code: RegionCode, name: string, nameZh: string, latestFigure: { source: { title: string, publisher: string | null, publishedOn: string | null } } | null, measure: { computable: boolean, asOf: string | null, breakdown: Array<{ value: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }> }> } | null }
    | { code: RegionCode, name: string, nameZh: string, latestFigure: { source: { title: string, publisher: string | null, publishedOn: string | null } } | null, measure: { computable: boolean, asOf: string | null, breakdown: Array<{ value: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }> }> } | null }
    | { code: RegionCode, name: string, nameZh: string, latestFigure: { source: { title: string, publisher: string | null, publishedOn: string | null } } | null, measure: { computable: boolean, asOf: string | null, breakdown: Array<{ value: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }> }> } | null }
    | { code: RegionCode, name: string, nameZh: string, latestFigure: { source: { title: string, publisher: string | null, publishedOn: string | null } } | null, measure: { computable: boolean, asOf: string | null, breakdown: Array<{ value: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }> }> } | null }
  > };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ComparisonDocument = new TypedDocumentString(`
    query Comparison($indicator: String!, $asOf: String) {
  indicator(code: $indicator) {
    code
    name
    nameZh
    unit
    kind
    description
    descriptionZh
  }
  indicators {
    code
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
    }
    latestFigure(indicator: $indicator) {
      value
      asOf
      qualifier
      source {
        title
        publisher
        publishedOn
      }
    }
    targets(indicator: $indicator) {
      targetValue
      qualifier
      targetYear
      progress {
        value
        basis
        status
        demoShare
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComparisonQuery, ComparisonQueryVariables>;
export const SeriesDocument = new TypedDocumentString(`
    query Series($indicator: String!, $from: Int!, $to: Int) {
  indicator(code: $indicator) {
    code
    name
    nameZh
    unit
    description
    descriptionZh
  }
  indicators {
    code
  }
  registries {
    code
    name
    nameZh
    latestFigure(indicator: $indicator) {
      source {
        title
        publisher
        publishedOn
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
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesQuery, SeriesQueryVariables>;