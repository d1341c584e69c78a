import type { EntityManager } from 'typeorm';
import { FigureEntity } from '../entities/Figure.js';
import type { PublishedFigure, WithdrawnFigure } from './published-schemas.js';
import { FIGURE_RECORDS, INSERT_FIGURES } from './published-rows.js';
import { audit } from './published-audit.js';
import { figureFieldNames } from '../field-labels.js';

/**
 * The figures' part of the corrections (correct-published.ts): which of a figure's fields are its
 * facts, corrected as a new figure, and which its annotations, set in place; and the figures the
 * files withdraw. Apart from the targets and programmes (team-records.ts), which are revised in
 * place while their team has not changed them.
 */

interface Field {
  /** The field, named in Chinese in a correction's reason by figureFieldNames. */
  name: string;
  /** The stored column, and the file's value as `r` and `scoped` give it (published-rows.ts). */
  stored: string;
  file: string;
}

/** What a figure says: a change to one of these is a correction, recorded as a new figure. */
const FACTS: Field[] = [
  { name: 'indicator', stored: 's.indicator', file: 'r.indicator' },
  { name: 'value', stored: 's.value', file: 'r.value' },
  { name: 'unit', stored: 's.unit', file: 'r.unit' },
  { name: 'asOf', stored: 's.as_of', file: 'r."asOf"' },
  { name: 'periodStart', stored: 's.period_start', file: 'r."periodStart"' },
  { name: 'qualifier', stored: 's.qualifier', file: 'r.qualifier' },
  {
    name: 'qualifierWord',
    stored: 's.qualifier_word',
    file: 'r."qualifierWord"',
  },
  { name: 'kind', stored: 's.kind', file: 'r.kind' },
  { name: 'scopeProgram', stored: 's.scope_program_id', file: 'scoped.id' },
  { name: 'scopeInstitution', stored: 's.scope_institution_id', file: 'body.id' },
  { name: 'baselineValue', stored: 's.baseline_value', file: 'r."baselineValue"' },
  { name: 'baselineYear', stored: 's.baseline_year', file: 'r."baselineYear"' },
  {
    name: 'changePercent',
    stored: 's.change_percent',
    file: 'r."changePercent"',
  },
  {
    name: 'breakdown',
    stored: '(s.breakdown_dimension, s.breakdown_value)',
    file: `(r.breakdown->>'dimension', r.breakdown->>'value')`,
  },
  { name: 'source', stored: 's.source_id', file: 'r.source' },
  { name: 'quote', stored: 's.quote', file: 'r.quote' },
];

/** What the reading says of a figure: set in place. */
const ANNOTATIONS: Field[] = [
  { name: 'scope', stored: 's.scope', file: 'r.scope' },
  { name: 'note', stored: 's.note', file: 'r.note' },
  { name: 'roundedTo', stored: 's.rounded_to', file: 'r."roundedTo"' },
  { name: 'asOfInferred', stored: 's.as_of_inferred', file: 'r."asOfInferred"' },
  {
    name: 'periodStartInferred',
    stored: 's.period_start_inferred',
    file: 'r."periodStartInferred"',
  },
  {
    name: 'baselineYearInferred',
    stored: 's.baseline_year_inferred',
    file: 'r."baselineYearInferred"',
  },
];

const differing = (fields: Field[]) =>
  `array_remove(ARRAY[${fields
    .map((f) => `CASE WHEN ${f.stored} IS DISTINCT FROM ${f.file} THEN '${f.name}' END`)
    .join(', ')}], NULL)`;

/** The id a figure's versions share: the data file's. */
const BASE_ID = (column: string) => `split_part(${column}, '~', 1)`;

interface Difference {
  id: string;
  base: string;
  versions: number;
  facts: string[];
  annotations: string[];
}

/** Why a figure was corrected, in both languages, naming what changed. */
export const correctionReason = (fields: string[]) =>
  `公开数据据原文重新核读，更正了${fields.map((f) => figureFieldNames[f] ?? f).join('、')}。` +
  `The published data, read again against its source, corrects: ${fields.join(', ')}.`;

