import { ENDED_BY_MIGRATION } from '../ended-by-migration.js';
import type { EntityManager } from 'typeorm';
import { SocialWorkerEntity, type SocialWorker } from '../entities/SocialWorker.js';
import { recordName } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import { updateRecord } from './records.js';
import { badInput } from './validation.js';
import type { Written } from './write.js';

/**
 * A social worker works at an institution only while it is open: the measures count a worker of a
 * closed institution until the worker's own last day, so a closing ends the posts still running on
 * its day, and a reopening (which undoes the closing, as if it never happened) gives back the last
 * days the closing replaced.
 */

/** At most this many workers are named in a refusal; the rest are counted. */
const NAMED = 5;

/**
 * Ends, on the closing day, the posts of the institution's workers that run past it, or refuses
 * the closing where a worker's post starts after that day (moved there since, or a mistyped day).
 */
export async function endPostsAtClosing(
  tx: EntityManager,
  institutionId: string,
  closedOn: string,
  region: Region,
): Promise<Written<SocialWorker>[]> {
  const running: {
    id: string;
    version: number;
    started_on: string | null;
    started_on_inferred: boolean;
  }[] = await tx.query(
    // The first day at this institution: of its post, where the worker moved there (posted_on).
    `SELECT id, version, coalesce(posted_on, started_on)::text AS started_on,
       started_on_inferred AND posted_on IS NULL AS started_on_inferred FROM social_worker
     WHERE institution_id = $1 AND (ended_on IS NULL OR ended_on > $2) ORDER BY id FOR UPDATE`,
    [institutionId, closedOn],
  );
  // A start the registry inferred (the day it first knew of the worker) is no first day of work: a
  // worker whose last day is before it worked on that last day at least (InferUnknownStarts).
  const later = running.filter(
    (worker) =>
      worker.started_on != null && worker.started_on > closedOn && !worker.started_on_inferred,
  );
  if (later.length)
    throw badInput([
      {
        path: 'closedOn',
        message: `must not be before the first day of work of ${later
          .slice(0, NAMED)
          .map(
            (worker) => `${recordName('social worker', region, worker.id)} (${worker.started_on})`,
          )
          .join(
            ', ',
          )}${later.length > NAMED ? ` and ${later.length - NAMED} more` : ''} at this institution: move those workers, or correct their first day, first`,
      },
    ]);
  await assertNoPostLeftAfter(tx, institutionId, closedOn, region);
  return setLastDays(
    tx,
    running.map((worker) => ({ ...worker, endedOn: closedOn })),
    region,
  );
}

/**
 * A post a worker left (AddPostingHistory) ended before the move, which a closing does not undo:
 * the closing is refused before the last day of such a post there, as before a worker's first day.
 */
async function assertNoPostLeftAfter(
  tx: EntityManager,
  institutionId: string,
  closedOn: string,
  region: Region,
) {
  const later: { worker_id: string; posted_until: string }[] = await tx.query(
    // By the table's number (`p.worker_id`), not the text column of the answer: TJ-9 before TJ-10.
    `SELECT p.worker_id::text AS worker_id, max(p.posted_until)::text AS posted_until
     FROM social_worker_past_post p WHERE p.institution_id = $1 AND p.posted_until > $2
     GROUP BY p.worker_id ORDER BY p.worker_id`,
    [institutionId, closedOn],
  );
  if (!later.length) return;
  const named = later
    .slice(0, NAMED)
    .map((post) => `${recordName('social worker', region, post.worker_id)} (${post.posted_until})`);
  const more = later.length > NAMED ? ` and ${later.length - NAMED} more` : '';
  throw badInput([
    {
      path: 'closedOn',
      message: `must not be before the last day there of ${named.join(', ')}${more}, who worked at this institution before moving: a worker would count at the institution after its closing`,
    },
  ]);
}

/**
 * Gives back the last days the institution's latest closing replaced, for the workers still as that
 * closing left them (at the institution, ending on its day); a worker changed since keeps its change.
 * A closing made before closings ended posts replaced none itself: the migration that ended them
 * later did, and its last days are given back alike.
 */
export async function restorePostsAtReopening(
  tx: EntityManager,
  institutionId: string,
  closedOn: string,
  region: Region,
): Promise<Written<SocialWorker>[]> {
  const ended = [
    ...(await endedByClosing(tx, institutionId, closedOn)),
    ...(await endedByMigration(tx, institutionId, closedOn)),
  ];
  return setLastDays(
    tx,
    ended.map((worker) => ({ ...worker, endedOn: worker.ended_on })),
    region,
  );
}

type Ended = { id: string; version: number; ended_on: string | null };

/**
 * The workers whose posts the institution's latest closing ended, and their last days before. Both
 * lookups start from the institution's workers and find their audit rows by the audit's index of
 * records (entity, entity_id), never reading the whole audit, which holds a row per imported record.
 */
function endedByClosing(tx: EntityManager, institutionId: string, closedOn: string) {
  // The closing's audit rows share its transaction's time (`now()`), which ties them together.
  return tx.query(
    `SELECT w.id, w.version, a.before->>'endedOn' AS ended_on
       FROM social_worker w JOIN audit a ON a.entity = 'social_worker' AND a.entity_id = w.id::text
       WHERE a.action = 'closeInstitution'
         AND a.at = (SELECT max(at) FROM audit WHERE action = 'closeInstitution'
                     AND entity = 'institution' AND entity_id = $1::text)
         AND w.institution_id = $1::bigint AND w.ended_on = $2
       ORDER BY w.id FOR UPDATE OF w`,
    [institutionId, closedOn],
  ) as Promise<Ended[]>;
}

/**
 * The workers whose posts the migration ended at the institution's closing, unchanged since: the
 * version the migration gave them is still theirs (a closing, a reopening or the team would have
 * moved it on), and the institution was not reopened since (a reopening before reopenings gave
 * these back left them ended, which the team may since have meant). A row whose earlier last day
 * the registry never knew (a worker not audited before the migration) gives nothing back.
 */
function endedByMigration(tx: EntityManager, institutionId: string, closedOn: string) {
  return tx.query(
    `SELECT w.id, w.version, a.before->>'endedOn' AS ended_on
       FROM social_worker w JOIN audit a ON a.entity = 'social_worker' AND a.entity_id = w.id::text
       WHERE a.actor = $3 AND a.action = $4
         AND a.before ? 'endedOn' AND w.version = (a.after->>'version')::int
         AND w.institution_id = $1::bigint AND w.ended_on = $2
         AND NOT EXISTS (SELECT 1 FROM audit r WHERE r.action = 'reopenInstitution'
           AND r.entity = 'institution' AND r.entity_id = $1::text
           AND r.at > (a.after->>'updatedAt')::timestamptz)
       ORDER BY w.id FOR UPDATE OF w`,
    [institutionId, closedOn, ENDED_BY_MIGRATION.actor, ENDED_BY_MIGRATION.action],
  ) as Promise<Ended[]>;
}

/** Each worker's last day set, through its version as read, as one change each. */
async function setLastDays(
  tx: EntityManager,
  workers: { id: string; version: number; endedOn: string | null }[],
  region: Region,
): Promise<Written<SocialWorker>[]> {
  const written: Written<SocialWorker>[] = [];
  for (const worker of workers) {
    const { before, after } = await updateRecord(
      tx,
      SocialWorkerEntity,
      recordName('Social worker', region, worker.id),
      worker.id,
      worker.version,
      { endedOn: worker.endedOn },
    );
    written.push({ entity: 'social_worker', id: worker.id, before, after });
  }
  return written;
}
