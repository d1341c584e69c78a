import type { EntityManager } from 'typeorm';
import { ProgramEntity, type Program } from '../entities/Program.js';
import { decimal, given, insertRecord, updateRecord } from './records.js';
import { programInput, programRules } from './program-input.js';
import { assertRules, badInput, parseArgument, parseRecord } from './validation.js';
import type { Written } from './write.js';

async function assertHost(tx: EntityManager, hostInstitutionId: string | null | undefined) {
  if (!hostInstitutionId) return;
  const [found] = await tx.query(`SELECT 1 FROM institution WHERE id = $1`, [hostInstitutionId]);
  if (!found)
    throw badInput([
      {
        path: 'input.hostInstitutionId',
        message: `institution ${hostInstitutionId} is not in this region's registry`,
      },
    ]);
}

export async function createProgram(tx: EntityManager, input: unknown): Promise<Written<Program>> {
  const values = parseRecord(programInput, input, 'input', programRules);
  await assertHost(tx, values.hostInstitutionId);
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
): Promise<Written<Program>> {
  const { fundingYuan, ...rest } = given(parseArgument(programInput.partial(), input, 'input'));
  const changes = {
    ...rest,
    ...(fundingYuan === undefined ? {} : { fundingYuan: decimal(fundingYuan) }),
  };
  await assertHost(tx, changes.hostInstitutionId);
  const { before, after } = await updateRecord(
    tx,
    ProgramEntity,
    'Programme',
    id,
    version,
    changes,
    (merged) => assertRules(programRules(merged), 'input'),
  );
  return { entity: 'program', id, before, after };
}
