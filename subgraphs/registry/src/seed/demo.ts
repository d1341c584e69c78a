import type { ProgramKind } from '../__generated__/resolvers-types.js';
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

/**
 * When a group's rows start counting: cumulative counts at dates, rows spread evenly between them
 * (the first segment starts at the plan's `startsOn`). The last count is the group's whole count.
 */
const timelineSchema = z
  .array(z.object({ on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), count: z.number().int().min(0) }))
  .min(1)
  .refine(
    (points) =>
      points.every(
        (p, i) => i === 0 || (p.on > points[i - 1]!.on && p.count >= points[i - 1]!.count),
      ),
    'dates and counts must rise',
  );

const placeSchema = z.object({ city: z.string(), county: z.string().nullable() });

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
  /** When the institutions start counting (social work since, or founded); by default spread from `startsOn` to `datesUntil`. */
  timeline: timelineSchema.optional(),
  /** When the workers start; by default spread like the institutions'. */
  workersTimeline: timelineSchema.optional(),
  /** Postings of a fixed length: a worker's last day is this many months after the first. */
  postingMonths: z.number().int().min(1).optional(),
  /** The published programme (by id) the workers are posted by: a cohort a target counts. */
  program: z.string().optional(),
  /** Where the institutions are, when not spread over the plan's places (a cohort's named counties). */
  places: z.array(placeSchema).min(1).optional(),
  basis: z.string(),
});

/** Programmes of one kind and year in the number a document gives, among the demo programmes. */
const plannedProgramsSchema = z.object({
  kind: z.enum(enumValues('ProgramKind')),
  year: z.number().int(),
  count: z.number().int().min(0),
  /** The published scheme (by id) the programmes belong to. */
  parent: z.string().optional(),
  /** Hosted one each by the newest `count` institutions of this group (the last on its timeline), not picked at random. */
  hosts: z.string().optional(),
  basis: z.string(),
});

export const demoPlanSchema = z.object({
  note: z.string(),
  /** The day before the first dated row, and the last day of a default timeline. */
  startsOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .default('2011-12-31'),
  datesUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .default('2023-09-30'),
  places: z.array(placeSchema).min(1),
  groups: z.array(
    groupSchema
      .refine((g) => g.certifiedWorkers <= g.workers, 'certifiedWorkers exceeds workers')
      .refine(
        (g) => !g.timeline || g.timeline.at(-1)!.count === g.count,
        'the timeline must end at the group count',
      )
      .refine(
        (g) => !g.workersTimeline || g.workersTimeline.at(-1)!.count === g.workers,
        'the workers timeline must end at the group workers',
      ),
  ),
  /** Programmes of mixed kinds and years, none of a planned kind. */
  programs: z.number().int().min(0),
  /** The years the mixed programmes run in, each a whole year: within the period a published total of theirs covers. */
  programYears: z
    .object({ from: z.number().int(), to: z.number().int() })
    .refine((years) => years.from <= years.to, 'from must not be after to')
    .default({ from: 2019, to: 2025 }),
  /** What the mixed programmes' funding adds up to, where a document publishes it; invented per programme otherwise. */
  programFunding: z.object({ totalYuan: z.number().int().min(0), basis: z.string() }).optional(),
  /** The published programme the mixed programmes are projects of, where a document counts them under one. */
  programParent: z.string().optional(),
  plannedPrograms: z.array(plannedProgramsSchema).default([]),
});

export type DemoPlan = z.infer<typeof demoPlanSchema>;
export type DemoGroup = z.infer<typeof groupSchema>;

export function readDemoPlan(slug: string): DemoPlan | null {
  const url = new URL(`${slug}/data/demo.json`, subgraphsFolder);
  return existsSync(url) ? demoPlanSchema.parse(JSON.parse(readFileSync(url, 'utf8'))) : null;
}

/** Knuth's multiplicative hash: a fixed, evenly spread pseudo-random number per row. */
const mix = (column: string, salt: number) =>
  `((${column}::bigint * 2654435761 + ${salt}) % 4294967296)`;

/** A group's timeline, or rows spread evenly over the plan's dated years. */
const timelineOf = (
  plan: Pick<DemoPlan, 'datesUntil'>,
  count: number,
  timeline?: DemoGroup['timeline'],
) => JSON.stringify(timeline ?? [{ on: plan.datesUntil, count }]);

