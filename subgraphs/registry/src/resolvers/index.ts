import type { ResolverMap } from '../../../common/subgraph-app.js';
import { registryTypeName, type Region } from '../../../regions.js';
import { Figure } from './Figure.js';
import { HistoryPoint } from './HistoryPoint.js';
import { Institution } from './Institution.js';
import { Program } from './Program.js';
import { Registry, type RegistryRef } from './Registry.js';
import { RegistryMutations } from './RegistryMutations.js';
import { SocialWorker } from './SocialWorker.js';
import { Target } from './Target.js';
import { TargetScope } from './TargetScope.js';

/** The resolvers of one region's subgraph: the shared ones, under the region's own type and root field. */
export function registryResolvers(region: Region): ResolverMap {
  const typeName = registryTypeName(region);
  return {
    Query: { [region.slug]: (): RegistryRef => ({ code: region.code }) },
    // The writes need nothing from their parent: the region is the subgraph's own.
    Mutation: { [region.slug]: () => ({}) },
    RegistryMutations,
    Registry: { __resolveType: () => typeName },
    [typeName]: Registry,
    Institution,
    SocialWorker,
    Program,
    Figure,
    Target,
    TargetScope,
    HistoryPoint,
  };
}
