import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { regionBySlug } from '../subgraphs/regions.js';
import { today } from '../subgraphs/registry/src/dates.js';
import { measureMany } from '../subgraphs/registry/src/measures/measure.js';
import type { MeasureQuery } from '../subgraphs/registry/src/measures/measure-types.js';
import { AddMeasureRollups1764600000000 } from '../subgraphs/registry/src/migrations/1764600000000-AddMeasureRollups.js';
import { InferUnknownStarts1764700000000 } from '../subgraphs/registry/src/migrations/1764700000000-InferUnknownStarts.js';
import { AddPostingHistory1766400000000 } from '../subgraphs/registry/src/migrations/1766400000000-AddPostingHistory.js';
import { InferSocialWorkStarts1766600000000 } from '../subgraphs/registry/src/migrations/1766600000000-InferSocialWorkStarts.js';
import { AddInstitutionHistory1766800000000 } from '../subgraphs/registry/src/migrations/1766800000000-AddInstitutionHistory.js';
import { AddPostPeriods1766900000000 } from '../subgraphs/registry/src/migrations/1766900000000-AddPostPeriods.js';
import { AddProgramPeriods1767000000000 } from '../subgraphs/registry/src/migrations/1767000000000-AddProgramPeriods.js';
import { CheckInstitutionPeriods1767100000000 } from '../subgraphs/registry/src/migrations/1767100000000-CheckInstitutionPeriods.js';
import { AddCertificationDates1767200000000 } from '../subgraphs/registry/src/migrations/1767200000000-AddCertificationDates.js';
import {
  institutionSpellRollup,
  socialWorkerPieceRollup,
} from '../subgraphs/registry/src/measures/rollup-definitions.js';
import { seedScale } from '../subgraphs/registry/src/seed/scale.js';
import { seedRegistry } from '../subgraphs/registry/src/seed/seed-registry.js';
import { useRegistryDatabase } from './harness.js';
import { rollupDrift } from './rollup-drift.js';

/**
 * Worker and institution measures add up rollups whose dates are kept to the year, and read one by
 * one only the records with a date in the year of a day measured. Ningxia's demo has one-year
 * postings ending on every day of the year and institutions founded through each year; some are
 * closed here in the middle of a year. Most days measured fall between a record's date and the end of
 * its year, so the answers must be those of every record's own dates, counted here without a rollup.
 * One worker in seven moved in the middle of its time (one in fourteen twice): a worker counts at the
 * post it held on the day. One institution in six changed its grade, setup or city on a day of 2021,
 * and some closed ones reopened: an institution counts as its spell of the day has it.
 */
const ningxia = regionBySlug('ningxia');
const opened = useRegistryDatabase('measure_rollups');

const driftOfBoth = async (db: DataSource) => ({
  workers: await rollupDrift(db, socialWorkerPieceRollup),
  institutions: await rollupDrift(db, institutionSpellRollup),
});

const medical = `kind IN ('GENERAL_HOSPITAL', 'SPECIALTY_HOSPITAL', 'TCM_HOSPITAL', 'PRIMARY_CARE', 'PUBLIC_HEALTH')`;
const countsOn = (from: string, until: string) =>
  `(${from} IS NULL OR ${from} <= $1::date) AND (${until} IS NULL OR ${until} >= $1::date)`;
const workersWhere = (filter: string) => ({
  table: 'social_worker_post_piece',
  city: 'institution_city',
  value: 'count(*)',
  where: `${filter} AND ${countsOn('post_from', 'post_until')}`,
});

/**
 * Moves workers by hand, as transfers do: the post left kept from its first day to the day before
 * the move, the worker's row at another institution from the move (`posted_on`).
 */
async function moveWorkers(db: DataSource, every: number) {
  const start = 'coalesce(posted_on, started_on)';
  const moved = `SELECT id, ${start} + (coalesce(ended_on, current_date) - ${start}) / 2 AS day
    FROM social_worker WHERE id % ${every} = 0 AND coalesce(ended_on, current_date) - ${start} >= 2`;
  await db.query(`INSERT INTO social_worker_past_post (worker_id, institution_id, posted_from, posted_until, first_post)
    SELECT w.id, w.institution_id, ${start}, m.day - 1, w.posted_on IS NULL FROM social_worker w JOIN (${moved}) m ON m.id = w.id`);
  await db.query(`UPDATE social_worker w SET posted_on = m.day, institution_id = (SELECT i.id FROM institution i
      WHERE i.id IS DISTINCT FROM w.institution_id ORDER BY i.id DESC LIMIT 1 OFFSET w.id % 5)
    FROM (${moved}) m WHERE m.id = w.id`);
}

/**
 * Moves one worker placed by a programme, halfway through its current post, to an open institution
 * no placed worker has been at, in a county of its own (a correction of its current period), as
 * moveWorkers moves workers. Returns the worker's programme and the day of the move.
 */
