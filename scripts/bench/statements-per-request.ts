import type { StatementCounter } from '../../subgraphs/common/data-source.js';
import type { Region } from '../../subgraphs/regions.js';

/**
 * Three requests to one region's subgraph whose SQL statements must not grow with its data: the
 * national comparison's part, a page with nested lists, and data quality. Counted by
 * `test/sql-statements-at-scale.e2e.ts` at two sizes, and by `npm run bench:measures` in every region
 * on whatever the registries hold.
 */
export function scaleRequests(region: Pick<Region, 'slug'>): Record<string, string> {
  return {
    comparison: `{ ${region.slug} { targets { id progress { status history { year } } }
      measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [CERTIFICATE_LEVEL]) { value breakdown { value } }
      figures { id value source { title } } } }`,
    page: `{ ${region.slug} { institutions(first: 50) { totalCount edges { node { name socialWorkerCount
      socialWorkers(first: 20) { certificateLevel institution { name } } programs(first: 5) { name } } } } } }`,
    dataQuality: `{ ${region.slug} { dataQuality { figure { id } measured flagged } } }`,
  };
}

/** How many statements each request sent, asked one after another at `url`; errors throw. */
export async function statementsPerRequest(
  url: string,
  region: Pick<Region, 'slug'>,
  statements: StatementCounter,
  headers: Record<string, string>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, query] of Object.entries(scaleRequests(region))) {
    const before = statements.count;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    const answer = (await response.json()) as { errors?: unknown };
    if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
    counts[name] = statements.count - before;
  }
  return counts;
}
