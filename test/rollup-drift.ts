import type { DataSource } from 'typeorm';
import type { RollupOf } from '../subgraphs/registry/src/measures/rollup-definitions.js';

/** Combinations where a rollup and its table disagree, from either side; the surrogate dates written out. */
export async function rollupDrift(db: DataSource, of: RollupOf): Promise<unknown[]> {
  const dates = [
    ...of.fromDates.map((d) => `date_trunc('year', ${d})::date AS ${d}`),
    ...of.untilDates.map((d) => `(date_trunc('year', ${d} + 1) - interval '1 day')::date AS ${d}`),
  ];
  const key = [...of.columns, ...of.fromDates, ...of.untilDates].join(', ');
  const counted = `SELECT ${key}, count(*) AS records FROM (SELECT ${[...of.columns, ...dates].join(', ')} FROM ${of.table}) r GROUP BY ${key}`;
  const kept = `SELECT ${key}, records FROM ${of.rollup}`;
  return db.query(`(${kept} EXCEPT ${counted}) UNION ALL (${counted} EXCEPT ${kept})`);
}
