import type { EntityManager } from 'typeorm';
import { InstitutionEntity, type Institution } from '../entities/Institution.js';
import { recordName } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import { endPostsAtClosing } from './closing-posts.js';
import { withdrawalReason } from './field-schemas.js';
import { latestPeriodKept, restorePeriod } from './institution-history.js';
import { updateRecord } from './records.js';
import { badInput, parseArgument } from './validation.js';
import type { Written } from './write.js';

/**
 * Withdraws an institution's latest dated change or dated reopening (recorded in error), as
 * withdrawTransfer does a worker's latest move: the period before becomes the current one again,
 * as it was, and is kept no more, so every day's measures are as before the change. A reopening
 * withdrawn closes the institution again on its closing day, which ends the posts still running, as
 * a closing does, and is refused where a worker started there since. Only the latest: earlier ones
 * one at a time. The reason is required, as every withdrawal's, and kept in the audit.
 */
export async function withdrawInstitutionChange(
  tx: EntityManager,
  id: string,
  version: number,
  reason: unknown,
  region: Region,
): Promise<Written<Institution>> {
  const why = parseArgument(withdrawalReason, reason, 'reason');
  const kept = await latestPeriodKept(tx, id);
  const { before, after } = await updateRecord(
    tx,
    InstitutionEntity,
    recordName('Institution', region, id),
    id,
    version,
    kept?.restored ?? {},
    (_, was) => {
      if (!kept || was.currentSince == null)
        throw badInput([
          {
            path: 'id',
            message: `${recordName('institution', region, id)} has no dated change or reopening to withdraw`,
          },
        ]);
      if (kept.reopening && was.status === 'CLOSED')
        throw badInput([
          {
            path: 'id',
            message: `cannot withdraw its reopening while it is closed again (${was.closedOn}): withdraw that closing first (reopenInstitution without reopenedOn)`,
          },
        ]);
    },
  );
  if (kept!.reopening) await assertNoneStartedSince(tx, id, kept!.until, region);
  await restorePeriod(tx, id, kept!);
  const alongside = kept!.reopening ? await endPostsAtClosing(tx, id, kept!.until, region) : [];
  const audited: Institution & { withdrawalReason: string } = { ...after, withdrawalReason: why };
  return { entity: 'institution', id, before, after: audited, alongside };
}

/**
 * A reopening withdrawn closes the institution again on its closing day: refused, naming the
 * first, where a worker came there after that day (registered or moved there since the reopening).
 */
async function assertNoneStartedSince(
  tx: EntityManager,
  id: string,
  closedOn: string,
  region: Region,
): Promise<void> {
  // Those still there, and those who came and moved on since, from their post's first day.
  const [late] = await tx.query(
    `SELECT worker_id::text AS id, post_from::text AS day FROM social_worker_post
     WHERE institution_id = $1 AND post_from > $2 AND NOT post_from_inferred
     ORDER BY post_from, worker_id LIMIT 1`,
    [id, closedOn],
  );
  if (late)
    throw badInput([
      {
        path: 'id',
        message: `cannot withdraw its reopening: ${recordName('social worker', region, late.id)} started there on ${late.day}, after its closing (${closedOn}): move that worker, or correct its first day, first`,
      },
    ]);
}
