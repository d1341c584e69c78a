import { describe, expect, it } from 'vitest';
import { chinaDay, chinaYear } from '../shared/china-day.js';
import { roundedNumber } from '../shared/rounded-number.js';
import { bearer, graphql, useStack } from './harness.js';

/**
 * Targets on rates per 10,000 residents, set through the gateway by an editor and judged on the
 * rate, as a target on a count is on the count. Every number expected is worked out here from the
 * seeded rows in plain SQL (the certified workers in post on a day, the populations published), not
 * read from the API: the rate's value, its yearly history, its demo share and its status.
 */
const federation = useStack({ ownDatabases: 'rate_targets' });

const RATE = 'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS';
// As the API gives a rate's numbers: three significant digits under 1, as the report prints them.
const round = roundedNumber;

interface Progress {
  value: number | null;
  statusReason: string;
  basis: string | null;
  asOf: string | null;
  demoShare: number | null;
  restsMostlyOnDemo: boolean;
  trendPerYear: number | null;
  projectedValue: number | null;
  status: string;
  reason: {
    code: string;
    reachedYear: number | null;
    trendYears: number[];
    trendYearsBeforeCensus: number[];
  };
  history: {
    year: number;
    value: number;
    basis: string;
    demoShare: number | null;
    evidence: boolean;
  }[];
}

const progressFields = `value basis asOf demoShare restsMostlyOnDemo trendPerYear projectedValue status
  statusReason reason { code reachedYear trendYears trendYearsBeforeCensus }
  history { year value basis demoShare evidence }`;

/** Sets a target through the gateway as the region's editor, and returns its progress of today. */
async function setRateTarget(
  region: { field: string; code: string; source: string },
  indicator: string,
  targetValue: number,
  targetYear: number,
): Promise<{ id: string; progress: Progress }> {
  const response = await graphql(
    federation.stack.gatewayUrl,
    `mutation ($input: TargetInput!) { ${region.field} { setTarget(input: $input) { id progress { ${progressFields} } } } }`,
    {
      input: {
        indicator,
        targetValue,
        targetYear,
        description: `每万常住人口拥有持证社会工作者达到 ${targetValue} 人`,
        quote: `到${targetYear}年，每万常住人口拥有持证社会工作者达到${targetValue}人。`,
        source: { id: region.source },
      },
    },
    await bearer({ role: 'editor', region: region.code, subject: `editor-${region.code}` }),
  );
  expect(response.errors).toBeUndefined();
  return response.data[region.field].setTarget;
}

async function progressAsOf(id: string, asOf: string): Promise<Progress> {
  const { beijing } = await federation.query(
    `{ beijing { targets(indicator: "${RATE}") { id progress(asOf: "${asOf}") { ${progressFields} } } } }`,
  );
  return beijing.targets.find((t: { id: string }) => t.id === id).progress;
}

const beijing = { field: 'beijing', code: 'BJ', source: 'bj-msw-101-institutions' };

/** Beijing's published year-end populations, the latest figure of each year not withdrawn. */
async function populations(): Promise<Map<number, number>> {
  const rows: { year: number; value: string }[] = await federation.stack.subgraphs
    .get('beijing')!
    .db.query(
      `SELECT DISTINCT ON (left(as_of, 4)) left(as_of, 4)::int AS year, value FROM figure
       WHERE indicator = 'RESIDENT_POPULATION' AND withdrawn_at IS NULL AND breakdown_dimension IS NULL
       ORDER BY left(as_of, 4), as_of DESC, id`,
    );
  return new Map(rows.map((row) => [row.year, Number(row.value)]));
}

/** Beijing's certified workers in post at the end of each day, and how many of them are demo. */
async function certifiedOn(days: string[]): Promise<Map<string, { all: number; demo: number }>> {
  const rows: { day: string; all: number; demo: number }[] = await federation.stack.subgraphs
    .get('beijing')!
    .db.query(
      `SELECT d.day, count(w.id)::int AS all, count(w.id) FILTER (WHERE w.provenance = 'DEMO')::int AS demo
       FROM unnest($1::text[]) AS d(day)
       LEFT JOIN social_worker w ON w.certificate_level <> 'NONE'
         AND (w.started_on IS NULL OR w.started_on <= d.day::date)
         AND (w.ended_on IS NULL OR w.ended_on >= d.day::date)
       GROUP BY d.day`,
      [days],
    );
  return new Map(rows.map((row) => [row.day, { all: row.all, demo: row.demo }]));
}

