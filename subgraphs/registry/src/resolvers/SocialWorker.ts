import type {
  SocialWorkerPostResolvers,
  SocialWorkerResolvers,
} from '../__generated__/resolvers-types.js';
import { readsPersonalData } from '../access.js';
import type { RegistryContext } from '../context.js';
import type { SocialWorker as SocialWorkerRow } from '../entities/SocialWorker.js';
import { globalId } from '../global-ids.js';
import type { WorkerPost } from '../worker-posts.js';

export const SocialWorker: SocialWorkerResolvers = {
  id: (w: SocialWorkerRow, _: unknown, { region }: RegistryContext) => globalId(region, w.id),
  /** Personal data: the region's editors and admins see it, everyone else null. */
  name: (w: SocialWorkerRow, _: unknown, context: RegistryContext) =>
    readsPersonalData(context) ? w.name : null,
  certificateNumber: (w: SocialWorkerRow, _: unknown, context: RegistryContext) =>
    readsPersonalData(context) ? w.certificateNumber : null,
  /** Not personal data, as the level is not: the day measures count the worker as certified from. */
  certifiedSince: (w: SocialWorkerRow) => w.certifiedSince ?? null,
  institution: (w: SocialWorkerRow, _: unknown, { loaders }: RegistryContext) =>
    w.institutionId ? loaders.institution.load(w.institutionId) : null,
  program: (w: SocialWorkerRow, _: unknown, { loaders }: RegistryContext) =>
    w.programId ? loaders.program.load(w.programId) : null,
  /** An inferred start is the day the registry first knew of the worker, not a start: not known. */
  startedOn: (w: SocialWorkerRow) => (w.startedOnInferred ? null : w.startedOn),
  /** Personal data as `posts` is: the day the worker last moved. */
  postedOn: (w: SocialWorkerRow, _: unknown, context: RegistryContext) =>
    readsPersonalData(context) ? (w.postedOn ?? null) : null,
  /** Personal data as the name is: a dated list of the worker's employers. */
  posts: (w: SocialWorkerRow, _: unknown, context: RegistryContext) =>
    readsPersonalData(context) ? context.loaders.posts.load(String(w.id)) : null,
  createdAt: (w: SocialWorkerRow) => w.createdAt.toISOString(),
  updatedAt: (w: SocialWorkerRow) => w.updatedAt.toISOString(),
};

/** A post's institution through the request's loader, as a worker's own. */
export const SocialWorkerPost: SocialWorkerPostResolvers = {
  institution: (p: WorkerPost, _: unknown, { loaders }: RegistryContext) =>
    p.institutionId ? loaders.institution.load(p.institutionId) : null,
};
