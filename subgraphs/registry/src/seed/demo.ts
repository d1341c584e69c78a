import type { DataSource } from 'typeorm';
import type { Region } from '../../../regions.js';
import { readDemoPlan } from './demo-plan.js';
import { insertPlannedDemoPrograms } from './demo-programs.js';
import { insertDemoInstitutions, insertDemoWorkers } from './demo-rows.js';

/**
 * A region's demo registry, described in `subgraphs/<slug>/data/demo.json` as groups of institutions
 * with the social workers they employ (demo-plan.ts). Rows are generated in SQL (generate_series) with a
 * deterministic mix function instead of a random generator, so that every run on every machine
 * produces the same registry, and a million rows never pass through JavaScript.
 */

/** Generates the region's demo registry once: a registry that already has demo rows is left alone. */
export async function loadDemoRegistry(
  dataSource: DataSource,
  region: Region,
  plan = readDemoPlan(region.slug),
): Promise<boolean> {
  if (!plan) return false;
  return dataSource.transaction(async (db) => {
    const [{ present }] = await db.query(
      `SELECT EXISTS (SELECT 1 FROM institution WHERE provenance = 'DEMO') AS present`,
    );
    if (present) return false;
    const named = [
      ...plan.groups.flatMap((g) => (g.program ? [g.program] : [])),
      ...plan.plannedPrograms.flatMap((p) => (p.parent ? [p.parent] : [])),
      ...(plan.programParent ? [plan.programParent] : []),
    ];
    const [{ missing }] = await db.query(
      // A programme the published data withdrew is not one to place demo records in.
      `SELECT array(SELECT unnest($1::text[]) EXCEPT SELECT key FROM program WHERE withdrawn_at IS NULL) AS missing`,
      [named],
    );
    if (missing.length)
      throw new Error(
        `subgraphs/${region.slug}/data/demo.json names programmes not in the registry: ${missing.join(', ')}`,
      );
    const prefix = 'demo-';
    for (const group of plan.groups) await insertDemoInstitutions(db, prefix, group, plan);
    for (const group of plan.groups)
      await insertDemoWorkers(db, region, group, { prefix, from: 1, to: group.workers }, plan);
    await insertPlannedDemoPrograms(db, prefix, plan);
    return true;
  });
}
