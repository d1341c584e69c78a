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
  /**
   * After a write commits: the loaders and aggregates read before it are dropped, so that what the
   * operation asks after it (a target's progress after the figure it rests on) sees the write.
   */
  forgetReads(): void;
  /**
   * Runs a write once the request's writes before it are done. graphql-js runs only a mutation's
   * top-level fields one after another; a region's writes are fields of its namespace (`mutation {
   * tianjin { a: updateInstitution … b: updateInstitution … } }`), which it would start at once.
   * They run in the order of the operation the subgraph gets, which the gateway's query plan may
   * group by field; top-level fields (`a: tianjin { … } b: tianjin { … }`) keep the order written.
   */
  inTurn<T>(write: () => Promise<T>): Promise<T>;
}

export function createContext(
  region: Region,
  db: DataSource,
  caller: Caller,
  cache: AggregateCache,
): RegistryContext {
  const reads = () => {
    // Callers who may see different rows never share a cached answer.
    const aggregates = cache.forRequest(db, caller.role === null ? 'anonymous' : 'signed-in');
    return { aggregates, loaders: createLoaders(db, aggregates) };
  };
  // The writes, in the order their resolvers are called.
  let writes: Promise<unknown> = Promise.resolve();
  return {
    region,
    db,
    caller,
    committedWrites: 0,
    ...reads(),
    // On the context the resolvers get: a copy of this one, with the request's id
    // (subgraph-routes.ts).
    forgetReads(this: RegistryContext) {
      Object.assign(this, reads());
    },
    inTurn(write) {
      const turn = writes.then(write);
      // A write that fails does not stop the ones after it: each answers for itself.
      writes = turn.catch(() => undefined);
      return turn;
    },
  };
}
