import type { DataSource, EntityManager } from 'typeorm';
import { FigureEntity, type Figure } from '../entities/Figure.js';
import { inBoth } from '../../../../shared/bilingual.js';
import { badUserInput } from '../errors.js';
import { measure } from './measure.js';
import { measuredOn } from './measure-arguments.js';
import type { Measure, MeasureQuery } from './measure-types.js';

/** The published figure every rate is taken over: residents are never counted by a registry. */
export const POPULATION_INDICATOR = 'RESIDENT_POPULATION';

/** Rates are given per this many residents, as China's statistical yearbooks give them. */
const PER_RESIDENTS = 10_000;

/** Each rate per 10,000 residents, and the count of the registry above its line. */
export const rateMeasures: Record<string, { count: string }> = {
  CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { count: 'CERTIFIED_SOCIAL_WORKERS' },
  SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { count: 'SOCIAL_WORK_AGENCIES' },
  SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { count: 'SOCIAL_WORK_STATIONS' },
};

export interface RateMeasure extends Measure {
  denominatorFigure: Figure | null;
}

/** The year-end resident population published for each year (the latest figure of a year), not withdrawn. */
async function publishedPopulations(db: DataSource | EntityManager): Promise<Map<number, Figure>> {
  const figures = await db
    .getRepository(FigureEntity)
    .createQueryBuilder('f')
    .where(
      `f.id IN (SELECT DISTINCT ON (left(as_of, 4)) id FROM figure
        WHERE indicator = :indicator AND withdrawn_at IS NULL AND breakdown_dimension IS NULL
        ORDER BY left(as_of, 4), as_of DESC, id)`,
      { indicator: POPULATION_INDICATOR },
    )
    .getMany();
  return new Map(figures.map((figure) => [Number(figure.asOf.slice(0, 4)), figure]));
}

const perResidents = (count: number | null, population: Figure | undefined) =>
  count == null || population == null ? null : (count * PER_RESIDENTS) / Number(population.value);

const noPopulation = (year: number) =>
  inBoth({
    zh: `${year} 年未公布常住人口数。`,
    en: `No resident population is published for ${year}.`,
  });

/**
 * A rate per 10,000 residents: the registry's count at the end of a year, over the year-end resident
 * population published for that year, × 10,000. The year is the latest with a published population,
 * or that of `asOf`. Both numbers come aggregated: the count from one SQL statement, the population
 * from its figure. A YEAR series has a value for each year whose population is published, and null
 * for the others: no population is ever interpolated.
 */
export async function measureRate(
  db: DataSource | EntityManager,
  query: MeasureQuery,
): Promise<RateMeasure> {
  const { count } = rateMeasures[query.indicator]!;
  if (query.since != null)
    throw badUserInput('since', {
      zh: `${query.indicator} 是年末的比率；自某日起的期间增量只适用于计数。`,
      en: `${query.indicator} is a rate at the end of a year; a flow since a date applies to counts only.`,
    });
  const others = (query.by ?? []).filter((dimension) => dimension !== 'YEAR');
  if (others.length)
    throw badUserInput('by', {
      zh: `${query.indicator} 只能按 YEAR 分解：公布的常住人口没有按 ${others.join('、')} 分解。`,
      en: `${query.indicator} breaks down by YEAR only: the published resident population is not broken down by ${others.join(', ')}.`,
    });
  const populations = await publishedPopulations(db);
  const asked = query.asOf == null ? null : Number(measuredOn(query.asOf).slice(0, 4));
  const year = asked ?? (populations.size ? Math.max(...populations.keys()) : null);
  const counted = await measure(db, {
    ...query,
    indicator: count,
    asOf: year == null ? null : String(year),
  });
  const population = year == null ? undefined : populations.get(year);
  return {
    ...counted,
    indicator: { code: query.indicator },
    reason:
      year == null
        ? inBoth({
            zh: '该地区未公布常住人口数，因此没有每万常住人口指标值。',
            en: 'No resident population is published for this region, so it has no rate per 10,000 residents.',
          })
        : population
          ? inBoth({
              zh: `以已公布的 ${year} 年末常住人口数为分母，每万人计。`,
              en: `Per 10,000 of the year-end resident population of ${year}, as published.`,
            })
          : noPopulation(year),
    value: perResidents(counted.value, population),
    numerator: counted.value,
    denominator: population ? Number(population.value) : null,
    denominatorFigure: population ?? null,
    breakdown: counted.breakdown.map((cell) => {
      const cellYear = Number(cell.keys.find((key) => key.dimension === 'YEAR')?.value);
      const cellPopulation = populations.get(cellYear);
      return {
        ...cell,
        value: perResidents(cell.value, cellPopulation),
        numerator: cell.value,
        denominator: cellPopulation ? Number(cellPopulation.value) : null,
      };
    }),
  };
}
