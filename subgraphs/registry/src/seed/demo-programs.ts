import type { EntityManager } from 'typeorm';
import type { ProgramKind } from '../__generated__/schema-types.js';
import type { DemoPlan, ProgramTotals } from './demo-plan.js';
import { mix } from './demo-sql.js';

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
    'programs' | 'plannedPrograms' | 'groups' | 'programTotals' | 'programParent'
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
        totals: planned.totals,
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
    totals: plan.programTotals,
    parent: plan.programParent,
    years: plan.programYears ?? { from: 2019, to: 2025 },
  });
}

/**
 * A programme's part of a published total (parameter `total`) shared out evenly among the `$2`
 * programmes, the remainder one unit each to the first; `invented` where no total is published.
 */
const shared = (total: string, invented: string) =>
  `coalesce(${total}::bigint / $2::int + (g <= ${total}::bigint % $2::int)::int, ${invented})`;

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
    totals?: ProgramTotals;
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
       ${shared('$11', `50000 + (${mix('g', 41)} % 40) * 10000`)},
       ${shared('$14', `${mix('g', 43)} % 300`)}, ${mix('g', 47)} % 60, ${mix('g', 53)} % 40,
       ${shared('$15', `100 + ${mix('g', 59)} % 2000`)},
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
      options.totals?.fundingYuan?.total ?? null,
      options.years?.from ?? 2019,
      options.years?.to ?? 2025,
      options.totals?.individualCases?.total ?? null,
      options.totals?.beneficiaries?.total ?? null,
    ],
  );
}
