import { medicalKinds } from '../enums.js';
import type { MeasureBase } from './dimensions.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Conditions the indicator definitions share, written once. */
const medical = `i.kind IN (${list(medicalKinds)})`;
const doesSocialWork = `i.social_work_setup IN ('DEPARTMENT', 'POSTS')`;
const secondaryOrAbove = `i.grade IN ('TERTIARY', 'SECONDARY')`;
/**
 * An institution counts for social work from the day it started it, and not before it existed. Of
 * one doing social work neither date is null: each falls back on the earliest day the registry
 * knows of it (InferUnknownStarts, InferSocialWorkStarts), so that neither can make it count earlier.
 */
const doingSocialWorkFrom = 'greatest(i.founded_from, i.social_work_from)';
/**
 * It counts for social work from an inferred day: no start of social work given, and the day the
 * registry knew of its setup is the later of the two, or its founding is not known either.
 */
const socialWorkUndated = `i.social_work_since IS NULL AND (i.founded_on IS NULL OR i.social_work_from > i.founded_from)`;
/** Counted in a coverage's part from an inferred day: no start of social work given. */
const socialWorkStartNotGiven = 'i.social_work_since IS NULL';

/** How the rows of an indicator add up: each row once, a column summed, or the distinct values of a column. */
export type Aggregate = { count: 'rows' } | { sum: string } | { distinct: string };

/**
 * How a regional registry computes an indicator of the national catalog: the rows it reads (`base`
 * and `where`) and how they add up. A ratio counts the rows that meet `numerator` among all rows of
 * `where`, as a percentage. A row counts from the day its base says it starts (`countsFrom`
 * overrides it: an institution counts for social work from the day it took it up) until it ends.
 */
export type IndicatorMeasure =
  | {
      kind: 'COUNT';
      base: MeasureBase;
      where: string;
      aggregate: Aggregate;
      countsFrom?: string;
      /** Whether a row's `countsFrom` was inferred, where it is not its base's start. */
      undatedWhen?: string;
      /**
       * Whether a row counts from an inferred day by a column of its base's rollup, counted there
       * rather than one by one, beside those of `undatedWhen`: they must not meet it too.
       */
      undatedRolledUp?: string;
    }
  | {
      kind: 'RATIO';
      base: MeasureBase;
      where: string;
      numerator: string;
      numeratorCountsFrom: string;
      /**
       * Whether a row counted in the part counts there from an inferred day; it is undated on a day
       * it counts in the part, as one counted in the whole from an inferred day is.
       */
      numeratorUndatedWhen: string;
    };

const rows: Aggregate = { count: 'rows' };

/** Every indicator a registry can compute. Their codes are the indicators the national catalog marks computable. */
export const indicatorMeasures: Record<string, IndicatorMeasure> = {
  MSW_INSTITUTIONS: {
    kind: 'COUNT',
    base: 'institution',
    where: `${medical} AND ${doesSocialWork}`,
    aggregate: rows,
    countsFrom: doingSocialWorkFrom,
    undatedWhen: socialWorkUndated,
  },
  MSW_TERTIARY_INSTITUTIONS: {
    kind: 'COUNT',
    base: 'institution',
    where: `${medical} AND ${doesSocialWork} AND i.grade = 'TERTIARY'`,
    aggregate: rows,
    countsFrom: doingSocialWorkFrom,
    undatedWhen: socialWorkUndated,
  },
  MEDICAL_SOCIAL_WORKERS: { kind: 'COUNT', base: 'worker', where: medical, aggregate: rows },
  MEDICAL_SOCIAL_WORKERS_TERTIARY: {
    kind: 'COUNT',
    base: 'worker',
    where: `${medical} AND i.grade = 'TERTIARY'`,
    aggregate: rows,
  },
  CERTIFIED_SOCIAL_WORKERS: {
    kind: 'COUNT',
    base: 'worker',
    // Uncertified before the day of its certificate (AddCertificationDates), which cuts its post.
    where: `w.certificate_level <> 'NONE'`,
    aggregate: rows,
    // A certificate without its day counts from the post's first: the worker's certification is
    // no better known than an inferred start. Those are counted from the rollup (every certificate
    // of a registry migrated has none), the other undated one by one.
    undatedWhen: `w.post_from_inferred AND NOT w.certificate_undated`,
    undatedRolledUp: 'w.certificate_undated',
  },
  SOCIAL_WORK_PRACTITIONERS: { kind: 'COUNT', base: 'worker', where: 'true', aggregate: rows },
  DISPATCHED_WORKERS: {
    kind: 'COUNT',
    base: 'worker',
    where: `w.employment = 'DISPATCHED'`,
    aggregate: rows,
  },
  SOCIAL_WORK_AGENCIES: {
    kind: 'COUNT',
    base: 'institution',
    where: `i.kind = 'SOCIAL_WORK_AGENCY'`,
    aggregate: rows,
  },
  SOCIAL_WORK_STATIONS: {
    kind: 'COUNT',
    base: 'institution',
    where: `i.kind = 'SOCIAL_WORK_STATION'`,
    aggregate: rows,
  },
  COUNTY_SW_GUIDANCE_CENTRES: {
    kind: 'COUNT',
    base: 'institution',
    where: `i.kind = 'COUNTY_GUIDANCE_CENTRE'`,
    aggregate: rows,
  },
  PREFECTURES_COVERED: {
    kind: 'COUNT',
    base: 'institution',
    where: `${medical} AND ${doesSocialWork}`,
    aggregate: { distinct: 'i.city' },
    countsFrom: doingSocialWorkFrom,
    undatedWhen: socialWorkUndated,
  },
  COUNTIES_COVERED: {
    kind: 'COUNT',
    base: 'worker',
    where: 'w.program_id IS NOT NULL',
    aggregate: { distinct: 'i.county' },
  },
  SOCIAL_WORK_PROJECTS: {
    kind: 'COUNT',
    base: 'program',
    where: `p.role = 'PROJECT'`,
    aggregate: rows,
  },
  BENEFICIARIES: {
    kind: 'COUNT',
    base: 'program',
    where: `p.role = 'PROJECT'`,
    aggregate: { sum: 'p.beneficiaries' },
  },
  FUNDING_YUAN: {
    kind: 'COUNT',
    base: 'program',
    where: `p.role = 'PROJECT'`,
    aggregate: { sum: 'p.funding_yuan' },
  },
  INDIVIDUAL_CASES: {
    kind: 'COUNT',
    base: 'program',
    where: `p.role = 'PROJECT'`,
    aggregate: { sum: 'p.individual_cases' },
  },
  SECONDARY_PLUS_MSW_COVERAGE: {
    kind: 'RATIO',
    base: 'institution',
    where: `${medical} AND ${secondaryOrAbove}`,
    numerator: doesSocialWork,
    numeratorCountsFrom: 'i.social_work_from',
    numeratorUndatedWhen: socialWorkStartNotGiven,
  },
  MEDICAL_MSW_COVERAGE: {
    kind: 'RATIO',
    base: 'institution',
    where: medical,
    numerator: doesSocialWork,
    numeratorCountsFrom: 'i.social_work_from',
    numeratorUndatedWhen: socialWorkStartNotGiven,
  },
};
