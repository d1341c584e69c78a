import { graphql } from './__generated__/gql.js';
import type { ComparisonQuery } from './__generated__/graphql.js';
import { csv, postQuery, table, xlsx } from './format.js';
import { nationalTotal, type NationalTotal } from './national-total.js';

/**
 * The national comparison of one indicator, read through the gateway's public API like any client,
 * as rows for people who do not write GraphQL.
 */

const comparisonQuery = graphql(`
  query Comparison($indicator: String!, $asOf: String) {
    indicator(code: $indicator) {
      code
      name
      unit
      kind
    }
    registries {
      code
      name
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
        }
      }
    }
  }
`);

export interface ComparisonRow {
  region: string;
  name: string;
  unit: string;
  measured: number | null;
  /** Ratios and rates only: a count's numerator is its value. */
  numerator: number | null;
  denominator: number | null;
  /** How much of the measure comes from generated demo records (for a ratio, of its denominator). */
  measuredDemoPercent: number | null;
  /** Why the registry cannot measure it, where it cannot. */
  notMeasured: string | null;
  published: number | null;
  publishedQualifier: string | null;
  publishedAsOf: string | null;
  source: string | null;
  target: number | null;
  targetQualifier: string | null;
  targetYear: number | null;
  progress: number | null;
  basis: string | null;
  status: string | null;
}

export const columns: (keyof ComparisonRow)[] = [
  'region',
  'name',
  'unit',
  'measured',
  'numerator',
  'denominator',
  'measuredDemoPercent',
  'notMeasured',
  'published',
  'publishedQualifier',
  'publishedAsOf',
  'source',
  'target',
  'targetQualifier',
  'targetYear',
  'progress',
  'basis',
  'status',
];

type Registry = ComparisonQuery['registries'][number];
type Indicator = NonNullable<ComparisonQuery['indicator']>;

export async function fetchComparison(
  gatewayUrl: string,
  indicator: string,
  asOf?: string,
): Promise<{ unit: string; rows: ComparisonRow[]; national: NationalTotal }> {
  const code = indicator.toUpperCase();
  const data = await postQuery(gatewayUrl, comparisonQuery, { indicator: code, asOf }, code);
  return {
    unit: data.indicator!.unit,
    rows: data.registries.map((registry) => toRow(registry, data.indicator!)),
    national: nationalTotal(
      data.indicator!.kind,
      data.registries.map((registry) => ({ region: registry.code, measure: registry.measure })),
    ),
  };
}

/** One row per region: the measure, the latest published figure of the whole indicator, and the nearest target. */
function toRow(registry: Registry, indicator: Indicator): ComparisonRow {
  const latest = registry.latestFigure;
  const target = [...(registry.targets ?? [])].sort((a, b) => a.targetYear - b.targetYear)[0];
  const measure = registry.measure?.computable ? registry.measure : null;
  // A ratio and a rate per 10,000 residents show what is above and below their line (a rate's: the population).
  const ratio = indicator.kind === 'RATIO' || indicator.kind === 'RATE';
  return {
    region: registry.code,
    name: registry.name,
    unit: indicator.unit,
    measured: measure?.value ?? null,
    numerator: ratio ? (measure?.numerator ?? null) : null,
    denominator: ratio ? (measure?.denominator ?? null) : null,
    measuredDemoPercent: measure?.demoShare == null ? null : 100 * measure.demoShare,
    notMeasured: registry.measure && !registry.measure.computable ? registry.measure.reason : null,
    published: latest?.value ?? null,
    publishedQualifier: latest?.qualifier ?? null,
    publishedAsOf: latest?.asOf ?? null,
    source: latest?.source.title ?? null,
    target: target?.targetValue ?? null,
    targetQualifier: target?.qualifier ?? null,
    targetYear: target?.targetYear ?? null,
    progress: target?.progress.value ?? null,
    basis: target?.progress.basis ?? null,
    status: target?.progress.status ?? null,
  };
}

/** The comparison as CSV, one row per region. */
export const toCsv = (rows: ComparisonRow[]) => csv(columns, rows);
export const toXlsx = (rows: ComparisonRow[], sheet: string) => xlsx(columns, rows, sheet);

/** The comparison as a table for a terminal; the source title and the reason are left to the CSV. */
export const toTable = (rows: ComparisonRow[]) =>
  table(
    columns.filter((c) => c !== 'source' && c !== 'notMeasured'),
    rows,
  );

const round = (value: number) => Math.round(value * 100) / 100;

/** The national total under the table, in Chinese and English: what it adds up and what it leaves out. */
export function nationalLines(national: NationalTotal): string {
  const lines = [
    national.value == null
      ? `全国合计 National total: — (${national.reason})`
      : `全国合计 National total: ${round(national.value)}` +
        (national.denominator == null
          ? ''
          : ` (${round(national.numerator!)} / ${round(national.denominator)})`) +
        (national.demoShare == null ? '' : `, 演示 demo ${round(100 * national.demoShare)}%`) +
        `, as of ${national.asOf}`,
  ];
  if (national.included.length)
    lines.push(`  纳入 regions added up: ${national.included.join(', ')}`);
  for (const { region, reason } of national.leftOut)
    lines.push(`  未纳入 left out: ${region}: ${reason}`);
  return lines.join('\n');
}
