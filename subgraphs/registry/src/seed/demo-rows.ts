import type { EntityManager } from 'typeorm';
import type { Region } from '../../../regions.js';
import type { DemoGroup, DemoPlan } from './demo-plan.js';
import { dayIn, mix, rowsBy, scaledTimeline, segmentOf, segments, timelineOf } from './demo-sql.js';

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
 * counted by then (round-robin among them), `certifiedWorkers` of them certified: the first, or one
 * in every so many (`certifiedOrder`), each certified from its first day, so that the certified grow
 * as the plan has them (the certified a page dates are counted on its date). A worker whose day comes before the first institution counts
 * starts on that institution's day: a worker at a station not yet opened, or a hospital before its
 * social work began, was counted where nothing was (69 in the six regions, up to 201 days early).
 * A posting of fixed length ends that many months later.
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
  // Spread: worker w is certified when w·c/n passes a whole number, c of the n in all, evenly.
  const spread = group.certifiedOrder === 'spread';
  const certified = spread
    ? '(w::bigint * $3::int) / $16::int > ((w - 1)::bigint * $3::int) / $16::int'
    : 'w <= $3';
  await db.query(
    `INSERT INTO social_worker (key, name, certificate_level, certificate_number, institution_id, employment,
       recruitment_source, service_fields, supervisor_rank, started_on, ended_on, program_id, provenance,
       certified_since)
     WITH ${segments('worker_segments', '$12', '$13')}, ${segments('institution_segments', '$11', '$13')}
     SELECT $1 || w, '演示社工' || $2 || '-' || lpad(w::text, 7, '0'),
       CASE WHEN ${certified} THEN (ARRAY['ASSISTANT','ASSISTANT','INTERMEDIATE','INTERMEDIATE','INTERMEDIATE','SENIOR'])[1 + ${mix('w', 3)} % 6]
            ELSE 'NONE' END,
       CASE WHEN ${certified} THEN upper($9) || $2 || lpad(w::text, 9, '0') END,
       i.id,
       COALESCE($4, (ARRAY['FULL_TIME','FULL_TIME','FULL_TIME','PART_TIME'])[1 + ${mix('w', 11)} % 4]),
       (ARRAY['RECRUITMENT','RECRUITMENT','INTERNAL_TRANSFER','PURCHASED_SERVICE'])[1 + ${mix('w', 13)} % 4],
       CASE WHEN jsonb_array_length($5::jsonb) = 0 THEN '{}'::text[]
            ELSE ARRAY[$5::jsonb ->> (${mix('w', 17)} % jsonb_array_length($5::jsonb))::int] END,
       CASE WHEN ${certified} AND ${mix('w', 19)} % 40 = 0 THEN 'SUPERVISOR' END,
       day,
       (day + make_interval(months => $14::int) - interval '1 day')::date,
       (SELECT id FROM program WHERE key = $15),
       'DEMO',
       CASE WHEN ${certified} THEN day END
     FROM generate_series($10::int, $6::int) AS w
       ${segmentOf('worker_segments', 's', 'w')}
       -- Not before the group's first institution counts: a worker planned earlier starts with it.
       CROSS JOIN LATERAL (SELECT greatest(${dayIn('s', 'w')},
         (SELECT ${dayIn('f', '1')} FROM institution_segments f WHERE f.prev_count < 1 AND f.count_ >= 1)) AS day) d
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
      ...(spread ? [group.workers] : []),
    ],
  );
}
