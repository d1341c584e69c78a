import { medicalKinds } from '../enums.js';
import type { MeasureBase } from './dimensions.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Conditions the indicator definitions share, written once. */
const medical = `i.kind IN (${list(medicalKinds)})`;
const active = `i.status = 'ACTIVE'`;
const doesSocialWork = `i.social_work_setup IN ('DEPARTMENT', 'POSTS')`;
const employed = `w.ended_on IS NULL`;

/**
 * How a regional registry computes an indicator of the national catalog: the rows it reads (`base`
 * and `where`) and the aggregate over them. A ratio counts the rows that meet `numerator` among
 * all rows of `where`, as a percentage.
 */
export type IndicatorMeasure =
  | { kind: 'COUNT'; base: MeasureBase; where: string; aggregate: string }
  | { kind: 'RATIO'; base: MeasureBase; where: string; numerator: string };

/** Every indicator a registry can compute. Their codes are the indicators the national catalog marks computable. */
export const indicatorMeasures: Record<string, IndicatorMeasure> = {
  MSW_INSTITUTIONS: { kind: 'COUNT', base: 'institution', where: `${active} AND ${medical} AND ${doesSocialWork}`, aggregate: 'count(*)' },
  MSW_TERTIARY_INSTITUTIONS: {
    kind: 'COUNT',
    base: 'institution',
    where: `${active} AND ${medical} AND ${doesSocialWork} AND i.grade = 'TERTIARY'`,
    aggregate: 'count(*)',
  },
  MEDICAL_SOCIAL_WORKERS: { kind: 'COUNT', base: 'worker', where: `${employed} AND ${medical}`, aggregate: 'count(*)' },
  MEDICAL_SOCIAL_WORKERS_TERTIARY: {
    kind: 'COUNT',
    base: 'worker',
    where: `${employed} AND ${medical} AND i.grade = 'TERTIARY'`,
    aggregate: 'count(*)',
  },
  CERTIFIED_SOCIAL_WORKERS: { kind: 'COUNT', base: 'worker', where: `${employed} AND w.certificate_level <> 'NONE'`, aggregate: 'count(*)' },
  SOCIAL_WORK_PRACTITIONERS: { kind: 'COUNT', base: 'worker', where: employed, aggregate: 'count(*)' },
  DISPATCHED_WORKERS: { kind: 'COUNT', base: 'worker', where: `${employed} AND w.employment = 'DISPATCHED'`, aggregate: 'count(*)' },
  SOCIAL_WORK_AGENCIES: { kind: 'COUNT', base: 'institution', where: `${active} AND i.kind = 'SOCIAL_WORK_AGENCY'`, aggregate: 'count(*)' },
  SOCIAL_WORK_STATIONS: { kind: 'COUNT', base: 'institution', where: `${active} AND i.kind = 'SOCIAL_WORK_STATION'`, aggregate: 'count(*)' },
  COUNTY_SW_GUIDANCE_CENTRES: {
    kind: 'COUNT',
    base: 'institution',
    where: `${active} AND i.kind = 'COUNTY_GUIDANCE_CENTRE'`,
    aggregate: 'count(*)',
  },
  PREFECTURES_COVERED: {
    kind: 'COUNT',
    base: 'institution',
    where: `${active} AND ${medical} AND ${doesSocialWork}`,
    aggregate: 'count(DISTINCT i.city)',
  },
  SOCIAL_WORK_PROJECTS: { kind: 'COUNT', base: 'program', where: 'true', aggregate: 'count(*)' },
  BENEFICIARIES: { kind: 'COUNT', base: 'program', where: 'true', aggregate: 'sum(p.beneficiaries)' },
  FUNDING_YUAN: { kind: 'COUNT', base: 'program', where: 'true', aggregate: 'sum(p.funding_yuan)' },
  INDIVIDUAL_CASES: { kind: 'COUNT', base: 'program', where: 'true', aggregate: 'sum(p.individual_cases)' },
  SECONDARY_PLUS_MSW_COVERAGE: {
    kind: 'RATIO',
    base: 'institution',
    where: `${active} AND ${medical} AND i.grade IN ('TERTIARY', 'SECONDARY')`,
    numerator: doesSocialWork,
  },
  MEDICAL_MSW_COVERAGE: { kind: 'RATIO', base: 'institution', where: `${active} AND ${medical}`, numerator: doesSocialWork },
};
