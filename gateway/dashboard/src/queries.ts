import { graphql } from './__generated__/gql.js';
import { chinaYear } from '../../../shared/china-day.js';
import { FIRST_YEAR_AFTER_CENSUS } from '../../../shared/census.js';
import type {
  BreakdownFieldsFragment,
  DashboardNationalQuery,
  DashboardRegionQuery,
} from './__generated__/graphql.js';

/**
 * The dashboard's two queries, named so that the gateway's logs and metrics show them, and typed
 * from the API schema by `npm run codegen` (GraphQL Code Generator's client preset): the views read
 * what the queries select, and a field the API renames fails the type check here or in the views.
 * What both select of a figure, a target and an indicator is in `fragments.ts`.
 */

/** The indicators the national table compares, one measure and one latest figure each (aliases below). */
export const keyIndicators = [
  'MSW_INSTITUTIONS',
  'CERTIFIED_SOCIAL_WORKERS',
  'SOCIAL_WORK_AGENCIES',
  'SOCIAL_WORK_STATIONS',
  'SECONDARY_PLUS_MSW_COVERAGE',
] as const;
export type KeyIndicator = (typeof keyIndicators)[number];
/** The rates per 10,000 residents the national view asks, under their counts. */
export type RateIndicator =
  | 'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS'
  | 'SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS'
  | 'SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS';

// A rate's population: the year-end today's count is over, carried forward to it, and the page it
// was read on, which for every region is a reprint of its communiqué (readOnReprint).
graphql(`
  fragment RatePopulation on Measure {
    denominatorCarriedForward
    denominatorFigure {
      asOf
      source {
        ...SourceFields
        readOnReprint
      }
    }
  }
`);

graphql(`
  fragment MeasureValue on Measure {
    computable
    reason
    asOf
    value
    numerator
    denominator
    demoShare
    nothingRegistered
  }
`);

graphql(`
  fragment BreakdownFields on Measure {
    value
    demoShare
    asOf
    breakdown {
      keys {
        labelZh
        labelEn
      }
      value
    }
  }
`);

/**
 * What the national page asks of each region, apart from its names: asked of the national list, or
 * of each region's own root field when the national directory cannot answer (directory-down.ts).
 */
graphql(`
  fragment NationalRegistryFields on Registry {
    code
    # A figure printed rounded says so in its cell; asked here, not of every figure of a target.
    MSW_INSTITUTIONS_published: latestFigure(indicator: "MSW_INSTITUTIONS") {
      ...FigureFields
      roundedTo
    }
    CERTIFIED_SOCIAL_WORKERS_published: latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS") {
      ...FigureFields
      roundedTo
    }
    SOCIAL_WORK_AGENCIES_published: latestFigure(indicator: "SOCIAL_WORK_AGENCIES") {
      ...FigureFields
      roundedTo
    }
    SOCIAL_WORK_STATIONS_published: latestFigure(indicator: "SOCIAL_WORK_STATIONS") {
      ...FigureFields
      roundedTo
    }
    SECONDARY_PLUS_MSW_COVERAGE_published: latestFigure(indicator: "SECONDARY_PLUS_MSW_COVERAGE") {
      ...FigureFields
      roundedTo
    }
    targets {
      ...TargetFields
    }
    MSW_INSTITUTIONS: measure(indicator: "MSW_INSTITUTIONS") {
      ...MeasureValue
      # Records counted from a day the registry inferred, said beside the value as its demo share
      # is: of the key indicators only, not of the rates under them (the page's cost).
      undatedRecords
    }
    CERTIFIED_SOCIAL_WORKERS: measure(indicator: "CERTIFIED_SOCIAL_WORKERS") {
      ...MeasureValue
      undatedRecords
    }
    SOCIAL_WORK_AGENCIES: measure(indicator: "SOCIAL_WORK_AGENCIES") {
      ...MeasureValue
      undatedRecords
    }
    SOCIAL_WORK_STATIONS: measure(indicator: "SOCIAL_WORK_STATIONS") {
      ...MeasureValue
      undatedRecords
    }
    SECONDARY_PLUS_MSW_COVERAGE: measure(indicator: "SECONDARY_PLUS_MSW_COVERAGE") {
      ...MeasureValue
      undatedRecords
    }
    # The counts per 10,000 residents, under each count: regions differ in size. Certified
    # workers' with their year-ends too, for a total over the year-end most regions can add up
    # (rateAtBestYear), from $rateFrom (nationalVariables). The other two have no total: their
    # year-ends would take the page past half the cost limit.
    CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: measure(
      indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS"
    ) {
      ...MeasureValue
      ...RatePopulation
    }
    CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: measure(
      indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS"
      by: [YEAR]
      from: $rateFrom
    ) {
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
          asOf
        }
      }
    }
    SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: measure(
      indicator: "SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS"
    ) {
      ...MeasureValue
      ...RatePopulation
    }
    SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: measure(
      indicator: "SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS"
    ) {
      ...MeasureValue
      ...RatePopulation
    }
  }
`);

