import type { DataSource } from 'typeorm';
import type { MeasureBase } from './dimensions.js';
import { today } from '../dates.js';
import { institutionSpellRollup, socialWorkerPieceRollup } from './rollup-definitions.js';

/**
 * The last year, to today, in which the registry recorded a change of each kind of record: one
 * began or stopped counting (a founding, a closing, social work taken up, a dated change or
 * reopening; a worker's first day, move or last day; a programme's start or end). A trend takes a
 * flat year up to it as evidence (trend.ts). Read from the rollups, whose dates keep their year: a
 * record that stops counting after its last day changes the year of the day after. Null for a kind
 * with no dated record.
 */
export async function lastChangeYears(db: DataSource): Promise<Record<MeasureBase, number | null>> {
  // The day after a last day is when the record stops counting; a rollup's surrogate of a last day
  // is its year's eve, whose next day is in the same year as the record's own. A day after today
  // (a programme planned to end next year, a closing set ahead) is no change yet.
  const lastOf = (table: string, from: readonly string[], until: readonly string[]) =>
    `(SELECT greatest(${[...from, ...until.map((date) => `${date} + 1`)]
      .map((date) => `max(extract(year FROM ${date})::int) FILTER (WHERE ${date} <= $1::date)`)
      .join(', ')}) FROM ${table})`;
  const institution = institutionSpellRollup;
  const worker = socialWorkerPieceRollup;
  const [row] = await db.query(
    `SELECT ${lastOf(institution.rollup, institution.fromDates, institution.untilDates)} AS institution,
      ${lastOf(worker.rollup, worker.fromDates, worker.untilDates)} AS worker,
      ${lastOf('program WHERE withdrawn_at IS NULL', ['runs_from'], ['runs_until'])} AS program`,
    [today()],
  );
  return row;
}
