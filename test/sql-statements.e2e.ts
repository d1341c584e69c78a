import { describe, expect, it } from 'vitest';
import { useStack } from './harness.js';

const federation = useStack();

const institutionsWithRelations = `query ($first: Int!) { beijing { institutions(first: $first, filter: { provenance: DEMO, kind: [GENERAL_HOSPITAL, SPECIALTY_HOSPITAL] }) {
  totalCount
  edges { node { name socialWorkerCount
    socialWorkers(first: 5) { name certificateLevel institution { name } }
    programs(first: 3) { name kind } } } } } }`;

/** Statements the Beijing subgraph sent to PostgreSQL while answering one gateway query. */
async function statementsFor(
  first: number,
): Promise<{ statements: number; rows: number; workers: number }> {
  const counter = federation.stack.subgraphs.get('beijing')!.statements;
  const before = counter.count;
  const result = await federation.query(institutionsWithRelations, { first });
  const edges = result.beijing.institutions.edges as { node: { socialWorkers: unknown[] } }[];
  return {
    statements: counter.count - before,
    rows: edges.length,
    workers: edges.reduce((n, e) => n + e.node.socialWorkers.length, 0),
  };
}

describe('SQL statements per request', () => {
  it('do not grow with the number of rows returned: relations are batched by DataLoaders', async () => {
    // Demo hospitals, so that both pages hold institutions with workers and programmes to load.
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    expect(large.rows).toBe(100);
    expect(large.workers).toBeGreaterThan(small.workers * 3);
    expect(large.statements).toBe(small.statements);
    // page, count, worker lists, worker counts, programme lists, and one batch of institutions for
    // the workers' own institution links.
    expect(small.statements).toBe(6);
  });
});
