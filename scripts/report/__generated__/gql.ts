/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ReportSource on Source {\n    title\n    titleEn\n    titleConstructed\n    publisher\n    publisherEn\n    publishedOn\n    publishedOnInferred\n    url\n  }\n": typeof types.ReportSourceFragmentDoc,
    "\n  fragment ReportPopulation on Figure {\n    asOf\n    value\n    source {\n      ...ReportSource\n    }\n  }\n": typeof types.ReportPopulationFragmentDoc,
    "\n  fragment ReportIndicator on Indicator {\n    code\n    name\n    nameZh\n    unit\n    kind\n    stockOrFlow\n    description\n    descriptionZh\n  }\n": typeof types.ReportIndicatorFragmentDoc,
    "\n  query Comparison($indicator: String!, $asOf: String) {\n    indicator(code: $indicator) {\n      ...ReportIndicator\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      measure(indicator: $indicator, asOf: $asOf) {\n        computable\n        reason\n        value\n        numerator\n        denominator\n        demoShare\n        asOf\n        since\n        openEndedRecords\n        nothingRegistered\n        denominatorFigure {\n          ...ReportPopulation\n        }\n        checkedAgainst {\n          published\n          measured\n          measuredAsOf\n          measuredSince\n          demoShare\n          notComparedReason\n          figure {\n            unit\n            qualifier\n            asOf\n            asOfInferred\n            periodStartInferred\n          }\n        }\n      }\n      latestFigure(indicator: $indicator, asOf: $asOf) {\n        value\n        asOf\n        asOfInferred\n        periodStart\n        periodStartInferred\n        qualifier\n        roundedTo\n        quote\n        source {\n          ...ReportSource\n        }\n      }\n      targets(indicator: $indicator) {\n        targetValue\n        qualifier\n        targetYear\n        scope {\n          kinds\n          program {\n            name\n            nameEn\n          }\n        }\n        progress(asOf: $asOf) {\n          value\n          since\n          basis\n          status\n          demoShare\n          restsMostlyOnDemo\n        }\n      }\n    }\n  }\n": typeof types.ComparisonDocument,
    "\n  query RateYears($indicator: String!, $from: Int!) {\n    registries {\n      code\n      measure(indicator: $indicator, by: [YEAR], from: $from) {\n        computable\n        breakdown {\n          keys {\n            value\n          }\n          numerator\n          denominator\n          demoShare\n          toDate\n          denominatorFigure {\n            ...ReportPopulation\n          }\n        }\n      }\n    }\n  }\n": typeof types.RateYearsDocument,
    "\n  query Series($indicator: String!, $from: Int!, $to: Int) {\n    indicator(code: $indicator) {\n      ...ReportIndicator\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      latestFigure(indicator: $indicator) {\n        source {\n          ...ReportSource\n        }\n      }\n      measure(indicator: $indicator, by: [YEAR], from: $from, to: $to) {\n        computable\n        asOf\n        breakdown {\n          keys {\n            value\n          }\n          value\n          demoShare\n          toDate\n          denominatorFigure {\n            ...ReportPopulation\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeriesDocument,
};
const documents: Documents = {
    "\n  fragment ReportSource on Source {\n    title\n    titleEn\n    titleConstructed\n    publisher\n    publisherEn\n    publishedOn\n    publishedOnInferred\n    url\n  }\n": types.ReportSourceFragmentDoc,
    "\n  fragment ReportPopulation on Figure {\n    asOf\n    value\n    source {\n      ...ReportSource\n    }\n  }\n": types.ReportPopulationFragmentDoc,
    "\n  fragment ReportIndicator on Indicator {\n    code\n    name\n    nameZh\n    unit\n    kind\n    stockOrFlow\n    description\n    descriptionZh\n  }\n": types.ReportIndicatorFragmentDoc,
    "\n  query Comparison($indicator: String!, $asOf: String) {\n    indicator(code: $indicator) {\n      ...ReportIndicator\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      measure(indicator: $indicator, asOf: $asOf) {\n        computable\n        reason\n        value\n        numerator\n        denominator\n        demoShare\n        asOf\n        since\n        openEndedRecords\n        nothingRegistered\n        denominatorFigure {\n          ...ReportPopulation\n        }\n        checkedAgainst {\n          published\n          measured\n          measuredAsOf\n          measuredSince\n          demoShare\n          notComparedReason\n          figure {\n            unit\n            qualifier\n            asOf\n            asOfInferred\n            periodStartInferred\n          }\n        }\n      }\n      latestFigure(indicator: $indicator, asOf: $asOf) {\n        value\n        asOf\n        asOfInferred\n        periodStart\n        periodStartInferred\n        qualifier\n        roundedTo\n        quote\n        source {\n          ...ReportSource\n        }\n      }\n      targets(indicator: $indicator) {\n        targetValue\n        qualifier\n        targetYear\n        scope {\n          kinds\n          program {\n            name\n            nameEn\n          }\n        }\n        progress(asOf: $asOf) {\n          value\n          since\n          basis\n          status\n          demoShare\n          restsMostlyOnDemo\n        }\n      }\n    }\n  }\n": types.ComparisonDocument,
    "\n  query RateYears($indicator: String!, $from: Int!) {\n    registries {\n      code\n      measure(indicator: $indicator, by: [YEAR], from: $from) {\n        computable\n        breakdown {\n          keys {\n            value\n          }\n          numerator\n          denominator\n          demoShare\n          toDate\n          denominatorFigure {\n            ...ReportPopulation\n          }\n        }\n      }\n    }\n  }\n": types.RateYearsDocument,
    "\n  query Series($indicator: String!, $from: Int!, $to: Int) {\n    indicator(code: $indicator) {\n      ...ReportIndicator\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      latestFigure(indicator: $indicator) {\n        source {\n          ...ReportSource\n        }\n      }\n      measure(indicator: $indicator, by: [YEAR], from: $from, to: $to) {\n        computable\n        asOf\n        breakdown {\n          keys {\n            value\n          }\n          value\n          demoShare\n          toDate\n          denominatorFigure {\n            ...ReportPopulation\n          }\n        }\n      }\n    }\n  }\n": types.SeriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportSource on Source {\n    title\n    titleEn\n    titleConstructed\n    publisher\n    publisherEn\n    publishedOn\n    publishedOnInferred\n    url\n  }\n"): typeof import('./graphql.js').ReportSourceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportPopulation on Figure {\n    asOf\n    value\n    source {\n      ...ReportSource\n    }\n  }\n"): typeof import('./graphql.js').ReportPopulationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportIndicator on Indicator {\n    code\n    name\n    nameZh\n    unit\n    kind\n    stockOrFlow\n    description\n    descriptionZh\n  }\n"): typeof import('./graphql.js').ReportIndicatorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comparison($indicator: String!, $asOf: String) {\n    indicator(code: $indicator) {\n      ...ReportIndicator\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      measure(indicator: $indicator, asOf: $asOf) {\n        computable\n        reason\n        value\n        numerator\n        denominator\n        demoShare\n        asOf\n        since\n        openEndedRecords\n        nothingRegistered\n        denominatorFigure {\n          ...ReportPopulation\n        }\n        checkedAgainst {\n          published\n          measured\n          measuredAsOf\n          measuredSince\n          demoShare\n          notComparedReason\n          figure {\n            unit\n            qualifier\n            asOf\n            asOfInferred\n            periodStartInferred\n          }\n        }\n      }\n      latestFigure(indicator: $indicator, asOf: $asOf) {\n        value\n        asOf\n        asOfInferred\n        periodStart\n        periodStartInferred\n        qualifier\n        roundedTo\n        quote\n        source {\n          ...ReportSource\n        }\n      }\n      targets(indicator: $indicator) {\n        targetValue\n        qualifier\n        targetYear\n        scope {\n          kinds\n          program {\n            name\n            nameEn\n          }\n        }\n        progress(asOf: $asOf) {\n          value\n          since\n          basis\n          status\n          demoShare\n          restsMostlyOnDemo\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateYears($indicator: String!, $from: Int!) {\n    registries {\n      code\n      measure(indicator: $indicator, by: [YEAR], from: $from) {\n        computable\n        breakdown {\n          keys {\n            value\n          }\n          numerator\n          denominator\n          demoShare\n          toDate\n          denominatorFigure {\n            ...ReportPopulation\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').RateYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Series($indicator: String!, $from: Int!, $to: Int) {\n    indicator(code: $indicator) {\n      ...ReportIndicator\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      latestFigure(indicator: $indicator) {\n        source {\n          ...ReportSource\n        }\n      }\n      measure(indicator: $indicator, by: [YEAR], from: $from, to: $to) {\n        computable\n        asOf\n        breakdown {\n          keys {\n            value\n          }\n          value\n          demoShare\n          toDate\n          denominatorFigure {\n            ...ReportPopulation\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SeriesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
