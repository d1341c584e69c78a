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
    "\n  fragment FigureFields on Figure {\n    id indicator { code } value unit asOf periodStart qualifier breakdown { dimension value } quote\n    source { title publisher publishedOn document }\n  }\n": typeof types.FigureFieldsFragmentDoc,
    "\n  fragment TargetFields on Target {\n    id indicator { code } targetValue targetYear unit qualifier scope { kinds program { name nameEn } }\n    progress {\n      value basis status reason { code value targetValue targetYear projectedValue tolerancePercent }\n      trendPerYear projectedValue history { year value basis derived figure { ...FigureFields } }\n    }\n  }\n": typeof types.TargetFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator { code name nameZh unit kind description descriptionZh }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  fragment MeasureValue on Measure { computable value numerator denominator demoShare }\n": typeof types.MeasureValueFragmentDoc,
    "\n  fragment BreakdownFields on Measure { value breakdown { keys { value } value } }\n": typeof types.BreakdownFieldsFragmentDoc,
    "\n  query DashboardNational {\n    indicators { ...IndicatorFields }\n    registries {\n      code name nameZh\n      MSW_INSTITUTIONS_published: latestFigure(indicator: \"MSW_INSTITUTIONS\") { ...FigureFields }\n      CERTIFIED_SOCIAL_WORKERS_published: latestFigure(indicator: \"CERTIFIED_SOCIAL_WORKERS\") { ...FigureFields }\n      SOCIAL_WORK_AGENCIES_published: latestFigure(indicator: \"SOCIAL_WORK_AGENCIES\") { ...FigureFields }\n      SOCIAL_WORK_STATIONS_published: latestFigure(indicator: \"SOCIAL_WORK_STATIONS\") { ...FigureFields }\n      SECONDARY_PLUS_MSW_COVERAGE_published: latestFigure(indicator: \"SECONDARY_PLUS_MSW_COVERAGE\") { ...FigureFields }\n      targets { ...TargetFields }\n      MSW_INSTITUTIONS: measure(indicator: \"MSW_INSTITUTIONS\") { ...MeasureValue }\n      CERTIFIED_SOCIAL_WORKERS: measure(indicator: \"CERTIFIED_SOCIAL_WORKERS\") { ...MeasureValue }\n      SOCIAL_WORK_AGENCIES: measure(indicator: \"SOCIAL_WORK_AGENCIES\") { ...MeasureValue }\n      SOCIAL_WORK_STATIONS: measure(indicator: \"SOCIAL_WORK_STATIONS\") { ...MeasureValue }\n      SECONDARY_PLUS_MSW_COVERAGE: measure(indicator: \"SECONDARY_PLUS_MSW_COVERAGE\") { ...MeasureValue }\n    }\n  }\n": typeof types.DashboardNationalDocument,
    "\n  query DashboardRegion($code: RegionCode!) {\n    indicators { ...IndicatorFields }\n    registry(code: $code) {\n      code name nameZh\n      targets { ...TargetFields }\n      byKind: measure(indicator: \"MSW_INSTITUTIONS\", by: [INSTITUTION_KIND]) { ...BreakdownFields }\n      byGrade: measure(indicator: \"MSW_INSTITUTIONS\", by: [HOSPITAL_GRADE]) { ...BreakdownFields }\n      byCity: measure(indicator: \"SOCIAL_WORK_PRACTITIONERS\", by: [CITY]) { ...BreakdownFields }\n      byField: measure(indicator: \"SOCIAL_WORK_PRACTITIONERS\", by: [SERVICE_FIELD]) { ...BreakdownFields }\n      programs(first: 50) { edges { node { id name nameEn kind role year fundingYuan quote source { title publisher publishedOn document } } } }\n      dataQuality {\n        indicator { code } figure { ...FigureFields } published measured measuredAsOf measuredSince differencePercent flagged\n      }\n    }\n  }\n": typeof types.DashboardRegionDocument,
};
const documents: Documents = {
    "\n  fragment FigureFields on Figure {\n    id indicator { code } value unit asOf periodStart qualifier breakdown { dimension value } quote\n    source { title publisher publishedOn document }\n  }\n": types.FigureFieldsFragmentDoc,
    "\n  fragment TargetFields on Target {\n    id indicator { code } targetValue targetYear unit qualifier scope { kinds program { name nameEn } }\n    progress {\n      value basis status reason { code value targetValue targetYear projectedValue tolerancePercent }\n      trendPerYear projectedValue history { year value basis derived figure { ...FigureFields } }\n    }\n  }\n": types.TargetFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator { code name nameZh unit kind description descriptionZh }\n": types.IndicatorFieldsFragmentDoc,
    "\n  fragment MeasureValue on Measure { computable value numerator denominator demoShare }\n": types.MeasureValueFragmentDoc,
    "\n  fragment BreakdownFields on Measure { value breakdown { keys { value } value } }\n": types.BreakdownFieldsFragmentDoc,
    "\n  query DashboardNational {\n    indicators { ...IndicatorFields }\n    registries {\n      code name nameZh\n      MSW_INSTITUTIONS_published: latestFigure(indicator: \"MSW_INSTITUTIONS\") { ...FigureFields }\n      CERTIFIED_SOCIAL_WORKERS_published: latestFigure(indicator: \"CERTIFIED_SOCIAL_WORKERS\") { ...FigureFields }\n      SOCIAL_WORK_AGENCIES_published: latestFigure(indicator: \"SOCIAL_WORK_AGENCIES\") { ...FigureFields }\n      SOCIAL_WORK_STATIONS_published: latestFigure(indicator: \"SOCIAL_WORK_STATIONS\") { ...FigureFields }\n      SECONDARY_PLUS_MSW_COVERAGE_published: latestFigure(indicator: \"SECONDARY_PLUS_MSW_COVERAGE\") { ...FigureFields }\n      targets { ...TargetFields }\n      MSW_INSTITUTIONS: measure(indicator: \"MSW_INSTITUTIONS\") { ...MeasureValue }\n      CERTIFIED_SOCIAL_WORKERS: measure(indicator: \"CERTIFIED_SOCIAL_WORKERS\") { ...MeasureValue }\n      SOCIAL_WORK_AGENCIES: measure(indicator: \"SOCIAL_WORK_AGENCIES\") { ...MeasureValue }\n      SOCIAL_WORK_STATIONS: measure(indicator: \"SOCIAL_WORK_STATIONS\") { ...MeasureValue }\n      SECONDARY_PLUS_MSW_COVERAGE: measure(indicator: \"SECONDARY_PLUS_MSW_COVERAGE\") { ...MeasureValue }\n    }\n  }\n": types.DashboardNationalDocument,
    "\n  query DashboardRegion($code: RegionCode!) {\n    indicators { ...IndicatorFields }\n    registry(code: $code) {\n      code name nameZh\n      targets { ...TargetFields }\n      byKind: measure(indicator: \"MSW_INSTITUTIONS\", by: [INSTITUTION_KIND]) { ...BreakdownFields }\n      byGrade: measure(indicator: \"MSW_INSTITUTIONS\", by: [HOSPITAL_GRADE]) { ...BreakdownFields }\n      byCity: measure(indicator: \"SOCIAL_WORK_PRACTITIONERS\", by: [CITY]) { ...BreakdownFields }\n      byField: measure(indicator: \"SOCIAL_WORK_PRACTITIONERS\", by: [SERVICE_FIELD]) { ...BreakdownFields }\n      programs(first: 50) { edges { node { id name nameEn kind role year fundingYuan quote source { title publisher publishedOn document } } } }\n      dataQuality {\n        indicator { code } figure { ...FigureFields } published measured measuredAsOf measuredSince differencePercent flagged\n      }\n    }\n  }\n": types.DashboardRegionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureFields on Figure {\n    id indicator { code } value unit asOf periodStart qualifier breakdown { dimension value } quote\n    source { title publisher publishedOn document }\n  }\n"): typeof import('./graphql.js').FigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetFields on Target {\n    id indicator { code } targetValue targetYear unit qualifier scope { kinds program { name nameEn } }\n    progress {\n      value basis status reason { code value targetValue targetYear projectedValue tolerancePercent }\n      trendPerYear projectedValue history { year value basis derived figure { ...FigureFields } }\n    }\n  }\n"): typeof import('./graphql.js').TargetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator { code name nameZh unit kind description descriptionZh }\n"): typeof import('./graphql.js').IndicatorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureValue on Measure { computable value numerator denominator demoShare }\n"): typeof import('./graphql.js').MeasureValueFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BreakdownFields on Measure { value breakdown { keys { value } value } }\n"): typeof import('./graphql.js').BreakdownFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardNational {\n    indicators { ...IndicatorFields }\n    registries {\n      code name nameZh\n      MSW_INSTITUTIONS_published: latestFigure(indicator: \"MSW_INSTITUTIONS\") { ...FigureFields }\n      CERTIFIED_SOCIAL_WORKERS_published: latestFigure(indicator: \"CERTIFIED_SOCIAL_WORKERS\") { ...FigureFields }\n      SOCIAL_WORK_AGENCIES_published: latestFigure(indicator: \"SOCIAL_WORK_AGENCIES\") { ...FigureFields }\n      SOCIAL_WORK_STATIONS_published: latestFigure(indicator: \"SOCIAL_WORK_STATIONS\") { ...FigureFields }\n      SECONDARY_PLUS_MSW_COVERAGE_published: latestFigure(indicator: \"SECONDARY_PLUS_MSW_COVERAGE\") { ...FigureFields }\n      targets { ...TargetFields }\n      MSW_INSTITUTIONS: measure(indicator: \"MSW_INSTITUTIONS\") { ...MeasureValue }\n      CERTIFIED_SOCIAL_WORKERS: measure(indicator: \"CERTIFIED_SOCIAL_WORKERS\") { ...MeasureValue }\n      SOCIAL_WORK_AGENCIES: measure(indicator: \"SOCIAL_WORK_AGENCIES\") { ...MeasureValue }\n      SOCIAL_WORK_STATIONS: measure(indicator: \"SOCIAL_WORK_STATIONS\") { ...MeasureValue }\n      SECONDARY_PLUS_MSW_COVERAGE: measure(indicator: \"SECONDARY_PLUS_MSW_COVERAGE\") { ...MeasureValue }\n    }\n  }\n"): typeof import('./graphql.js').DashboardNationalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRegion($code: RegionCode!) {\n    indicators { ...IndicatorFields }\n    registry(code: $code) {\n      code name nameZh\n      targets { ...TargetFields }\n      byKind: measure(indicator: \"MSW_INSTITUTIONS\", by: [INSTITUTION_KIND]) { ...BreakdownFields }\n      byGrade: measure(indicator: \"MSW_INSTITUTIONS\", by: [HOSPITAL_GRADE]) { ...BreakdownFields }\n      byCity: measure(indicator: \"SOCIAL_WORK_PRACTITIONERS\", by: [CITY]) { ...BreakdownFields }\n      byField: measure(indicator: \"SOCIAL_WORK_PRACTITIONERS\", by: [SERVICE_FIELD]) { ...BreakdownFields }\n      programs(first: 50) { edges { node { id name nameEn kind role year fundingYuan quote source { title publisher publishedOn document } } } }\n      dataQuality {\n        indicator { code } figure { ...FigureFields } published measured measuredAsOf measuredSince differencePercent flagged\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardRegionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
