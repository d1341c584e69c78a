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
    "\n  query Comparison($indicator: String!, $asOf: String) {\n    indicator(code: $indicator) {\n      code\n      name\n      nameZh\n      unit\n      stockOrFlow\n      kind\n      description\n      descriptionZh\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      measure(indicator: $indicator, asOf: $asOf) {\n        computable\n        reason\n        value\n        numerator\n        denominator\n        demoShare\n        asOf\n        since\n        openEndedRecords\n      }\n      latestFigure(indicator: $indicator) {\n        value\n        asOf\n        periodStart\n        qualifier\n        source {\n          title\n          titleEn\n          publisher\n          publisherEn\n          publishedOn\n        }\n      }\n      targets(indicator: $indicator) {\n        targetValue\n        qualifier\n        targetYear\n        scope {\n          kinds\n          program {\n            name\n            nameEn\n          }\n        }\n        progress {\n          value\n          since\n          basis\n          status\n          demoShare\n          restsMostlyOnDemo\n        }\n      }\n    }\n  }\n": typeof types.ComparisonDocument,
    "\n  query Series($indicator: String!, $from: Int!, $to: Int) {\n    indicator(code: $indicator) {\n      code\n      name\n      nameZh\n      unit\n      stockOrFlow\n      description\n      descriptionZh\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      latestFigure(indicator: $indicator) {\n        source {\n          title\n          titleEn\n          publisher\n          publisherEn\n          publishedOn\n        }\n      }\n      measure(indicator: $indicator, by: [YEAR], from: $from, to: $to) {\n        computable\n        asOf\n        breakdown {\n          keys {\n            value\n          }\n          value\n          demoShare\n          toDate\n        }\n      }\n    }\n  }\n": typeof types.SeriesDocument,
};
const documents: Documents = {
    "\n  query Comparison($indicator: String!, $asOf: String) {\n    indicator(code: $indicator) {\n      code\n      name\n      nameZh\n      unit\n      stockOrFlow\n      kind\n      description\n      descriptionZh\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      measure(indicator: $indicator, asOf: $asOf) {\n        computable\n        reason\n        value\n        numerator\n        denominator\n        demoShare\n        asOf\n        since\n        openEndedRecords\n      }\n      latestFigure(indicator: $indicator) {\n        value\n        asOf\n        periodStart\n        qualifier\n        source {\n          title\n          titleEn\n          publisher\n          publisherEn\n          publishedOn\n        }\n      }\n      targets(indicator: $indicator) {\n        targetValue\n        qualifier\n        targetYear\n        scope {\n          kinds\n          program {\n            name\n            nameEn\n          }\n        }\n        progress {\n          value\n          since\n          basis\n          status\n          demoShare\n          restsMostlyOnDemo\n        }\n      }\n    }\n  }\n": types.ComparisonDocument,
    "\n  query Series($indicator: String!, $from: Int!, $to: Int) {\n    indicator(code: $indicator) {\n      code\n      name\n      nameZh\n      unit\n      stockOrFlow\n      description\n      descriptionZh\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      latestFigure(indicator: $indicator) {\n        source {\n          title\n          titleEn\n          publisher\n          publisherEn\n          publishedOn\n        }\n      }\n      measure(indicator: $indicator, by: [YEAR], from: $from, to: $to) {\n        computable\n        asOf\n        breakdown {\n          keys {\n            value\n          }\n          value\n          demoShare\n          toDate\n        }\n      }\n    }\n  }\n": types.SeriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comparison($indicator: String!, $asOf: String) {\n    indicator(code: $indicator) {\n      code\n      name\n      nameZh\n      unit\n      stockOrFlow\n      kind\n      description\n      descriptionZh\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      measure(indicator: $indicator, asOf: $asOf) {\n        computable\n        reason\n        value\n        numerator\n        denominator\n        demoShare\n        asOf\n        since\n        openEndedRecords\n      }\n      latestFigure(indicator: $indicator) {\n        value\n        asOf\n        periodStart\n        qualifier\n        source {\n          title\n          titleEn\n          publisher\n          publisherEn\n          publishedOn\n        }\n      }\n      targets(indicator: $indicator) {\n        targetValue\n        qualifier\n        targetYear\n        scope {\n          kinds\n          program {\n            name\n            nameEn\n          }\n        }\n        progress {\n          value\n          since\n          basis\n          status\n          demoShare\n          restsMostlyOnDemo\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Series($indicator: String!, $from: Int!, $to: Int) {\n    indicator(code: $indicator) {\n      code\n      name\n      nameZh\n      unit\n      stockOrFlow\n      description\n      descriptionZh\n    }\n    indicators {\n      code\n      name\n      nameZh\n    }\n    registries {\n      code\n      name\n      nameZh\n      latestFigure(indicator: $indicator) {\n        source {\n          title\n          titleEn\n          publisher\n          publisherEn\n          publishedOn\n        }\n      }\n      measure(indicator: $indicator, by: [YEAR], from: $from, to: $to) {\n        computable\n        asOf\n        breakdown {\n          keys {\n            value\n          }\n          value\n          demoShare\n          toDate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SeriesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
