import { chinaDay, chinaYear } from '../shared/china-day.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageIn } from '../shared/bilingual.js';
import { listen, type Listening } from '../shared/listen.js';
import type { SubgraphApp } from '../subgraphs/common/subgraph-app.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { fetchComparison } from '../scripts/report/comparison.js';
import { bearer, graphql, useRegistryDatabase, useStack } from './harness.js';

/**
 * A registry counted by hand, with its own published populations:
 *
 * certified workers  level         provenance  started     left
 *   c1               ASSISTANT     DEMO        2020-05-01
 *   c2               INTERMEDIATE  PUBLISHED   2021-07-01
 *   c3               SENIOR        DEMO        2022-03-01  2023-06-30
 *   c4               ASSISTANT     DEMO        2023-01-10
 *   n1               NONE          DEMO        2020-01-01  (not certified)
 * so 1, 2, 3 and 3 certified at the ends of 2020 to 2023;
 * one agency founded in 2019, one station founded in 2024;
 * resident population 30,000 at the end of 2021 and 25,000 at the end of 2023 (none for 2020 and
 * 2022), and a withdrawn 99,999 for 2023 that must not count.
 */
const handCounted = useRegistryDatabase('rates_hand_counted');
let subgraph: SubgraphApp;
let server: Listening;

beforeAll(async () => {
  const db = handCounted.dataSource;
  await db.query(`
    INSERT INTO institution (key, name, kind, founded_on, provenance, status) VALUES
      ('agency', 'agency', 'SOCIAL_WORK_AGENCY', '2019-04', 'DEMO', 'ACTIVE'),
      ('station', 'station', 'SOCIAL_WORK_STATION', '2024-02', 'DEMO', 'ACTIVE')`);
  await db.query(`
    INSERT INTO social_worker (key, name, certificate_level, employment, provenance, started_on, ended_on) VALUES
      ('c1', 'c1', 'ASSISTANT', 'FULL_TIME', 'DEMO', '2020-05-01', NULL),
      ('c2', 'c2', 'INTERMEDIATE', 'FULL_TIME', 'PUBLISHED', '2021-07-01', NULL),
      ('c3', 'c3', 'SENIOR', 'FULL_TIME', 'DEMO', '2022-03-01', '2023-06-30'),
      ('c4', 'c4', 'ASSISTANT', 'FULL_TIME', 'DEMO', '2023-01-10', NULL),
      ('n1', 'n1', 'NONE', 'FULL_TIME', 'DEMO', '2020-01-01', NULL)`);
  await db.query(`INSERT INTO source (id, document, url, title, publisher, published_on) VALUES
    ('communique', NULL, 'https://stats.example.org/2023.html', '统计公报', '统计局', '2024-03')`);
  await db.query(`
    INSERT INTO figure (id, indicator, value, unit, as_of, qualifier, source_id, quote, withdrawn_at, withdrawal_reason) VALUES
      ('pop-2021', 'RESIDENT_POPULATION', 30000, 'persons', '2021-12-31', 'EXACT', 'communique', '年末常住人口3万人', NULL, NULL),
      ('pop-2023', 'RESIDENT_POPULATION', 25000, 'persons', '2023-12-31', 'EXACT', 'communique', '年末常住人口2.5万人', NULL, NULL),
      ('pop-2023-typo', 'RESIDENT_POPULATION', 99999, 'persons', '2023-12-31', 'EXACT', 'communique', '年末常住人口9.9999万人', now(), 'a typing error')`);
  subgraph = await createRegistrySubgraph(regionBySlug('beijing'), handCounted.dataSource);
  server = await listen(subgraph.app, 0);
});

afterAll(async () => {
  await server?.close();
  await subgraph?.stop();
});

const measureFields = `computable reason value numerator denominator demoShare asOf nothingRegistered
  denominatorFigure { id value asOf source { url document } }
  breakdown { keys { value } value numerator denominator denominatorFigure { id } }`;

async function rate(indicator: string, args = '') {
  const response = await graphql(
    server.url,
    `{ beijing { measure(indicator: "${indicator}" ${args}) { ${measureFields} } } }`,
  );
  return response;
}

