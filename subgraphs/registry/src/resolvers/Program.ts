import type { ProgramResolvers } from '../__generated__/resolvers-types.js';
import { canSee } from '../access.js';
import type { RegistryContext } from '../context.js';
import type { Program as ProgramRow } from '../entities/Program.js';
import { globalId } from '../global-ids.js';

export const Program: ProgramResolvers = {
  id: (p: ProgramRow, _: unknown, { region }: RegistryContext) => globalId(region, p.id),
  /** Without a token, only a published host is shown. */
  async hostInstitution(p: ProgramRow, _: unknown, context: RegistryContext) {
    const host = p.hostInstitutionId
      ? await context.loaders.institution.load(p.hostInstitutionId)
      : null;
    return host && canSee(context, host) ? host : null;
  },
  /** Without a token, only a published scheme is shown, as with the host. */
  async parent(p: ProgramRow, _: unknown, context: RegistryContext) {
    const parent = p.parentId ? await context.loaders.program.load(p.parentId) : null;
    return parent && canSee(context, parent) ? parent : null;
  },
  fundingYuan: (p: ProgramRow) => (p.fundingYuan == null ? null : Number(p.fundingYuan)),
  source: (p: ProgramRow, _: unknown, { loaders }: RegistryContext) =>
    p.sourceId ? loaders.source.load(p.sourceId) : null,
  figures: (p: ProgramRow, _: unknown, { loaders }: RegistryContext) =>
    loaders.figuresOfProgram.load(p.id),
  createdAt: (p: ProgramRow) => p.createdAt.toISOString(),
  updatedAt: (p: ProgramRow) => p.updatedAt.toISOString(),
};
