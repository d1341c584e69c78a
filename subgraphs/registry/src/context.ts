import type { DataSource } from 'typeorm';
import type { Caller } from '../../../shared/auth.js';
import type { WriteTally } from '../../common/cache-policy.js';
import type { Region } from '../../regions.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { AggregateCache, Aggregates } from './measures/aggregate-cache.js';

/** What every resolver of a regional subgraph gets for one request. */
export interface RegistryContext extends WriteTally {
  region: Region;
  db: DataSource;
  loaders: Loaders;
  caller: Caller;
  /** Measures, data quality and progress, from the cache of the current write generation. */
  aggregates: Aggregates;
}

export function createContext(
  region: Region,
  db: DataSource,
  caller: Caller,
  cache: AggregateCache,
): RegistryContext {
  // Callers who may see different rows never share a cached answer.
  const aggregates = cache.forRequest(db, caller.role === null ? 'anonymous' : 'signed-in');
  return {
    region,
    db,
    loaders: createLoaders(db, aggregates),
    caller,
    committedWrites: 0,
    aggregates,
  };
}
