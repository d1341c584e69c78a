import type { EntityManager } from 'typeorm';
import { ProgramEntity } from '../entities/Program.js';
import type { Region } from '../../../regions.js';
import { ACTOR, audit } from './published-audit.js';
import type { WithdrawnProgram } from './published-schemas.js';
import { holdersOf, programmeNamed, referredBy, type Holders } from '../program-holders.js';

/**
 * The programmes the data files withdraw (`withdrawn-programs.json`), brought to a registry that
 * loaded them (correct-published.ts). Without this a programme the files drop stays counted where
 * it was once loaded, and the regions compare as read at different times (Beijing's second batch of
 * its resident project: 2 projects where a new registry counts 1).
 *
 * A withdrawn programme is kept, marked, and read nowhere, as a withdrawn target is, rather than
 * deleted. Measures as of a past day read today's records by their dates, not the registry as it
 * was that day: the files withdraw a reading the page never bore out, not a programme that ended
 * (its period says that), so the right answer at every date is the one a new registry gives, and a
 * marked programme is left out at every date (measures/dimensions.ts), as a withdrawn figure is
 * left out of every history. Deleted, it would give that answer too, but a withdrawn figure still
 * points to it (Beijing's figure of the second batch, corrected by the same start, keeps its
 * programme, as withdrawn figures keep everything they said), and the change feed, whose `after`
 * is the state a change left, could say only that it was, not that it was withdrawn and why.
 *
 * The files withdraw a programme as they revise one (team-records.ts): while nobody but them has
 * changed it, a withdrawal by the team included. Nor while a standing record refers to it
 * (program-holders.ts).
 */

/** A programme the files withdraw that the registry keeps, and what keeps it. */
export interface KeptProgram {
  /** The record's number in the registry. */
  id: string;
  /** Its id in the data files. */
  key: string;
  name: string;
  /** Whoever but the files changed it, as the audit names them. */
  editors: string[];
  holders: Holders[];
}

const programById = (db: EntityManager, id: string) =>
  db.getRepository(ProgramEntity).findOneByOrFail({ id });

/**
 * Withdraws the standing programmes the files withdraw that nobody but the files has changed and
 * nothing standing refers to, each with the files' reason and an audit row of its own; returns
 * them by their files' ids, and the others with what keeps them.
 */
export async function withdrawPrograms(
  db: EntityManager,
  withdrawnPrograms: WithdrawnProgram[],
): Promise<{ withdrawn: string[]; kept: KeptProgram[] }> {
  if (!withdrawnPrograms.length) return { withdrawn: [], kept: [] };
  // Locked before what holds them is read, as withdrawProgram locks its programme: a team's write
  // that refers to one or revises it (which reads it FOR SHARE, or locks it) either commits first
  // and is seen, or waits for this transaction and finds the programme withdrawn.
  await db.query(
    `SELECT id FROM program WHERE key = ANY($1) AND withdrawn_at IS NULL ORDER BY id FOR UPDATE`,
    [withdrawnPrograms.map((program) => program.id)],
  );
  const standing: (KeptProgram & { reason: string })[] = await db.query(
    `SELECT s.id::text AS id, s.key, s.name, w.reason,
       ARRAY(SELECT DISTINCT a.actor FROM audit a
         WHERE a.entity = 'program' AND a.entity_id = s.id::text AND a.actor <> $2 ORDER BY a.actor) AS editors,
       ${holdersOf('s.id')} AS holders
     FROM jsonb_to_recordset($1::jsonb) AS w(id text, reason text)
     JOIN program s ON s.key = w.id AND s.withdrawn_at IS NULL
     ORDER BY s.key`,
    [JSON.stringify(withdrawnPrograms), ACTOR],
  );
  const withdrawn: string[] = [];
  const kept: KeptProgram[] = [];
  for (const { reason, ...program } of standing) {
    if (program.editors.length || program.holders.length) {
      kept.push(program);
      continue;
    }
    const before = await programById(db, program.id);
    await db.query(
      `UPDATE program SET withdrawn_at = now(), withdrawal_reason = $2, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [program.id, reason],
    );
    await audit(
      db,
      'withdrawProgram',
      'program',
      program.id,
      before,
      await programById(db, program.id),
    );
    withdrawn.push(program.key);
  }
  return { withdrawn, kept };
}

function heldZh(program: KeptProgram, region: Region): string {
  return [
    ...(program.editors.length ? [`本地区已修改（${program.editors.join('、')}）`] : []),
    ...[referredBy(program.holders, region)?.zh ?? []].flat(),
  ].join('；');
}

function heldEn(program: KeptProgram, region: Region): string {
  return [
    ...(program.editors.length ? [`changed by ${program.editors.join(', ')}`] : []),
    ...[referredBy(program.holders, region)?.en ?? []].flat(),
  ].join('; ');
}

/**
 * The line a start logs while the files withdraw programmes the registry keeps: each by its id, its
 * files' id and its name, with what keeps it, so that the region's team can act. Chinese first.
 */
export function keptProgramsLine(kept: KeptProgram[], region: Region): string {
  const zh = kept.map((p) => `${programmeNamed(region, p).zh}：${heldZh(p, region)}`).join('；');
  const en = kept.map((p) => `${programmeNamed(region, p).en}: ${heldEn(p, region)}`).join('; ');
  return (
    `公开数据已撤回的 ${kept.length} 个项目仍保留在本登记库中并照常计入：${zh}。本地区修改过的项目归本地区所有，公开数据不再撤回；被引用的项目，待引用全部移除后，于下一次启动时撤回。` +
    `The published data withdraws ${kept.length} ${kept.length === 1 ? 'programme' : 'programmes'} this registry keeps and still counts: ${en}. A programme the region's team changed is the team's, and the files no longer withdraw it; one that records refer to is withdrawn at the first start after none does.`
  );
}
