import type { EntityManager } from 'typeorm';
import type { RegistryContext } from '../context.js';
import { FigureEntity } from '../entities/Figure.js';
import { InstitutionEntity } from '../entities/Institution.js';
import { ProgramEntity } from '../entities/Program.js';
import { SocialWorkerEntity } from '../entities/SocialWorker.js';
import { TargetEntity } from '../entities/Target.js';
import { correctFigure, recordFigure, withdrawFigure } from '../writes/figures.js';
import { closeInstitution, createInstitution, reopenInstitution, updateInstitution } from '../writes/institutions.js';
import { createProgram, updateProgram } from '../writes/programs.js';
import { registerSocialWorker, transferSocialWorker, updateSocialWorker } from '../writes/social-workers.js';
import { setTarget, withdrawTarget } from '../writes/targets.js';
import { write, type Written } from '../writes/write.js';

const entities = {
  institution: InstitutionEntity,
  social_worker: SocialWorkerEntity,
  program: ProgramEntity,
  figure: FigureEntity,
  target: TargetEntity,
} as const;

/** A replayed write returns the record the first call wrote, as it is now. */
function reload(tx: EntityManager, entity: string, id: string) {
  return tx.getRepository(entities[entity as keyof typeof entities] as typeof InstitutionEntity).findOneBy({ id });
}

type Args = { idempotencyKey?: string | null } & Record<string, unknown>;

/** Every mutation field: its name, and the write it runs in the transaction. */
function mutation<T extends object>(action: string, run: (tx: EntityManager, args: Args, context: RegistryContext) => Promise<Written<T>>) {
  return (_: unknown, args: Args, context: RegistryContext) =>
    write<T>(context, { action, idempotencyKey: args.idempotencyKey, args: { ...args, idempotencyKey: undefined } }, (tx) => run(tx, args, context), reload as never);
}

const id = (args: Args) => String(args.id);
const version = (args: Args) => args.version as number;

export const RegistryMutations = {
  createInstitution: mutation('createInstitution', (tx, args, context) => createInstitution(tx, args.input, context.region)),
  updateInstitution: mutation('updateInstitution', (tx, args, context) => updateInstitution(tx, id(args), version(args), args.input, context.region)),
  closeInstitution: mutation('closeInstitution', (tx, args) => closeInstitution(tx, id(args), version(args), args.closedOn)),
  reopenInstitution: mutation('reopenInstitution', (tx, args) => reopenInstitution(tx, id(args), version(args))),
  registerSocialWorker: mutation('registerSocialWorker', (tx, args) => registerSocialWorker(tx, args.input)),
  updateSocialWorker: mutation('updateSocialWorker', (tx, args) => updateSocialWorker(tx, id(args), version(args), args.input)),
  transferSocialWorker: mutation('transferSocialWorker', (tx, args) => transferSocialWorker(tx, id(args), version(args), args.institutionId)),
  createProgram: mutation('createProgram', (tx, args) => createProgram(tx, args.input)),
  updateProgram: mutation('updateProgram', (tx, args) => updateProgram(tx, id(args), version(args), args.input)),
  recordFigure: mutation('recordFigure', (tx, args) => recordFigure(tx, args.input)),
  correctFigure: mutation('correctFigure', (tx, args) => correctFigure(tx, id(args), args.input, args.reason)),
  withdrawFigure: mutation('withdrawFigure', (tx, args) => withdrawFigure(tx, id(args), args.reason)),
  setTarget: mutation('setTarget', (tx, args) => setTarget(tx, args.input, args.version as number | null)),
  withdrawTarget: mutation('withdrawTarget', (tx, args) => withdrawTarget(tx, id(args), version(args), args.reason)),
};
