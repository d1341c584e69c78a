import { regions } from '../../subgraphs/regions.js';
import type { Federation } from './federation.js';
import { askEveryRegion, sampleMemory, sqlFloor, subgraphRequests } from './floor.js';
import { comparisonBody, loadFunction, loadHttp, type LoadResult } from './load.js';
import { reportComparison, SIGNED_IN_CONNECTIONS, type Line } from './comparison-report.js';
import { direct, national, nationalByMonth, paged, varied } from './queries.js';

/**
 * The federation under load: the national comparison through the gateway against each region
 * asked directly and the plain SQL floor; the response cache, deduplication of subgraph fetches
 * and the subgraphs' aggregate cache, each on and off; then one request at a time, which shows
 * what the gateway itself adds. Writes the section "federation" of BENCHMARKS.md.
 */
export async function compareRegions(federation: Federation): Promise<void> {
  const { urls, uncachedAggregates, databases, analyst } = federation;
  const { connections, seconds } = federation.options;
  const uncached = await federation.startGateway({
    ...federation.subgraphEnv,
    RESPONSE_CACHE: 'off',
  });
  const cached = await federation.startGateway({ ...federation.subgraphEnv });
  const undeduplicated = await federation.startGateway({
    ...federation.subgraphEnv,
    RESPONSE_CACHE: 'off',
    SUBGRAPH_DEDUPLICATION: 'off',
  });
  const aggregatesRecomputed = await federation.startGateway({
    ...federation.subgraphEnv,
    ...Object.fromEntries(
      [...uncachedAggregates].map(([slug, url]) => [`${slug.toUpperCase()}_SUBGRAPH_URL`, url]),
    ),
    RESPONSE_CACHE: 'off',
  });
  const everySubgraph = [...urls.values(), ...uncachedAggregates.values()];

  const results: Line[] = [];
  /** One line of load, with the requests every subgraph received meanwhile. */
  const run = async (load: () => Promise<LoadResult>) => {
    const before = await subgraphRequests(everySubgraph);
    const r = {
      ...(await load()),
      subgraphRequests: (await subgraphRequests(everySubgraph)) - before,
    };
    results.push(r);
    console.log(
      `${r.name.padEnd(34)} ${String(r.requestsPerSecond).padStart(7)} 每秒请求 req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  错误 errors ${r.errors}  子图请求 subgraph requests ${r.subgraphRequests}`,
    );
    return r;
  };
  const warm = (url: string, body: string) =>
    loadHttp({ name: 'warm-up', url, body, connections: 2, seconds: 2 });
  await warm(uncached.url, national);

  const memory = sampleMemory([uncached, cached, undeduplicated, aggregatesRecomputed]);
  const gatewayUncached = await run(() =>
    loadHttp({
      name: 'gateway, national comparison',
      url: uncached.url,
      body: national,
      connections,
      seconds,
    }),
  );
  const directResults: LoadResult[] = [];
  for (const region of regions) {
    const url = urls.get(region.slug)!;
    await warm(url, direct(region.slug));
    directResults.push(
      await run(() =>
        loadHttp({
          name: `direct, ${region.slug}`,
          url,
          body: direct(region.slug),
          connections,
          seconds,
        }),
      ),
    );
  }
  const floor = await run(() =>
    loadFunction('plain SQL (floor), all regions', () => sqlFloor(databases), connections, seconds),
  );
  await warm(cached.url, national);
  const gatewayCached = await run(() =>
    loadHttp({
      name: 'gateway, national comparison, cached',
      url: cached.url,
      body: national,
      connections,
      seconds,
    }),
  );
  await run(() =>
    loadHttp({
      name: 'gateway, institutions page of 50',
      url: uncached.url,
      body: paged,
      headers: analyst,
      connections,
      seconds,
    }),
  );
  // Signed-in analysts, never served from the response cache: identical questions share subgraph
  // fetches in flight and the subgraphs' cached aggregates; varied ones have nothing to share.
  const signedIn = {
    url: uncached.url,
    headers: analyst,
    connections: SIGNED_IN_CONNECTIONS,
    seconds,
  };
  const identical = await run(() =>
    loadHttp({
      ...signedIn,
      name: 'signed in, identical, 20 connections',
      body: comparisonBody(20),
    }),
  );
  const identicalUnshared = await run(() =>
    loadHttp({
      ...signedIn,
      url: undeduplicated.url,
      name: 'signed in, identical, not deduplicated',
      body: comparisonBody(20),
    }),
  );
  const variedShared = await run(() =>
    loadHttp({ ...signedIn, name: 'signed in, varied, 20 connections', body: varied }),
  );
  const variedUnshared = await run(() =>
    loadHttp({
      ...signedIn,
      url: undeduplicated.url,
      name: 'signed in, varied, not deduplicated',
      body: varied,
    }),
  );
  // The national comparison of targets and measures, signed in: from the subgraphs' cached
  // aggregates, and from subgraphs computing them on every request.
  const nationalCached = await run(() =>
    loadHttp({ ...signedIn, name: 'signed in, national comparison', body: national }),
  );
  await warm(aggregatesRecomputed.url, national);
  const nationalRecomputed = await run(() =>
    loadHttp({
      ...signedIn,
      url: aggregatesRecomputed.url,
      name: 'signed in, national comparison, aggregates not cached',
      body: national,
    }),
  );
  const byMonthCached = await run(() =>
    loadHttp({ ...signedIn, name: 'signed in, national by month', body: nationalByMonth }),
  );
  const byMonthRecomputed = await run(() =>
    loadHttp({
      ...signedIn,
      url: aggregatesRecomputed.url,
      name: 'signed in, national by month, aggregates not cached',
      body: nationalByMonth,
    }),
  );
  const peakMemoryMb = Math.round((await memory.stop()) / 1024 / 1024);

  // The loaded runs above share two cores among six subgraphs, PostgreSQL and the load generator, so
  // the national query (six regions' work) queues behind itself. One request at a time shows what
  // the gateway itself adds: the goal is judged on this pass.
  const alone = await run(() =>
    loadHttp({
      name: 'gateway, national, 1 connection',
      url: uncached.url,
      body: national,
      connections: 1,
      seconds,
    }),
  );
  const aloneDirect: LoadResult[] = [];
  for (const region of regions) {
    const url = urls.get(region.slug)!;
    aloneDirect.push(
      await run(() =>
        loadHttp({
          name: `direct, ${region.slug}, 1 connection`,
          url,
          body: direct(region.slug),
          connections: 1,
          seconds,
        }),
      ),
    );
  }
  // The six regions asked at once, directly, and the plain SQL of all six at once: what the fan-out
  // costs without the gateway, on a machine whose two cores cannot run six regions side by side.
  const allAtOnce = await run(() =>
    loadFunction('direct, all six at once, 1 connection', () => askEveryRegion(urls), 1, seconds),
  );
  const floorAlone = await run(() =>
    loadFunction(
      'plain SQL (floor), all regions, 1 connection',
      () => sqlFloor(databases),
      1,
      seconds,
    ),
  );
  await reportComparison(federation, results, peakMemoryMb, {
    alone,
    aloneDirect,
    allAtOnce,
    floorAlone,
    gatewayUncached,
    directResults,
    floor,
    gatewayCached,
    identical,
    identicalUnshared,
    variedShared,
    variedUnshared,
    nationalCached,
    nationalRecomputed,
    byMonthCached,
    byMonthRecomputed,
  });
}
