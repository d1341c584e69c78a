import type { EntityManager } from 'typeorm';
import { SocialWorkerEntity, type SocialWorker } from '../entities/SocialWorker.js';
import { today } from '../dates.js';
import { recordName } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import { closingDate } from './field-schemas.js';
import { idArgument } from './ids.js';
import { updateRecord } from './records.js';
import { assertActiveInstitution, closingOfWorkplace } from './social-workers.js';
import { assertOpenOn } from './institution-history.js';
import { badInput, parseArgument } from './validation.js';
import type { Written } from './write.js';

/**
 * A move of a social worker to another institution, in post there from the day `on` (today where
 * none is given). The post left ends the day before, as a worker's `endedOn` is the last day it
 * counts, and is kept in `social_worker_past_post` in the same transaction; the worker's row holds the
 * new post from `posted_on`. So a measure of a day before `on` counts the worker where it was that day
 * (AddPostingHistory). An `on` on the current post's first day corrects that post's institution:
 * the post left would hold no day, and none is kept.
 */
export async function transferSocialWorker(
  tx: EntityManager,
  id: string,
  version: number,
  institutionId: unknown,
  on: unknown,
  region: Region,
): Promise<Written<SocialWorker>> {
  const target = idArgument(institutionId, 'institutionId');
  const day = parseArgument(closingDate, on ?? today(), 'on');
  await assertActiveInstitution(tx, target, 'institutionId', region);
  await assertOpenOn(tx, target, day, 'on', region);
  // The institution left, locked through the worker's row before the worker's, as updateSocialWorker
  // does: the post left refers to it, so a closing of it (which locks it, then its workers) and this
  // transfer would otherwise each hold the row the other waits for (40P01). Its closing, if any,
  // already ended the worker's post, which `endedOn` below refuses a transfer after.
  await closingOfWorkplace(tx, id);
  let keepsPast = false;
  const { before, after } = await updateRecord(
    tx,
    SocialWorkerEntity,
    recordName('Social worker', region, id),
    id,
    version,
    { institutionId: target },
    (_, was) => {
      if (was.institutionId === target)
        throw badInput([
          {
            path: 'institutionId',
            message: `${recordName('social worker', region, id)} is already at ${recordName('institution', region, target)}`,
          },
        ]);
      const started = was.postedOn ?? was.startedOn;
      // An inferred start is shown as no startedOn (resolvers/SocialWorker.ts): named as what it is.
      const startName = was.postedOn
        ? 'postedOn'
        : was.startedOnInferred
          ? 'the day the registry first knew of the worker'
          : 'startedOn';
      if (started != null && day < started)
        throw badInput([{ path: 'on', message: `must not be before ${startName} (${started})` }]);
      if (was.endedOn != null && day > was.endedOn)
        throw badInput([{ path: 'on', message: `must not be after endedOn (${was.endedOn})` }]);
      keepsPast = started != null && day > started;
    },
  );
  if (!keepsPast) return { entity: 'social_worker', id, before, after };
  // Written after the worker, whose write advanced the write generation: writers of the rollups
  // queue on it (AddMeasureRollups). The post's first day and copies are the trigger's to fill.
  await tx.query(
    `INSERT INTO social_worker_past_post (worker_id, institution_id, posted_from, posted_until, first_post)
     VALUES ($1, $2, $3::date, $4::date - 1, $5)`,
    [id, before.institutionId, before.postedOn ?? before.startedOn, day, before.postedOn == null],
  );
  await tx.query(`UPDATE social_worker SET posted_on = $2 WHERE id = $1`, [id, day]);
  return { entity: 'social_worker', id, before, after: { ...after, postedOn: day } };
}
