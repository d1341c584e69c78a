import type { EntityManager } from 'typeorm';
import { SocialWorkerEntity, type SocialWorker } from '../entities/SocialWorker.js';
import { given, insertRecord, updateRecord } from './records.js';
import { socialWorkerInput, socialWorkerRules } from './social-worker-input.js';
import { assertRules, badInput, parseArgument, parseRecord } from './validation.js';
import type { Written } from './write.js';
import { assertInRegistry } from './references.js';
import { recordName } from '../global-ids.js';
import { assertOpenOn } from './institution-history.js';
import { isRecordId } from '../record-ids.js';
import type { Region } from '../../../regions.js';

/** A worker belongs to an active institution of this region's registry, or to none. */
export async function assertActiveInstitution(
  tx: EntityManager,
  institutionId: string | null | undefined,
  path: string,
  region: Region,
) {
  const institution = () => recordName('institution', region, institutionId!);
  if (!institutionId) return;
  // FOR SHARE: the institution cannot be closed until this write commits.
  const [found] = await tx.query(`SELECT status FROM institution WHERE id = $1 FOR SHARE`, [
    institutionId,
  ]);
  if (!found)
    throw badInput([{ path, message: `${institution()} is not in this region's registry` }]);
  if (found.status !== 'ACTIVE') throw badInput([{ path, message: `${institution()} is closed` }]);
}

async function assertCertificateFree(
  tx: EntityManager,
  certificateNumber: string | null | undefined,
  except?: string,
) {
  if (!certificateNumber) return;
  const [holder] = await tx.query(
    `SELECT id FROM social_worker WHERE certificate_number = $1 AND id <> $2`,
    [certificateNumber, except ?? '0'],
  );
  if (holder)
    throw badInput([
      {
        path: 'input.certificateNumber',
        message: 'is already registered to another social worker',
      },
    ]);
}

/**
 * The closing of the institution a worker works at, if it is closed. Its row is locked, open or
 * closed, before the worker's: a closing in flight is waited for (its status read once committed),
 * and a closing, which locks the institution before its workers, never waits on this write's lock
 * of a worker while this write waits on it.
 */
export async function closingOfWorkplace(
  tx: EntityManager,
  workerId: string,
): Promise<{ institutionId: string; closedOn: string } | null> {
  if (!isRecordId(workerId)) return null;
  const [workplace] = await tx.query(
    `SELECT i.id, i.status, i.closed_on::text FROM social_worker w JOIN institution i ON i.id = w.institution_id
     WHERE w.id = $1 FOR SHARE OF i`,
    [workerId],
  );
  return workplace?.status === 'CLOSED'
    ? { institutionId: workplace.id, closedOn: workplace.closed_on }
    : null;
}

/**
 * A worker of a closed institution worked there no later than its closing day (closeInstitution
 * ended the post on it): its first and last days stay on or before that day.
 */
function assertWithinClosing(
  worker: SocialWorker,
  closing: { institutionId: string; closedOn: string },
  region: Region,
) {
  const closed = `the closing of ${recordName('institution', region, closing.institutionId)} (${closing.closedOn})`;
  if (worker.institutionId !== closing.institutionId) return;
  const problems = [
    ...(worker.endedOn == null || worker.endedOn > closing.closedOn
      ? [{ path: 'input.endedOn', message: `must be given, and not after ${closed}` }]
      : []),
    ...(worker.startedOn != null && worker.startedOn > closing.closedOn
      ? [{ path: 'input.startedOn', message: `must not be after ${closed}` }]
      : []),
  ];
  if (problems.length) throw badInput(problems);
}

/** A moved worker's first post (AddPostingHistory): its institution and last day; null for one never moved. */
async function firstPost(
  tx: EntityManager,
  workerId: string,
): Promise<{ institutionId: string; until: string } | null> {
  if (!isRecordId(workerId)) return null;
  const [first] = await tx.query(
    `SELECT institution_id::text AS "institutionId", posted_until::text AS until
     FROM social_worker_past_post WHERE worker_id = $1 AND first_post`,
    [workerId],
  );
  return first ?? null;
}

/**
 * A moved worker's dates keep its posts: the first day of work within the first post (before the
 * first transfer), the last day within the current one (not before its first day).
 */
