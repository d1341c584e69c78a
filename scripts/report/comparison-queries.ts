import { graphql } from './__generated__/gql.js';

/**
 * What the national comparison of one indicator asks the gateway's public API, as any client asks.
 */

export const comparisonQuery = graphql(`
  query Comparison($indicator: String!, $asOf: String) {
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
      measure(indicator: $indicator, asOf: $asOf) {
        computable
        reason
        value
        numerator
        denominator
        demoShare
        asOf
        since
        undatedRecords
        openEndedRecords
        nothingRegistered
        denominatorCarriedForward
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
          flagged
          rule
          figure {
            unit
            qualifier
            asOf
            asOfInferred
            periodStartInferred
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
        interval {
          lower
          lowerInclusive
          upper
          upperInclusive
        }
        quote
        source {
          ...ReportSource
        }
      }
      targets(indicator: $indicator) {
        targetValue
        qualifier
        targetYear
        quote
        source {
          ...ReportSource
        }
        policy {
          title
          titleEn
          titleConstructed
          titleCitedIn {
            title
            titleEn
          }
          issuers
          issuersEn
          issuerCount
          issuedOn
          issuedOnInferred
        }
        scope {
          kinds
          program {
            name
            nameEn
          }
        }
        progress(asOf: $asOf) {
          value
          asOf
          since
          denominatorFigure {
            asOf
          }
          basis
          status
          demoShare
          restsMostlyOnDemo
          gap
          projectedValue
          figure {
            qualifier
            roundedTo
            interval {
              lower
            }
            source {
              ...ReportSource
            }
          }
          reason {
            code
            value
            targetValue
            targetYear
            threshold
            projectedValue
            tolerancePercent
            reachedYear
            trendYears
            trendYearsBeforeCensus
            deadlineValue
            deadlineGap
            basicallyPercent
            scopeStart
            flowYear
            targetSetOn
            targetSetOnInferred
          }
        }
      }
    }
  }
`);

/** Of a rate asked for no day, each region's year-ends, to add them up over one (rateAtBestYear). */
export const rateYearsQuery = graphql(`
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