/** The median of the slopes between every two years (Theil–Sen), as README's trend rule says. */
function theilSen(points: { year: number; value: number }[]): number {
  const slopes = points.flatMap((a, i) =>
    points.slice(i + 1).map((b) => (b.value - a.value) / (b.year - a.year)),
  );
  const sorted = slopes.sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

describe('a target on a rate per 10,000 residents', () => {
  it("is judged on the rate: today's count over the latest year-end population before today, with its yearly history, demo share and status", async () => {
    const today = chinaDay();
    const thisYear = chinaYear();
    const published = await populations();
    const latestBefore = Math.max(...[...published.keys()].filter((year) => year < thisYear));
    // Every year-end since the first registered worker, to know which years have a count at all.
    const [first] = await federation.stack.subgraphs
      .get('beijing')!
      .db.query(
        `SELECT extract(year FROM min(started_on))::int AS year FROM social_worker WHERE certificate_level <> 'NONE'`,
      );
    const yearEnds = Array.from({ length: thisYear - first.year }, (_, i) => first.year + i);
    const counts = await certifiedOn([today, ...yearEnds.map((year) => `${year}-12-31`)]);
    const rateOf = (count: number, population: number) => (count * 10_000) / population;

    const now = counts.get(today)!;
    const value = rateOf(now.all, published.get(latestBefore)!);
    // A year-end without a published population (2020's, 2025's) is no point of the history.
    const yearEndPoints = yearEnds
      .filter((year) => published.has(year))
      .map((year) => {
        const counted = counts.get(`${year}-12-31`)!;
        return {
          year,
          value: rateOf(counted.all, published.get(year)!),
          demoShare: counted.all ? counted.demo / counted.all : null,
        };
      });
    expect(yearEndPoints.length).toBeGreaterThanOrEqual(3);
    expect(yearEndPoints.map((p) => p.year)).not.toContain(2020);

    // A target already reached, today and at the last year-end, first at the earliest year-end at
    // or above it.
    const reachedAt = Math.floor(Math.min(value, yearEndPoints.at(-1)!.value) * 100) / 100;
    const reached = await setRateTarget(beijing, RATE, reachedAt, 2030);
    // On the rate itself, not on the hundredths a history point shows: 0.159 does not reach 0.16.
    const firstReached = [...yearEndPoints, { year: thisYear, value }].find(
      (p) => p.value >= reachedAt,
    )!.year;
    expect(reached.progress).toMatchObject({
      status: 'ACHIEVED',
      reason: { code: 'TARGET_REACHED', reachedYear: firstReached },
    });

    // The repro's target: 1 per 10,000 by 2027.
    const { id, progress } = await setRateTarget(beijing, RATE, 1, 2027);
    expect(progress.value).toBeCloseTo(value, 10);
    expect(progress).toMatchObject({ basis: 'MEASURED', asOf: today });
    expect(progress.demoShare).toBeCloseTo(now.demo / now.all, 3);
    expect(progress.restsMostlyOnDemo).toBe(now.demo / now.all >= 0.5);
    expect(progress.history.map(({ year, value, basis }) => ({ year, value, basis }))).toEqual([
      ...yearEndPoints.map((p) => ({ year: p.year, value: round(p.value), basis: 'MEASURED' })),
      // This year to date: today's count, over the same population as the value.
      { year: thisYear, value: round(value), basis: 'MEASURED' },
    ]);
    progress.history.slice(0, -1).forEach((point, i) => {
      expect(point.demoShare).toBeCloseTo(yearEndPoints[i]!.demoShare!, 3);
    });

    // The trend, on the year-ends up to the last that changed, carried from today to the end of 2027.
    let lastChange = 0;
    yearEndPoints.forEach((p, i) => {
      if (i > 0 && p.value !== yearEndPoints[i - 1]!.value) lastChange = i;
    });
    // Only the year-ends on the census's basis, from 2020 on: Beijing's 2019 is over a population
    // published before it, and a slope across the revision would measure the revision.
    const slope = theilSen(yearEndPoints.slice(0, lastChange + 1).filter((p) => p.year >= 2020));
    expect(progress.trendPerYear).toBe(round(slope));
    // From a day of this year to the end of 2027: between the years after this one and those and
    // this whole year.
    const [low, high] = [2027 - thisYear, 2028 - thisYear]
      .map((years) => round(Math.max(value + slope * years, 0)))
      .sort((a, b) => a - b);
    expect(progress.projectedValue).toBeGreaterThanOrEqual(low!);
    expect(progress.projectedValue).toBeLessThanOrEqual(high!);
    const expected =
      high! < 0.9
        ? { status: 'OFF_TRACK', code: 'PROJECTED_SHORT' }
        : low! >= 1
          ? { status: 'ON_TRACK', code: 'PROJECTED_TO_REACH' }
          : null;
    expect(expected).not.toBeNull();
    expect(progress).toMatchObject({
      status: expected!.status,
      reason: { code: expected!.code },
    });

    // As of a year-end with a population: that year-end's count over it.
    const asOf2023 = await progressAsOf(id, '2023');
    const counted2023 = counts.get('2023-12-31')!;
    expect(asOf2023.value).toBeCloseTo(rateOf(counted2023.all, published.get(2023)!), 10);
    expect(asOf2023).toMatchObject({ basis: 'MEASURED', asOf: '2023-12-31' });
    expect(asOf2023.demoShare).toBeCloseTo(counted2023.demo / counted2023.all, 3);
  });

  it('says that the population is missing where a year-end has none, never that nothing was measured', async () => {
    const published = await populations();
    expect(published.has(2020)).toBe(false);
    const { id } = await setRateTarget(beijing, RATE, 2, 2030);
    const asOf2020 = await progressAsOf(id, '2020');
    expect(asOf2020).toMatchObject({
      value: null,
      basis: null,
      status: 'NO_DATA',
      reason: { code: 'NO_POPULATION' },
    });
    expect(asOf2020.history.map((point) => point.year)).toEqual(
      [...published.keys()].filter((year) => year <= 2020),
    );
  });

  it("fits Tianjin's trend on the year-ends on the census's basis only, and projects none from one", async () => {
    const tianjin = { field: 'tianjin', code: 'TJ', source: 'tj-statistical-communique-2024' };
    const yearEnd = (year: number) =>
      `y${year}: measure(indicator: "${RATE}", asOf: "${year}") { numerator denominator }`;
    const { tianjin: rates } = await federation.query(
      `{ tianjin { ${yearEnd(2019)} ${yearEnd(2024)} } }`,
    );
    // 1561.83万 in 2019, before the census, and 1364万 in 2024 over the same count of workers: the
    // rate rose only because the census revised the population down.
    expect(rates.y2019.denominator).toBe(15_618_300);
    expect(rates.y2024.denominator).toBe(13_640_000);
    expect(rates.y2019.numerator).toBeGreaterThan(0);
    expect(rates.y2019.numerator).toBe(rates.y2024.numerator);
    const { progress } = await setRateTarget(tianjin, RATE, 0.5, 2027);
    expect(progress.history.filter((p) => p.year < chinaYear()).map((p) => p.year)).toEqual([
      2019, 2024,
    ]);
    expect(progress.history[0]!.value).toBe(round((rates.y2019.numerator * 10_000) / 15_618_300));
    // One year-end is left on the census's basis: no trend, no projection, and the reason says why.
    expect(progress).toMatchObject({
      trendPerYear: null,
      projectedValue: null,
      status: 'AT_RISK',
      reason: { code: 'NO_TREND', trendYears: [], trendYearsBeforeCensus: [2019] },
    });
    expect(progress.history.some((p) => p.evidence)).toBe(false);
    expect(progress.statusReason).toContain(
      'The rate of 2019 is over a population published before the Seventh National Population Census',
    );
  });

  it("in a region that publishes no population (Xiong'an) is set, and says why it has no value", async () => {
    const [{ n }] = await federation.stack.subgraphs
      .get('xiongan')!
      .db.query(
        `SELECT count(*)::int AS n FROM figure WHERE indicator = 'RESIDENT_POPULATION' AND withdrawn_at IS NULL`,
      );
    expect(n).toBe(0);
    const { progress } = await setRateTarget(
      { field: 'xiongan', code: 'XA', source: 'gyst-20231024-xiongan-sw-incubation' },
      'SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS',
      1,
      2027,
    );
    expect(progress).toMatchObject({
      value: null,
      status: 'NO_DATA',
      reason: { code: 'NO_POPULATION' },
      history: [],
    });
  });
});
