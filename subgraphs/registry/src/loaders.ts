import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, Repository } from 'typeorm';
import { FigureEntity, type Figure } from './entities/Figure.js';
import { InstitutionEntity, type Institution } from './entities/Institution.js';
import { ProgramEntity, type Program } from './entities/Program.js';
import { SocialWorkerEntity, type SocialWorker } from './entities/SocialWorker.js';
import { SourceEntity, type Source } from './entities/Source.js';
import { postsOf } from './worker-posts.js';
import { periodsOf } from './institution-periods.js';
import { PolicyEntity, type Policy } from './entities/Target.js';
import { histories } from './measures/history.js';
import { countsOn, FIGURE_LAST_DAY, programmeStart } from './measures/statement-parts.js';
import { indicatorMeasures } from './measures/indicators.js';
import { measureMany } from './measures/measure.js';
import { rateMeasures, rateOnDay } from './measures/rates.js';
import type { MeasureScope } from './measures/measure-types.js';
import type { Aggregates } from './measures/aggregate-cache.js';

/** One batched statement for all the keys a request asks for, in key order. */
function byId<T extends ObjectLiteral & { id: string }>(repository: Repository<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await repository
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const found = new Map(rows.map((row) => [String(row.id), row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * The first `limit` children of each parent, for all parents of a request in one statement:
 * a LATERAL join walks the (parent, id) index once per parent.
 */
function childrenOf<T extends ObjectLiteral & { id: string }>(
  repository: Repository<T>,
  table: string,
  parentColumn: string,
  parentProperty: keyof T,
  limit: number,
  /** A condition on the children, a constant of this module, never input. */
  only = 'true',
) {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const rows = await repository
      .createQueryBuilder('c')
      .where(
        `c.id IN (SELECT l.id FROM unnest(CAST(:parents AS bigint[])) AS p(id)
          CROSS JOIN LATERAL (SELECT id FROM ${table} WHERE ${parentColumn} = p.id AND ${only} ORDER BY id LIMIT :limit) l)`,
        { parents: [...parentIds], limit },
      )
      .orderBy('c.id')
      .getMany();
    const grouped = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) grouped.get(String(row[parentProperty]))?.push(row);
    return parentIds.map((id) => grouped.get(id)!);
  });
}

/**
 * The figures that count each programme and no more (`scope_program_id`), not withdrawn, for all
 * the programmes of a request in one statement, each programme's by indicator and date.
 */
function figuresOfPrograms(figures: Repository<Figure>) {
  return new DataLoader<string, Figure[]>(async (programIds) => {
    const rows = await figures
      .createQueryBuilder('f')
      .where('f.scope_program_id IN (:...ids)', { ids: [...programIds] })
      .andWhere('f.withdrawn_at IS NULL')
      .orderBy('f.indicator')
      .addOrderBy('f.as_of')
      .addOrderBy('f.id')
      .getMany();
    const grouped = new Map<string, Figure[]>(programIds.map((id) => [id, []]));
    for (const row of rows) grouped.get(String(row.scopeProgramId))?.push(row);
    return programIds.map((id) => grouped.get(id)!);
  });
}

/** The rows a caller without a token sees: published records only. */
const PUBLISHED_ONLY = "provenance = 'PUBLISHED'";
/** The programmes an institution lists: a withdrawn one (by the published data or its team) is listed nowhere. */
const STANDING = 'withdrawn_at IS NULL';

function countsOf(
  db: DataSource,
  table: string,
  parentColumn: string,
  where = 'true',
  parameters: unknown[] = [],
) {
  return new DataLoader<string, number>(async (parentIds) => {
    const rows: { parent: string; n: string }[] = await db.query(
      `SELECT ${parentColumn} AS parent, count(*) AS n FROM ${table} WHERE ${parentColumn} = ANY($1::bigint[]) AND ${where} GROUP BY 1`,
      [[...parentIds], ...parameters],
    );
    const counts = new Map(rows.map((r) => [String(r.parent), Number(r.n)]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  });
}

/**
 * Loaders keyed by an argument (a page size, a day): one loader, and so one statement, per distinct
 * value in a request.
 */
function perKey<K, T>(make: (key: K) => DataLoader<string, T>) {
  const loaders = new Map<K, DataLoader<string, T>>();
  return (key: K) => {
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(key)));
    return loader;
  };
}

/** A worker in post at the end of the day `$2` by the post it held that day, as measures count. */
const IN_POST_ON_DAY = countsOn('post_from', 'post_until', '$2::date');
const POSTS = 'social_worker_post';

/** What a target counts: its indicator, and fewer records where its policy says so. */
export interface TargetMeasure {
  indicator: string;
  scope: MeasureScope;
  /** The day the target is judged as of (figuresKnownOn): null for today. */
  asOf: string | null;
}

/**
 * Where the region stands on what each target of a request counts: the measure now with its yearly
 * series, and the history with its trend, two statements for all the targets of a request.
 */
function standings(db: DataSource, aggregates: Aggregates) {
  return new DataLoader(
    (asked: readonly TargetMeasure[]) =>
      aggregates(['standings', asked], () => computeStandings(db, asked)),
    {
      cacheKeyFn: (a) =>
        JSON.stringify([a.indicator, a.scope.programId ?? null, a.scope.kinds ?? null, a.asOf]),
    },
  );
}

/** Computed for the whole batch, and cached as one: a dashboard asks the same targets again and again. */
async function computeStandings(db: DataSource, asked: readonly TargetMeasure[]) {
  const computable = asked.filter((a) => indicatorMeasures[a.indicator]);
  const [measures, rates] = await Promise.all([
    measureMany(
      db,
      computable.map((a) => ({
        indicator: a.indicator,
        by: ['YEAR'] as const,
        scope: a.scope,
        asOf: a.asOf,
      })),
    ),
    Promise.all(
      asked.map(async (a) =>
        rateMeasures[a.indicator] ? rateOnDay(db, a.indicator, a.scope, a.asOf) : null,
      ),
    ),
  ]);
  const measured = asked.map((a, i) =>
    indicatorMeasures[a.indicator] ? measures[computable.indexOf(a)]! : rates[i]!,
  );
  const [found, starts] = await Promise.all([
    histories(
      db,
      asked.map((a, i) => ({
        indicator: a.indicator,
        withFigures: !a.scope.kinds?.length,
        program: a.scope.programId ?? null,
        measured: measured[i]!,
        knownOn: a.asOf,
      })),
    ),
    programmeStarts(db, asked),
  ]);
  return asked.map((a, i) => ({
    measured: measured[i]!,
    history: found[i]!,
    programmeStart: a.scope.programId ? (starts.get(a.scope.programId) ?? null) : null,
  }));
}

/**
 * When each programme a target is scoped to began, as it gives it (a year, year-month or date): its
 * cohort counts everyone placed since. Missing for a programme that says neither its start nor its
 * year; no statement without programmes.
 */
async function programmeStarts(db: DataSource, asked: readonly TargetMeasure[]) {
  const ids = [...new Set(asked.flatMap((a) => (a.scope.programId ? [a.scope.programId] : [])))];
  if (!ids.length) return new Map<string, string>();
  const rows: { id: string; start: string | null }[] = await db.query(
    `SELECT p.id::text AS id, ${programmeStart('p')} AS start FROM program p WHERE p.id = ANY($1::bigint[])`,
    [ids],
  );
  return new Map(rows.flatMap((r) => (r.start ? [[r.id, r.start] as const] : [])));
}

/** An indicator whose latest figure is asked, as of a day (`YYYY-MM-DD`), or as of now. */
export interface LatestFigureOf {
  indicator: string;
  asOf?: string | null;
}

/**
 * The latest figure reported for each whole indicator (not a part of it, not one programme's or one
 * institution's, not a plan), of those whose date had ended by the day asked (a figure of 2024 is not known mid-2024),
 * for all the indicators a request asks for as of one day in one statement: what a comparison shows
 * beside the measure. Of two figures of the same date, the count now wins over a count since some
 * year, then an exact figure over an approximate one.
 */
function latestFigures(figures: Repository<Figure>) {
  const keyOf = (a: LatestFigureOf) => JSON.stringify([a.indicator, a.asOf ?? null]);
  return new DataLoader<LatestFigureOf, Figure | null, string>(
    async (asked) => {
      const days = [...new Set(asked.map((a) => a.asOf ?? null))];
      const found = await Promise.all(
        days.map(async (day) => {
          const indicators = [
            ...new Set(asked.filter((a) => (a.asOf ?? null) === day).map((a) => a.indicator)),
          ];
          const rows = await figures
            .createQueryBuilder('f')
            .where(
              `f.id IN (SELECT DISTINCT ON (indicator) id FROM figure
                  WHERE indicator = ANY(:indicators) AND breakdown_dimension IS NULL AND scope_program_id IS NULL
                    AND scope_institution_id IS NULL
                    AND kind = 'REPORTED' AND withdrawn_at IS NULL
                    AND (CAST(:day AS text) IS NULL OR ${FIGURE_LAST_DAY} <= :day)
                  ORDER BY indicator, as_of DESC, period_start IS NOT NULL, qualifier <> 'EXACT', id)`,
              { indicators, day },
            )
            .getMany();
          return rows.map((row) => [keyOf({ indicator: row.indicator, asOf: day }), row] as const);
        }),
      );
      const byKey = new Map(found.flat());
      return asked.map((a) => byKey.get(keyOf(a)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
}

/** Fresh for every request, so that nothing cached outlives the request that read it. */
export function createLoaders(db: DataSource, aggregates: Aggregates) {
  const institutions = db.getRepository(InstitutionEntity);
  const socialWorkers = db.getRepository(SocialWorkerEntity);
  const programs = db.getRepository(ProgramEntity);
  const hosted = (limit: number, only: string) =>
    childrenOf<Program>(
      programs,
      'program',
      'host_institution_id',
      'hostInstitutionId',
      limit,
      only,
    );
  return {
    institution: byId<Institution>(institutions),
    socialWorker: byId<SocialWorker>(socialWorkers),
    posts: postsOf(db),
    periods: periodsOf(db),
    program: byId<Program>(programs),
    source: byId<Source>(db.getRepository(SourceEntity)),
    policy: byId<Policy>(db.getRepository(PolicyEntity)),
    figure: byId<Figure>(db.getRepository(FigureEntity)),
    latestFigure: latestFigures(db.getRepository<Figure>(FigureEntity)),
    figuresOfProgram: figuresOfPrograms(db.getRepository<Figure>(FigureEntity)),
    standing: standings(db, aggregates),
    socialWorkersOfInstitution: perKey((limit: number) =>
      childrenOf<SocialWorker>(
        socialWorkers,
        'social_worker',
        'institution_id',
        'institutionId',
        limit,
      ),
    ),
    programsOfInstitution: perKey((limit: number) => hosted(limit, STANDING)),
    /** For callers without a token, who see published records only. */
    publishedProgramsOfInstitution: perKey((limit: number) =>
      hosted(limit, `${PUBLISHED_ONLY} AND ${STANDING}`),
    ),
    socialWorkerCount: countsOf(db, 'social_worker', 'institution_id'),
    /** For callers without a token, who see published records only. */
    publishedSocialWorkerCount: countsOf(db, 'social_worker', 'institution_id', PUBLISHED_ONLY),
    /** The workers in post at the end of a day, as a measure counts them; one loader per day asked. */
    socialWorkersInPost: perKey((day: string) =>
      countsOf(db, POSTS, 'institution_id', IN_POST_ON_DAY, [day]),
    ),
    publishedSocialWorkersInPost: perKey((day: string) =>
      countsOf(db, POSTS, 'institution_id', `${PUBLISHED_ONLY} AND ${IN_POST_ON_DAY}`, [day]),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
