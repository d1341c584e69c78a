import type { QueryRunner } from 'typeorm';
import { fromSurrogate, untilSurrogate, type RollupOf } from '../measures/rollup-definitions.js';

/**
 * Rollups counted from more than one table (a view of their rows, as `social_worker_post` and
 * `institution_spell` are), kept by triggers on each table; see AddMeasureRollups for how a rollup
 * is kept in the transaction of every write.
 */

/** A table whose rows the rollup counts: its rows as the rollup's relation gives them (`select` over `alias`). */
export type RollupSource = {
  table: string;
  /** Names the source's trigger function and its triggers; sorts after `<table>_advances_write_generation`. */
  prefix: string;
} & (
  | { select: string; alias: string }
  /** The rows the rollup counts for a table of the source's rows changed (a trigger's transition table). */
  | { relation: (rows: string) => string }
);

/** The rows a source's changed rows (`rows`, a transition table) stand for in the rollup's relation. */
const relationOf = (source: RollupSource, rows: string) =>
  'relation' in source
    ? source.relation(rows)
    : `SELECT ${source.select} FROM ${rows} ${source.alias}`;

const keyNames = (of: RollupOf) => [...of.columns, ...of.fromDates, ...of.untilDates];
const keyOf = (of: RollupOf) => [
  ...of.columns,
  ...of.fromDates.map((d) => `${fromSurrogate(d)} AS ${d}`),
  ...of.untilDates.map((d) => `${untilSurrogate(d)} AS ${d}`),
];

/**
 * A rollup of `of.table`'s rows, kept by per-statement triggers on each source table as
 * AddMeasureRollups keeps its rollups (see there); a truncation of a source counts the rows again.
 */
export async function createRollup(db: QueryRunner, of: RollupOf, sources: RollupSource[]) {
  const { rollup } = of;
  const key = keyNames(of).join(', ');
  const combinations = (rows: string) =>
    `SELECT ${key}, count(*) AS records FROM (SELECT ${keyOf(of).join(', ')} FROM ${rows}) r GROUP BY ${key}`;
  await db.query(`CREATE TABLE ${rollup} AS ${combinations(of.table)}`);
  await db.query(
    `ALTER TABLE ${rollup} ALTER COLUMN records SET NOT NULL, ADD CONSTRAINT ${rollup}_key UNIQUE NULLS NOT DISTINCT (${key})`,
  );
  await db.query(`CREATE INDEX ${rollup}_empty_idx ON ${rollup} (records) WHERE records <= 0`);
  await db.query(`
    CREATE FUNCTION ${rollup}_clear() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      TRUNCATE ${rollup};
      INSERT INTO ${rollup} (${key}, records) ${combinations(of.table)};
      RETURN NULL;
    END $$`);
  const apply = (change: string) => `INSERT INTO ${rollup} AS r (${key}, records)
        SELECT ${key}, sum(records) FROM (${change}) change GROUP BY ${key} HAVING sum(records) <> 0
        ON CONFLICT ON CONSTRAINT ${rollup}_key DO UPDATE SET records = r.records + excluded.records`;
  for (const source of sources) {
    const { table, prefix } = source;
    const rows = (transition: string, sign: number) =>
      `SELECT ${keyOf(of).join(', ')}, ${sign} AS records FROM (${relationOf(source, transition)}) r`;
    await db.query(`
      CREATE FUNCTION ${prefix}_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${apply(rows('new_rows', 1))};
        ELSE
          IF TG_OP = 'DELETE' THEN
            ${apply(rows('old_rows', -1))};
          ELSE
            ${apply(`${rows('new_rows', 1)} UNION ALL ${rows('old_rows', -1)}`)};
          END IF;
          IF EXISTS (SELECT FROM ${rollup} WHERE records < 0) THEN
            RAISE EXCEPTION '${rollup} counts fewer than no records for a combination: rebuild it from ${of.table}';
          END IF;
          DELETE FROM ${rollup} WHERE records = 0;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER ${prefix}_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${prefix}_apply()`);
    await db.query(`CREATE TRIGGER ${prefix}_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${prefix}_apply()`);
    await db.query(`CREATE TRIGGER ${prefix}_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${prefix}_apply()`);
    await db.query(`CREATE TRIGGER ${prefix}_truncate AFTER TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION ${rollup}_clear()`);
  }
}

/** Drops a rollup, its triggers on its source tables and their functions. */
export async function dropRollup(
  db: QueryRunner,
  rollup: string,
  sources: Pick<RollupSource, 'table' | 'prefix'>[],
) {
  for (const { table, prefix } of sources) {
    for (const trigger of ['insert', 'update', 'delete', 'truncate'])
      await db.query(`DROP TRIGGER ${prefix}_${trigger} ON ${table}`);
    await db.query(`DROP FUNCTION ${prefix}_apply()`);
  }
  await db.query(`DROP FUNCTION ${rollup}_clear()`);
  await db.query(`DROP TABLE ${rollup}`);
}
