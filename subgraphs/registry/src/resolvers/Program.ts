import type { ProgramResolvers } from '../__generated__/resolvers-types.js';
import { linkedRecord } from '../access.js';
import type { RegistryContext } from '../context.js';
import type { Program as ProgramRow } from '../entities/Program.js';
import { globalId } from '../global-ids.js';

export const Program: ProgramResolvers = {
  id: (p: ProgramRow, _: unknown, { region }: RegistryContext) => globalId(region, p.id),
  /** Without a token, only a published host is shown. */
  hostInstitution: (p: ProgramRow, _: unknown, context: RegistryContext) =>
    linkedRecord(context, p.hostInstitutionId, (id) => context.loaders.institution.load(id)),
  /** Without a token, only a published scheme is shown, as with the host. */
  parent: (p: ProgramRow, _: unknown, context: RegistryContext) =>
    linkedRecord(context, p.parentId, (id) => context.loaders.program.load(id)),
  fundingYuan: (p: ProgramRow) => (p.fundingYuan == null ? null : Number(p.fundingYuan)),
  source: (p: ProgramRow, _: unknown, { loaders }: RegistryContext) =>
    p.sourceId ? loaders.source.load(p.sourceId) : null,
  figures: (p: ProgramRow, _: unknown, { loaders }: RegistryContext) =>
    loaders.figuresOfProgram.load(p.id),
  withdrawnAt: (p: ProgramRow) => p.withdrawnAt?.toISOString() ?? null,
  createdAt: (p: ProgramRow) => p.createdAt.toISOString(),
  updatedAt: (p: ProgramRow) => p.updatedAt.toISOString(),
};
