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
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: comparisonQuery, variables: { indicator } }),
  });
  const body = (await response.json()) as { data?: { indicator: { unit: string } | null; registries: Registry[] }; errors?: { message: string }[] };
  if (body.data && !body.data.indicator) throw new Error(`${indicator} is not in the national catalog.`);
  // Each region reports the same error for a bad argument: once is enough.
  if (body.errors?.length || !body.data) throw new Error([...new Set(body.errors?.map((e) => e.message))].join('\n') || `HTTP ${response.status}`);
  return { unit: body.data.indicator!.unit, rows: body.data.registries.map(toRow) };
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

const display = (value: unknown) => (value == null ? '' : typeof value === 'number' ? String(Math.round(value * 100) / 100) : String(value));

/** RFC 4180: quotes around fields with commas, quotes or line breaks, quotes doubled. */
export function toCsv(rows: ComparisonRow[]): string {
  const field = (value: unknown) => {
    const text = value == null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))].join('\n') + '\n';
}

/** Display width: CJK characters take two columns in a terminal. */
const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

export function toTable(rows: ComparisonRow[], shown: (keyof ComparisonRow)[] = columns.filter((c) => c !== 'source')): string {
  const cells = [shown.map(String), ...rows.map((row) => shown.map((c) => display(row[c])))];
  const widths = shown.map((_, i) => Math.max(...cells.map((line) => width(line[i]!))));
  const line = (values: string[]) => values.map((v, i) => v + ' '.repeat(widths[i]! - width(v))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}
