import type { EntityManager } from 'typeorm';
import { ProgramEntity } from '../entities/Program.js';
import { TargetEntity } from '../entities/Target.js';
import { PROGRAM_RECORDS, TARGET_KINDS, TARGET_RECORDS } from './published-rows.js';
import { ACTOR, audit } from './published-audit.js';

/**
 * The targets and programmes of the files, which a region's team owns once loaded: revised in place,
 * as `setTarget` and `updateProgram` revise one, while nobody but the files has changed them
 * (correct-published.ts). Apart from the figures (figure-corrections.ts), which are never edited.
 */

/** A column of a record the team owns, and the file's value for it as its relation gives it. */
interface Column {
  column: string;
  file: string;
}

/** Records a region's team owns once loaded, which the files revise until the team changes them. */
interface TeamRecords {
  entity: 'target' | 'program';
  /** The audit's action, as the mutation that revises one is named. */
  action: string;
  records: string;
  /** The column holding the file's id. */
  key: 'id' | 'key';
  columns: Column[];
  load(db: EntityManager, id: string): Promise<object>;
}

export const TARGETS: TeamRecords = {
  entity: 'target',
  action: 'setTarget',
  records: TARGET_RECORDS,
  key: 'id',
  columns: [
    { column: 'indicator', file: 'r.indicator' },
    { column: 'target_value', file: 'r."targetValue"' },
    { column: 'unit', file: 'r.unit' },
    { column: 'target_year', file: 'r."targetYear"' },
    { column: 'description', file: 'r.description' },
    { column: 'milestones', file: 'r.milestones' },
    { column: 'qualifier', file: 'r.qualifier' },
    { column: 'scope_program_id', file: 'scoped.id' },
    { column: 'scope_kinds', file: TARGET_KINDS },
    { column: 'source_id', file: 'r.source' },
    // A published target's policy is the article that reports it, as the loader sets it.
    { column: 'policy_id', file: 'r.source' },
    { column: 'quote', file: 'r.quote' },
  ],
  load: (db, id) => db.getRepository(TargetEntity).findOneByOrFail({ id }),
};

export const PROGRAMS: TeamRecords = {
  entity: 'program',
  action: 'updateProgram',
  records: PROGRAM_RECORDS,
  key: 'key',
  columns: [
    { column: 'name', file: 'r.name' },
    { column: 'name_en', file: 'r."nameEn"' },
    { column: 'kind', file: 'r.kind' },
    { column: 'role', file: 'r.role' },
    {
      column: 'service_fields',
      file: `ARRAY(SELECT jsonb_array_elements_text(r."serviceFields"))`,
    },
    {
      column: 'parent_id',
      file: '(SELECT parent.id FROM program parent WHERE parent.key = r.parent)',
    },
    { column: 'host_institution_id', file: 'host.id' },
    { column: 'year', file: 'r.year' },
    { column: 'batch', file: 'r.batch' },
    { column: 'funding_yuan', file: 'r."fundingYuan"' },
    { column: 'period_start', file: 'r."periodStart"' },
    { column: 'period_end', file: 'r."periodEnd"' },
    { column: 'individual_cases', file: 'r."individualCases"' },
    { column: 'group_sessions', file: 'r."groupSessions"' },
    { column: 'community_services', file: 'r."communityServices"' },
    { column: 'group_service_person_times', file: 'r."groupServicePersonTimes"' },
    { column: 'community_service_person_times', file: 'r."communityServicePersonTimes"' },
    { column: 'beneficiaries', file: 'r.beneficiaries' },
    { column: 'source_id', file: 'r.source' },
    { column: 'quote', file: 'r.quote' },
  ],
  load: (db, id) => db.getRepository(ProgramEntity).findOneByOrFail({ id }),
};

/**
 * Revises in place the records of a file that differ from it and that nobody but the files has
 * changed: a record the team revised, withdrew, closed or imported over has an audit record of theirs.
 */
export async function reviseUntouched(
  db: EntityManager,
  kind: TeamRecords,
  rows: { id: string }[],
): Promise<string[]> {
  if (!rows.length) return [];
  const differs = kind.columns
    .map(({ column, file }) => `s.${column} IS DISTINCT FROM ${file}`)
    .join(' OR ');
  const untouched: { id: string; fileId: string }[] = await db.query(
    `SELECT s.id::text AS id, r.id AS "fileId" FROM ${kind.records}
     JOIN ${kind.entity} s ON s.${kind.key} = r.id
     WHERE (${differs})
       AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.entity = $2 AND a.entity_id = s.id::text AND a.actor <> $3)
     ORDER BY r.id`,
    [JSON.stringify(rows), kind.entity, ACTOR],
  );
  const filed = new Map(rows.map((row) => [row.id, row]));
  for (const { id, fileId } of untouched) {
    const before = await kind.load(db, id);
    await db.query(
      `UPDATE ${kind.entity} s SET ${kind.columns.map(({ column, file }) => `${column} = ${file}`).join(', ')},
         version = s.version + 1, updated_at = now()
       FROM ${kind.records} WHERE s.id = $2`,
      [JSON.stringify([filed.get(fileId)]), id],
    );
    await audit(db, kind.action, kind.entity, id, before, await kind.load(db, id));
  }
  return untouched.map((record) => record.fileId);
}
