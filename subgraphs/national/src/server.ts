import type { DataSource } from 'typeorm';
import { asResolverMap, createSubgraphApp } from '../../common/subgraph-app.js';
import { nationalSubgraph } from '../../regions.js';
import { readDirectory } from './context.js';
import { Indicator } from './resolvers/Indicator.js';
import { Query } from './resolvers/Query.js';
import { Registry, regionTypes } from './resolvers/Registry.js';
import { nationalSubgraphSdl } from './schema.js';

/** The national subgraph on its database, whose directory must already be in line (syncDirectory). */
export async function createNationalSubgraph(db: DataSource) {
  const directory = await readDirectory(db);
  return createSubgraphApp({
    name: nationalSubgraph.name,
    typeDefs: nationalSubgraphSdl(),
    resolvers: asResolverMap({ Query, Registry, Indicator, ...regionTypes }),
    db,
    context: () => ({ directory }),
  });
}
