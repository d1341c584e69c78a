import type { RegionRegistryResolvers } from '../__generated__/resolvers-types.js';
import { FigureEntity } from '../entities/Figure.js';
import { InstitutionEntity } from '../entities/Institution.js';
import { ProgramEntity } from '../entities/Program.js';
import { SocialWorkerEntity } from '../entities/SocialWorker.js';
import { TargetEntity } from '../entities/Target.js';
import { forbidden } from '../../../../shared/auth.js';
import {
  canSee,
  isSignedIn,
  readsPersonalData,
  requireSignedIn,
  socialWorkerRecords,
} from '../access.js';
import type { Bilingual } from '../../../../shared/bilingual.js';
import type { RegistryContext } from '../context.js';
import type { RegistryRef } from '../mappers.js';
import { changes } from '../changes.js';
import { dataQuality } from '../measures/data-quality.js';
import type { Dimension } from '../measures/dimensions.js';
import { measure } from '../measures/measure.js';
import { assertInCatalog, figuresKnownOn } from '../measures/measure-arguments.js';
import { measureRate, rateMeasures } from '../measures/rates.js';
import { notForRegion } from '../measures/region-levels.js';
import { filterInstitutions, filterPrograms, filterSocialWorkers } from '../filters.js';
import { paginate, type Visibility } from '../pagination.js';
import { localId } from '../global-ids.js';

/** An id of this region (BJ-5, or the bare 5 of the previous release); anything else names no record here, so it is simply not found. */
function byId<T>(
  region: RegistryContext['region'],
  id: string,
  load: (id: string) => Promise<T | null>,
): Promise<T | null> | null {
  const local = localId(region, id);
  return local ? load(local) : null;
}

/** Without a token, lists hold published records only; asking for others is refused rather than silently emptied. */
function visibleProvenance<F extends { provenance?: string | null }>(
  filter: F | null | undefined,
  context: RegistryContext,
  what: Bilingual,
): F {
  if (isSignedIn(context)) return filter ?? ({} as F);
  if (filter?.provenance && filter.provenance !== 'PUBLISHED')
    requireSignedIn(context, { zh: `未公开的${what.zh}`, en: `${what.en} that are not published` });
  return { ...(filter ?? ({} as F)), provenance: 'PUBLISHED' };
}

/**
 * What an anonymous list leaves out, said in its answer: nothing when signed in, or when the caller
 * asked for published records only.
 */
const listVisibility = (
  filter: { provenance?: string | null } | null | undefined,
  context: RegistryContext,
): Visibility =>
  isSignedIn(context) || filter?.provenance === 'PUBLISHED' ? 'ALL' : 'PUBLISHED_ONLY';

/** A single record without a token: published ones only; any other is as if it did not exist, so ids cannot be probed. */
async function visibleRecord<T extends { provenance: string }>(
  record: Promise<T | null> | null,
  context: RegistryContext,
) {
  const found = await record;
  return found && canSee(context, found) ? found : null;
}