const figureById = (db: EntityManager, id: string) =>
  db.getRepository(FigureEntity).findOneByOrFail({ id });

/**
 * Corrects the figures whose facts the files change (a new figure, the standing one withdrawn and
 * pointing to it), and sets in place the annotations the files change.
 */
export async function correctFigures(
  db: EntityManager,
  figures: PublishedFigure[],
): Promise<{ figures: string[]; annotated: string[] }> {
  const corrections = { figures: [] as string[], annotated: [] as string[] };
  const differences: Difference[] = figures.length
    ? await db.query(
        `SELECT * FROM (
           SELECT s.id, r.id AS base,
             (SELECT count(*)::int FROM figure v WHERE ${BASE_ID('v.id')} = r.id) AS versions,
             ${differing(FACTS)} AS facts, ${differing(ANNOTATIONS)} AS annotations
           FROM ${FIGURE_RECORDS}
           JOIN figure s ON ${BASE_ID('s.id')} = r.id AND s.withdrawn_at IS NULL AND s.provenance = 'PUBLISHED'
         ) d WHERE cardinality(facts) > 0 OR cardinality(annotations) > 0 ORDER BY id`,
        [JSON.stringify(figures)],
      )
    : [];
  const filed = new Map(figures.map((f) => [f.id, f]));
  for (const difference of differences) {
    const before = await figureById(db, difference.id);
    if (difference.facts.length) {
      const newId = `${difference.base}~${difference.versions + 1}`;
      const inserted: unknown[] = await db.query(INSERT_FIGURES, [
        JSON.stringify([{ ...filed.get(difference.base)!, id: newId }]),
      ]);
      // The old figure must point to a figure this start wrote, never to one already there.
      if (inserted.length !== 1) throw new Error(`${newId} is already in the registry`);
      await db.query(
        `UPDATE figure SET withdrawn_at = now(), withdrawal_reason = $2, corrected_by = $3 WHERE id = $1`,
        [difference.id, correctionReason(difference.facts), newId],
      );
      await audit(db, 'correctFigure', 'figure', newId, before, await figureById(db, newId));
      corrections.figures.push(difference.id);
    } else {
      await db.query(
        `UPDATE figure s SET scope = r.scope, note = r.note, rounded_to = r."roundedTo", as_of_inferred = r."asOfInferred",
           period_start_inferred = r."periodStartInferred", baseline_year_inferred = r."baselineYearInferred"
         FROM ${FIGURE_RECORDS} WHERE s.id = $2`,
        [JSON.stringify([filed.get(difference.base)]), difference.id],
      );
      await audit(
        db,
        'annotateFigure',
        'figure',
        difference.id,
        before,
        await figureById(db, difference.id),
      );
      corrections.annotated.push(difference.id);
    }
  }
  return corrections;
}

/** Withdraws the standing figures the files withdraw, with the files' reason. */
export async function withdrawFigures(
  db: EntityManager,
  withdrawnFigures: WithdrawnFigure[],
): Promise<string[]> {
  if (!withdrawnFigures.length) return [];
  const standing: { id: string; reason: string }[] = await db.query(
    `SELECT s.id, w.reason FROM jsonb_to_recordset($1::jsonb) AS w(id text, reason text)
       JOIN figure s ON ${BASE_ID('s.id')} = w.id AND s.withdrawn_at IS NULL AND s.provenance = 'PUBLISHED'
       ORDER BY s.id`,
    [JSON.stringify(withdrawnFigures)],
  );
  for (const { id, reason } of standing) {
    const before = await figureById(db, id);
    await db.query(`UPDATE figure SET withdrawn_at = now(), withdrawal_reason = $2 WHERE id = $1`, [
      id,
      reason,
    ]);
    await audit(db, 'withdrawFigure', 'figure', id, before, await figureById(db, id));
  }
  return standing.map(({ id }) => id);
}
