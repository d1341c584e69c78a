import { indicatorInChinese } from '../../../indicator-catalog.js';
import type { DataSource, EntityManager } from 'typeorm';
import { FigureEntity, type Figure } from '../entities/Figure.js';
import { inBoth, saidTogether, type Bilingual } from '../../../../shared/bilingual.js';
import { beforeCensus, FIRST_YEAR_AFTER_CENSUS } from '../../../../shared/census.js';
import { noPopulation } from '../../../../shared/rate-years.js';
import { badUserInput } from '../../../common/bad-user-input.js';
import { measure } from './measure.js';
import { zeroCount } from './measure-results.js';
import { measuredOn, noCountSince } from './measure-arguments.js';
import type { Measure, MeasureCell, MeasureQuery, MeasureScope } from './measure-types.js';

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
  denominatorCarriedForward: boolean | null;
  breakdown: (MeasureCell & {
    denominatorFigure: Figure | null;
    denominatorCarriedForward: boolean | null;
  })[];
}

/** Whether a measure is of a rate: its value is null where the registry holds no population for it. */
export const isRateMeasure = (measured: Measure): measured is RateMeasure =>
  rateMeasures[measured.indicator.code] != null;

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

/**
 * Why the rate has the value it has, and over which population; the census's break where it crosses
 * it. A region that publishes no population for any year is told so, whatever year was asked.
 */
function rateReason(
  year: number | null,
  population: Figure | undefined,
  years: number[],
  anyPublished: boolean,
  countedOn: string | undefined,
  /** What the count says where it is 0. */
  zero: Bilingual | null,
): string {
  const said: Bilingual[] = [
    !anyPublished
      ? {
          zh: '登记库未收录该地区的常住人口数，因此没有每万常住人口指标值。',
          en: 'The registry holds no resident population for this region, so it has no rate per 10,000 residents.',
        }
      : year == null
        ? {
            zh: `${countedOn} 之前任何年末的常住人口数均未收录于登记库，因此该日没有每万常住人口指标值。`,
            en: `The registry holds no year-end resident population before ${countedOn}, so the day has no rate per 10,000 residents.`,
          }
        : !population
          ? noPopulation(year)
          : countedOn
            ? {
                zh: `登记库 ${countedOn} 的计数，以该日之前最近一个年末的已公布常住人口数（${year} 年末）为分母，每万人计；人口为 ${year} 年末数，沿用至 ${countedOn} 是推定。`,
                en: `The registry's count on ${countedOn}, per 10,000 of the resident population published for the latest year-end before that day (the end of ${year}); the population of end-${year} carried forward to ${countedOn} is an inference.`,
              }
            : {
                zh: `以已公布的 ${year} 年末常住人口数为分母，每万人计。`,
                en: `Per 10,000 of the year-end resident population of ${year}, as published.`,
              },
  ];
  if (zero) said.push(zero);
  if (years.some((y) => y < FIRST_YEAR_AFTER_CENSUS)) said.push(beforeCensus);
  return inBoth(saidTogether(said));
}

/**
 * The year-end whose population a rate is over, and the day its count is taken when that is not the
 * year-end itself. Asked for a year, or its last day: that year-end, published or not. Asked for a
 * day within a year (2023-03-31, or today, which no day asked means): the count on that day, over
 * the population of the latest year-end before it that has one published (2022's, or an earlier
 * one), since the year-end of the day's own year comes after the day. Today on 31 December is such
 * a day too: that year-end's population is published only the spring after, and a rate asked for
 * no day has a value every day of the year.
 */
export function populationYear(
  day: string,
  populations: ReadonlyMap<number, unknown>,
  today = false,
): { year: number | null; countedOn?: string } {
  const dayYear = Number(day.slice(0, 4));
  if (day.endsWith('-12-31') && !(today && !populations.has(dayYear))) return { year: dayYear };
  const earlier = [...populations.keys()].filter((published) => published < dayYear);
  return { year: earlier.length ? Math.max(...earlier) : null, countedOn: day };
}