describe('rates per 10,000 residents on hand counts', () => {
  it("asked for no day, divides today's count by the latest population before today, carried forward", async () => {
    const today = chinaDay();
    const { data, errors } = await rate('CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS');
    expect(errors).toBeUndefined();
    expect(data.beijing.measure).toMatchObject({
      computable: true,
      value: (3 * 10_000) / 25_000,
      numerator: 3,
      denominator: 25_000,
      demoShare: 0.6667,
      asOf: today,
      reason:
        `登记库 ${today} 的计数，以该日之前最近一个年末的已公布常住人口数（2023 年末）为分母，每万人计；人口为 2023 年末数，沿用至 ${today} 是推定。` +
        `The registry's count on ${today}, per 10,000 of the resident population published for the latest year-end before that day (the end of 2023); the population of end-2023 carried forward to ${today} is an inference.`,
      denominatorFigure: {
        id: 'pop-2023',
        value: 25_000,
        source: { url: 'https://stats.example.org/2023.html', document: null },
      },
    });
  });

  it('answers null with the reason for a year without a published population', async () => {
    const { data, errors } = await rate(
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      'asOf: "2022"',
    );
    expect(errors).toBeUndefined();
    expect(data.beijing.measure).toMatchObject({
      computable: true,
      value: null,
      numerator: 3,
      denominator: null,
      denominatorFigure: null,
      asOf: '2022-12-31',
      reason:
        '2022 年末的常住人口数未收录于登记库。The registry holds no resident population for the end of 2022.',
    });
  });

  it('asked as of a day within a year, counts on that day over the latest year-end before it', async () => {
    // On 2023-03-31 c1–c4 are certified (c3 leaves in June): 4, where the end of 2023 counts 3. The
    // end of 2023 comes after the day and 2022's is not published: 2021's 30,000 is the latest.
    const { data, errors } = await rate(
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      'asOf: "2023-03-31"',
    );
    expect(errors).toBeUndefined();
    expect(data.beijing.measure).toMatchObject({
      value: (4 * 10_000) / 30_000,
      numerator: 4,
      denominator: 30_000,
      asOf: '2023-03-31',
      denominatorFigure: { id: 'pop-2021' },
      reason:
        '登记库 2023-03-31 的计数，以该日之前最近一个年末的已公布常住人口数（2021 年末）为分母，每万人计；人口为 2021 年末数，沿用至 2023-03-31 是推定。' +
        "The registry's count on 2023-03-31, per 10,000 of the resident population published for the latest year-end before that day (the end of 2021); the population of end-2021 carried forward to 2023-03-31 is an inference.",
    });
    // Its series: the years before at their year-ends, its own year on the day, as the value.
    const series = await rate(
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      'asOf: "2023-03-31", by: [YEAR], from: 2021',
    );
    // Each cell names the population it divides by: the day's cell, the value's own.
    expect(
      series.data.beijing.measure.breakdown.map(
        (c: {
          keys: { value: string }[];
          value: number | null;
          denominator: number | null;
          denominatorFigure: { id: string } | null;
        }) => [c.keys[0]!.value, c.value, c.denominator, c.denominatorFigure?.id ?? null],
      ),
    ).toEqual([
      ['2021', (2 * 10_000) / 30_000, 30_000, 'pop-2021'],
      ['2022', null, null, null],
      ['2023', (4 * 10_000) / 30_000, 30_000, 'pop-2021'],
    ]);
    const early = await rate('CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS', 'asOf: "2021-06"');
    expect(early.data.beijing.measure).toMatchObject({
      value: null,
      numerator: 1,
      denominator: null,
      asOf: '2021-06-30',
      reason:
        '2021-06-30 之前任何年末的常住人口数均未收录于登记库，因此该日没有每万常住人口指标值。' +
        'The registry holds no year-end resident population before 2021-06-30, so the day has no rate per 10,000 residents.',
    });
  });

  it('gives a YEAR series with a value only where the population is published', async () => {
    const { data, errors } = await rate(
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      'by: [YEAR], from: 2020, to: 2023',
    );
    expect(errors).toBeUndefined();
    const cells = data.beijing.measure.breakdown.map(
      (c: {
        keys: { value: string }[];
        value: number | null;
        numerator: number;
        denominatorFigure: { id: string } | null;
      }) => [c.keys[0]!.value, c.value, c.numerator, c.denominatorFigure?.id ?? null],
    );
    // Each year's value names the population it divides by; 2023's is not the withdrawn one.
    expect(cells).toEqual([
      ['2020', null, 1, null],
      ['2021', (2 * 10_000) / 30_000, 2, 'pop-2021'],
      ['2022', null, 3, null],
      ['2023', (3 * 10_000) / 25_000, 3, 'pop-2023'],
    ]);
  });

  it("runs a YEAR series asked for no day to this year, its value today's cell", async () => {
    const thisYear = chinaYear();
    const { data, errors } = await rate(
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      `by: [YEAR], from: 2023`,
    );
    expect(errors).toBeUndefined();
    const { measure } = data.beijing;
    // The series goes on past 2023's population, the latest, with counts but no value where no
    // year-end population is held, as every measure's series runs to this year. This year's cell,
    // to date, is today's count over the latest population before today, and so is the value.
    expect(measure).toMatchObject({ value: (3 * 10_000) / 25_000, asOf: chinaDay() });
    const years = Array.from({ length: thisYear - 2023 + 1 }, (_, i) => String(2023 + i));
    const overLatest = (3 * 10_000) / 25_000;
    expect(
      measure.breakdown.map(
        (c: { keys: { value: string }[]; value: number | null; numerator: number }) => [
          c.keys[0]!.value,
          c.value,
          c.numerator,
        ],
      ),
    ).toEqual(
      years.map((year) => [
        year,
        year === '2023' || year === String(thisYear) ? overLatest : null,
        3,
      ]),
    );
    // A series from a year after the latest population is a series, not a refusal; its cell of
    // this year is the one asked as of today.
    const today = chinaDay();
    for (const asOf of ['', `asOf: "${today}"`]) {
      const later = await rate(
        'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
        `by: [YEAR], from: ${thisYear} ${asOf}`,
      );
      expect(later.errors).toBeUndefined();
      expect(
        later.data.beijing.measure.breakdown.map((c: { value: number | null }) => c.value),
      ).toEqual([overLatest]);
    }
  });

  it('takes agencies and stations over the same population, a station not yet founded counting 0', async () => {
    const agencies = await rate('SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS', 'asOf: "2021"');
    expect(agencies.data.beijing.measure).toMatchObject({
      value: (1 * 10_000) / 30_000,
      numerator: 1,
      denominator: 30_000,
    });
    const stations = await rate('SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS', 'asOf: "2023"');
    expect(stations.data.beijing.measure).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 25_000,
      nothingRegistered: true,
    });
    // A rate of 0 says, as its count does, that it is of nothing registered.
    // Its Chinese one sentence, as a reader takes it (messageIn), and its English all English.
    const { reason } = stations.data.beijing.measure;
    expect(messageIn(reason, 'zh')).toBe(
      '以已公布的 2023 年末常住人口数为分母，每万人计；登记库中没有“乡镇（街道）社会工作站”（SOCIAL_WORK_STATIONS）所计的记录：0 是登记在册的数量，不表示该地区实际没有。',
    );
    expect(messageIn(reason, 'en')).toMatch(
      /^Per 10,000 .*not a finding that the region has none\.$/,
    );
    expect(messageIn(reason, 'en')).not.toMatch(/\p{Script=Han}/u);
  });

  it("gives a count's numerator as its value, on the measure and each cell alike, a year of none 0", async () => {
    // No certified worker started before 2020: 2019's cell counts 0, as the measure before it does.
    for (const args of ['asOf: "2019", by: [YEAR], from: 2019', 'by: [YEAR], from: 2019']) {
      const { data, errors } = await rate('CERTIFIED_SOCIAL_WORKERS', args);
      expect(errors).toBeUndefined();
      const { measure } = data.beijing;
      expect(measure.numerator).toBe(measure.value);
      expect(measure.breakdown.length).toBeGreaterThan(0);
      for (const cell of measure.breakdown) expect(cell.numerator, args).toBe(cell.value);
    }
  });

  it('refuses what a region-wide population cannot give: a breakdown by city, a flow', async () => {
    const byCity = await rate('CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS', 'by: [CITY]');
    expect(byCity.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(byCity.errors?.[0]?.message).toMatch(/YEAR only.*not broken down by CITY/);
    const flow = await rate('CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS', 'since: "2020"');
    expect(flow.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never measures the population itself nor checks it against the registry', async () => {
    const population = await rate('RESIDENT_POPULATION');
    expect(population.data.beijing.measure).toMatchObject({ computable: false, value: null });
    const { data } = await graphql(
      server.url,
      `
        {
          beijing {
            dataQuality {
              indicator {
                code
              }
            }
          }
        }
      `,
    );
    expect(
      data.beijing.dataQuality.map((c: { indicator: { code: string } }) => c.indicator.code),
    ).not.toContain('RESIDENT_POPULATION');
  });
});

