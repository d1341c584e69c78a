import type { DataSource } from 'typeorm';
import { asResolverMap, createSubgraphApp } from '../../common/subgraph-app.js';
import { nationalSubgraph } from '../../regions.js';
import { createNationalContext } from './context.js';
import { Indicator } from './resolvers/Indicator.js';
import { Query } from './resolvers/Query.js';
import { Registry, regionTypes } from './resolvers/Registry.js';
import { nationalSubgraphSdl } from './schema.js';

export function createNationalSubgraph(db: DataSource) {
  return createSubgraphApp({
    name: nationalSubgraph.name,
    typeDefs: nationalSubgraphSdl(),
    resolvers: asResolverMap({ Query, Registry, Indicator, ...regionTypes }),
    db,
    context: () => createNationalContext(db),
  });
}
