import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { PolicyEntity, TargetEntity, type Target } from '../entities/Target.js';
import { SourceEntity } from '../entities/Source.js';
import { updateRecord } from './records.js';
import { catalogUnit, regionRules } from './catalog-rules.js';
import { withdrawalReason } from './field-schemas.js';
import { sourceId } from './source-input.js';
import { milestoneRules, targetInput, targetRules } from './target-input.js';
import { assertRules, badInput, parseArgument, parseRecord } from './validation.js';
import type { Written } from './write.js';
import { assertInRegistry } from './references.js';
import type { Region } from '../../../regions.js';

/** Sets a new target, or revises one at the version the caller read. */
export async function setTarget(
  tx: EntityManager,
  input: unknown,
  version: number | null | undefined,
  region: Region,
): Promise<Written<Target>> {
  const { id, policy, milestones, source, qualifier, scopeProgramId, scopeKinds, ...parsed } =
    parseRecord(targetInput, input, 'input', (record) => [
      ...targetRules(record),
      ...regionRules(region, record),
    ]);
  const values = { ...parsed, unit: catalogUnit(parsed.indicator) };
  await assertInRegistry(tx, region, [
    { path: 'input.scopeProgramId', table: 'program', id: scopeProgramId },
  ]);
  let policyId: string | undefined;
  if (policy) {
    if (policy.titleCitedIn) await assertCitingSource(tx, policy.titleCitedIn);
    policyId = `policy-${randomUUID()}`;
    await tx.getRepository(PolicyEntity).insert({
      id: policyId,
      title: policy.title,
      titleEn: policy.titleEn ?? null,
      titleConstructed: policy.titleConstructed ?? false,
      titleCitedInId: policy.titleCitedIn ?? null,
      issuers: policy.issuers,
      issuersEn: policy.issuersEn ?? null,
      issuerCount: policy.issuerCount ?? null,
      issuedOn: policy.issuedOn ?? null,
      issuedOnInferred: policy.issuedOnInferred ?? false,
    });
  }
  // The target's quote is a sentence of its source: a revision that moves it to another document
  // without its sentence there would leave the old sentence attributed to a page it may not be on.
  if (id && source && parsed.quote == null)
    throw badInput([
      {
        path: 'input.quote',
        message:
          'a revision that gives a source gives the sentence of it that sets the target, too',
      },
    ]);
  const newSourceId = source ? await sourceId(tx, source) : undefined;
  // A revision that leaves out the milestones keeps the target's, as it keeps its policy, its source and
  // any other field left out: a team correcting a value must not lose the steps it did not resend.
  const record = {
    ...values,
    targetValue: String(values.targetValue),
    ...(milestones || !id
      ? {
          milestones: (milestones ?? []).map((m) => ({
            year: m.year,
            description: m.description,
            quote: m.quote ?? null,
          })),
        }
      : {}),
    ...(policyId ? { policyId } : {}),
    ...(newSourceId ? { sourceId: newSourceId } : {}),
    // Left out, a new target is exact and counts the whole indicator; a revision keeps its own.
    ...(qualifier || !id ? { qualifier: qualifier ?? 'EXACT' } : {}),
    ...(scopeProgramId !== undefined || !id ? { scopeProgramId: scopeProgramId ?? null } : {}),
    ...(scopeKinds !== undefined || !id
      ? { scopeKinds: scopeKinds?.length ? scopeKinds : null }
      : {}),
  };
  if (!id) {
    if (version != null)
      throw badInput([
        { path: 'version', message: 'a new target has no version: give input.id to revise one' },
      ]);
    const newId = `target-${randomUUID()}`;
    await tx.getRepository(TargetEntity).insert({ ...record, id: newId });
    return {
      entity: 'target',
      id: newId,
      before: null,
      after: (await tx.getRepository(TargetEntity).findOneBy({ id: newId }))!,
    };
  }
  if (version == null)
    throw badInput([{ path: 'version', message: 'revising a target needs the version you read' }]);
  const { before, after } = await updateRecord(
    tx,
    TargetEntity,
    `Target ${id}`,
    id,
    version,
    record,
    (merged) => assertRules(milestoneRules(merged), 'input'),
  );
  return { entity: 'target', id, before, after };
}

/** The source a policy's title is read on (`titleCitedIn`): one this registry holds. */
async function assertCitingSource(tx: EntityManager, id: string) {
  if (!(await tx.getRepository(SourceEntity).existsBy({ id })))
    throw badInput([
      {
        path: 'input.policy.titleCitedIn',
        message: `source ${id} is not known: titleCitedIn is a source of this registry, the page that prints the title`,
      },
    ]);
}

export async function withdrawTarget(
  tx: EntityManager,
  id: string,
  version: number,
  reason: unknown,
): Promise<Written<Target>> {
  const why = parseArgument(withdrawalReason, reason, 'reason');
  const { before, after } = await updateRecord(
    tx,
    TargetEntity,
    `Target ${id}`,
    id,
    version,
    { withdrawnAt: new Date(), withdrawalReason: why },
    (_, was) => {
      if (was.withdrawnAt)
        throw badInput([{ path: 'id', message: `target ${id} was already withdrawn` }]);
    },
  );
  return { entity: 'target', id, before, after };
}
