import { FigureEntity } from '../entities/Figure.js';
import { InstitutionEntity } from '../entities/Institution.js';
import { ProgramEntity } from '../entities/Program.js';
import { SocialWorkerEntity } from '../entities/SocialWorker.js';
import { TargetEntity } from '../entities/Target.js';
import type { RegistryContext } from '../context.js';
import { filterInstitutions, filterPrograms, filterSocialWorkers } from '../filters.js';
import type { InstitutionFilter, ProgramFilter, SocialWorkerFilter } from '../filters.js';
import { paginate, type PageArgs } from '../pagination.js';

/** A registry is identified by its region's code; everything else is read from the region's database. */
export interface RegistryRef {
  code: string;
}

const idPattern = /^\d{1,19}$/;

/** Ids are bigints; anything else cannot name a record, so it is simply not found. */
function byId<T>(id: string, load: (id: string) => Promise<T | null>): Promise<T | null> | null {
  return idPattern.test(id) ? load(id) : null;
}

/** The fields of `<Slug>Registry`; the factory registers them under the region's concrete type name. */
export const Registry = {
  __resolveReference(ref: RegistryRef, { region }: RegistryContext): RegistryRef | null {
    return ref.code === region.code ? { code: region.code } : null;
  },

  institutions(_: RegistryRef, args: PageArgs & { filter?: InstitutionFilter }, { db }: RegistryContext) {
    return paginate(filterInstitutions(db.getRepository(InstitutionEntity).createQueryBuilder('i'), args.filter ?? {}), args);
  },
  institution: (_: RegistryRef, { id }: { id: string }, { loaders }: RegistryContext) =>
    byId(id, (key) => loaders.institution.load(key)),

  socialWorkers(_: RegistryRef, args: PageArgs & { filter?: SocialWorkerFilter }, { db }: RegistryContext) {
    return paginate(filterSocialWorkers(db.getRepository(SocialWorkerEntity).createQueryBuilder('w'), args.filter ?? {}), args);
  },
  socialWorker: (_: RegistryRef, { id }: { id: string }, { loaders }: RegistryContext) =>
    byId(id, (key) => loaders.socialWorker.load(key)),

  programs(_: RegistryRef, args: PageArgs & { filter?: ProgramFilter }, { db }: RegistryContext) {
    return paginate(filterPrograms(db.getRepository(ProgramEntity).createQueryBuilder('p'), args.filter ?? {}), args);
  },
  program: (_: RegistryRef, { id }: { id: string }, { loaders }: RegistryContext) =>
    byId(id, (key) => loaders.program.load(key)),

  figures(_: RegistryRef, { indicator }: { indicator?: string | null }, { db }: RegistryContext) {
    const query = db.getRepository(FigureEntity).createQueryBuilder('f').orderBy('f.indicator').addOrderBy('f.as_of').addOrderBy('f.id');
    if (indicator) query.where('f.indicator = :indicator', { indicator });
    return query.getMany();
  },

  targets(_: RegistryRef, { indicator }: { indicator?: string | null }, { db }: RegistryContext) {
    const query = db.getRepository(TargetEntity).createQueryBuilder('t').orderBy('t.target_year').addOrderBy('t.id');
    if (indicator) query.where('t.indicator = :indicator', { indicator });
    return query.getMany();
  },
};
