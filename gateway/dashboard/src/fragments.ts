import { graphql } from './__generated__/gql.js';
import type {
  FigureFieldsFragment,
  IndicatorFieldsFragment,
  TargetFieldsFragment,
} from './__generated__/graphql.js';

/**
 * What both of the dashboard's queries select of a figure, its source, a target and an indicator:
 * the target cards, the charts and the source dialog draw them whichever page asked.
 */

// No figure's indicator: each is asked under it (a latestFigure of it, a target's history, a check
// of it), and the national page's cost, near its budget, has room for a target's policy dates. Nor
// its breakdown: only a region's checks say it (queries.ts), and asked of every target's history it
// cost what every source's titleCitedIn costs.
graphql(`
  fragment FigureFields on Figure {
    id
    value
    unit
    asOf
    asOfInferred
    periodStart
    periodStartInferred
    qualifier
    quote
    source {
      ...SourceFields
    }
  }
`);

graphql(`
  fragment SourceFields on Source {
    title
    titleEn
    titleConstructed
    publisher
    publisherInferred
    publisherEn
    reprintedFrom
    reprintedFromEn
    publishedOn
    publishedOnInferred
    url
    # A title the document does not print, read on a page that cites it (Beijing's opinion): the
    # source dialog and a target card say where, as the report does.
    titleCitedIn {
      title
      titleEn
    }
  }
`);

/** What a target card draws: the yearly series, the published points with their quotes, the trend. */
graphql(`
  fragment TargetFields on Target {
    id
    indicator {
      code
    }
    targetValue
    targetYear
    unit
    qualifier
    quote
    source {
      ...SourceFields
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
    progress {
      value
      asOf
      gap
      since
      basis
      status
      demoShare
      restsMostlyOnDemo
      # The reason's value, projection, target and year are the progress's and the target's own:
      # asked once (targetCard puts them together), as the national page's cost is near its budget.
      reason {
        code
        threshold
        tolerancePercent
        reachedYear
        trendYears
        trendYearsBeforeCensus
        deadlineValue
        deadlineGap
        basicallyPercent
        scopeStart
        flowYear
      }
      # A rate's population: the year-end its count of \`asOf\` is over.
      denominatorFigure {
        asOf
      }
      trendPerYear
      projectedValue
      figure {
        qualifier
        asOfInferred
        interval {
          lower
        }
      }
      history {
        year
        value
        basis
        derived
        demoShare
        figure {
          ...FigureFields
        }
      }
    }
  }
`);

graphql(`
  fragment IndicatorFields on Indicator {
    code
    name
    nameZh
    unit
    kind
    stockOrFlow
    description
    descriptionZh
  }
`);

/** The shapes the views read, named after what they are; each is what a fragment above selects. */
export type Figure = FigureFieldsFragment;
export type Source = Figure['source'];
export type Target = TargetFieldsFragment;
export type HistoryPoint = Target['progress']['history'][number];
export type Indicator = IndicatorFieldsFragment;
