import type { DataSource } from 'typeorm';
import type { Region } from '../../regions.js';
import { onOrOff } from '../../../shared/config.js';
import { createMetrics } from '../../../shared/observability.js';
import { createSubgraphApp } from '../../common/subgraph-app.js';
import { createContext } from './context.js';
import { apiMessageInChinese } from './writes/api-message-zh.js';
import { AggregateCache } from './measures/aggregate-cache.js';
import { registryResolvers } from './resolvers/index.js';
import { registrySubgraphSdl } from './schema.js';

/**
 * The factory every regional subgraph comes from: one SDL, one set of resolvers, the region's
 * database. `AGGREGATE_CACHE=off` computes every aggregate afresh (for comparing, as the bench does).
 */
export function createRegistrySubgraph(
  region: Region,
  db: DataSource,
  env: NodeJS.ProcessEnv = process.env,
) {
  const metrics = createMetrics(region.slug);
  const aggregates = new AggregateCache(metrics.registry, {
    enabled: onOrOff(env, 'AGGREGATE_CACHE', true),
  });
  return createSubgraphApp({
    name: region.slug,
    typeDefs: registrySubgraphSdl(region),
    resolvers: registryResolvers(region),
    db,
    metrics,
    context: (caller) => createContext(region, db, caller, aggregates),
    // The mutations' messages are the import's too, which reads their English (import/update-row.ts).
    inChinese: apiMessageInChinese,
  });
}