/** A timeline's counts times `factor`: workers who start as their institutions do. */
const scaledTimeline = (timeline: DemoGroup['timeline'], factor: number) =>
  timeline?.map((point) => ({ on: point.on, count: Math.round(point.count * factor) }));

/**
 * The segments of a timeline as rows `(prev_on, on_, prev_count, count_)`: rows `g` in
 * prev_count < g <= count_ start counting over the days of the segment, evenly spread. A statement
 * reads them once, as a materialized CTE, and joins each generated row to its segment, so that the
 * timeline's JSON is parsed once per statement, not once per row.
 */
const segments = (name: string, timeline: string, startsOn: string) => `${name} AS MATERIALIZED (
  SELECT coalesce(lag((e->>'on')::date) OVER (ORDER BY n), ${startsOn}::date) AS prev_on, (e->>'on')::date AS on_,
    coalesce(lag((e->>'count')::int) OVER (ORDER BY n), 0) AS prev_count, (e->>'count')::int AS count_
  FROM jsonb_array_elements(${timeline}::jsonb) WITH ORDINALITY AS x(e, n))`;

/** The segment of row `g`, joined as `alias`. */
const segmentOf = (segmentsName: string, alias: string, g: string) =>
  `LEFT JOIN ${segmentsName} ${alias} ON ${g} > ${alias}.prev_count AND ${g} <= ${alias}.count_`;

/** The day a row starts counting, within its segment `s` (see segmentOf). */
const dayIn = (s: string, g: string) =>
  `${s}.prev_on + ceil((${g} - ${s}.prev_count) * (${s}.on_ - ${s}.prev_on)::numeric / (${s}.count_ - ${s}.prev_count))::int`;

/** How many rows of a timeline count by `day`: the inverse of dayIn. */
const rowsBy = (segmentsName: string, day: string) => `(
  SELECT coalesce(max(CASE WHEN ${day} >= s.on_ THEN s.count_
    WHEN ${day} > s.prev_on THEN s.prev_count + floor((${day} - s.prev_on) * (s.count_ - s.prev_count)::numeric / (s.on_ - s.prev_on))::int END), 0)
  FROM ${segmentsName} s)`;

/**
 * A group's institutions, each on its timeline's day: from then they do social work, or, without a
 * social work setup, exist. Institutions with a social work setup (the hospitals that make a
 * coverage's denominator, with social work or without) were founded on a day of some year from 1950
 * to the year before the plan's first day, so that they count in every year the plan dates.
 */
export async function insertDemoInstitutions(
  db: EntityManager,
  prefix: string,
  group: DemoGroup,
  plan: Pick<DemoPlan, 'places' | 'startsOn' | 'datesUntil'>,
) {
  await db.query(
    `INSERT INTO institution (key, name, name_en, kind, grade, city, county, social_work_setup, social_work_since, founded_on,
       service_fields, provenance)
     WITH ${segments('institution_segments', '$10', '$11')}
     SELECT $1 || g, '演示' || $2 || lpad(g::text, 5, '0'), 'Demo ' || $3 || ' ' || g, $4, $5,
       place->>'city', place->>'county', $6,
       CASE WHEN $6 IN ('DEPARTMENT', 'POSTS') THEN day::text END,
       CASE WHEN $6 IS NULL THEN day::text
         ELSE make_date(1950 + (${mix('g', 67)} % (date_part('year', $11::date)::int - 1950))::int,
           1 + (${mix('g', 71)} % 12)::int, 1 + (${mix('g', 73)} % 28)::int)::text END,
       ARRAY(SELECT jsonb_array_elements_text($7::jsonb)), 'DEMO'
     FROM generate_series(1, $8::int) AS g
       CROSS JOIN LATERAL (SELECT $9::jsonb -> ((g - 1) % jsonb_array_length($9::jsonb))::int AS place) p
       ${segmentOf('institution_segments', 's', 'g')}
       CROSS JOIN LATERAL (SELECT ${dayIn('s', 'g')} AS day) d
     ON CONFLICT (key) DO NOTHING`,
    [
      `${prefix}${group.key}-`,
      group.labelZh,
      group.labelEn,
      group.kind,
      group.grade,
      group.socialWorkSetup,
      JSON.stringify(group.serviceFields),
      group.count,
      JSON.stringify(group.places ?? plan.places),
      timelineOf(plan, group.count, group.timeline),
      plan.startsOn,
    ],
  );
}

