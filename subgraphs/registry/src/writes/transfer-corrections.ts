import type { EntityManager } from 'typeorm';
import { SocialWorkerEntity, type SocialWorker } from '../entities/SocialWorker.js';
import { recordName } from '../global-ids.js';
import { isRecordId } from '../record-ids.js';
import type { Region } from '../../../regions.js';
import { closingDate, withdrawalReason } from './field-schemas.js';
import { updateRecord } from './records.js';
import { closingOfWorkplace } from './social-workers.js';
import { assertOpenOn } from './institution-history.js';
import { badInput, parseArgument } from './validation.js';
import { changedNothing, type Written } from './write.js';

/**
 * Corrections of a worker's latest move (transfers.ts), which a team otherwise could only undo in
 * SQL: withdrawn, as if it never happened, or dated another day. Only the latest: an earlier move is
 * hemmed in by the posts on both sides, and undoing moves one at a time keeps each step checked.
 */

/** The post a worker's latest move ended, and the closing of its institution, if closed. */
interface PostLeft {
  id: string;
  institutionId: string | null;
  from: string;
  firstPost: boolean;
  closedOn: string | null;
  /** The day after the closing: the latest a move out of the closed institution can be dated. */
  dayAfterClosing: string | null;
}

/**
 * The post the latest move ended, its institution locked FOR SHARE so that no closing lands between
 * this check and the commit. Read before the worker's row is locked, as transfers lock the
 * institutions first (a closing locks its institution, then its workers); the version the caller
 * gives, checked once the worker is locked, says that no move came in between, as every move, its
 * withdrawal and its redating advance it.
 */
async function latestPostLeft(tx: EntityManager, workerId: string): Promise<PostLeft | null> {
  if (!isRecordId(workerId)) return null;
  const [post] = await tx.query(
    `SELECT id::text, institution_id::text, posted_from::text, first_post
     FROM social_worker_past_post WHERE worker_id = $1 ORDER BY posted_from DESC LIMIT 1`,
    [workerId],
  );
  if (!post) return null;
  const [institution] = post.institution_id
    ? await tx.query(
        `SELECT closed_on::text, (closed_on + 1)::text AS day_after FROM institution
         WHERE id = $1 FOR SHARE`,
        [post.institution_id],
      )
    : [];
  return {
    id: post.id,
    institutionId: post.institution_id,
    from: post.posted_from,
    firstPost: post.first_post,
    closedOn: institution?.closed_on ?? null,
    dayAfterClosing: institution?.day_after ?? null,
  };
}

const neverMoved = (region: Region, id: string, what: string) =>
  badInput([
    {
      path: 'id',
      message: `${recordName('social worker', region, id)} has never moved: there is no transfer to ${what}`,
    },
  ]);

/**
 * Undoes the worker's latest move: the post it ended becomes the current post again (its
 * institution, and its first day as `postedOn`, none for the first post), and is no longer kept as
 * a post left. The worker's last day stays: it is the worker's, not the post's. Refused where the
 * post given back would run past its institution's closing: the worker would count there after it.
 * Refused too where the worker's last day is the closing day of the institution moved to: that
 * closing set it, for a post the withdrawal says never was, and would end the post given back on
 * it; only reopening that institution gives the last day before back (restorePostsAtReopening),
 * and only to workers still there. The reason is required, as every withdrawal's.
 */
export async function withdrawTransfer(
  tx: EntityManager,
  id: string,
  version: number,
  reason: unknown,
  region: Region,
): Promise<Written<SocialWorker>> {
  const why = parseArgument(withdrawalReason, reason, 'reason');
  const closing = await closingOfWorkplace(tx, id);
  const left = await latestPostLeft(tx, id);
  const { before, after } = await updateRecord(
    tx,
    SocialWorkerEntity,
    recordName('Social worker', region, id),
    id,
    version,
    left ? { institutionId: left.institutionId, postedOn: left.firstPost ? null : left.from } : {},
    (_, was) => {
      if (!left || was.postedOn == null) throw neverMoved(region, id, 'withdraw');
      if (left.closedOn != null && (was.endedOn == null || was.endedOn > left.closedOn))
        throw badInput([
          {
            path: 'id',
            message: `cannot be withdrawn: the post it gives back, at ${recordName('institution', region, left.institutionId!)}, would run past its closing (${left.closedOn}): reopen it first, or redate the move to on or before the closing and then give the worker's last day (endedOn) on or before it`,
          },
        ]);
      if (closing && was.endedOn === closing.closedOn)
        throw badInput([
          {
            path: 'id',
            message: `cannot be withdrawn: the worker's last day (endedOn) is the closing day of ${recordName('institution', region, closing.institutionId)} (${closing.closedOn}), set by that closing: reopen that institution first, which gives back the last day the worker had before`,
          },
        ]);
    },
  );
  // Written after the worker, whose write advanced the write generation, as a transfer writes its
  // post left: writers of the rollups queue on it (AddMeasureRollups).
  await tx.query(`DELETE FROM social_worker_past_post WHERE id = $1`, [left!.id]);
  // A worker has no column for it, where a withdrawn programme or target keeps its reason: it is
  // kept in the audit's record after the withdrawal, which the change feed shows.
  const audited = { ...after, withdrawalReason: why };
  return { entity: 'social_worker', id, before, after: audited };
}

/**
 * The institutions a redating locks before the worker, the one it is at and the one its latest move
 * left, and that move's post left. A caller that writes the worker before redating it in the same
 * transaction (the import's row) takes them first: the worker locked before them would reverse the
 * order of a closing or an update of the institution left (institution, then its workers' rows and
 * posts), and the two would deadlock.
 */
export async function lockForRedating(tx: EntityManager, id: string): Promise<PostLeft | null> {
  await closingOfWorkplace(tx, id);
  return latestPostLeft(tx, id);
}

/**
 * Dates the worker's latest move another day: the current post begins on `on`, the post it ended
 * ends the day before. Refused where either post would hold no day (on or before the first day of
 * the post left, after the worker's last day), in the future, or where the post left would run past
 * its institution's closing.
 */
export async function redateTransfer(
  tx: EntityManager,
  id: string,
  version: number,
  on: unknown,
  region: Region,
): Promise<Written<SocialWorker>> {
  const day = parseArgument(closingDate, on, 'on');
  const left = await lockForRedating(tx, id);
  const written = await updateRecord(
    tx,
    SocialWorkerEntity,
    recordName('Social worker', region, id),
    id,
    version,
    { postedOn: day },
    (_, was) => {
      if (!left || was.postedOn == null) throw neverMoved(region, id, 'redate');
      if (day <= left.from)
        throw badInput([
          {
            path: 'on',
            message: `must be after the first day of the post the move ends (${left.from}): that post would hold no day`,
          },
        ]);
      if (was.endedOn != null && day > was.endedOn)
        throw badInput([{ path: 'on', message: `must not be after endedOn (${was.endedOn})` }]);
      if (left.dayAfterClosing != null && day > left.dayAfterClosing)
        throw badInput([
          {
            path: 'on',
            message: `must not be after ${left.dayAfterClosing}: the post the move ends, at ${recordName('institution', region, left.institutionId!)}, would run past its closing (${left.closedOn})`,
          },
        ]);
    },
  );
  const result = { entity: 'social_worker' as const, id, ...written };
  if (changedNothing(result)) return result;
  await assertOpenOn(tx, written.after.institutionId, day, 'on', region);
  await tx.query(`UPDATE social_worker_past_post SET posted_until = $2::date - 1 WHERE id = $1`, [
    left!.id,
    day,
  ]);
  return result;
}