/**
 * The year-ends of the certified workers' rate the national page asks, for its total: on the
 * census's basis (a rate over an earlier population does not compare), and at most the last
 * RATE_YEAR_ENDS, this year's among them, so that the page's cost stays the same from year to year
 * rather than growing by a year of cells each January until it passes half the limit. A region
 * publishes its population a year or so late: seven year-ends hold every region's latest.
 */
export const RATE_YEAR_ENDS = 7;
export const nationalVariables = (year = chinaYear()) => ({
  rateFrom: Math.max(FIRST_YEAR_AFTER_CENSUS, year - RATE_YEAR_ENDS + 1),
});

export const nationalQuery = graphql(`
  query DashboardNational($rateFrom: Int!) {
    indicators {
      ...IndicatorFields
    }
    registries {
      name
      nameZh
      ...NationalRegistryFields
    }
  }
`);

/** What a region's page asks of its region, apart from its names: asked as the national page's is. */
graphql(`
  fragment RegionRegistryFields on Registry {
    code
    targets {
      ...TargetFields
    }
    byKind: measure(indicator: "MSW_INSTITUTIONS", by: [INSTITUTION_KIND]) {
      ...BreakdownFields
    }
    byGrade: measure(indicator: "MSW_INSTITUTIONS", by: [HOSPITAL_GRADE]) {
      ...BreakdownFields
    }
    byCity: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [CITY]) {
      ...BreakdownFields
    }
    byField: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [SERVICE_FIELD]) {
      ...BreakdownFields
    }
    programs(first: 50) {
      visibility
      edges {
        node {
          id
          name
          nameEn
          batch
          kind
          role
          year
          periodStart
          periodEnd
          fundingYuan
          quote
          source {
            ...SourceFields
          }
        }
      }
    }
    dataQuality {
      indicator {
        code
      }
      figure {
        ...FigureFields
        # The part of a total a figure counts, which a check says beside it.
        breakdown {
          value
        }
      }
      published
      measured
      measuredAsOf
      measuredSince
      demoShare
      restsMostlyOnDemo
      differencePercent
      interval {
        lower
        lowerInclusive
        upper
        upperInclusive
      }
      flagged
      compared
      notComparedReason
    }
  }
`);

export const regionQuery = graphql(`
  query DashboardRegion($code: RegionCode!) {
    indicators {
      ...IndicatorFields
    }
    registry(code: $code) {
      name
      nameZh
      ...RegionRegistryFields
    }
  }
`);

/** The shapes the views read, named after what they are; each is what a query above selects. */
export type Breakdown = BreakdownFieldsFragment;
export type NationalData = DashboardNationalQuery;
export type NationalRegistry = NationalData['registries'][number];
export type MeasureValue = NonNullable<NationalRegistry[KeyIndicator]>;
export type RegionData = DashboardRegionQuery;
export type RegionRegistry = NonNullable<RegionData['registry']>;