/** Which of a group's generated rows to write: keys and numbers start with `prefix`, rows `from`..`to` of the group. */
export interface GeneratedRows {
  prefix: string;
  from: number;
  to: number;
}

/**
 * Workers start on their timeline's day, each at one of the group's institutions that already
 * counted by then (round-robin among them), the first `certifiedWorkers` certified. A posting of
 * fixed length ends that many months later.
 */
export async function insertDemoWorkers(
  db: EntityManager,
  region: Region,
  group: DemoGroup,
  rows: GeneratedRows,
  plan: Pick<DemoPlan, 'startsOn' | 'datesUntil'>,
) {
  if (!group.workers || !group.count || rows.from > rows.to) return;
  const institutions = timelineOf(plan, group.count, group.timeline);
  const workers = timelineOf(
    plan,
    group.workers,
    group.workersTimeline ?? scaledTimeline(group.timeline, group.workers / group.count),
  );
  await db.query(
    `INSERT INTO social_worker (key, name, certificate_level, certificate_number, institution_id, employment,
       recruitment_source, service_fields, supervisor_rank, started_on, ended_on, program_id, provenance)
     WITH ${segments('worker_segments', '$12', '$13')}, ${segments('institution_segments', '$11', '$13')}
     SELECT $1 || w, '演示社工' || $2 || '-' || lpad(w::text, 7, '0'),
       CASE WHEN w <= $3 THEN (ARRAY['ASSISTANT','ASSISTANT','INTERMEDIATE','INTERMEDIATE','INTERMEDIATE','SENIOR'])[1 + ${mix('w', 3)} % 6]
            ELSE 'NONE' END,
       CASE WHEN w <= $3 THEN upper($9) || $2 || lpad(w::text, 9, '0') END,
       i.id,
       COALESCE($4, (ARRAY['FULL_TIME','FULL_TIME','FULL_TIME','PART_TIME'])[1 + ${mix('w', 11)} % 4]),
       (ARRAY['RECRUITMENT','RECRUITMENT','INTERNAL_TRANSFER','PURCHASED_SERVICE'])[1 + ${mix('w', 13)} % 4],
       CASE WHEN jsonb_array_length($5::jsonb) = 0 THEN '{}'::text[]
            ELSE ARRAY[$5::jsonb ->> (${mix('w', 17)} % jsonb_array_length($5::jsonb))::int] END,
       CASE WHEN w <= $3 AND ${mix('w', 19)} % 40 = 0 THEN 'SUPERVISOR' END,
       day,
       (day + make_interval(months => $14::int) - interval '1 day')::date,
       (SELECT id FROM program WHERE key = $15),
       'DEMO'
     FROM generate_series($10::int, $6::int) AS w
       ${segmentOf('worker_segments', 's', 'w')}
       CROSS JOIN LATERAL (SELECT ${dayIn('s', 'w')} AS day) d
       CROSS JOIN LATERAL (SELECT greatest(${rowsBy('institution_segments', 'd.day')}, 1) AS open) o
       JOIN institution i ON i.key = $7 || (1 + (w - 1) % least(o.open, $8::int))
     ON CONFLICT (key) DO NOTHING`,
    [
      `${rows.prefix}${group.key}-w`,
      `${region.code}${group.key.toUpperCase()}`,
      group.certifiedWorkers,
      group.employment,
      JSON.stringify(group.serviceFields),
      rows.to,
      `${rows.prefix}${group.key}-`,
      group.count,
      rows.prefix.replace(/-$/, ''),
      rows.from,
      institutions,
      workers,
      plan.startsOn,
      group.postingMonths ?? null,
      group.program ?? null,
    ],
  );
}

const mixedProgramKinds: ProgramKind[] = [
  'DEMONSTRATION',
  'CULTIVATION',
  'RESIDENT_WORKER',
  'GOVERNMENT_PURCHASED_SERVICE',
  'TRAINING',
];

/**
 * The plan's programmes: the planned ones of their kind and year, then the mixed ones, of the kinds
 * no plan counts (so that a planned count stays what the document says), in the plan's
 * `programYears` (2019 to 2025 unless it says otherwise).
 */