/**
 * A rate per 10,000 residents: the registry's count on a day, over the year-end resident population
 * `populationYear` takes for it, × 10,000. Asked for no day, the day is today, as for every other
 * measure and a target's progress: the value is its series' cell of this year, today's count, not
 * the count at the end of the latest year with a population. Both numbers come aggregated: the
 * count from one SQL statement, the population from its figure. A YEAR series has a value for each
 * year whose population is published, and null for the others: no population is interpolated.
 * Where the count is of a day after its population's year-end, the population is carried forward
 * to it, an inference the measure says (`denominatorCarriedForward`, its reason).
 */
export async function measureRate(
  db: DataSource | EntityManager,
  query: MeasureQuery,
): Promise<RateMeasure> {
  const { count } = rateMeasures[query.indicator]!;
  if (query.since != null)
    throw badUserInput(
      'since',
      noCountSince(query.indicator, {
        zh: '年末的比率（每万常住人口）',
        en: 'a rate at the end of a year (per 10,000 residents)',
      }),
    );
  const others = (query.by ?? []).filter((dimension) => dimension !== 'YEAR');
  if (others.length)
    throw badUserInput('by', {
      zh: `${indicatorInChinese(query.indicator)}只能按 YEAR 分解：公布的常住人口没有按 ${others.join('、')} 分解。`,
      en: `${query.indicator} breaks down by YEAR only: the published resident population is not broken down by ${others.join(', ')}.`,
    });
  const populations = await publishedPopulations(db);
  const day = measuredOn(query.asOf);
  const over = populationYear(day, populations, query.asOf == null);
  const { year } = over;
  const counted = await measure(db, {
    ...query,
    indicator: count,
    asOf: query.asOf == null ? null : (over.countedOn ?? String(year)),
  });
  const population = year == null ? undefined : populations.get(year);
  // The year-ends the value and its series are taken over.
  const yearsOver = [
    ...(population ? [year!] : []),
    ...counted.breakdown
      .map((cell) => Number(cell.keys.find((key) => key.dimension === 'YEAR')?.value))
      .filter((cellYear) => populations.has(cellYear)),
  ];
  return {
    ...counted,
    indicator: { code: query.indicator },
    reason: rateReason(
      year,
      population,
      yearsOver,
      populations.size > 0,
      over.countedOn,
      counted.value === 0 ? zeroCount(count, counted.nothingRegistered) : null,
    ),
    value: perResidents(counted.value, population),
    numerator: counted.value,
    denominator: population ? Number(population.value) : null,
    denominatorFigure: population ?? null,
    denominatorCarriedForward: population ? over.countedOn != null : null,
    breakdown: counted.breakdown.map((cell) => {
      const cellYear = Number(cell.keys.find((key) => key.dimension === 'YEAR')?.value);
      // The cell of the day's own year, within it (today's, to date), is the value itself: its
      // year's end comes after the day, so it is over the value's own population.
      const dayCell = over.countedOn != null && cellYear === Number(over.countedOn.slice(0, 4));
      const cellPopulation = dayCell ? population : populations.get(cellYear);
      return {
        ...cell,
        value: perResidents(cell.value, cellPopulation),
        numerator: cell.value,
        denominator: cellPopulation ? Number(cellPopulation.value) : null,
        denominatorFigure: cellPopulation ?? null,
        denominatorCarriedForward: cellPopulation ? dayCell : null,
      };
    }),
  };
}

/**
 * A rate with its YEAR series as `measure` gives it as of a day (a target's judged on, today when
 * none): the count on that day over the population of the year-end populationYear takes for it.
 */
export const rateOnDay = (
  db: DataSource | EntityManager,
  indicator: string,
  scope: MeasureScope,
  asOf: string | null,
) => measureRate(db, { indicator, by: ['YEAR'], scope, asOf });
