import { inBoth } from './bilingual.js';
import type { IndicatorKind, RegionMeasure } from './national-total.js';

/**
 * Why a region's measure is not added up into a total (national-total.ts), in both languages, and
 * the rule they rest on that a count of 0 may be nothing registered rather than a finding, which a
 * target (its standing) and a rate's best year (rate-years.ts) apply too. Plain code, as the total
 * is: the dashboard's browser bundle imports it.
 */

const nothingRegistered = inBoth({
  zh: '登记库中没有可计的记录：0 是登记的情况，不代表该地区没有。',
  en: 'the registry holds nothing it counts: 0 is what is registered, not a finding that the region has none',
});

/**
 * A flow of 0 over its period: the registry may hold records of other periods (Ningxia's funding
 * since 2013), none of which falls in this one.
 */
const nothingInPeriod = (since: string, asOf: string | null | undefined) =>
  inBoth({
    zh: `登记库中没有测算时期（${since} 至 ${asOf}）内的记录：0 只反映登记情况，不代表该地区这一时期实际为零。`,
    en: `the registry counts nothing in the period measured (${since} to ${asOf}): 0 is what is registered, not a finding that the region had none`,
  });

/**
 * A count of 0, or a rate over one: nothing registered that the indicator counts (in the period, of
 * a flow), which is what the registry holds, not a finding that the region has none.
 */
export const registersNothing = (
  kind: IndicatorKind,
  measure: { value?: number | null; numerator?: number | null },
) =>
  (kind === 'COUNT' || kind === 'RATE') &&
  (kind === 'COUNT' ? measure.value : measure.numerator) === 0;

/**
 * A region that counts it and has registered nothing (in the period, of a flow): a count of 0 but
 * one whose records have all ended (Ningxia's postings of a year), which is a finding.
 */
export const countsNothing = (kind: IndicatorKind, { measure }: RegionMeasure) =>
  measure?.computable === true &&
  registersNothing(kind, measure) &&
  measure.nothingRegistered !== false;

/** Why a region's measure cannot be added up, or null when it can. */
export function leftOutBecause(kind: IndicatorKind, region: RegionMeasure): string | null {
  const { measure } = region;
  if (measure == null) return inBoth({ zh: '该地区未应答。', en: 'the region did not answer' });
  if (!measure.computable)
    return measure.reason ?? inBoth({ zh: '登记库无法统计。', en: 'the registry cannot count it' });
  // A count of nothing registered is what the registry holds, not a finding that the region has
  // none: added as 0, it would make a total say it covers a region it knows nothing of.
  if (countsNothing(kind, region))
    return measure.since ? nothingInPeriod(measure.since, measure.asOf) : nothingRegistered;
  if (kind === 'COUNT')
    return measure.value == null ? inBoth({ zh: '没有值。', en: 'no value' }) : null;
  if (kind === 'RATIO')
    return measure.denominator
      ? null
      : inBoth({ zh: '没有可作分母的记录（0/0）。', en: 'nothing to divide by (0 of 0)' });
  return measure.numerator != null && measure.denominator
    ? null
    : (measure.reason ??
        inBoth({ zh: '登记库未收录常住人口数。', en: 'no resident population in the registry' }));
}
