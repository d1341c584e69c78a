import type { DataSource } from 'typeorm';
import { FigureEntity, type Figure } from '../entities/Figure.js';
import { badUserInput } from '../errors.js';
import { dimensionColumn, type Dimension } from './dimensions.js';
import { indicatorMeasures } from './indicators.js';
import { measure } from './measure.js';

export interface DataQualityCheck {
  figure: Figure;
  indicator: { code: string };
  published: number;
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
export function compare(figure: Figure, measured: number | null, tolerancePercent: number): Omit<DataQualityCheck, 'figure' | 'indicator'> {
  const published = Number(figure.value);
  const atLeast = figure.qualifier === 'AT_LEAST';
  const rule = atLeast
    ? `published as at least ${published}: flagged when the measure is more than ${tolerancePercent}% below it`
    : `flagged when the measure differs from ${published} by more than ${tolerancePercent}% of it`;
  if (measured == null) return { published, measured, difference: null, differencePercent: null, flagged: true, rule };
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
  return !figure.breakdownDimension || dimensionColumn(figure.breakdownDimension as Dimension, definition.base) != null;
}

/**
 * The latest published figure of every indicator (and part of one) that the registry also measures,
 * beside the measure. Cumulative figures ("since 2013") count a flow, not what the registry holds now,
 * and are left out. One measure statement per indicator and dimension.
 */
export async function dataQuality(db: DataSource, tolerancePercent: number): Promise<DataQualityCheck[]> {
  if (!(tolerancePercent >= 0 && tolerancePercent <= 100)) {
    throw badUserInput('tolerancePercent', 'must be between 0 and 100.');
  }
  const figures = (
    await db
      .getRepository(FigureEntity)
      .createQueryBuilder('f')
      .where(
        `f.id IN (SELECT DISTINCT ON (indicator, breakdown_dimension, breakdown_value) id FROM figure
                  WHERE period_start IS NULL ORDER BY indicator, breakdown_dimension, breakdown_value, as_of DESC, id)`,
      )
      .orderBy('f.indicator')
      .addOrderBy('f.id')
      .getMany()
  ).filter(comparable);
  const measures = new Map<string, ReturnType<typeof measure>>();
  const measureOf = (figure: Figure) => {
    const key = `${figure.indicator}/${figure.breakdownDimension ?? ''}`;
    if (!measures.has(key)) {
      measures.set(key, measure(db, figure.indicator, figure.breakdownDimension ? [figure.breakdownDimension as Dimension] : []));
    }
    return measures.get(key)!;
  };
  return Promise.all(
    figures.map(async (figure) => {
      const measured = await measureOf(figure);
      const value = figure.breakdownDimension
        ? (measured.breakdown.find((cell) => cell.keys[0]?.value === figure.breakdownValue)?.value ?? 0)
        : measured.value;
      return { figure, indicator: { code: figure.indicator }, ...compare(figure, value, tolerancePercent) };
    }),
  );
}
