import { csv, postQuery, table } from './format.js';

/**
 * The national comparison of one indicator, read through the gateway's public API like any client,
 * as rows for people who do not write GraphQL.
 */

const comparisonQuery = `query Comparison($indicator: String!) {
  indicator(code: $indicator) { code name unit kind }
  registries {
    code name
    measure(indicator: $indicator) { computable value numerator denominator }
    latestFigure(indicator: $indicator) { value asOf source { title } }
    targets(indicator: $indicator) { targetValue targetYear progress { value basis status } }
  }
}`;

export interface ComparisonRow {
  region: string;
  name: string;
  measured: number | null;
  numerator: number | null;
  denominator: number | null;
  published: number | null;
  publishedAsOf: string | null;
  source: string | null;
  target: number | null;
  targetYear: number | null;
  progress: number | null;
  basis: string | null;
  status: string | null;
}

export const columns: (keyof ComparisonRow)[] = [
  'region', 'name', 'measured', 'numerator', 'denominator', 'published', 'publishedAsOf', 'source',
  'target', 'targetYear', 'progress', 'basis', 'status',
];

interface Registry {
  code: string;
  name: string;
  measure: { computable: boolean; value: number | null; numerator: number | null; denominator: number | null } | null;
  latestFigure: { value: number; asOf: string; source: { title: string } } | null;
  targets: { targetValue: number; targetYear: number; progress: { value: number | null; basis: string | null; status: string } }[] | null;
}

export async function fetchComparison(gatewayUrl: string, indicator: string): Promise<{ unit: string; rows: ComparisonRow[] }> {
  const data = await postQuery<{ indicator: { unit: string } | null; registries: Registry[] }>(gatewayUrl, comparisonQuery, { indicator }, indicator);
  return { unit: data.indicator!.unit, rows: data.registries.map(toRow) };
}

/** One row per region: the measure, the latest published figure of the whole indicator, and the nearest target. */
function toRow(registry: Registry): ComparisonRow {
  const latest = registry.latestFigure;
  const target = [...(registry.targets ?? [])].sort((a, b) => a.targetYear - b.targetYear)[0];
  const measure = registry.measure?.computable ? registry.measure : null;
  return {
    region: registry.code,
    name: registry.name,
    measured: measure?.value ?? null,
    numerator: measure?.numerator ?? null,
    denominator: measure?.denominator ?? null,
    published: latest?.value ?? null,
    publishedAsOf: latest?.asOf ?? null,
    source: latest?.source.title ?? null,
    target: target?.targetValue ?? null,
    targetYear: target?.targetYear ?? null,
    progress: target?.progress.value ?? null,
    basis: target?.progress.basis ?? null,
    status: target?.progress.status ?? null,
  };
}

/** The comparison as CSV, one row per region. */
export const toCsv = (rows: ComparisonRow[]) => csv(columns, rows);

/** The comparison as a table for a terminal; the source title is left to the CSV. */
export const toTable = (rows: ComparisonRow[]) => table(columns.filter((c) => c !== 'source'), rows);
