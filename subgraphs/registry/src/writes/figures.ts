import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FigureEntity, type Figure } from '../entities/Figure.js';
import { catalogUnit, regionRules } from './catalog-rules.js';
import { withdrawalReason } from './field-schemas.js';
import { figureInput, figureRules } from './figure-input.js';
import { sourceId } from './source-input.js';
import { badInput, parseArgument, parseRecord } from './validation.js';
import { notFound, type Written } from './write.js';
import { assertInRegistry } from './references.js';
import { decimal } from './records.js';
import type { Region } from '../../../regions.js';

/** A published figure is a fact about a document: recorded once, never edited (a correction is a new figure). */
export async function recordFigure(
  tx: EntityManager,
  input: unknown,
  region: Region,
): Promise<Written<Figure>> {
  const { source, breakdown, scopeProgramId, scopeInstitutionId, ...values } = parseRecord(
    figureInput,
    input,
    'input',
    (record) => [...figureRules(record), ...regionRules(region, record)],
  );
  await assertInRegistry(tx, region, [
    { path: 'input.scopeProgramId', table: 'program', id: scopeProgramId },
    { path: 'input.scopeInstitutionId', table: 'institution', id: scopeInstitutionId },
  ]);
  const id = `figure-${randomUUID()}`;
  await tx.getRepository(FigureEntity).insert({
    ...values,
    value: String(values.value),
    baselineValue: decimal(values.baselineValue),
    changePercent: decimal(values.changePercent),
    roundedTo: decimal(values.roundedTo),
    unit: catalogUnit(values.indicator),
    id,
    sourceId: await sourceId(tx, source),
    breakdownDimension: breakdown?.dimension ?? null,
    breakdownValue: breakdown?.value ?? null,
    qualifierWord: values.qualifierWord ?? null,
    scopeProgramId: scopeProgramId ?? null,
    scopeInstitutionId: scopeInstitutionId ?? null,
    provenance: 'REGISTERED',
  });
  const after = (await tx.getRepository(FigureEntity).findOneBy({ id }))!;
  return { entity: 'figure', id, before: null, after };
}

/** The figure, locked for this write; one already withdrawn cannot be withdrawn or corrected again. */
async function standingFigure(tx: EntityManager, id: string): Promise<Figure> {
  await tx.query(`SELECT 1 FROM figure WHERE id = $1 FOR UPDATE`, [id]);
  const figure = await tx.getRepository(FigureEntity).findOneBy({ id });
  if (!figure) throw notFound(`Figure ${id} is not in this registry.`);
  if (figure.withdrawnAt) {
    throw badInput([
      {
        path: 'id',
        message: `figure ${id} was already withdrawn${figure.correctedBy ? `, corrected by ${figure.correctedBy}` : ''}`,
      },
    ]);
  }
  return figure;
}

async function withdraw(
  tx: EntityManager,
  id: string,
  reason: string,
  correctedBy: string | null,
): Promise<Figure> {
  await tx.query(
    `UPDATE figure SET withdrawn_at = now(), withdrawal_reason = $2, corrected_by = $3 WHERE id = $1`,
    [id, reason, correctedBy],
  );
  return (await tx.getRepository(FigureEntity).findOneBy({ id }))!;
}

export async function withdrawFigure(
  tx: EntityManager,
  id: string,
  reason: unknown,
): Promise<Written<Figure>> {
  const why = parseArgument(withdrawalReason, reason, 'reason');
  const before = await standingFigure(tx, id);
  return { entity: 'figure', id, before, after: await withdraw(tx, id, why, null) };
}

/** The corrected figure is recorded and the old one withdrawn, pointing to it: the audit holds both. */
export async function correctFigure(
  tx: EntityManager,
  id: string,
  input: unknown,
  reason: unknown,
  region: Region,
): Promise<Written<Figure>> {
  const why = parseArgument(withdrawalReason, reason, 'reason');
  const before = await standingFigure(tx, id);
  const corrected = await recordFigure(tx, input, region);
  await withdraw(tx, id, why, corrected.id);
  return { ...corrected, before };
}
