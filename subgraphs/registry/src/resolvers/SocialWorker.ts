import type { RegistryContext } from '../context.js';
import type { SocialWorker as SocialWorkerRow } from '../entities/SocialWorker.js';

export const SocialWorker = {
  institution: (w: SocialWorkerRow, _: unknown, { loaders }: RegistryContext) =>
    w.institutionId ? loaders.institution.load(w.institutionId) : null,
  createdAt: (w: SocialWorkerRow) => w.createdAt.toISOString(),
  updatedAt: (w: SocialWorkerRow) => w.updatedAt.toISOString(),
};