describe('a resident population recorded by the region, with the address of its communiqué', () => {
  const record = async (source: Record<string, string | undefined>) =>
    graphql(
      server.url,
      `
        mutation ($input: FigureInput!) {
          beijing {
            recordFigure(input: $input) {
              id
              source {
                url
                document
              }
            }
          }
        }
      `,
      {
        input: {
          indicator: 'RESIDENT_POPULATION',
          value: 20_000,
          asOf: '2020-12-31',
          quote: '年末常住人口2万人',
          source,
        },
      },
      await bearer({ role: 'editor', region: 'BJ' }),
    );

  it('refuses a new source with neither a document nor an http address, and writes nothing', async () => {
    for (const source of [
      { title: '统计公报' },
      { title: '统计公报', url: 'ftp://stats.example.org/' },
    ]) {
      const { errors } = await record(source);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(errors?.[0]?.extensions?.problems)).toMatch(/input\.source/);
    }
    const [{ count }] = await handCounted.dataSource.query(
      `SELECT count(*)::int AS count FROM figure WHERE as_of = '2020-12-31'`,
    );
    expect(count).toBe(0);
  });

  it('takes the new year into the rate as soon as it is recorded', async () => {
    const { data, errors } = await record({
      title: '2020年统计公报',
      publisher: '统计局',
      url: 'https://stats.example.org/2020.html',
    });
    expect(errors).toBeUndefined();
    expect(data.beijing.recordFigure.source).toEqual({
      url: 'https://stats.example.org/2020.html',
      document: null,
    });
    const rated = await rate('CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS', 'asOf: "2020"');
    expect(rated.data.beijing.measure).toMatchObject({
      value: (1 * 10_000) / 20_000,
      numerator: 1,
      denominator: 20_000,
    });
  });
});

