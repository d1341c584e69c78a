import { Agent, request } from 'undici';
import { regions } from '../../subgraphs/regions.js';
import type { RegistryContext } from '../../subgraphs/registry/src/context.js';
import { TargetEntity } from '../../subgraphs/registry/src/entities/Target.js';
import { histories } from '../../subgraphs/registry/src/measures/history.js';
import { measure, measureMany } from '../../subgraphs/registry/src/measures/measure.js';
import { metricTotal } from './federation.js';
import { direct, indicator } from './queries.js';

/** The numbers of the national comparison from each region's database, without GraphQL or HTTP. */
export async function sqlFloor(databases: Map<string, RegistryContext['db']>) {
  await Promise.all(
    regions.map(async (region) => {
      const db = databases.get(region.slug)!;
      const targets = await db.getRepository(TargetEntity).find();
      const measured = await measureMany(
        db,
        targets.map((t) => ({
          indicator: t.indicator,
          by: ['YEAR'] as const,
          scope: { programId: t.scopeProgramId, kinds: t.scopeKinds },
        })),
      );
      await histories(
        db,
        targets.map((t, i) => ({
          indicator: t.indicator,
          withFigures: !t.scopeKinds?.length,
          program: t.scopeProgramId,
          measured: measured[i]!,
          knownOn: null,
        })),
      );
      await measure(db, { indicator, by: ['INSTITUTION_KIND'] });
    }),
  );
}

/**
 * Kept-alive connections to the subgraphs, asked with undici's `request`, as the gateway asks them
 * (gateway/src/subgraph-request.ts): WHATWG `fetch` costs this process more per request, and made
 * the six regions at once look 1.1–1.8 times slower (p50 5.1–17.4 ms against 4.5–9.9 ms with
 * `request`, one caller, six runs).
 */
const regionsAsked = new Agent();

/** Every region's part of the national comparison, asked of its subgraph directly, all at once. */
export async function askEveryRegion(urls: Map<string, string>) {
  await Promise.all(
    regions.map(async (region) => {
      const response = await request(urls.get(region.slug)!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: direct(region.slug),
        dispatcher: regionsAsked,
      });
      const body = (await response.body.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    }),
  );
}

/** GraphQL requests the subgraphs have received so far, all together. */
export async function subgraphRequests(graphqlUrls: string[]): Promise<number> {
  const counts = await Promise.all(
    graphqlUrls.map((url) =>
      metricTotal(url.replace('/graphql', '/metrics'), 'graphql_requests_total'),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** Peak resident memory of the gateways, read from their own /metrics every half second. */
export function sampleMemory(gateways: { metrics: string }[]) {
  let peak = 0;
  const timer = setInterval(async () => {
    for (const gateway of gateways) {
      peak = Math.max(
        peak,
        await metricTotal(gateway.metrics, 'process_resident_memory_bytes').catch(() => 0),
      );
    }
  }, 500);
  return {
    async stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
