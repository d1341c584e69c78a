import type { RegistryMutationsResolvers } from '../__generated__/resolvers-types.js';
import type { EntityManager } from 'typeorm';
import type { RegistryContext } from '../context.js';
import { localId } from '../global-ids.js';
import { FigureEntity } from '../entities/Figure.js';
import { InstitutionEntity } from '../entities/Institution.js';
import { ProgramEntity } from '../entities/Program.js';
import { SocialWorkerEntity } from '../entities/SocialWorker.js';
import { TargetEntity } from '../entities/Target.js';
import { correctFigure, recordFigure, withdrawFigure } from '../writes/figures.js';
import {
  closeInstitution,
  createInstitution,
  reopenInstitution,
  updateInstitution,
} from '../writes/institutions.js';
import { withdrawInstitutionChange } from '../writes/institution-corrections.js';
import { createProgram, updateProgram, withdrawProgram } from '../writes/programs.js';
import { registerSocialWorker, updateSocialWorker } from '../writes/social-workers.js';
import { transferSocialWorker } from '../writes/transfers.js';
import { redateTransfer, withdrawTransfer } from '../writes/transfer-corrections.js';
import { setTarget, withdrawTarget } from '../writes/targets.js';
import { write, type Written } from '../writes/write.js';

const entities = {
  institution: InstitutionEntity,
  social_worker: SocialWorkerEntity,
  program: ProgramEntity,
  figure: FigureEntity,
  target: TargetEntity,
} as const;

/**
 * A replayed write returns the record the first call wrote, as it is now. The idempotency key names
 * the entity that call wrote, which is the one this mutation writes: T is its row.
 */
function reload<T>(tx: EntityManager, entity: string, id: string): Promise<T | null> {
  return tx
    .getRepository(entities[entity as keyof typeof entities].options.name)
    .findOneBy({ id }) as Promise<T | null>;
}

type Args = { idempotencyKey?: string | null } & Record<string, unknown>;

/** Fields of a write's input that refer to a row of this region by id. */
const references = [
  'institutionId',
  'programId',
  'hostInstitutionId',
  'scopeProgramId',
  'scopeInstitutionId',
];

/**
 * Ids as the API gives them (`TJ-5`, or the bare `5` of the previous release) as this region's row
 * ids. Another region's id is left as it came, for validation to refuse as no id of this registry.
 */
function withLocalIds(args: Args, region: RegistryContext['region']): Args {
  const local = (value: unknown) => localId(region, value) ?? value;
  const input =
    args.input && typeof args.input === 'object' && !Array.isArray(args.input)
      ? Object.fromEntries(
          Object.entries(args.input).map(([field, value]) => [
            field,
            references.includes(field) && value != null ? local(value) : value,
          ]),
        )
      : args.input;
  return {
    ...args,
    input,
    ...(args.institutionId != null ? { institutionId: local(args.institutionId) } : {}),
  };
}

/** Every mutation field: its name, and the write it runs in the transaction. */
function mutation<T extends object>(
  action: string,
  run: (tx: EntityManager, args: Args, context: RegistryContext) => Promise<Written<T>>,
) {
  return (_: unknown, given: Args, context: RegistryContext) => {
    const args = withLocalIds(given, context.region);
    return context.inTurn(() =>
      write<T>(
        context,
        {
          action,
          idempotencyKey: args.idempotencyKey,
          args: { ...given, idempotencyKey: undefined },
        },
        (tx) => run(tx, args, context),
        reload<T>,
      ),
    );
  };
}

/** The row id of an institution, social worker or programme (see withLocalIds); figures and targets keep theirs. */
const rowId = (args: Args, context: RegistryContext) =>
  localId(context.region, args.id) ?? String(args.id);
const id = (args: Args) => String(args.id);
const version = (args: Args) => args.version as number;

export const RegistryMutations: RegistryMutationsResolvers = {
  createInstitution: mutation('createInstitution', (tx, args, context) =>
    createInstitution(tx, args.input, context.region),
  ),
  updateInstitution: mutation('updateInstitution', (tx, args, context) =>
    updateInstitution(
      tx,
      rowId(args, context),
      version(args),
      args.input,
      context.region,
      args.effectiveOn,
    ),
  ),
  closeInstitution: mutation('closeInstitution', (tx, args, context) =>
    closeInstitution(tx, rowId(args, context), version(args), args.closedOn, context.region),
  ),
  reopenInstitution: mutation('reopenInstitution', (tx, args, context) =>
    reopenInstitution(tx, rowId(args, context), version(args), context.region, args.reopenedOn),
  ),
  withdrawInstitutionChange: mutation('withdrawInstitutionChange', (tx, args, context) =>
    withdrawInstitutionChange(tx, rowId(args, context), version(args), args.reason, context.region),
  ),
  registerSocialWorker: mutation('registerSocialWorker', (tx, args, context) =>
    registerSocialWorker(tx, args.input, context.region),
  ),
  updateSocialWorker: mutation('updateSocialWorker', (tx, args, context) =>
    updateSocialWorker(tx, rowId(args, context), version(args), args.input, context.region),
  ),
  transferSocialWorker: mutation('transferSocialWorker', (tx, args, context) =>
    transferSocialWorker(
      tx,
      rowId(args, context),
      version(args),
      args.institutionId,
      args.on,
      context.region,
    ),
  ),
  withdrawTransfer: mutation('withdrawTransfer', (tx, args, context) =>
    withdrawTransfer(tx, rowId(args, context), version(args), args.reason, context.region),
  ),
  redateTransfer: mutation('redateTransfer', (tx, args, context) =>
    redateTransfer(tx, rowId(args, context), version(args), args.on, context.region),
  ),
  createProgram: mutation('createProgram', (tx, args, context) =>
    createProgram(tx, args.input, context.region),
  ),
  updateProgram: mutation('updateProgram', (tx, args, context) =>
    updateProgram(tx, rowId(args, context), version(args), args.input, context.region),
  ),
  withdrawProgram: mutation('withdrawProgram', (tx, args, context) =>
    withdrawProgram(tx, rowId(args, context), version(args), args.reason, context.region),
  ),
  recordFigure: mutation('recordFigure', (tx, args, context) =>
    recordFigure(tx, args.input, context.region),
  ),
  correctFigure: mutation('correctFigure', (tx, args, context) =>
    correctFigure(tx, id(args), args.input, args.reason, context.region),
  ),
  withdrawFigure: mutation('withdrawFigure', (tx, args) =>
    withdrawFigure(tx, id(args), args.reason),
  ),
  setTarget: mutation('setTarget', (tx, args, context) =>
    setTarget(tx, args.input, args.version as number | null, context.region),
  ),
  withdrawTarget: mutation('withdrawTarget', (tx, args) =>
    withdrawTarget(tx, id(args), version(args), args.reason),
  ),
};
