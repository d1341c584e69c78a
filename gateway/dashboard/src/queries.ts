/** The dashboard's two queries: named, so that the gateway's logs and metrics show them. */

export const keyIndicators = ['MSW_INSTITUTIONS', 'CERTIFIED_SOCIAL_WORKERS', 'SOCIAL_WORK_AGENCIES', 'SOCIAL_WORK_STATIONS', 'SECONDARY_PLUS_MSW_COVERAGE'] as const;
export type KeyIndicator = (typeof keyIndicators)[number];

const figureFields = `id indicator { code } value unit asOf periodStart qualifier breakdown { dimension value } quote
  source { title publisher publishedOn document }`;

/** What a target card draws: the yearly series, the published points with their quotes, the trend. */
const targetFields = `id indicator { code } targetValue targetYear unit qualifier scope { kinds program { name nameEn } }
  progress { value basis status reason { code value targetValue targetYear projectedValue tolerancePercent }
    trendPerYear projectedValue history { year value basis derived figure { ${figureFields} } } }`;

export const nationalQuery = `query DashboardNational {
  indicators { code name nameZh unit kind description descriptionZh }
  registries {
    code name nameZh
    ${keyIndicators.map((code) => `${code}_published: latestFigure(indicator: "${code}") { ${figureFields} }`).join('\n    ')}
    targets { ${targetFields} }
    ${keyIndicators.map((code) => `${code}: measure(indicator: "${code}") { computable value numerator denominator demoShare }`).join('\n    ')}
  }
}`;

const breakdown = `value breakdown { keys { value } value }`;

export const regionQuery = `query DashboardRegion($code: RegionCode!) {
  indicators { code name nameZh unit kind description descriptionZh }
  registry(code: $code) {
    code name nameZh
    targets { ${targetFields} }
    byKind: measure(indicator: "MSW_INSTITUTIONS", by: [INSTITUTION_KIND]) { ${breakdown} }
    byGrade: measure(indicator: "MSW_INSTITUTIONS", by: [HOSPITAL_GRADE]) { ${breakdown} }
    byCity: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [CITY]) { ${breakdown} }
    byField: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [SERVICE_FIELD]) { ${breakdown} }
    programs(first: 50) { edges { node { id name nameEn kind role year fundingYuan quote source { title publisher publishedOn document } } } }
    dataQuality { indicator { code } figure { ${figureFields} } published measured measuredAsOf measuredSince differencePercent flagged }
  }
}`;

export interface Source {
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  document: string;
}

export interface Figure {
  id: string;
  indicator: { code: string };
  value: number;
  unit: string;
  asOf: string;
  /** Where the figure is cumulative, the start of its period ("since 2013"). */
  periodStart: string | null;
  qualifier: string;
  breakdown: { dimension: string; value: string } | null;
  quote: string;
  source: Source;
}

export interface HistoryPoint {
  year: number;
  value: number;
  basis: 'MEASURED' | 'PUBLISHED';
  derived: boolean;
  figure: Figure | null;
}

export interface Target {
  id: string;
  indicator: { code: string };
  targetValue: number;
  targetYear: number;
  unit: string;
  qualifier: string;
  scope: { kinds: string[]; program: { name: string; nameEn: string | null } | null } | null;
  progress: {
    value: number | null;
    basis: string | null;
    status: string;
    reason: StatusReason;
    trendPerYear: number | null;
    projectedValue: number | null;
    history: HistoryPoint[];
  };
}

export interface Indicator {
  code: string;
  name: string;
  nameZh: string;
  unit: string;
  kind: string;
  description: string;
  descriptionZh: string;
}

export interface StatusReason {
  code: string;
  value: number | null;
  targetValue: number;
  targetYear: number;
  projectedValue: number | null;
  tolerancePercent: number;
}

export interface MeasureValue {
  computable: boolean;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The share (0 to 1) of the value that demo records make. */
  demoShare: number | null;
}

/**
 * Per key indicator, `<code>` is the measure and `<code>_published` the latest published figure.
 * A region whose subgraph failed keeps its name (from the national directory) and has nulls elsewhere.
 */
export type NationalRegistry = { code: string; name: string; nameZh: string; targets: Target[] | null } & {
  [Code in KeyIndicator]: MeasureValue | null;
} & { [Code in KeyIndicator as `${Code}_published`]: Figure | null };

export interface NationalData {
  indicators: Indicator[];
  registries: NationalRegistry[];
}

export interface Breakdown {
  value: number | null;
  breakdown: { keys: { value: string | null }[]; value: number | null }[];
}

export interface RegionData {
  indicators: Indicator[];
  /** Null for an unknown code. When the region's subgraph fails, only the directory's fields are set. */
  registry: null | {
    code: string;
    name: string;
    nameZh: string;
    targets: Target[] | null;
    byKind: Breakdown | null;
    byGrade: Breakdown | null;
    byCity: Breakdown | null;
    byField: Breakdown | null;
    programs: null | { edges: { node: { id: string; name: string; nameEn: string | null; kind: string; role: string; year: number | null; fundingYuan: number | null; quote: string | null; source: Source | null } }[] };
    dataQuality: null | { indicator: { code: string }; figure: Figure; published: number; measured: number | null; measuredAsOf: string | null; measuredSince: string | null; differencePercent: number | null; flagged: boolean }[];
  };
}