/** The fields of `<Slug>Registry`; the factory registers them under the region's concrete type name. */
export const Registry: RegionRegistryResolvers = {
  __resolveReference(ref: RegistryRef, { region }: RegistryContext): RegistryRef | null {
    return ref.code === region.code ? { code: region.code } : null;
  },

  institutions(_, args, context) {
    const filter = visibleProvenance(args.filter, context, { zh: '机构记录', en: 'Institutions' });
    return paginate(
      filterInstitutions(
        context.db.getRepository(InstitutionEntity).createQueryBuilder('i'),
        filter,
      ),
      args,
      listVisibility(args.filter, context),
    );
  },
  institution: (_: RegistryRef, { id }: { id: string }, context: RegistryContext) =>
    visibleRecord(
      byId(context.region, id, (key) => context.loaders.institution.load(key)),
      context,
    ),

  socialWorkers(_, args, context) {
    requireSignedIn(context, socialWorkerRecords);
    if (args.filter?.nameContains && !readsPersonalData(context)) {
      throw forbidden({
        zh: `按姓名查找社工需要 ${context.region.code} 的编辑令牌或管理员令牌。`,
        en: `Searching social workers by name needs an editor token for ${context.region.code} or an admin token.`,
      });
    }
    return paginate(
      filterSocialWorkers(
        context.db.getRepository(SocialWorkerEntity).createQueryBuilder('w'),
        args.filter ?? {},
        context.region,
      ),
      args,
    );
  },
  socialWorker(_: RegistryRef, { id }: { id: string }, context: RegistryContext) {
    requireSignedIn(context, socialWorkerRecords);
    return byId(context.region, id, (key) => context.loaders.socialWorker.load(key));
  },

  programs(_, args, context) {
    const filter = visibleProvenance(args.filter, context, { zh: '项目记录', en: 'Programmes' });
    const query = context.db.getRepository(ProgramEntity).createQueryBuilder('p');
    // Kept for the record, as a withdrawn figure or target is, and listed only when asked.
    if (!args.includeWithdrawn) query.where('p.withdrawn_at IS NULL');
    return paginate(
      filterPrograms(query, filter, context.region),
      args,
      listVisibility(args.filter, context),
    );
  },
  program: (_: RegistryRef, { id }: { id: string }, context: RegistryContext) =>
    visibleRecord(
      byId(context.region, id, (key) => context.loaders.program.load(key)),
      context,
    ),

  figures(
    _: RegistryRef,
    {
      indicator,
      includeWithdrawn,
    }: { indicator?: string | null; includeWithdrawn?: boolean | null },
    { db }: RegistryContext,
  ) {
    if (indicator != null) assertInCatalog(indicator);
    const query = db
      .getRepository(FigureEntity)
      .createQueryBuilder('f')
      .where('true')
      .orderBy('f.indicator')
      .addOrderBy('f.as_of')
      .addOrderBy('f.id');
    if (indicator) query.andWhere('f.indicator = :indicator', { indicator });
    if (!includeWithdrawn) query.andWhere('f.withdrawn_at IS NULL');
    return query.getMany();
  },

  latestFigure(
    _: RegistryRef,
    { indicator, asOf }: { indicator: string; asOf?: string | null },
    { loaders }: RegistryContext,
  ) {
    assertInCatalog(indicator);
    return loaders.latestFigure.load({ indicator, asOf: figuresKnownOn(asOf) });
  },

  targets(
    _: RegistryRef,
    {
      indicator,
      includeWithdrawn,
    }: { indicator?: string | null; includeWithdrawn?: boolean | null },
    { db }: RegistryContext,
  ) {
    if (indicator != null) assertInCatalog(indicator);
    const query = db
      .getRepository(TargetEntity)
      .createQueryBuilder('t')
      .where('true')
      .orderBy('t.target_year')
      .addOrderBy('t.id');
    if (indicator) query.andWhere('t.indicator = :indicator', { indicator });
    if (!includeWithdrawn) query.andWhere('t.withdrawn_at IS NULL');
    return query.getMany();
  },

  measure: (
    _: RegistryRef,
    args: {
      indicator: string;
      by?: Dimension[] | null;
      asOf?: string | null;
      since?: string | null;
      from?: number | null;
      to?: number | null;
    },
    { db, aggregates, region }: RegistryContext,
  ) =>
    notForRegion(region, args.indicator) ??
    aggregates(['measure', args], () =>
      (rateMeasures[args.indicator] ? measureRate : measure)(db, { ...args, by: args.by ?? [] }),
    ),

  dataQuality: (
    _: RegistryRef,
    { tolerancePercent }: { tolerancePercent: number },
    { db, aggregates }: RegistryContext,
  ) => aggregates(['dataQuality', tolerancePercent], () => dataQuality(db, tolerancePercent)),

  changes: (
    _: RegistryRef,
    args: { since?: string | null; after?: string | null; first?: number },
    context: RegistryContext,
  ) => changes(context, args),
};