function assertWithinPosts(
  changes: Partial<SocialWorker>,
  merged: SocialWorker,
  firstPostUntil: string | null,
) {
  const problems = [
    ...(changes.startedOn === null && firstPostUntil != null
      ? [
          {
            path: 'input.startedOn',
            message: 'must be given for a worker who has moved: its first post starts on it',
          },
        ]
      : []),
    ...(changes.startedOn != null && firstPostUntil != null && changes.startedOn > firstPostUntil
      ? [
          {
            path: 'input.startedOn',
            message: `must not be after firstPostUntil (${firstPostUntil})`,
          },
        ]
      : []),
    ...(changes.endedOn != null && merged.postedOn != null && changes.endedOn < merged.postedOn
      ? [{ path: 'input.endedOn', message: `must not be before postedOn (${merged.postedOn})` }]
      : []),
  ];
  if (problems.length) throw badInput(problems);
}

/**
 * The date of a certificate no longer held means nothing: an update to NONE clears it, unless it
 * gives one, which the rules then refuse. One that raises the level keeps it, the day of the first.
 */
const withoutCertificateDate = <T extends { certificateLevel?: string; certifiedSince?: unknown }>(
  changes: T,
): T =>
  changes.certificateLevel === 'NONE' && changes.certifiedSince === undefined
    ? { ...changes, certifiedSince: null }
    : changes;

export async function registerSocialWorker(
  tx: EntityManager,
  input: unknown,
  region: Region,
): Promise<Written<SocialWorker>> {
  const values = parseRecord(socialWorkerInput, input, 'input', socialWorkerRules);
  await assertActiveInstitution(tx, values.institutionId, 'input.institutionId', region);
  await assertOpenOn(tx, values.institutionId, values.startedOn, 'input.startedOn', region);
  await assertInRegistry(tx, region, [
    { path: 'input.programId', table: 'program', id: values.programId },
  ]);
  await assertCertificateFree(tx, values.certificateNumber);
  const after = await insertRecord(tx, SocialWorkerEntity, {
    ...values,
    serviceFields: values.serviceFields ?? [],
    provenance: 'REGISTERED',
  });
  return { entity: 'social_worker', id: after.id, before: null, after };
}

export async function updateSocialWorker(
  tx: EntityManager,
  id: string,
  version: number,
  input: unknown,
  region: Region,
): Promise<Written<SocialWorker>> {
  const changes = withoutCertificateDate(
    given(parseArgument(socialWorkerInput.partial(), input, 'input')),
  );
  await assertActiveInstitution(tx, changes.institutionId, 'input.institutionId', region);
  await assertInRegistry(tx, region, [
    { path: 'input.programId', table: 'program', id: changes.programId },
  ]);
  const closing = await closingOfWorkplace(tx, id);
  const first = await firstPost(tx, id);
  const firstPostUntil = first?.until ?? null;
  await assertCertificateFree(tx, changes.certificateNumber, id);
  const { before, after } = await updateRecord(
    tx,
    SocialWorkerEntity,
    recordName('Social worker', region, id),
    id,
    version,
    changes as Partial<SocialWorker>,
    // A start the registry inferred is no start to check a last day against.
    (merged) => {
      assertRules(
        socialWorkerRules(
          merged.startedOnInferred && changes.startedOn === undefined
            ? { ...merged, startedOn: null }
            : merged,
          // A certified worker registered without a number before it was required keeps its
          // other fields correctable; a change of its certificate must give the number.
          {
            numberRequired:
              changes.certificateLevel !== undefined || changes.certificateNumber !== undefined,
          },
        ),
        'input',
      );
      // Judged where the dates change: a worker's other fields can be corrected whatever its dates.
      if (closing && (changes.startedOn !== undefined || changes.endedOn !== undefined))
        assertWithinClosing(merged, closing, region);
      assertWithinPosts(changes, merged, firstPostUntil);
    },
  );
  // The current post's first day, where this changes it or its institution, is not in a spell the
  // institution was closed; nor is a moved worker's start, the first day of its first post, at that
  // post's institution.
  const start = after.startedOnInferred ? null : after.startedOn;
  const firstDayChanged = changes.startedOn !== undefined && after.postedOn == null;
  if (changes.institutionId !== undefined || firstDayChanged)
    await assertOpenOn(
      tx,
      after.institutionId,
      after.postedOn ?? start,
      firstDayChanged ? 'input.startedOn' : 'input.institutionId',
      region,
    );
  if (changes.startedOn !== undefined && first)
    await assertOpenOn(tx, first.institutionId, start, 'input.startedOn', region);
  return { entity: 'social_worker', id, before, after };
}
