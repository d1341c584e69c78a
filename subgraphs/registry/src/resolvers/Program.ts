import type { RegistryContext } from '../context.js';
import type { Program as ProgramRow } from '../entities/Program.js';

export const Program = {
  hostInstitution: (p: ProgramRow, _: unknown, { loaders }: RegistryContext) =>
    p.hostInstitutionId ? loaders.institution.load(p.hostInstitutionId) : null,
  fundingYuan: (p: ProgramRow) => (p.fundingYuan == null ? null : Number(p.fundingYuan)),
  source: (p: ProgramRow, _: unknown, { loaders }: RegistryContext) => (p.sourceId ? loaders.source.load(p.sourceId) : null),
  createdAt: (p: ProgramRow) => p.createdAt.toISOString(),
  updatedAt: (p: ProgramRow) => p.updatedAt.toISOString(),
};