export async function insertPlannedDemoPrograms(
  db: EntityManager,
  prefix: string,
  plan: Pick<
    DemoPlan,
    'programs' | 'plannedPrograms' | 'groups' | 'programFunding' | 'programParent'
  > &
    Partial<Pick<DemoPlan, 'programYears'>>,
  hostPool = 50,
) {
  for (const planned of plan.plannedPrograms) {
    const hosts = planned.hosts ? plan.groups.find((g) => g.key === planned.hosts) : undefined;
    if (planned.hosts && (!hosts || hosts.count < planned.count))
      throw new Error(
        `demo programmes hosted by ${planned.hosts}: no such group of at least ${planned.count} institutions`,
      );
    await insertDemoPrograms(
      db,
      prefix,
      `${planned.kind.toLowerCase()}-${planned.year}-`,
      planned.count,
      {
        kinds: [planned.kind],
        year: planned.year,
        hostPool,
        parent: planned.parent,
        hosts: hosts && {
          keyPrefix: `${prefix}${hosts.key}-`,
          first: hosts.count - planned.count + 1,
        },
      },
    );
  }
  const planned = new Set(plan.plannedPrograms.map((p) => p.kind));
  const kinds = mixedProgramKinds.filter((kind) => !planned.has(kind));
  if (plan.programs > 0 && kinds.length === 0)
    throw new Error(
      `The demo plan counts every kind of ${mixedProgramKinds.join(', ')}: set programs to 0`,
    );
  await insertDemoPrograms(db, prefix, '', plan.programs, {
    kinds,
    hostPool,
    fundingYuan: plan.programFunding?.totalYuan,
    parent: plan.programParent,
    years: plan.programYears ?? { from: 2019, to: 2025 },
  });
}

/**
 * Programmes hosted by institutions of the same generation (same key prefix) that do social work,
 * picked among the first `hostPool` of them; the pool is read once, not once per programme.
 */
async function insertDemoPrograms(
  db: EntityManager,
  prefix: string,
  series: string,
  count: number,
  options: {
    kinds: string[];
    year?: number;
    hostPool: number;
    parent?: string;
    hosts?: { keyPrefix: string; first: number };
    fundingYuan?: number;
    years?: { from: number; to: number };
  },
) {
  await db.query(
    `INSERT INTO program (key, name, name_en, kind, service_fields, host_institution_id, year, funding_yuan,
       individual_cases, group_sessions, community_services, beneficiaries, parent_id, provenance)
     SELECT $1 || g, '演示项目' || $6 || lpad(g::text, 5, '0'), 'Demo programme ' || $6 || g,
       ($5::text[])[1 + ${mix('g', 29)} % cardinality($5::text[])],
       ARRAY[(ARRAY['ELDERLY','CHILDREN','MEDICAL','RURAL_REVITALISATION'])[1 + ${mix('g', 31)} % 4]],
       coalesce((SELECT id FROM institution WHERE key = $9 || ($10::int + g - 1)), host.id),
       coalesce($7::int, $12::int + (${mix('g', 37)} % ($13::int - $12::int + 1))::int),
       -- A published total is shared out evenly, the remainder one yuan each to the first programmes.
       coalesce($11::bigint / $2::int + (g <= $11::bigint % $2::int)::int, 50000 + (${mix('g', 41)} % 40) * 10000),
       ${mix('g', 43)} % 300, ${mix('g', 47)} % 60, ${mix('g', 53)} % 40, 100 + ${mix('g', 59)} % 2000,
       (SELECT id FROM program WHERE key = $8), 'DEMO'
     FROM generate_series(1, $2::int) AS g,
       (SELECT array_agg(id ORDER BY id) AS ids FROM (SELECT id FROM institution
          WHERE key LIKE $4 || '%' AND social_work_setup IS DISTINCT FROM 'NONE' ORDER BY id LIMIT $3) h) pool,
       LATERAL (SELECT pool.ids[1 + ${mix('g', 61)} % $3] AS id) host
     ON CONFLICT (key) DO NOTHING`,
    [
      `${prefix}program-${series}`,
      count,
      options.hostPool,
      prefix,
      options.kinds,
      series,
      options.year ?? null,
      options.parent ?? null,
      options.hosts?.keyPrefix ?? null,
      options.hosts?.first ?? null,
      options.fundingYuan ?? null,
      options.years?.from ?? 2019,
      options.years?.to ?? 2025,
    ],
  );
}

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
      `SELECT array(SELECT unnest($1::text[]) EXCEPT SELECT key FROM program) AS missing`,
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