async function movePlacedWorkerToCountyNotReached(db: DataSource) {
  const start = 'coalesce(posted_on, started_on)';
  const [worker] = await db.query(
    `SELECT id, program_id::text AS "programId",
       (${start} + (coalesce(ended_on, current_date) - ${start}) / 2)::text AS day
     FROM social_worker WHERE program_id IS NOT NULL AND coalesce(ended_on, current_date) - ${start} >= 60
     ORDER BY id LIMIT 1`,
  );
  const [target] = await db.query(
    `SELECT id FROM institution WHERE closed_on IS NULL AND coalesce(current_since, founded_from) < $1::date
       AND id NOT IN (SELECT institution_id FROM social_worker_post_piece WHERE program_id IS NOT NULL)
     ORDER BY id LIMIT 1`,
    [worker?.day],
  );
  expect({ worker, target }).toEqual({ worker: expect.anything(), target: expect.anything() });
  await db.query(`UPDATE institution SET county = '新设县' WHERE id = $1`, [target.id]);
  await db.query(
    `INSERT INTO social_worker_past_post (worker_id, institution_id, posted_from, posted_until, first_post)
     SELECT id, institution_id, ${start}, $2::date - 1, posted_on IS NULL FROM social_worker WHERE id = $1`,
    [worker.id, worker.day],
  );
  await db.query(`UPDATE social_worker SET posted_on = $2, institution_id = $3 WHERE id = $1`, [
    worker.id,
    worker.day,
    target.id,
  ]);
  return { programId: worker.programId as string, movedOn: worker.day as string };
}

/**
 * Changes institutions by hand, as dated writes do (institution-history.ts): one in six, open and
 * founded before 2018, upgraded, given or relieved of social work, some moved, from 2021-04-09; ten
 * of the closed reopened 200 days after their closing.
 */
async function changeInstitutions(dataSource: DataSource) {
  // One transaction: an institution has past periods exactly when current_since is set, checked
  // at commit (CheckInstitutionPeriods).
  await dataSource.transaction((db) => changeInstitutionsIn(db));
}

async function changeInstitutionsIn(db: EntityManager) {
  const spell = `kind, grade, city, county, social_work_setup, social_work_since, social_work_from, service_fields`;
  const keep = (until: string, where: string) =>
    db.query(`INSERT INTO institution_past_spell (institution_id, spell_from, spell_until, ended_by_closing, ${spell})
      SELECT id, current_since, ${until}, ${until === 'closed_on'}, ${spell} FROM institution WHERE ${where}`);
  await keep(
    `date '2021-04-08'`,
    `id % 6 = 0 AND closed_on IS NULL AND founded_from < '2018-01-01'`,
  );
  const doing = `social_work_setup IN ('DEPARTMENT', 'POSTS')`;
  await db.query(`UPDATE institution SET current_since = '2021-04-09',
      grade = CASE WHEN grade = 'SECONDARY' THEN 'TERTIARY' WHEN grade IS NULL THEN NULL ELSE 'SECONDARY' END,
      city = CASE WHEN id % 12 = 0 THEN '变更市' ELSE city END,
      social_work_since = CASE WHEN ${doing} THEN social_work_since ELSE '2021-04-09' END,
      social_work_setup = CASE WHEN ${doing} THEN 'NONE' ELSE 'DEPARTMENT' END
    WHERE id IN (SELECT institution_id FROM institution_past_spell WHERE spell_until = '2021-04-08')`);
  const reopened = `id IN (SELECT id FROM institution WHERE closed_on IS NOT NULL ORDER BY id LIMIT 10)`;
  await keep('closed_on', reopened);
  await db.query(`UPDATE institution SET status = 'ACTIVE', current_since = closed_on + 200, closed_on = NULL
    WHERE id IN (SELECT institution_id FROM institution_past_spell WHERE spell_until <> '2021-04-08')`);
}

/** Runs migrations down, in the order given, then up again in the reverse order, in one transaction. */
async function remigrate(
  db: DataSource,
  migrations: { down: (r: QueryRunner) => Promise<void>; up: (r: QueryRunner) => Promise<void> }[],
  between: (runner: QueryRunner) => Promise<void> = async () => {},
) {
  const runner = db.createQueryRunner();
  await runner.startTransaction();
  try {
    for (const migration of migrations) await migration.down(runner);
    await between(runner);
    for (const migration of [...migrations].reverse()) await migration.up(runner);
    await runner.commitTransaction();
  } finally {
    await runner.release();
  }
}

/** What each indicator counts by city at the end of day $1, written out here apart from the catalog's definitions. */
const counted: Record<string, { table: string; city: string; value: string; where: string }> = {
  SOCIAL_WORK_PRACTITIONERS: workersWhere('true'),
  CERTIFIED_SOCIAL_WORKERS: workersWhere(`certificate_level <> 'NONE'`),
  DISPATCHED_WORKERS: workersWhere(`employment = 'DISPATCHED'`),
  MEDICAL_SOCIAL_WORKERS: workersWhere(`institution_${medical}`),
  SOCIAL_WORK_AGENCIES: {
    table: 'institution_spell',
    city: 'city',
    value: 'count(*)',
    where: `kind = 'SOCIAL_WORK_AGENCY' AND ${countsOn('founded_from', 'closed_on')}`,
  },
  MSW_INSTITUTIONS: {
    table: 'institution_spell',
    city: 'city',
    value: 'count(*)',
    where: `${medical} AND social_work_setup IN ('DEPARTMENT', 'POSTS') AND ${countsOn('greatest(founded_from, social_work_from)', 'closed_on')}`,
  },
  SECONDARY_PLUS_MSW_COVERAGE: {
    table: 'institution_spell',
    city: 'city',
    value: `100.0 * count(*) FILTER (WHERE social_work_setup IN ('DEPARTMENT', 'POSTS') AND (social_work_from IS NULL OR social_work_from <= $1::date)) / count(*)`,
    where: `${medical} AND grade IN ('TERTIARY', 'SECONDARY') AND ${countsOn('founded_from', 'closed_on')}`,
  },
};

/** The value in all (`*`) and by city. */
async function countedByCity(db: DataSource, indicator: string, day: string) {
  const { table, city, value, where } = counted[indicator]!;
  const rows: { city: string | null; value: string }[] = await db.query(
    `SELECT ${city} AS city, ${value} AS value FROM ${table} WHERE ${where} GROUP BY 1`,
    [day],
  );
  const [all] = await db.query(`SELECT ${value} AS value FROM ${table} WHERE ${where}`, [day]);
  return {
    '*': Number(all.value ?? 0),
    ...Object.fromEntries(rows.map((r) => [r.city ?? '-', Number(r.value)])),
  };
}

