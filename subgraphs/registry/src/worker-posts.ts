import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SocialWorker } from './entities/SocialWorker.js';

/** A social worker's post at one institution, as `SocialWorker.posts` gives it. */
export interface WorkerPost {
  institutionId: string | null;
  /** Null where it is the worker's first day of work and that is not known. */
  from: string | null;
  until: string | null;
  current: boolean;
}

/**
 * The posts each worker left (social_worker_past_post, AddPostingHistory), oldest first, for all the
 * workers of a request in one statement.
 */
export function pastPostsOf(db: DataSource) {
  return new DataLoader<string, WorkerPost[]>(async (workerIds) => {
    const rows: {
      worker_id: string;
      institution_id: string | null;
      posted_from: string;
      posted_until: string;
      undated: boolean;
    }[] = await db.query(
      `SELECT worker_id::text, institution_id::text, posted_from::text, posted_until::text,
         first_post AND started_on_inferred AS undated
       FROM social_worker_past_post WHERE worker_id = ANY($1::bigint[]) ORDER BY worker_id, posted_from`,
      [[...workerIds]],
    );
    const grouped = new Map<string, WorkerPost[]>(workerIds.map((id) => [id, []]));
    for (const row of rows)
      grouped.get(row.worker_id)?.push({
        institutionId: row.institution_id,
        from: row.undated ? null : row.posted_from,
        until: row.posted_until,
        current: false,
      });
    return workerIds.map((id) => grouped.get(id)!);
  });
}

/** The posts a worker left, then its current one. */
export async function postsOf(
  worker: SocialWorker,
  pastPosts: DataLoader<string, WorkerPost[]>,
): Promise<WorkerPost[]> {
  const current: WorkerPost = {
    institutionId: worker.institutionId,
    from: worker.postedOn ?? (worker.startedOnInferred ? null : worker.startedOn),
    until: worker.endedOn,
    current: true,
  };
  return [...(await pastPosts.load(String(worker.id))), current];
}
