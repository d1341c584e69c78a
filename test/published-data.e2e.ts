import { describe, expect, it } from 'vitest';
import { readPublishedData } from '../subgraphs/registry/src/seed/published-data.js';
import { regions } from '../subgraphs/regions.js';
import { useStack } from './harness.js';

const federation = useStack();

const figureFields = `id indicator { code name } value unit asOf asOfInferred periodStart periodStartInferred qualifier changePercent quote
  baseline { value year derived } breakdown { dimension value } scopeProgram { figures { id } } source { id title titleConstructed publisher publishedOn publishedOnInferred document }`;

describe('published figures and targets through the gateway', () => {
  it.each(regions.map((r) => [r.slug] as const))(
    '%s serves every figure and target of its data files',
    async (slug) => {
      const published = readPublishedData(slug);
      const result = await federation.query(`{ ${slug} { figures { ${figureFields} }
      targets { id indicator { code } targetValue targetYear milestones { year } policy { title titleConstructed issuers }
        source { id titleConstructed } quote } } }`);
      const { figures, targets } = result[slug];

      expect(figures.map((f: { id: string }) => f.id).sort()).toEqual(
        published.figures.map((f) => f.id).sort(),
      );
      for (const expected of published.figures) {
        const served = figures.find((f: { id: string }) => f.id === expected.id);
        expect(served).toMatchObject({
          indicator: { code: expected.indicator },
          value: expected.value,
          unit: expected.unit,
          asOf: expected.asOf,
          asOfInferred: expected.asOfInferred,
          // A start the page does not print is said to be worked out, as a date is.
          periodStart: expected.periodStart,
          periodStartInferred: expected.periodStartInferred,
          qualifier: expected.qualifier,
          changePercent: expected.changePercent,
          quote: expected.quote,
          source: {
            id: expected.source,
            titleConstructed: published.sources.find((s) => s.id === expected.source)!
              .titleConstructed,
            publishedOnInferred: published.sources.find((s) => s.id === expected.source)!
              .publishedOnInferred,
          },
        });
        expect(
          served.indicator.name,
          `${expected.indicator} is in the national catalog`,
        ).toBeTruthy();
        // A programme's figures are those scoped to it, as the data files scope them: no more.
        expect(
          served.scopeProgram?.figures.map((f: { id: string }) => f.id).sort() ?? null,
        ).toEqual(
          expected.scopeProgram
            ? published.figures
                .filter((f) => f.scopeProgram === expected.scopeProgram)
                .map((f) => f.id)
                .sort()
            : null,
        );
      }

      expect(targets.map((t: { id: string }) => t.id).sort()).toEqual(
        published.targets.map((t) => t.id).sort(),
      );
      for (const expected of published.targets) {
        expect(targets.find((t: { id: string }) => t.id === expected.id)).toMatchObject({
          indicator: { code: expected.indicator },
          targetValue: expected.targetValue,
          targetYear: expected.targetYear,
          milestones: expected.milestones.map((m) => ({ year: m.year })),
          policy: {
            title: expected.policy.title,
            titleConstructed: expected.policy.titleConstructed,
          },
          source: {
            id: expected.source,
            titleConstructed: published.sources.find((s) => s.id === expected.source)!
              .titleConstructed,
          },
          quote: expected.quote,
        });
      }
    },
  );

  it("gives Beijing's opinion, which prints no title, the one a page of 2023-10-24 cites it by, saying where it is read, and its five issuers unnamed", async () => {
    const { beijing, guangxi } = await federation.query(
      `{ beijing { targets { policy { title titleConstructed titleCitedIn { id publishedOn } issuers issuerCount }
           source { title titleConstructed titleCitedIn { id } note } } }
         guangxi { targets { policy { titleConstructed titleCitedIn { id } issuers issuerCount }
           source { titleConstructed titleCitedIn { id } } } } }`,
    );
    // 001: 为贯彻落实五部门联合印发的《关于发展医务社会工作的实施意见》精神 (no department named).
    const citedIn = { id: 'gyst-20231024-beijing-45-msw-projects' };
    expect(beijing.targets).toEqual([
      {
        policy: {
          title: '关于发展医务社会工作的实施意见',
          titleConstructed: false,
          titleCitedIn: { ...citedIn, publishedOn: '2023-10-24' },
          issuers: [],
          issuerCount: 5,
        },
        source: {
          title: '关于发展医务社会工作的实施意见',
          titleConstructed: false,
          titleCitedIn: citedIn,
          note: expect.stringContaining(
            '区卫生健康委、区教委、区委社会工委区民政局、区财政局、区人力社保局',
          ),
        },
      },
    ]);
    // Guangxi's plan prints its title and names its three issuers: nothing is said of it.
    expect(guangxi.targets.length).toBeGreaterThan(0);
    for (const target of guangxi.targets)
      expect(target).toEqual({
        policy: {
          titleConstructed: false,
          titleCitedIn: null,
          issuers: expect.arrayContaining(['自治区中医药管理局']),
          issuerCount: null,
        },
        source: { titleConstructed: false, titleCitedIn: null },
      });
  });

  it("keeps person-times apart from sessions and activities held: Beijing's 4,000, 5,700 and 37,000 person-times", async () => {
    const { beijing } =
      await federation.query(`{ beijing { programs(first: 5, filter: { nameContains: "医务社工示范项目", provenance: PUBLISHED }) { edges { node {
      name individualCases groupSessions communityServices groupServicePersonTimes communityServicePersonTimes } } } } }`);
    expect(beijing.programs.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        name: '医务社工示范项目',
        individualCases: 4000,
        groupSessions: null,
        communityServices: null,
        groupServicePersonTimes: 5700,
        communityServicePersonTimes: 37000,
      },
    ]);
  });

  it('says which period starts the pages print and which were worked out', async () => {
    const { beijing, ningxia } = await federation.query(`{
      beijing { figures(indicator: "INDIVIDUAL_CASES") { id periodStart periodStartInferred } }
      ningxia { figures(indicator: "FUNDING_YUAN") { id periodStart periodStartInferred } } }`);
    // 截至目前 with no start: counted from the year the projects were selected, an inference.
    expect(beijing.figures).toContainEqual({
      id: 'bj-msw-individual-casework-4000',
      periodStart: '2023',
      periodStartInferred: true,
    });
    // 自2013年实施以来: printed.
    expect(ningxia.figures).toContainEqual({
      id: 'nx-three-areas-cumulative-funding',
      periodStart: '2013',
      periodStartInferred: false,
    });
  });

  it("counts Xiong'an's first projects from the months the page gives them, not from their year's start", async () => {
    // 自 2020 年 3 月启动实施首个心理援助与社会工作服务项目; 2020 年 4月 … 建立扶贫社工站.
    const projectsOn = async (asOf: string) =>
      (
        await federation.query(
          `query ($asOf: String!) { xiongan { measure(indicator: "SOCIAL_WORK_PROJECTS", asOf: $asOf) { value } } }`,
          { asOf },
        )
      ).xiongan.measure.value;
    expect(await projectsOn('2020-02-29')).toBe(0);
    expect(await projectsOn('2020-05-01')).toBe(2);
  });

  it("gives a programme's counts the qualifier they were published with: 余 and 超 are lower bounds, not the counts", async () => {
    const figuresOf = `figures { indicator { code } value qualifierWord interval { lower lowerInclusive upper upperInclusive } quote }`;
    const { beijing, ningxia } = await federation.query(`{
      beijing { programs(first: 5, filter: { nameContains: "医务社工示范项目", provenance: PUBLISHED }) { edges { node {
        individualCases groupServicePersonTimes communityServicePersonTimes ${figuresOf} } } } }
      ningxia { programs(first: 5, filter: { nameContains: "三区", provenance: PUBLISHED }) { edges { node {
        role beneficiaries fundingYuan ${figuresOf} } } } } }`);
    const demonstration = beijing.programs.edges[0].node;
    // 余 and 超 bound a count from below (and above, by the place of their last digit: measures/qualifiers.ts).
    const moreThan = (lower: number) => expect.objectContaining({ lower, lowerInclusive: false });
    expect(
      demonstration.figures.map((f: { indicator: { code: string } }) => [f.indicator.code, f]),
    ).toEqual([
      [
        'COMMUNITY_SERVICE_PERSON_TIMES',
        expect.objectContaining({
          value: demonstration.communityServicePersonTimes,
          qualifierWord: '余',
          interval: moreThan(37000),
        }),
      ],
      [
        'GROUP_SERVICE_PERSON_TIMES',
        expect.objectContaining({
          value: demonstration.groupServicePersonTimes,
          qualifierWord: '余',
          interval: moreThan(5700),
        }),
      ],
      [
        'INDIVIDUAL_CASES',
        expect.objectContaining({
          value: demonstration.individualCases,
          qualifierWord: '余',
          interval: moreThan(4000),
        }),
      ],
    ]);
    expect(demonstration.figures[2].quote).toContain('个案服务 4000余');
    const threeAreas = ningxia.programs.edges
      .map((e: { node: { role: string } }) => e.node)
      .find((p: { role: string }) => p.role === 'SCHEME');
    const beneficiaries = threeAreas.figures.find(
      (f: { indicator: { code: string } }) => f.indicator.code === 'BENEFICIARIES',
    );
    expect(beneficiaries).toMatchObject({
      value: threeAreas.beneficiaries,
      qualifierWord: '超',
      interval: moreThan(9000),
    });
    expect(beneficiaries.quote).toContain('受益群众超 9000 人次');
  });

  it("derives the 2019 baseline that Beijing's +184% implies, and marks it derived", async () => {
    const { beijing } = await federation.query(
      `{ beijing { figures(indicator: "MSW_TERTIARY_INSTITUTIONS") { value baseline { value year derived } } } }`,
    );
    expect(beijing.figures[0]).toEqual({
      value: 54,
      baseline: { value: 19, year: 2019, derived: true },
    });
  });

  it('keeps Xiong\'an\'s published baseline "from 30 to 550" as published', async () => {
    const { xiongan } = await federation.query(
      `{ xiongan { figures(indicator: "CERTIFIED_SOCIAL_WORKERS") { value baseline { value derived } } } }`,
    );
    expect(xiongan.figures).toEqual([{ value: 550, baseline: { value: 30, derived: false } }]);
  });

  it('picks the latest figure of a whole indicator, not a part of it, and an exact figure over an approximate one', async () => {
    const latest = `latestFigure(indicator: $indicator) { value asOf breakdown { value } periodStart }`;
    const result = await federation.query(
      `query ($indicator: String!) { beijing { ${latest} } xiongan { latestFigure(indicator: "SOCIAL_WORK_PROJECTS") { value periodStart } }
      tianjin { none: latestFigure(indicator: "FUNDING_YUAN") { value } } }`,
      { indicator: 'MSW_INSTITUTIONS' },
    );
    // Beijing published 101 on 2023-09-01 (a page of 2023-10-24 reprints it: one figure), and its
    // parts by kind (33 general hospitals, ...).
    expect(result.beijing.latestFigure).toEqual({
      value: 101,
      asOf: '2023-09-01',
      breakdown: null,
      periodStart: null,
    });
    // Xiong'an's page counts projects since 2020 twice, on the same date: 16, and "more than ten" (10, AT_LEAST).
    expect(result.xiongan.latestFigure).toEqual({ value: 16, periodStart: '2020-03' });
    expect(result.tianjin.none).toBeNull();
  });

  it("never gives one body's number as the region's: a centre's volunteer team, one agency's workshop", async () => {
    const result = await federation.query(`{
      beijing {
        latestFigure(indicator: "COMMUNITY_HEALTH_VOLUNTEERS") { value }
        figures(indicator: "COMMUNITY_HEALTH_VOLUNTEERS") {
          value scope scopeProgram { name } scopeInstitution { name } }
      }
      xiongan {
        latestFigure(indicator: "TRAINING_SESSIONS") { value }
        figures(indicator: "TRAINING_SESSIONS") { value scopeProgram { name } }
      }
    }`);
    // 目前，该中心有 20人的社区健康志愿服务队: the team is the Dongfeng centre's, which its
    // project is to build up, not the project's.
    expect(result.beijing.latestFigure).toBeNull();
    expect(result.beijing.figures).toEqual([
      {
        value: 20,
        scope: expect.stringMatching(/^北京市朝阳区东风社区卫生服务中心社区健康志愿服务队的成员/),
        scopeProgram: null,
        scopeInstitution: { name: '北京市朝阳区东风社区卫生服务中心' },
      },
    ]);
    // 基地开展了一期“小组工作实务工作坊”: one workshop of the incubation base, for one agency.
    expect(result.xiongan.latestFigure).toBeNull();
    expect(result.xiongan.figures).toEqual([
      { value: 1, scopeProgram: { name: '雄安新区社会工作孵化培育基地' } },
    ]);
  });
});
