import type { DataSource } from 'typeorm';
import { FigureEntity, type Figure } from '../entities/Figure.js';
import { badUserInput } from '../errors.js';
import { dimensionColumn, type Dimension } from './dimensions.js';
import { indicatorMeasures } from './indicators.js';
import { today } from '../dates.js';
import { measureMany, type MeasureQuery } from './measure.js';

export interface DataQualityCheck {
  figure: Figure;
  indicator: { code: string };
  published: number;
  measuredAsOf: string | null;
  /** The first day a cumulative figure's flow was measured from. */
  measuredSince: string | null;
  measured: number | null;
  difference: number | null;
  differencePercent: number | null;
  flagged: boolean;
  rule: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Whether a measure agrees with a published figure within a tolerance, in the spirit of DHIS2's
 * validation rules. A figure published as "at least" (超, 余) is only contradicted by a lower measure.
 */
export function compare(
  figure: Figure,
  measured: number | null,
  tolerancePercent: number,
): Omit<DataQualityCheck, 'figure' | 'indicator' | 'measuredAsOf' | 'measuredSince'> {
  const published = Number(figure.value);
  const atLeast = figure.qualifier === 'AT_LEAST';
  const rule = atLeast
    ? `published as at least ${published}: flagged when the measure is more than ${tolerancePercent}% below it`
    : `flagged when the measure differs from ${published} by more than ${tolerancePercent}% of it`;
  if (measured == null)
    return { published, measured, difference: null, differencePercent: null, flagged: true, rule };
  const difference = measured - published;
  const differencePercent = published ? (100 * difference) / published : null;
  const beyond = Math.abs(difference) > (Math.abs(published) * tolerancePercent) / 100;
  return {
    published,
    measured,
    difference: round(difference),
    differencePercent: differencePercent == null ? null : round(differencePercent),
    flagged: atLeast ? difference < 0 && beyond : beyond,
    rule,
  };
}

/** A figure the registry can measure: its indicator is computable, and a part of a total names a dimension the measure has. */
function comparable(figure: Figure): boolean {
  const definition = indicatorMeasures[figure.indicator];
  if (!definition) return false;
  // A dimension of the documents that the registry does not have (a county group) yields no column.
  return (
    !figure.breakdownDimension ||
    dimensionColumn(figure.breakdownDimension as Exclude<Dimension, 'YEAR'>, definition.base) !=
      null
  );
}

/**
 * Every published figure that the registry also measures, beside the measure as of the figure's own
 * date: the registry as it stood then, not as it stands today. A cumulative figure ("since 2013")
 * is beside the flow from its period's start to its date. All the measures in one statement.
 */
export async function dataQuality(
  db: DataSource,
  tolerancePercent: number,
): Promise<DataQualityCheck[]> {
  if (!(tolerancePercent >= 0 && tolerancePercent <= 100)) {
    throw badUserInput('tolerancePercent', 'must be between 0 and 100.');
  }
  const figures = (
    await db
      .getRepository(FigureEntity)
      .createQueryBuilder('f')
      .where('f.withdrawn_at IS NULL')
      .orderBy('f.indicator')
      .addOrderBy('f.as_of')
      .addOrderBy('f.id')
      .getMany()
  ).filter(comparable);
  const now = today();
  // A period that has not begun (a plan's) has nothing to count yet.
  const begun = figures.filter(
    (figure) =>
      figure.periodStart == null || figure.periodStart <= now.slice(0, figure.periodStart.length),
  );
  // A figure dated after today (a plan's year) is compared with today's registry.
  const asOf = (figure: Figure) =>
    figure.asOf > now.slice(0, figure.asOf.length) ? null : figure.asOf;
  const key = (figure: Figure) =>
    `${figure.indicator}/${figure.breakdownDimension ?? ''}/${asOf(figure) ?? ''}/${figure.periodStart ?? ''}`;
  const queries = new Map<string, MeasureQuery>();
  for (const figure of begun) {
    queries.set(key(figure), {
      indicator: figure.indicator,
      by: figure.breakdownDimension ? [figure.breakdownDimension as Dimension] : [],
      asOf: asOf(figure),
      since: figure.periodStart,
    });
  }
  const measured = new Map([...queries.keys()].map((k, i) => [k, i]));
  const results = await measureMany(db, [...queries.values()]);
  return begun.map((figure) => {
    const result = results[measured.get(key(figure))!]!;
    const value = figure.breakdownDimension
      ? (result.breakdown.find((cell) => cell.keys[0]?.value === figure.breakdownValue)?.value ?? 0)
      : result.value;
    return {
      figure,
      indicator: { code: figure.indicator },
      measuredAsOf: result.asOf,
      measuredSince: result.since,
      ...compare(figure, value, tolerancePercent),
    };
  });
}
