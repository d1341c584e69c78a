import type { RegistryContext } from '../context.js';
import type { Institution as InstitutionRow } from '../entities/Institution.js';
import { checkPageSize } from '../pagination.js';

export const Institution = {
  division: (i: InstitutionRow) => ({ city: i.city, county: i.county, township: i.township }),
  source: (i: InstitutionRow, _: unknown, { loaders }: RegistryContext) => (i.sourceId ? loaders.source.load(i.sourceId) : null),
  socialWorkers: (i: InstitutionRow, { first }: { first?: number }, { loaders }: RegistryContext) =>
    loaders.socialWorkersOfInstitution(checkPageSize(first)).load(i.id),
  socialWorkerCount: (i: InstitutionRow, _: unknown, { loaders }: RegistryContext) => loaders.socialWorkerCount.load(i.id),
  programs: (i: InstitutionRow, { first }: { first?: number }, { loaders }: RegistryContext) =>
    loaders.programsOfInstitution(checkPageSize(first)).load(i.id),
  createdAt: (i: InstitutionRow) => i.createdAt.toISOString(),
  updatedAt: (i: InstitutionRow) => i.updatedAt.toISOString(),
};
