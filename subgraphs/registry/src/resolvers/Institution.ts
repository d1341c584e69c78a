import type {
  InstitutionPeriodResolvers,
  InstitutionResolvers,
} from '../__generated__/resolvers-types.js';
import type { InstitutionPeriod as Period } from '../institution-periods.js';
import { isSignedIn, requireSignedIn, socialWorkerRecords } from '../access.js';
import type { RegistryContext } from '../context.js';
import type { Institution as InstitutionRow } from '../entities/Institution.js';
import { globalId } from '../global-ids.js';
import { measuredOn } from '../measures/measure-arguments.js';
import { checkPageSize } from '../pagination.js';

export const Institution: InstitutionResolvers = {
  id: (i: InstitutionRow, _: unknown, { region }: RegistryContext) => globalId(region, i.id),
  division: (i: InstitutionRow) => ({ city: i.city, county: i.county, township: i.township }),
  source: (i: InstitutionRow, _: unknown, { loaders }: RegistryContext) =>
    i.sourceId ? loaders.source.load(i.sourceId) : null,
  socialWorkers(i: InstitutionRow, { first }: { first?: number }, context: RegistryContext) {
    requireSignedIn(context, socialWorkerRecords);
    return context.loaders.socialWorkersOfInstitution(checkPageSize(first)).load(i.id);
  },
  // Without a token, published records only, as the lists: a count must not tell an anonymous
  // caller how many registered records a region keeps. With `asOf`, those in post that day.
  socialWorkerCount(
    i: InstitutionRow,
    { asOf }: { asOf?: string | null },
    context: RegistryContext,
  ) {
    const { loaders } = context;
    const signedIn = isSignedIn(context);
    if (asOf == null)
      return (signedIn ? loaders.socialWorkerCount : loaders.publishedSocialWorkerCount).load(i.id);
    const day = measuredOn(asOf);
    return (signedIn ? loaders.socialWorkersInPost : loaders.publishedSocialWorkersInPost)(
      day,
    ).load(i.id);
  },
  programs: (i: InstitutionRow, { first }: { first?: number }, context: RegistryContext) =>
    (isSignedIn(context)
      ? context.loaders.programsOfInstitution
      : context.loaders.publishedProgramsOfInstitution)(checkPageSize(first)).load(i.id),
  periods: (i: InstitutionRow, _: unknown, { loaders }: RegistryContext) =>
    loaders.periods.load(String(i.id)),
  createdAt: (i: InstitutionRow) => i.createdAt.toISOString(),
  updatedAt: (i: InstitutionRow) => i.updatedAt.toISOString(),
};

export const InstitutionPeriod: InstitutionPeriodResolvers = {
  division: (p: Period) => ({ city: p.city, county: p.county, township: null }),
};
