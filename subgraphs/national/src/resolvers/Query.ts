import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { IndicatorEntity, RegionEntity } from '../entities.js';
import type { NationalContext } from '../context.js';

export const Query: QueryResolvers = {
  registries: (_: unknown, __: unknown, { db }: NationalContext) =>
    db.getRepository(RegionEntity).createQueryBuilder('r').orderBy('r.code').getMany(),
  registry: (_: unknown, { code }: { code: string }, { loaders }: NationalContext) =>
    loaders.region.load(code),
  indicators: (_: unknown, __: unknown, { db }: NationalContext) =>
    db.getRepository(IndicatorEntity).createQueryBuilder('i').orderBy('i.code').getMany(),
  indicator: (_: unknown, { code }: { code: string }, { loaders }: NationalContext) =>
    loaders.indicator.load(code),
};
