import type { EntityManager } from 'typeorm';
import { ProgramEntity, type Program } from '../entities/Program.js';
import { decimal, given, insertRecord, updateRecord } from './records.js';
import { programInput, programRules } from './program-input.js';
import { assertRules, badInput, parseArgument, parseRecord } from './validation.js';
import { withdrawalReason } from './field-schemas.js';
import { holdersEn, holdersOf, type Holders } from '../program-holders.js';
import type { Written } from './write.js';
import { recordName } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import { staleEnglishName } from './english-name.js';
import { assertInRegistry } from './references.js';

export async function createProgram(
  tx: EntityManager,
  input: unknown,
  region: Region,
): Promise<Written<Program>> {
  const values = parseRecord(programInput, input, 'input', programRules);
  await assertInRegistry(tx, region, [
    { path: 'input.hostInstitutionId', table: 'institution', id: values.hostInstitutionId },
  ]);
  const after = await insertRecord(tx, ProgramEntity, {
    ...values,
    fundingYuan: decimal(values.fundingYuan),
    serviceFields: values.serviceFields ?? [],
    provenance: 'REGISTERED',
  });
  return { entity: 'program', id: after.id, before: null, after };
}

export async function updateProgram(
  tx: EntityManager,
  id: string,
  version: number,
  input: unknown,
  region: Region,
): Promise<Written<Program>> {
  const { fundingYuan, ...rest } = given(parseArgument(programInput.partial(), input, 'input'));
  const changes = {
    ...rest,
    ...(fundingYuan === undefined ? {} : { fundingYuan: decimal(fundingYuan) }),
  };
  await assertInRegistry(tx, region, [
    { path: 'input.hostInstitutionId', table: 'institution', id: changes.hostInstitutionId },
  ]);
  const { before, after } = await updateRecord(
    tx,
    ProgramEntity,
    recordName('Programme', region, id),
    id,
    version,
    changes,
    (merged, was) => {
      // Kept for the record only, as a withdrawn figure is: nothing would read what is written.
      if (was.withdrawnAt)
        throw badInput([
          { path: 'id', message: `${recordName('programme', region, id)} was withdrawn` },
        ]);
      assertRules([...programRules(merged), ...staleEnglishName(changes, was)], 'input');
    },
  );
  return { entity: 'program', id, before, after };
}

/**
 * How a social worker comes off a programme: a correction of the worker (updateSocialWorker), or,
 * for the demo's, their removal.
 */
const DEMO_WORKERS =
  ' (a social worker comes off it with updateSocialWorker and programId null; the demo data with npm run demo -- --remove)';

/**
 * Withdraws a programme created by mistake, as `withdrawTarget` a target: kept, with the reason,
 * and counted and listed nowhere, at any date. Refused while a standing record refers to it: they
 * would go on counting what counts nowhere.
 */
export async function withdrawProgram(
  tx: EntityManager,
  id: string,
  version: number,
  reason: unknown,
  region: Region,
): Promise<Written<Program>> {
  const why = parseArgument(withdrawalReason, reason, 'reason');
  const name = recordName('programme', region, id);
  const { before, after } = await updateRecord(
    tx,
    ProgramEntity,
    recordName('Programme', region, id),
    id,
    version,
    { withdrawnAt: new Date(), withdrawalReason: why },
    (_, was) => {
      if (was.withdrawnAt)
        throw badInput([{ path: 'id', message: `${name} was already withdrawn` }]);
    },
  );
  // Read once the programme is locked (updateRecord): a figure or a target that names it meanwhile
  // waits for this write (assertInRegistry) and then finds it withdrawn. A refusal rolls back the
  // withdrawal with the rest of the write.
  const [{ holders }] = (await tx.query(`SELECT ${holdersOf('$1::bigint')} AS holders`, [id])) as [
    { holders: Holders[] },
  ];
  if (holders.length)
    throw badInput([
      {
        path: 'id',
        message: `${name} is still referred to by ${holdersEn(holders, region).join('; ')}: a withdrawn programme counts nowhere, so withdraw them or take them off it first${holders.some((h) => h.entity === 'social_worker') ? DEMO_WORKERS : ''}`,
      },
    ]);
  return { entity: 'program', id, before, after };
}