async function measuredByCity(db: DataSource, query: MeasureQuery) {
  const [measured] = await measureMany(db, [{ ...query, by: ['CITY'] }]);
  return {
    '*': measured!.value,
    ...Object.fromEntries(
      measured!.breakdown.map((cell) => [cell.keys[0]!.value ?? '-', cell.value]),
    ),
  };
}

/** The first and last day of each year from 2016, days inside them, and today. */
function days(): string[] {
  const now = today();
  const years = Array.from({ length: Number(now.slice(0, 4)) - 2016 }, (_, i) => 2016 + i);
  return [
    ...years.flatMap((y) => [`${y}-01-01`, `${y}-03-17`, `${y}-06-30`, `${y}-10-02`, `${y}-12-31`]),
    now,
  ];
}

describe('measure rollups', () => {
  beforeAll(async () => {
    const db = opened.dataSource;
    await seedRegistry(db, ningxia, {});
    await seedScale(db, ningxia, 3_000);
    // Records whose start is not known count from the day recorded (today, or their last day if
    // earlier); whose end is not known, from then on.
    await db.query(`INSERT INTO social_worker (name, institution_id, provenance, started_on, ended_on)
      SELECT '日期不详', (SELECT min(id) FROM institution), 'REGISTERED', s, e
      FROM (VALUES (NULL::date, NULL::date), (NULL, '2019-05-05'), ('2020-02-29', NULL), ('2021-01-01', '2021-12-31'), ('2022-03-01', '2022-12-31')) d(s, e)`);
    // Hospitals that took up social work years after they were founded, in the middle of a year.
    await db.query(`UPDATE institution SET founded_on = '2016-04-11', social_work_since = '2020-07-15', social_work_setup = 'DEPARTMENT'
      WHERE id IN (SELECT id FROM institution WHERE kind = 'GENERAL_HOSPITAL' AND grade IN ('TERTIARY', 'SECONDARY') ORDER BY id DESC LIMIT 20)`);
    // Hospitals and agencies closed on days from July 2019 to the last day of 2021.
    await db.query(`UPDATE institution i SET status = 'CLOSED', closed_on = date '2021-12-31' - 23 * (c.n - 1)::int
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM institution
            WHERE kind IN ('GENERAL_HOSPITAL', 'TCM_HOSPITAL', 'SOCIAL_WORK_AGENCY') AND founded_from < '2019-01-01' ORDER BY id LIMIT 40) c
      WHERE i.id = c.id`);
    await moveWorkers(db, 7);
    await moveWorkers(db, 14);
    await changeInstitutions(db);
  }, 120_000);

  it('hold, after the seeds and writes, exactly what the records add up to, and no empty combination', async () => {
    const db = opened.dataSource;
    const [{ workers, closed }] =
      await db.query(`SELECT (SELECT count(*)::int FROM social_worker) AS workers,
      (SELECT count(*)::int FROM institution WHERE closed_on IS NOT NULL) AS closed`);
    expect(workers).toBeGreaterThan(3_000);
    expect(closed).toBe(30);
    const [{ changed, reopened }] = await db.query(`SELECT
      count(*) FILTER (WHERE spell_until = '2021-04-08')::int AS changed,
      count(*) FILTER (WHERE spell_until <> '2021-04-08')::int AS reopened FROM institution_past_spell`);
    expect(changed).toBeGreaterThan(20);
    expect(reopened).toBe(10);
    const [{ left, twice }] = await db.query(`SELECT count(*)::int AS left,
      count(*) FILTER (WHERE NOT first_post)::int AS twice FROM social_worker_past_post`);
    expect(left).toBeGreaterThan(300);
    expect(twice).toBeGreaterThan(100);
    const [{ later }] = await db.query(
      `SELECT count(*)::int AS later FROM institution WHERE social_work_from > founded_from + 365`,
    );
    expect(later).toBeGreaterThanOrEqual(20);
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    expect(
      await db.query(
        `SELECT records FROM social_worker_piece_rollup WHERE records <= 0 UNION ALL SELECT records FROM institution_spell_rollup WHERE records <= 0`,
      ),
    ).toEqual([]);
  });

  it.each(Object.keys(counted))(
    'measure %s by city as every record counted on its own dates would, on every day',
    async (indicator) => {
      const db = opened.dataSource;
      for (const day of days()) {
        const expected = await countedByCity(db, indicator, day);
        expect({ day, measured: await measuredByCity(db, { indicator, asOf: day }) }).toEqual({
          day,
          measured: expected,
        });
      }
    },
  );

  it('count a worker as certified from the day of its certificate, at every post it held, undated without one, once over a period', async () => {
    const db = opened.dataSource;
    // Certified on a day within its time for most (a moved worker's within any of its posts,
    // sometimes after its last day); the date not known for one in five.
    await db.query(`UPDATE social_worker SET certified_since = CASE WHEN id % 5 = 0 THEN NULL
      ELSE coalesce(started_on, current_date) + (id * 37 % 1500)::int END
      WHERE certificate_level <> 'NONE'`);
    const [{ cut, past }] = await db.query(`SELECT
      (SELECT count(*)::int FROM social_worker_post WHERE certified_since > post_from
        AND (post_until IS NULL OR certified_since <= post_until)) AS cut,
      (SELECT count(*)::int FROM social_worker_past_post WHERE certified_since IS NOT NULL) AS past`);
    expect(cut).toBeGreaterThan(100);
    expect(past).toBeGreaterThan(50);
    const [{ differ }] =
      await db.query(`SELECT count(*)::int AS differ FROM social_worker_past_post p
      JOIN social_worker w ON w.id = p.worker_id WHERE p.certified_since IS DISTINCT FROM w.certified_since`);
    expect(differ).toBe(0);
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    // Read from the posts and the institutions' periods, without the pieces: a worker counts on a
    // day its post, its certificate and a period of its institution all cover.
    const certifiedOn = (level: string) =>
      `SELECT count(*)::int AS n,
         count(*) FILTER (WHERE p.certified_since IS NULL OR p.post_from_inferred)::int AS undated
       FROM social_worker_post p WHERE ${level} AND (p.certified_since IS NULL OR p.certified_since <= $1::date)
         AND ${countsOn('p.post_from', 'p.post_until')} AND (p.institution_id IS NULL OR EXISTS (
           SELECT FROM institution_post_period t WHERE t.institution_id = p.institution_id
             AND ${countsOn('t.cover_from', 't.cover_until')}))`;
    for (const day of ['2017-06-30', '2019-12-31', '2021-04-08', '2022-10-02', today()]) {
      const [all] = await db.query(certifiedOn(`p.certificate_level <> 'NONE'`), [day]);
      const [measured] = await measureMany(db, [
        { indicator: 'CERTIFIED_SOCIAL_WORKERS', by: ['CERTIFICATE_LEVEL'], asOf: day },
      ]);
      const byLevel: Record<string, number> = {};
      for (const level of ['ASSISTANT', 'INTERMEDIATE', 'SENIOR'])
        byLevel[level] = (
          await db.query(certifiedOn(`p.certificate_level = '${level}'`), [day])
        )[0].n;
      expect({
        day,
        value: measured!.value,
        undated: measured!.undatedRecords,
        byLevel: Object.fromEntries(measured!.breakdown.map((c) => [c.keys[0]!.value, c.value])),
      }).toEqual({ day, value: all.n, undated: all.undated, byLevel });
    }
    // Over a period, each worker once: certified on some day of it that its post and an
    // institution's period also cover; and among all workers once, whichever side of its
    // certification it was on.
    const onceOver = (certified: string) =>
      db
        .query(
          `SELECT count(DISTINCT p.worker_id)::int AS n FROM social_worker_post p
            LEFT JOIN institution_post_period t ON t.institution_id = p.institution_id
           WHERE (p.institution_id IS NULL OR t.institution_id IS NOT NULL)
             AND greatest(p.post_from, ${certified}, t.cover_from, $1::date)
               <= least(p.post_until, t.cover_until, $2::date)`,
          ['2019-01-01', '2021-12-31'],
        )
        .then(([row]) => row.n as number);
    const period = await measureMany(db, [
      { indicator: 'CERTIFIED_SOCIAL_WORKERS', since: '2019-01-01', asOf: '2021-12-31' },
      { indicator: 'SOCIAL_WORK_PRACTITIONERS', since: '2019-01-01', asOf: '2021-12-31' },
    ]);
    expect(period.map((m) => m.value)).toEqual([
      await onceOver(
        `CASE WHEN p.certificate_level <> 'NONE' THEN p.certified_since ELSE 'infinity' END`,
      ),
      await onceOver('NULL'),
    ]);
  });

  it('measure workers by service field, and the distinct counts, as every record counted on its own dates would', async () => {
    const db = opened.dataSource;
    const placedCounties: number[] = [];
    for (const day of ['2019-02-14', '2022-12-31', today()]) {
      const fields: { field: string | null; n: number }[] = await db.query(
        `SELECT f AS field, count(*)::int AS n FROM social_worker_post_piece LEFT JOIN LATERAL unnest(service_fields) AS f ON true
         WHERE ${countsOn('post_from', 'post_until')} GROUP BY 1`,
        [day],
      );
      const [byField] = await measureMany(db, [
        { indicator: 'SOCIAL_WORK_PRACTITIONERS', by: ['SERVICE_FIELD'], asOf: day },
      ]);
      expect(
        Object.fromEntries(
          byField!.breakdown.map((cell) => [cell.keys[0]!.value ?? '-', cell.value]),
        ),
      ).toEqual(Object.fromEntries(fields.map((r) => [r.field ?? '-', r.n])));
      const [{ prefectures, counties }] = await db.query(
        `SELECT (SELECT count(DISTINCT city)::int FROM institution_spell WHERE ${counted.MSW_INSTITUTIONS!.where}) AS prefectures,
          (SELECT count(DISTINCT institution_county)::int FROM social_worker_post_piece WHERE program_id IS NOT NULL AND ${countsOn('post_from', 'post_until')}) AS counties`,
        [day],
      );
      placedCounties.push(counties);
      const measured = await measureMany(db, [
        { indicator: 'PREFECTURES_COVERED', asOf: day },
        { indicator: 'COUNTIES_COVERED', asOf: day },
      ]);
      expect(measured.map((m) => m.value)).toEqual([prefectures, counties]);
    }
    expect(Math.max(...placedCounties)).toBeGreaterThan(0);
  });

  it('count the distinct values over a period at every row that meets it: each county a placed worker reached, each city an institution was in', async () => {
    const db = opened.dataSource;
    const { programId, movedOn } = await movePlacedWorkerToCountyNotReached(db);
    const dayBefore = new Date(Date.parse(movedOn) - 86_400_000).toISOString().slice(0, 10);
    const msw = counted.MSW_INSTITUTIONS!.where.replace(/ AND \(greatest.*$/, '');
    const distinct = (sql: string, day: string, since: string | null) =>
      db.query(sql, [day, since]).then(([row]) => row.n as number);
    // Rows that began by the day and had not ended before the period's first day (none if none).
    const met = (from: string, until: string) =>
      `(${from} IS NULL OR ${from} <= $1::date) AND ($2::date IS NULL OR ${until} IS NULL OR ${until} >= $2::date)`;
    const counties = (filter: string, day: string, since: string | null) =>
      distinct(
        `SELECT count(DISTINCT institution_county)::int AS n FROM social_worker_post_piece
         WHERE ${filter} AND ${met('post_from', 'post_until')}`,
        day,
        since,
      );
    const cities = (day: string, since: string) =>
      distinct(
        `SELECT count(DISTINCT city)::int AS n FROM institution_spell
         WHERE ${msw} AND ${met('greatest(founded_from, social_work_from)', 'closed_on')}`,
        day,
        since,
      );
    // Periods that hold the day before the move and the move.
    for (const [since, day] of [
      [dayBefore, movedOn],
      [dayBefore, today()],
    ] as const) {
      const [countiesMeasured, citiesMeasured] = await measureMany(db, [
        { indicator: 'COUNTIES_COVERED', asOf: day, since },
        { indicator: 'PREFECTURES_COVERED', asOf: day, since },
      ]);
      const expected = await counties('program_id IS NOT NULL', day, since);
      expect({ since, day, counties: countiesMeasured!.value }).toEqual({
        since,
        day,
        counties: expected,
      });
      expect({ since, day, cities: citiesMeasured!.value }).toEqual({
        since,
        day,
        cities: await cities(day, since),
      });
      // Each worker's earliest row alone misses the county reached by the move.
      const [{ n }] = await db.query(
        `SELECT count(DISTINCT institution_county)::int AS n FROM (SELECT DISTINCT ON (worker_id) *
           FROM social_worker_post_piece WHERE program_id IS NOT NULL AND ${met('post_from', 'post_until')}
           ORDER BY worker_id, post_from) earliest`,
        [day, since],
      );
      expect({ since, day, n }).toEqual({ since, day, n: expected - 1 });
    }
    // The moved worker's programme, over its whole life, as its cohort's target counts it.
    const placed = `program_id IN (SELECT id FROM program WHERE id = ${Number(programId)} OR parent_id = ${Number(programId)})`;
    const [scoped] = await measureMany(db, [
      { indicator: 'COUNTIES_COVERED', asOf: today(), scope: { programId } },
    ]);
    expect(scoped!.value).toBe(await counties(placed, today(), null));
  });

  it('measure a flow since a day inside a year, and a programme placements, as every worker counted on its own dates would', async () => {
    const db = opened.dataSource;
    // Each worker once, at the earliest of its posts that the count takes and that had not ended
    // by the period's first day: its first day there (min) found apart, then its post on that day.
    const once = async (filter: string, day: string, since: string | null) => {
      const rows: { city: string; n: number }[] = await db.query(
        `WITH taken AS (SELECT * FROM social_worker_post_piece WHERE ${filter}
           AND ($2::date IS NULL OR post_until IS NULL OR post_until >= $2::date)),
         earliest AS (SELECT worker_id, min(post_from) AS post_from FROM taken GROUP BY worker_id)
         SELECT t.institution_city AS city, count(*)::int AS n FROM earliest e
         JOIN taken t ON t.worker_id = e.worker_id AND t.post_from = e.post_from
         WHERE e.post_from <= $1::date GROUP BY 1`,
        [day, since],
      );
      return {
        '*': rows.reduce((sum, r) => sum + r.n, 0),
        ...Object.fromEntries(rows.map((r) => [r.city, r.n])),
      };
    };
    // A filter on the worker (dispatched), and one on the post's institution (a hospital), which a
    // worker moved within the period may meet at its later post only.
    const filters = {
      DISPATCHED_WORKERS: `employment = 'DISPATCHED'`,
      MEDICAL_SOCIAL_WORKERS: `institution_${medical}`,
    };
    for (const [indicator, filter] of Object.entries(filters))
      for (const [since, day] of [
        ['2021-04-15', '2023-08-31'],
        ['2019-12-31', '2020-01-01'],
        ['2018-07-01', today()],
      ] as const) {
        expect(await measuredByCity(db, { indicator, asOf: day, since })).toEqual(
          await once(filter, day, since),
        );
      }
    // A programme's placements count once placed, however long ago (as MeasureScope says), at
    // the earliest post the count takes.
    const [{ programId }] = await db.query(
      `SELECT program_id::text AS "programId" FROM social_worker WHERE program_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const placed = `program_id IN (SELECT id FROM program WHERE id = ${Number(programId)} OR parent_id = ${Number(programId)})`;
    for (const day of ['2022-09-09', today()])
      for (const [indicator, filter] of [
        ['SOCIAL_WORK_PRACTITIONERS', placed],
        ['MEDICAL_SOCIAL_WORKERS', `${placed} AND institution_${medical}`],
      ] as const) {
        const expected = await once(filter, day, null);
        if (indicator === 'SOCIAL_WORK_PRACTITIONERS') expect(expected['*']).toBeGreaterThan(0);
        expect(await measuredByCity(db, { indicator, asOf: day, scope: { programId } })).toEqual(
          expected,
        );
      }
  });

  it.each(['DISPATCHED_WORKERS', 'MSW_INSTITUTIONS', 'SECONDARY_PLUS_MSW_COVERAGE'])(
    'give a YEAR series of %s whose every year-end is the value on that day',
    async (indicator) => {
      const db = opened.dataSource;
      const [series] = await measureMany(db, [{ indicator, by: ['YEAR'], from: 2016 }]);
      const now = today();
      expect(series!.breakdown.map((cell) => Number(cell.keys[0]!.value))).toEqual(
        Array.from({ length: Number(now.slice(0, 4)) - 2015 }, (_, i) => 2016 + i),
      );
      const { table, value, where } = counted[indicator]!;
      for (const cell of series!.breakdown) {
        const year = cell.keys[0]!.value!;
        const [row] = await db.query(`SELECT ${value} AS value FROM ${table} WHERE ${where}`, [
          year === now.slice(0, 4) ? now : `${year}-12-31`,
        ]);
        expect({ year, value: cell.value }).toEqual({ year, value: Number(row.value ?? 0) });
      }
    },
  );

  it('follow every way a record is written: inserts, transfers, end dates, an institution moving or closing, deletes', async () => {
    const db = opened.dataSource;
    const [from, to] = await db.query(
      `SELECT id FROM institution i WHERE city IS NOT NULL AND closed_on IS NULL
        AND NOT EXISTS (SELECT FROM institution_past_spell s WHERE s.institution_id = i.id) ORDER BY id LIMIT 2`,
    );
    await db.query(
      `INSERT INTO social_worker (name, institution_id, provenance, started_on, service_fields)
      SELECT '新社工' || n, $1, 'REGISTERED', date '2024-05-01' + n, ARRAY['ELDERLY'] FROM generate_series(1, 40) n`,
      [from.id],
    );
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    await db.query(
      `UPDATE social_worker SET institution_id = $2 WHERE institution_id = $1 AND name LIKE '新社工%' AND started_on < '2024-05-20'`,
      [from.id, to.id],
    );
    await db.query(
      `UPDATE social_worker SET ended_on = started_on + 100 WHERE name LIKE '新社工%' AND started_on > '2024-06-01'`,
    );
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    // A move kept as a post left, and a change of the worker that its posts copy.
    const movedBack = `name LIKE '新社工%' AND started_on < '2024-05-20'`;
    await db.query(`INSERT INTO social_worker_past_post (worker_id, institution_id, posted_from, posted_until, first_post)
      SELECT id, institution_id, started_on, date '2024-09-30', true FROM social_worker WHERE ${movedBack}`);
    await db.query(
      `UPDATE social_worker SET posted_on = '2024-10-01', institution_id = $1 WHERE ${movedBack}`,
      [from.id],
    );
    await db.query(`UPDATE social_worker SET employment = 'PART_TIME' WHERE name LIKE '新社工%'`);
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    // The institution's copy on its workers changes with it, and so do their combinations.
    await db.query(
      `UPDATE institution SET city = '迁入市', social_work_since = '2023-03' WHERE id = $1`,
      [to.id],
    );
    await db.query(
      `UPDATE institution SET status = 'CLOSED', closed_on = '2025-08-08' WHERE id = $1`,
      [from.id],
    );
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    const [{ kept, workers }] = await db.query(
      `SELECT (SELECT sum(records)::int FROM social_worker_piece_rollup WHERE institution_city = '迁入市') AS kept,
        (SELECT count(*)::int FROM social_worker_post WHERE institution_id = $1) AS workers`,
      [to.id],
    );
    expect(kept).toBe(workers);
    expect(workers).toBeGreaterThan(17);
    // A rename touches no combination: the statement changes nothing in the rollups.
    const rollupText = async () =>
      (
        await db.query(
          `SELECT string_agg(r::text, ';' ORDER BY r::text) AS t FROM social_worker_piece_rollup r`,
        )
      )[0].t;
    const beforeRename = await rollupText();
    await db.query(`UPDATE social_worker SET name = name || '甲' WHERE name LIKE '新社工%'`);
    expect(await rollupText()).toBe(beforeRename);
    await db.query(`DELETE FROM social_worker WHERE name LIKE '新社工%'`);
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    expect(
      await db.query(`SELECT records FROM social_worker_piece_rollup WHERE records <= 0`),
    ).toEqual([]);
  });

  it('are built from the records already there when the migration runs', async () => {
    const db = opened.dataSource;
    // The posts left go with AddPostingHistory's down, and the past spells with
    // AddInstitutionHistory's, which each say how many; moves made again after them are followed.
    const [left] = await db.query(
      `SELECT count(*)::int AS posts, count(DISTINCT worker_id)::int AS workers FROM social_worker_past_post`,
    );
    expect(left.posts).toBeGreaterThan(1);
    const [kept] = await db.query(
      `SELECT count(*)::int AS spells, count(DISTINCT institution_id)::int AS institutions FROM institution_past_spell`,
    );
    expect(kept.spells).toBeGreaterThan(1);
    const [{ dated }] = await db.query(
      `SELECT count(*)::int AS dated FROM social_worker WHERE certified_since IS NOT NULL`,
    );
    expect(dated).toBeGreaterThan(1);
    const [{ demoCertified }] =
      await db.query(`SELECT count(*)::int AS "demoCertified" FROM social_worker
      WHERE provenance = 'DEMO' AND certificate_level <> 'NONE'`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await remigrate(db, [
        new AddCertificationDates1767200000000(),
        new CheckInstitutionPeriods1767100000000(),
        new AddProgramPeriods1767000000000(),
        new AddPostPeriods1766900000000(),
        new AddInstitutionHistory1766800000000(),
        new AddPostingHistory1766400000000(),
        new AddMeasureRollups1764600000000(),
      ]);
      expect(warn.mock.calls).toEqual([
        [
          `撤销迁移 AddCertificationDates：删除 ${dated} 名社工的证书取得日期，此前各日的测算值将按其现有证书计算。` +
            `Undoing AddCertificationDates drops the certification dates of ${dated} social workers: the counts of earlier days take their certificates as held throughout.`,
        ],
        [
          `撤销迁移 AddInstitutionHistory：删除 ${kept.spells} 段过往时期（${kept.institutions} 家机构在有日期的变更或重新开放之前的类型、等级、所在地和社会工作设置），各机构仅保留当前状态，此前各日的测算值将按当前状态计算，停业期间也将计入。` +
            `Undoing AddInstitutionHistory drops ${kept.spells} past spells (the kind, grade, place and social work of ${kept.institutions} institutions before a dated change or a reopening): each institution keeps its current attributes only, the counts of earlier days are taken from them, and closed spells count again.`,
        ],
        [
          `撤销迁移 AddPostingHistory：删除 ${left.posts} 段过往任职（${left.workers} 名社工调动前的任职），各社工仅保留当前任职，此前各日的测算值将按当前任职计算。` +
            `Undoing AddPostingHistory drops ${left.posts} past posts (held by ${left.workers} moved social workers before their moves): each worker keeps its current post only, and the counts of earlier days are taken from it.`,
        ],
      ]);
    } finally {
      warn.mockRestore();
    }
    // The demo's certified workers are dated again, on their first day, as a demo seeded now is.
    expect(
      await db.query(`SELECT count(*)::int AS dated,
        count(*) FILTER (WHERE certified_since = started_on AND provenance = 'DEMO')::int AS demo
        FROM social_worker WHERE certified_since IS NOT NULL`),
    ).toEqual([{ dated: demoCertified, demo: demoCertified }]);
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    await moveWorkers(db, 9);
    const [{ combinations }] = await db.query(
      `SELECT count(*)::int AS combinations FROM social_worker_piece_rollup`,
    );
    expect(combinations).toBeGreaterThan(100);
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    expect(await measuredByCity(db, { indicator: 'MSW_INSTITUTIONS', asOf: '2021-06-30' })).toEqual(
      await countedByCity(db, 'MSW_INSTITUTIONS', '2021-06-30'),
    );
  });

  it("date the demo's certificates already there on the posts their workers left too, as the rollup counts them", async () => {
    const db = opened.dataSource;
    await db.query(`UPDATE social_worker SET certified_since = NULL WHERE provenance = 'DEMO'`);
    await remigrate(db, [new AddCertificationDates1767200000000()]);
    const [copies] = await db.query(`SELECT
        count(*) FILTER (WHERE p.certified_since IS NOT NULL)::int AS dated,
        count(*) FILTER (WHERE p.certified_since IS DISTINCT FROM w.certified_since)::int AS differ
      FROM social_worker_past_post p JOIN social_worker w ON w.id = p.worker_id`);
    expect(copies.differ).toBe(0);
    expect(copies.dated).toBeGreaterThan(10);
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
  });

  it("take a day the way the registry does, China's, whatever the server's time zone", async () => {
    // 01:00 in Beijing on the 6th is still the 5th in UTC: the day a record written then is dated.
    expect(
      await opened.dataSource.query(
        `SELECT current_setting('TimeZone') AS zone, (timestamptz '2026-12-05 17:00+00')::date::text AS day`,
      ),
    ).toEqual([{ zone: 'Asia/Shanghai', day: '2026-12-06' }]);
  });

  it('stay exact when the migration that dates records whose start is not known runs on existing records', async () => {
    const db = opened.dataSource;
    const migrations = [
      new AddCertificationDates1767200000000(),
      new CheckInstitutionPeriods1767100000000(),
      new AddProgramPeriods1767000000000(),
      new AddPostPeriods1766900000000(),
      new AddInstitutionHistory1766800000000(),
      new InferSocialWorkStarts1766600000000(),
      new AddPostingHistory1766400000000(),
      new InferUnknownStarts1764700000000(),
    ];
    await remigrate(db, migrations, async (runner) => {
      // Written before it: agencies and workers without a start, which counted at every date.
      await runner.query(
        `INSERT INTO source (id, document, title, published_on) VALUES ('undated', 'undated.md', 'Undated', '2019-05')`,
      );
      await runner.query(`INSERT INTO institution (key, name, kind, city, provenance, source_id)
        SELECT 'undated-' || g, '未注明成立日期' || g, 'SOCIAL_WORK_AGENCY', '银川市', 'PUBLISHED', CASE WHEN g % 2 = 0 THEN 'undated' END
        FROM generate_series(1, 6) AS g`);
      await runner.query(`INSERT INTO social_worker (name, institution_id, provenance, created_at)
        SELECT '未注明入职日期', (SELECT min(id) FROM institution), 'REGISTERED', timestamptz '2021-08-09 12:00+00' FROM generate_series(1, 4)`);
    });
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    // Those named by a document count from the end of its month, the others from the day recorded.
    expect(
      await db.query(`SELECT founded_from::text AS day, count(*)::int AS agencies FROM institution
        WHERE key LIKE 'undated-%' GROUP BY 1 ORDER BY 1`),
    ).toEqual([
      { day: '2019-05-31', agencies: 3 },
      { day: today(), agencies: 3 },
    ]);
    expect(
      await db.query(`SELECT count(*)::int AS workers FROM social_worker
        WHERE name = '未注明入职日期' AND started_on = '2021-08-09' AND started_on_inferred`),
    ).toEqual([{ workers: 4 }]);
    for (const indicator of ['SOCIAL_WORK_AGENCIES', 'SOCIAL_WORK_PRACTITIONERS'])
      for (const day of ['2019-05-30', '2019-05-31', '2021-08-08', '2021-08-09', today()])
        expect({
          indicator,
          day,
          measured: await measuredByCity(db, { indicator, asOf: day }),
        }).toEqual({
          indicator,
          day,
          measured: await countedByCity(db, indicator, day),
        });
  });

  it('stay exact when the migration that dates social work whose start is not known runs on existing records', async () => {
    const db = opened.dataSource;
    const migrations = [
      new AddCertificationDates1767200000000(),
      new CheckInstitutionPeriods1767100000000(),
      new AddProgramPeriods1767000000000(),
      new AddPostPeriods1766900000000(),
      new AddInstitutionHistory1766800000000(),
      new InferSocialWorkStarts1766600000000(),
    ];
    await remigrate(db, migrations, async (runner) => {
      // Written before it: hospitals of 1977 with social work and no start of it, which counted
      // from 1977. One had it when a document of 2019-05 named it; one was given it by an update
      // at 04:00 on 2024-03-06 in Beijing, the 5th in UTC, audited; one had it taken away since.
      await runner.query(
        `INSERT INTO source (id, document, title, published_on) VALUES ('setup', 'setup.md', 'Setup', '2019-05') ON CONFLICT DO NOTHING`,
      );
      const hospitals: { id: string; key: string }[] = await runner.query(`
        INSERT INTO institution (key, name, kind, grade, city, founded_on, social_work_setup, provenance, source_id)
        VALUES ('setup-named', '有社工部的医院', 'GENERAL_HOSPITAL', 'SECONDARY', '银川市', '1977-01-23', 'DEPARTMENT', 'PUBLISHED', 'setup'),
          ('setup-updated', '后设社工岗位的医院', 'GENERAL_HOSPITAL', 'SECONDARY', '银川市', '1977-01-23', 'POSTS', 'REGISTERED', NULL)
        RETURNING id::text, key`);
      const updated = hospitals.find((h) => h.key === 'setup-updated')!.id;
      await runner.query(
        `INSERT INTO audit (at, actor, role, action, entity, entity_id, before, after) VALUES
          ('2024-03-05 20:00+00', 'editor-NX', 'editor', 'updateInstitution', 'institution', $1,
            '{"socialWorkSetup": "NONE"}', '{"socialWorkSetup": "POSTS"}')`,
        [updated],
      );
    });
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
    expect(
      await db.query(`SELECT key, social_work_from::text AS day FROM institution
        WHERE key LIKE 'setup-%' ORDER BY key`),
    ).toEqual([
      { key: 'setup-named', day: '2019-05-31' },
      { key: 'setup-updated', day: '2024-03-06' },
    ]);
    for (const indicator of ['MSW_INSTITUTIONS', 'SECONDARY_PLUS_MSW_COVERAGE'])
      for (const day of ['1990-01-01', '2019-05-30', '2019-05-31', '2024-03-05', '2024-03-06'])
        expect({
          indicator,
          day,
          measured: await measuredByCity(db, { indicator, asOf: day }),
        }).toEqual({
          indicator,
          day,
          measured: await countedByCity(db, indicator, day),
        });
  });

  it("refuse SQL that gives an institution past periods without its current period's start, or a start without them", async () => {
    const db = opened.dataSource;
    const disagrees = (id: string) =>
      `机构 ${id} 的过往时期与其当前时期的开始日期（current_since）不一致`;
    const [{ unchanged }] = await db.query(
      `SELECT id::text AS unchanged FROM institution WHERE current_since IS NULL ORDER BY id LIMIT 1`,
    );
    await expect(
      db.query(`UPDATE institution SET current_since = '2022-01-01' WHERE id = $1`, [unchanged]),
    ).rejects.toThrow(disagrees(unchanged));
    // Both sides in one transaction, as a dated write does: a period kept and the new start.
    const changed = unchanged;
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO institution_past_spell (institution_id, spell_from, spell_until, ended_by_closing, kind, grade, city, county, social_work_setup, social_work_since, social_work_from, service_fields)
         SELECT id, NULL, '2021-12-31', false, kind, grade, city, county, social_work_setup, social_work_since, social_work_from, service_fields FROM institution WHERE id = $1`,
        [changed],
      );
      await tx.query(`UPDATE institution SET current_since = '2022-01-01' WHERE id = $1`, [
        changed,
      ]);
    });
    await expect(
      db.query(`DELETE FROM institution_past_spell WHERE institution_id = $1`, [changed]),
    ).rejects.toThrow(disagrees(changed));
    await expect(db.query(`TRUNCATE institution_past_spell`)).rejects.toThrow(
      /的过往时期与其当前时期的开始日期（current_since）不一致/,
    );
    // And taken back together, as a withdrawal does.
    await db.transaction(async (tx) => {
      await tx.query(`DELETE FROM institution_past_spell WHERE institution_id = $1`, [changed]);
      await tx.query(`UPDATE institution SET current_since = NULL WHERE id = $1`, [changed]);
    });
    expect(
      await db.query(`SELECT current_since FROM institution WHERE id = $1`, [changed]),
    ).toEqual([{ current_since: null }]);
    expect(await driftOfBoth(db)).toEqual({ workers: [], institutions: [] });
  });

  it('are emptied with their tables', async () => {
    const db = opened.dataSource;
    await db.query(`TRUNCATE institution CASCADE`);
    expect(
      await db.query(
        `SELECT (SELECT count(*)::int FROM social_worker_piece_rollup) AS workers, (SELECT count(*)::int FROM institution_spell_rollup) AS institutions`,
      ),
    ).toEqual([{ workers: 0, institutions: 0 }]);
  });
});
