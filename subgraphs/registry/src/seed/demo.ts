import { existsSync, readFileSync } from 'node:fs';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Region } from '../../../regions.js';
import { enumValues } from '../enums.js';
import { subgraphsFolder } from './published-data.js';

/**
 * A region's demo registry, described in `subgraphs/<slug>/data/demo.json` as groups of institutions
 * with the social workers they employ. Rows are generated in SQL (generate_series) with a
 * deterministic mix function instead of a random generator, so that every run on every machine
 * produces the same registry, and a million rows never pass through JavaScript.
 */

const groupSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  labelZh: z.string(),
  labelEn: z.string(),
  kind: z.enum(enumValues('InstitutionKind')),
  grade: z.enum(enumValues('HospitalGrade')).nullable(),
  socialWorkSetup: z.enum(enumValues('SocialWorkSetup')).nullable(),
  count: z.number().int().min(0),
  workers: z.number().int().min(0),
  certifiedWorkers: z.number().int().min(0),
  employment: z.enum(enumValues('Employment')).nullable(),
  serviceFields: z.array(z.enum(enumValues('ServiceField'))),
  basis: z.string(),
});

/** Programmes of one kind and year in the number a document gives, among the demo programmes. */
const plannedProgramsSchema = z.object({
  kind: z.enum(enumValues('ProgramKind')),
  year: z.number().int(),
  count: z.number().int().min(0),
  basis: z.string(),
});

export const demoPlanSchema = z.object({
  note: z.string(),
  places: z.array(z.object({ city: z.string(), county: z.string().nullable() })).min(1),
  groups: z.array(groupSchema.refine((g) => g.certifiedWorkers <= g.workers, 'certifiedWorkers exceeds workers')),
  /** Programmes of mixed kinds and years, none of a planned kind. */
  programs: z.number().int().min(0),
  plannedPrograms: z.array(plannedProgramsSchema).default([]),
});

export type DemoPlan = z.infer<typeof demoPlanSchema>;
export type DemoGroup = z.infer<typeof groupSchema>;

export function readDemoPlan(slug: string): DemoPlan | null {
  const url = new URL(`${slug}/data/demo.json`, subgraphsFolder);
  return existsSync(url) ? demoPlanSchema.parse(JSON.parse(readFileSync(url, 'utf8'))) : null;
}

/** Knuth's multiplicative hash: a fixed, evenly spread pseudo-random number per row. */
const mix = (column: string, salt: number) => `((${column}::bigint * 2654435761 + ${salt}) % 4294967296)`;

export async function insertDemoInstitutions(db: EntityManager, prefix: string, group: DemoGroup, places: DemoPlan['places']) {
  await db.query(
    `INSERT INTO institution (key, name, name_en, kind, grade, city, county, social_work_setup, social_work_since,
       service_fields, provenance)
     SELECT $1 || g, '演示' || $2 || lpad(g::text, 5, '0'), 'Demo ' || $3 || ' ' || g, $4, $5,
       place->>'city', place->>'county', $6,
       CASE WHEN $6 IN ('DEPARTMENT', 'POSTS') THEN (2012 + ${mix('g', 7)} % 12)::text END,
       ARRAY(SELECT jsonb_array_elements_text($7::jsonb)), 'DEMO'
     FROM generate_series(1, $8::int) AS g,
       LATERAL (SELECT $9::jsonb -> ((g - 1) % jsonb_array_length($9::jsonb))::int AS place) p
     ON CONFLICT (key) DO NOTHING`,
    [`${prefix}${group.key}-`, group.labelZh, group.labelEn, group.kind, group.grade, group.socialWorkSetup,
      JSON.stringify(group.serviceFields), group.count, JSON.stringify(places)],
  );
}

/** Which of a group's generated rows to write: keys and numbers start with `prefix`, rows `from`..`to` of the group. */
export interface GeneratedRows {
  prefix: string;
  from: number;
  to: number;
}

