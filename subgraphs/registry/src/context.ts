import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth.js';
import type { WriteTally } from '../../common/subgraph-app.js';
import type { Region } from '../../regions.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver of a regional subgraph gets for one request. */
export interface RegistryContext extends WriteTally {
  region: Region;
  db: DataSource;
  loaders: Loaders;
  caller: Caller;
}

export function createContext(region: Region, db: DataSource, caller: Caller): RegistryContext {
  return { region, db, loaders: createLoaders(db), caller, committedWrites: 0 };
}
