import { asResolverMap, type ResolverMap } from '../../../common/subgraph-app.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { registryTypeName, type Region } from '../../../regions.js';
import { Figure } from './Figure.js';
import { HistoryPoint } from './HistoryPoint.js';
import { Institution, InstitutionPeriod } from './Institution.js';
import { Measure } from './Measure.js';
import { DimensionValue, Division } from './places.js';
import { Program } from './Program.js';
import type { RegistryRef } from '../mappers.js';
import { Registry } from './Registry.js';
import { RegistryMutations } from './RegistryMutations.js';
import { SocialWorker, SocialWorkerPost } from './SocialWorker.js';
import { Policy, Source } from './Source.js';
import { Target } from './Target.js';
import { TargetScope } from './TargetScope.js';

/** The resolvers of the shared types, each file typed from the SDL. */
const sharedTypes = {
  RegistryMutations,
  Institution,
  InstitutionPeriod,
  SocialWorker,
  SocialWorkerPost,
  Program,
  Figure,
  Measure,
  Target,
  TargetScope,
  Source,
  Policy,
  HistoryPoint,
  Division,
  DimensionValue,
} satisfies Resolvers;

/**
 * The resolvers of one region's subgraph: the shared ones, under the region's own type and root
 * field (named after the region, so built here rather than typed from the shared SDL).
 */
export function registryResolvers(region: Region): ResolverMap {
  const typeName = registryTypeName(region);
  return asResolverMap({
    Query: { [region.slug]: (): RegistryRef => ({ code: region.code }) },
    // The writes need nothing from their parent: the region is the subgraph's own.
    Mutation: { [region.slug]: () => ({}) },
    Registry: { __resolveType: () => typeName },
    [typeName]: Registry,
    ...sharedTypes,
  });
}