const federation = useStack();

describe('rates per 10,000 residents on the published populations, through the gateway', () => {
  it("takes Beijing's certified workers today over its published 21,832,000 of the end of 2024", async () => {
    const { beijing, indicator } = await federation.query(`{
      indicator(code: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS") { kind unit nameZh }
      beijing {
        rate: measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS") {
          value numerator denominator asOf
          denominatorFigure { id value quote source { title publisher publishedOn url document readOnReprint } }
        }
        count: measure(indicator: "CERTIFIED_SOCIAL_WORKERS") { value }
      } }`);
    expect(indicator).toEqual({
      kind: 'RATE',
      unit: 'per 10,000 residents',
      nameZh: '每万常住人口持证社会工作者数',
    });
    expect(beijing.rate).toEqual({
      value: (beijing.count.value * 10_000) / 21_832_000,
      numerator: beijing.count.value,
      denominator: 21_832_000,
      asOf: chinaDay(),
      denominatorFigure: {
        id: 'bj-resident-population-2024',
        value: 21_832_000,
        quote: '年末全市常住人口2183.2万人，比上年末减少2.6万人',
        source: {
          title: '北京市2024年国民经济和社会发展统计公报',
          publisher: '北京市统计局、国家统计局北京调查总队',
          publishedOn: '2025-03-20',
          url: 'https://m.bsbk.net/news/D8OeGgbj6R.html',
          document: null,
          // A reprint's page, not the statistics bureau's own, as the source's data says.
          readOnReprint: true,
        },
      },
    });
  });

  it("asked for no day, gives its series' cell of today: today's count over the population carried forward, said so", async () => {
    // Sichuan's certified workers counted today, 88,200, over the end of 2023's 83,680,000, as its
    // series' cell of this year and a target's progress take it, not 54,736 at the end of 2023.
    const today = chinaDay();
    for (const region of ['guangxi', 'sichuan']) {
      const answer = await federation.query(`{ ${region} {
        rate: measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS") {
          value numerator denominator asOf reason denominatorCarriedForward denominatorFigure { asOf } }
        series: measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS", by: [YEAR]) {
          breakdown { value numerator denominator toDate denominatorCarriedForward } }
        count: measure(indicator: "CERTIFIED_SOCIAL_WORKERS") { value asOf } } }`);
      const { rate, series, count } = answer[region];
      const current = series.breakdown.at(-1);
      expect(current.toDate).toBe(true);
      expect(rate).toMatchObject({
        value: current.value,
        numerator: current.numerator,
        denominator: current.denominator,
        asOf: today,
        denominatorCarriedForward: true,
      });
      expect(current.denominatorCarriedForward).toBe(true);
      expect(rate.numerator).toBe(count.value);
      const year = rate.denominatorFigure.asOf.slice(0, 4);
      expect(rate.reason).toContain(`人口为 ${year} 年末数，沿用至 ${today} 是推定`);
      expect(rate.reason).toContain(`the population of end-${year} carried forward to ${today}`);
    }
    const { sichuan } = await federation.query(`{ sichuan {
      measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS", asOf: "2023") {
        asOf denominatorCarriedForward } } }`);
    expect(sichuan.measure).toEqual({ asOf: '2023-12-31', denominatorCarriedForward: false });
  });

  it("answers null with the reason for Xiong'an, which publishes no resident population", async () => {
    const { xiongan } = await federation.query(`{ xiongan {
      measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS") { computable value reason denominatorFigure { id } } } }`);
    expect(xiongan.measure).toEqual({
      computable: true,
      value: null,
      reason:
        '登记库未收录该地区的常住人口数，因此没有每万常住人口指标值。The registry holds no resident population for this region, so it has no rate per 10,000 residents.',
      denominatorFigure: null,
    });
  });

  it("gives Sichuan's series a value for 2021 to 2023 only, the years its communiqués were found for", async () => {
    const { sichuan } = await federation.query(`{ sichuan {
      measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS", by: [YEAR], asOf: "2024", from: 2019) {
        breakdown { keys { value } value denominator } } } }`);
    const years = sichuan.measure.breakdown.map(
      (c: { keys: { value: string }[]; value: number | null; denominator: number | null }) => [
        c.keys[0]!.value,
        c.value != null,
        c.denominator,
      ],
    );
    expect(years).toEqual([
      ['2019', false, null],
      ['2020', false, null],
      ['2021', true, 83_720_000],
      ['2022', true, 83_740_000],
      ['2023', true, 83_680_000],
      ['2024', false, null],
    ]);
  });

  it("says where a rate's series crosses the census's revision of the population", async () => {
    // Tianjin published 1561.83万 for 2019, before the census; 1364万 for 2024, after it, which
    // this year's cell, to date, is over too.
    const { tianjin } = await federation.query(`{ tianjin {
      latest: measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS") { reason }
      series: measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS", from: 2019, by: [YEAR]) {
        reason breakdown { keys { value } denominator } } } }`);
    expect(tianjin.latest.reason).not.toContain('人口普查');
    expect(
      tianjin.series.breakdown
        .filter((cell: { denominator: number | null }) => cell.denominator != null)
        .map((cell: { keys: { value: string }[] }) => cell.keys[0]!.value),
    ).toEqual(['2019', '2024', String(chinaYear())]);
    const today = chinaDay();
    expect(tianjin.series.reason).toBe(
      `登记库 ${today} 的计数，以该日之前最近一个年末的已公布常住人口数（2024 年末）为分母，每万人计；人口为 2024 年末数，沿用至 ${today} 是推定；2020 年以前的年末常住人口数公布于第七次全国人口普查之前，普查后的数列与之口径不同：其比率不宜与之后各年的比较。` +
        `The registry's count on ${today}, per 10,000 of the resident population published for the latest year-end before that day (the end of 2024); the population of end-2024 carried forward to ${today} is an inference. Year-end populations before 2020 were published before the Seventh National Population Census, which revised the series: their rates do not compare with later years'.`,
    );
  });

  it("prints beside each region's rate the day it counts and the year-end of its population, since regions publish populations of different years", async () => {
    const { rows } = await fetchComparison(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
    );
    const { guangxi } = await federation.query(
      `{ guangxi { measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS") { asOf } } }`,
    );
    expect(rows.find((r) => r.region === 'GX')!.measuredAsOf).toBe(guangxi.measure.asOf);
    expect(guangxi.measure.asOf).toBe(chinaDay());
    const years = new Set(rows.filter((r) => r.measured != null).map((r) => r.populationAsOf));
    expect(years.size).toBeGreaterThan(1);
  });

  it('adds regions up nationally: a rate over the populations of one year-end, saying who is left out', async () => {
    const { rows, national } = await fetchComparison(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      'en',
      '2023',
    );
    // 2023's populations are published for Beijing, Sichuan and Ningxia only.
    const added = rows.filter((r) => ['BJ', 'SC', 'NX'].includes(r.region));
    const numerator = added.reduce((n, r) => n + r.numerator!, 0);
    expect(national).toMatchObject({
      included: added.map((r) => r.region),
      numerator,
      denominator: 21_858_000 + 83_680_000 + 7_290_000,
      value: (10_000 * numerator) / (21_858_000 + 83_680_000 + 7_290_000),
      asOf: '2023-12-31',
      reason: null,
    });
    expect(national.leftOut).toEqual([
      {
        region: 'GX',
        reason:
          '2023 年末的常住人口数未收录于登记库。The registry holds no resident population for the end of 2023.',
      },
      {
        region: 'TJ',
        reason:
          '2023 年末的常住人口数未收录于登记库。The registry holds no resident population for the end of 2023.',
      },
      // Xiong'an publishes none for any year: it is told so, not that 2023's is missing.
      {
        region: 'XA',
        reason:
          '登记库未收录该地区的常住人口数，因此没有每万常住人口指标值。The registry holds no resident population for this region, so it has no rate per 10,000 residents.',
      },
    ]);
  });

  it('adds a rate of today up over the year-end most regions published a population for, not the latest of the fewest', async () => {
    const rate = 'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS';
    const today = await fetchComparison(federation.stack.gatewayUrl, rate, 'en');
    // Each year-end's total, as `--as-of` that year gives it: today's is the one of the most regions
    // (the later of two as many), the same regions left out for the same reasons.
    const byYear = await Promise.all(
      Array.from({ length: chinaYear() - 2019 }, (_, i) =>
        fetchComparison(federation.stack.gatewayUrl, rate, 'en', String(2019 + i)),
      ),
    );
    const most = Math.max(...byYear.map(({ national }) => national.included.length));
    const best = byYear.filter(({ national }) => national.included.length === most).at(-1)!;
    expect(today.national).toEqual(best.national);
    // More regions than those that published the latest year's population, which the most common
    // latest year-end would have added up.
    const latest = today.rows
      .flatMap((row) => (row.measured == null ? [] : [row.populationAsOf!]))
      .sort()
      .at(-1);
    const ofLatest = today.rows.filter((row) => row.populationAsOf === latest).length;
    expect(today.national.asOf).not.toBe(latest);
    expect(today.national.included.length).toBeGreaterThan(ofLatest);
    // And it says the populations it divides by: each added region's of that year-end, which add
    // up to its denominator.
    expect(today.totalPopulations.map((p) => p.region)).toEqual(today.national.included);
    for (const population of today.totalPopulations)
      expect(population.asOf.slice(0, 4)).toBe(today.national.asOf!.slice(0, 4));
    expect(today.totalPopulations.reduce((sum, p) => sum + p.value, 0)).toBe(
      today.national.denominator,
    );
  });

  it('adds counts up over every region, with the demo share weighted by each count', async () => {
    const { rows, national } = await fetchComparison(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS',
    );
    const total = rows.reduce((n, r) => n + r.measured!, 0);
    expect(national).toMatchObject({ value: total, included: rows.map((r) => r.region) });
    expect(national.leftOut).toEqual([]);
    expect(national.demoShare).toBeCloseTo(
      rows.reduce((n, r) => n + r.measured! * (r.measuredDemoPercent! / 100), 0) / total,
      4,
    );
  });
});
