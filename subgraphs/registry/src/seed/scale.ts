import type { DataSource } from 'typeorm';
import type { Region } from '../../../regions.js';
import { readDemoPlan, type DemoPlan } from './demo-plan.js';
import { insertPlannedDemoPrograms } from './demo-programs.js';
import { insertDemoInstitutions, insertDemoWorkers } from './demo-rows.js';

/** Rows written per statement and transaction: small enough to show progress, large enough to stay fast. */
const SCALE_CHUNK = 50_000;
const prefix = 'scale-';

/**
 * The region's demo plan grown to `workers` social workers: every group keeps its share of workers,
 * certified workers and institutions, and programmes grow by the same factor. Only the total of
 * workers is exact; the rest is rounded.
 */
export function scalePlan(plan: DemoPlan, workers: number): DemoPlan {
  const planned = plan.groups.reduce((n, g) => n + (g.count ? g.workers : 0), 0);
  if (!planned) return { ...plan, groups: [], programs: 0 };
  const factor = workers / planned;
  let assigned = 0;
  const staffed = plan.groups.filter((g) => g.count && g.workers);
  const groups = plan.groups.map((group) => {
    if (!group.count) return group;
    const last = group === staffed.at(-1);
    const groupWorkers = !group.workers
      ? 0
      : last
        ? workers - assigned
        : Math.round(group.workers * factor);
    assigned += groupWorkers;
    return {
      ...group,
      count: Math.max(1, Math.round(group.count * factor)),
      workers: groupWorkers,
      certifiedWorkers: Math.round(groupWorkers * (group.certifiedWorkers / (group.workers || 1))),
      // Planned on no published figure: the scaled rows are spread evenly over the plan's years.
      timeline: undefined,
      workersTimeline: undefined,
      // Nor are they a programme's cohort, or in its named places.
      program: undefined,
      places: undefined,
    };
  });
  return { ...plan, groups, programs: Math.round(plan.programs * factor) };
}

export interface ScaleProgress {
  (step: { region: string; done: number; total: number }): void;
}

export interface ScaleResult {
  region: string;
  institutions: number;
  socialWorkers: number;
  programs: number;
}

/**
 * Adds a large demo registry beside the seeded one, under keys `scale-…`, generated in SQL. Runs
 * again without duplicating: rows whose keys exist are skipped, a chunk whose last row exists is
 * not even generated, so an interrupted run completes where it stopped.
 */
export async function seedScale(
  db: DataSource,
  region: Region,
  workers: number,
  progress: ScaleProgress = () => {},
): Promise<ScaleResult> {
  const base = readDemoPlan(region.slug);
  if (!base)
    throw new Error(
      `${region.slug} has no demo plan (subgraphs/${region.slug}/data/demo.json) to scale`,
    );
  const plan = scalePlan(base, workers);
  await db.transaction(async (tx) => {
    for (const group of plan.groups) await insertDemoInstitutions(tx, prefix, group, plan);
    await insertPlannedDemoPrograms(
      tx,
      prefix,
      { programs: plan.programs, plannedPrograms: [], groups: plan.groups },
      5000,
    );
  });
  let done = 0;
  progress({ region: region.slug, done, total: workers });
  for (const group of plan.groups) {
    for (let from = 1; from <= group.workers; from += SCALE_CHUNK) {
      const to = Math.min(from + SCALE_CHUNK - 1, group.workers);
      const [{ present }] = await db.query(
        `SELECT EXISTS (SELECT 1 FROM social_worker WHERE key = $1) AS present`,
        [`${prefix}${group.key}-w${to}`],
      );
      if (!present)
        await db.transaction((tx) =>
          insertDemoWorkers(tx, region, group, { prefix, from, to }, plan),
        );
      done += to - from + 1;
      progress({ region: region.slug, done, total: workers });
    }
  }
  // Fresh statistics, so that the planner sees the new size at once rather than after autovacuum.
  await db.query('ANALYZE institution, social_worker, program');
  const [counts] = await db.query(
    `SELECT (SELECT count(*) FROM institution WHERE key LIKE 'scale-%') AS institutions,
            (SELECT count(*) FROM social_worker WHERE key LIKE 'scale-%') AS workers,
            (SELECT count(*) FROM program WHERE key LIKE 'scale-%') AS programs`,
  );
  return {
    region: region.slug,
    institutions: Number(counts.institutions),
    socialWorkers: Number(counts.workers),
    programs: Number(counts.programs),
  };
}
