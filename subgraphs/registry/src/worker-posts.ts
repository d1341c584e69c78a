import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** A social worker's post at one institution, as `SocialWorker.posts` gives it. */
export interface WorkerPost {
  institutionId: string | null;
  /** Null where it is the worker's first day of work and that is not known. */
  from: string | null;
  until: string | null;
  current: boolean;
}

/**
 * Each worker's posts, oldest first, the current one last: the rows of `social_worker_post`
 * (AddPostingHistory), which says whether a post's first day is an inferred start, as measures read
 * them; for all the workers of a request in one statement.
 */
export function postsOf(db: DataSource) {
  return new DataLoader<string, WorkerPost[]>(async (workerIds) => {
    const rows: {
      worker_id: string;
      institution_id: string | null;
      post_from: string | null;
      post_until: string | null;
      undated: boolean;
    }[] = await db.query(
      `SELECT worker_id::text, institution_id::text, post_from::text, post_until::text,
         post_from_inferred AS undated
       FROM social_worker_post WHERE worker_id = ANY($1::bigint[]) ORDER BY worker_id, post_from`,
      [[...workerIds]],
    );
    const grouped = new Map<string, WorkerPost[]>(workerIds.map((id) => [id, []]));
    for (const row of rows)
      grouped.get(row.worker_id)?.push({
        institutionId: row.institution_id,
        from: row.undated ? null : row.post_from,
        until: row.post_until,
        current: false,
      });
    return workerIds.map((id) => {
      const posts = grouped.get(id)!;
      // Posts follow each other without a gap: the one that began last is the worker's row's own.
      if (posts.length) posts[posts.length - 1]!.current = true;
      return posts;
    });
  });
}
