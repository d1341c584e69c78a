import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FigureEntity, type Figure } from '../entities/Figure.js';
import { SourceEntity } from '../entities/Source.js';
import { badInput, catalogUnit, figureInput, figureRules, parseRecord } from './validation.js';
import type { Written } from './write.js';

/** The id of the figure's source: a known one, or one created from the input in the same transaction. */
async function sourceId(tx: EntityManager, source: { id?: string | null; title?: string; publisher?: string | null; publishedOn?: string | null; document?: string }) {
  if (source.id) {
    const known = await tx.getRepository(SourceEntity).existsBy({ id: source.id });
    if (!known) throw badInput([{ path: 'input.source.id', message: `source ${source.id} is not known; give title and document to add it` }]);
    return source.id;
  }
  const id = `source-${randomUUID()}`;
  await tx.getRepository(SourceEntity).insert({
    id,
    title: source.title!,
    document: source.document!,
    publisher: source.publisher ?? null,
    publishedOn: source.publishedOn ?? null,
    reprintedFrom: null,
    note: null,
  });
  return id;
}

/** A published figure is a fact about a document: recorded once, never edited (a correction is a new figure). */
export async function recordFigure(tx: EntityManager, input: unknown): Promise<Written<Figure>> {
  const { source, breakdown, ...values } = parseRecord(figureInput, input, 'input', figureRules);
  const id = `figure-${randomUUID()}`;
  await tx.getRepository(FigureEntity).insert({
    ...values,
    unit: catalogUnit(values.indicator),
    id,
    sourceId: await sourceId(tx, source),
    breakdownDimension: breakdown?.dimension ?? null,
    breakdownValue: breakdown?.value ?? null,
    provenance: 'REGISTERED',
  } as never);
  const after = (await tx.getRepository(FigureEntity).findOneBy({ id }))!;
  return { entity: 'figure', id, before: null, after };
}