/** Workers are spread round-robin over the group's institutions, the first `certifiedWorkers` certified. */
export async function insertDemoWorkers(db: EntityManager, region: Region, group: DemoGroup, rows: GeneratedRows) {
  if (!group.workers || !group.count || rows.from > rows.to) return;
  await db.query(
    `INSERT INTO social_worker (key, name, certificate_level, certificate_number, institution_id, employment,
       recruitment_source, service_fields, supervisor_rank, started_on, provenance)
     SELECT $1 || w, '演示社工' || $2 || '-' || lpad(w::text, 7, '0'),
       CASE WHEN w <= $3 THEN (ARRAY['ASSISTANT','ASSISTANT','INTERMEDIATE','INTERMEDIATE','INTERMEDIATE','SENIOR'])[1 + ${mix('w', 3)} % 6]
            ELSE 'NONE' END,
       CASE WHEN w <= $3 THEN upper($9) || $2 || lpad(w::text, 9, '0') END,
       i.id,
       COALESCE($4, (ARRAY['FULL_TIME','FULL_TIME','FULL_TIME','PART_TIME','DISPATCHED'])[1 + ${mix('w', 11)} % 5]),
       (ARRAY['RECRUITMENT','RECRUITMENT','INTERNAL_TRANSFER','PURCHASED_SERVICE'])[1 + ${mix('w', 13)} % 4],
       CASE WHEN jsonb_array_length($5::jsonb) = 0 THEN '{}'::text[]
            ELSE ARRAY[$5::jsonb ->> (${mix('w', 17)} % jsonb_array_length($5::jsonb))::int] END,
       CASE WHEN w <= $3 AND ${mix('w', 19)} % 40 = 0 THEN 'SUPERVISOR' END,
       DATE '2013-01-01' + (${mix('w', 23)} % 4000)::int,
       'DEMO'
     FROM generate_series($10::int, $6::int) AS w
     JOIN institution i ON i.key = $7 || (1 + (w - 1) % $8)
     ON CONFLICT (key) DO NOTHING`,
    [`${rows.prefix}${group.key}-w`, `${region.code}${group.key.toUpperCase()}`, group.certifiedWorkers, group.employment,
      JSON.stringify(group.serviceFields), rows.to, `${rows.prefix}${group.key}-`, group.count, rows.prefix.replace(/-$/, ''), rows.from],
  );
}

const mixedProgramKinds = ['DEMONSTRATION', 'CULTIVATION', 'RESIDENT_WORKER', 'GOVERNMENT_PURCHASED_SERVICE', 'TRAINING'];

/**
 * The plan's programmes: the planned ones of their kind and year, then the mixed ones, of the kinds
 * no plan counts (so that a planned count stays what the document says), in years 2019 to 2025.
 */
export async function insertPlannedDemoPrograms(db: EntityManager, prefix: string, plan: Pick<DemoPlan, 'programs' | 'plannedPrograms'>, hostPool = 50) {
  for (const planned of plan.plannedPrograms) {
    await insertDemoPrograms(db, prefix, `${planned.kind.toLowerCase()}-${planned.year}-`, planned.count, { kinds: [planned.kind], year: planned.year, hostPool });
  }
  const planned = new Set(plan.plannedPrograms.map((p) => p.kind));
  const kinds = mixedProgramKinds.filter((kind) => !planned.has(kind));
  if (plan.programs > 0 && kinds.length === 0) throw new Error(`The demo plan counts every kind of ${mixedProgramKinds.join(', ')}: set programs to 0`);
  await insertDemoPrograms(db, prefix, '', plan.programs, { kinds, hostPool });
}

/**
 * Programmes hosted by institutions of the same generation (same key prefix) that do social work,
 * picked among the first `hostPool` of them; the pool is read once, not once per programme.
 */
async function insertDemoPrograms(db: EntityManager, prefix: string, series: string, count: number, options: { kinds: string[]; year?: number; hostPool: number }) {
  await db.query(
    `INSERT INTO program (key, name, name_en, kind, service_fields, host_institution_id, year, funding_yuan,
       individual_cases, group_sessions, community_services, beneficiaries, provenance)
     SELECT $1 || g, '演示项目' || $6 || lpad(g::text, 5, '0'), 'Demo programme ' || $6 || g,
       ($5::text[])[1 + ${mix('g', 29)} % cardinality($5::text[])],
       ARRAY[(ARRAY['ELDERLY','CHILDREN','MEDICAL','RURAL_REVITALISATION'])[1 + ${mix('g', 31)} % 4]],
       host.id, coalesce($7::int, 2019 + (${mix('g', 37)} % 7)::int), 50000 + (${mix('g', 41)} % 40) * 10000,
       ${mix('g', 43)} % 300, ${mix('g', 47)} % 60, ${mix('g', 53)} % 40, 100 + ${mix('g', 59)} % 2000, 'DEMO'
     FROM generate_series(1, $2::int) AS g,
       (SELECT array_agg(id ORDER BY id) AS ids FROM (SELECT id FROM institution
          WHERE key LIKE $4 || '%' AND social_work_setup IS DISTINCT FROM 'NONE' ORDER BY id LIMIT $3) h) pool,
       LATERAL (SELECT pool.ids[1 + ${mix('g', 61)} % $3] AS id) host
     ON CONFLICT (key) DO NOTHING`,
    [`${prefix}program-${series}`, count, options.hostPool, prefix, options.kinds, series, options.year ?? null],
  );
}

/** Generates the region's demo registry once: a registry that already has demo rows is left alone. */
export async function loadDemoRegistry(dataSource: DataSource, region: Region, plan = readDemoPlan(region.slug)): Promise<boolean> {
  if (!plan) return false;
  return dataSource.transaction(async (db) => {
    const [{ present }] = await db.query(`SELECT EXISTS (SELECT 1 FROM institution WHERE provenance = 'DEMO') AS present`);
    if (present) return false;
    const prefix = 'demo-';
    for (const group of plan.groups) await insertDemoInstitutions(db, prefix, group, plan.places);
    for (const group of plan.groups) await insertDemoWorkers(db, region, group, { prefix, from: 1, to: group.workers });
    await insertPlannedDemoPrograms(db, prefix, plan);
    return true;
  });
}
