import { describe, expect, it } from 'vitest';
import { readDemoPlan } from '../subgraphs/registry/src/seed/demo-plan.js';
import { regions } from '../subgraphs/regions.js';
import { useStack } from './harness.js';

const federation = useStack();

interface Check {
  figure: { id: string };
  measured: number | null;
  measuredSince: string | null;
  flagged: boolean;
  compared: boolean;
}

/** A region's data-quality check of one figure. */
async function check(slug: string, id: string): Promise<Check> {
  const answer = await federation.query(`{ ${slug} { dataQuality {
    figure { id } measured measuredSince flagged compared } } }`);
  const found = (answer[slug].dataQuality as Check[]).find((c) => c.figure.id === id);
  if (!found) throw new Error(`${slug} checks no figure ${id}`);
  return found;
}

/**
 * The demo never contradicts the published figures it stands beside: a number it was planned on
 * lands inside the interval the figure's words allow, and a count says what it counts.
 */
describe('demo data against the published figures', () => {
  it("counts Ningxia's 20 incubated agencies as the plan incubated them: none before 2013, all 20 by the report", async () => {
    const { ningxia } = await federation.query(`{ ningxia {
      series: measure(indicator: "SOCIAL_WORK_AGENCIES", by: [YEAR], from: 2012, asOf: "2025-07-19") {
        value breakdown { keys { value } value } }
      before: measure(indicator: "SOCIAL_WORK_AGENCIES", asOf: "2012-12-31") { value }
      stations: measure(indicator: "SOCIAL_WORK_STATIONS", asOf: "2012-12-31") { value }
      posts: measure(indicator: "SOCIAL_WORK_STATIONS", asOf: "2025-06-30") { value } } }`);
    const byYear = Object.fromEntries(
      ningxia.series.breakdown.map((cell: { keys: { value: string }[]; value: number }) => [
        cell.keys[0]!.value,
        cell.value,
      ]),
    );
    // The "three areas" plan began in 2013: nothing it incubated exists before.
    expect(ningxia.before.value).toBe(0);
    expect(byYear['2012']).toBe(0);
    expect(byYear['2013']).toBeGreaterThan(0);
    expect(ningxia.series.value).toBe(20);
    // Nor do the demo stations its postings go to, one a county (21 counties, a flow since 2013),
    // nor the 2025 cohort's eight posts before its plan was launched.
    expect(ningxia.stations.value).toBe(0);
    expect(ningxia.posts.value).toBe(21);
    // Its plan says what the 20 are: demo, planned on the plan's incubations, not a published stock.
    const agencies = readDemoPlan('ningxia')!.groups.find((g) => g.kind === 'SOCIAL_WORK_AGENCY')!;
    expect(agencies.basis).toMatch(/^demo\b/);
    expect(agencies.basis).toContain('孵化培育社工机构20个');
    expect(agencies.basis).toContain('not published');
    expect(agencies.timeline?.[0]).toEqual({ on: '2012-12-31', count: 0 });
  });

  it("puts Ningxia's beneficiaries since 2013 inside 超9000's (9000, 10000), unflagged", async () => {
    const { ningxia } = await federation.query(`{ ningxia {
      measure(indicator: "BENEFICIARIES", since: "2013", asOf: "2025-07-19") { value } } }`);
    expect(ningxia.measure.value).toBeGreaterThan(9000);
    expect(ningxia.measure.value).toBeLessThan(10000);
    expect(await check('ningxia', 'nx-three-areas-cumulative-beneficiaries')).toMatchObject({
      measured: ningxia.measure.value,
      measuredSince: '2013-01-01',
      compared: true,
      flagged: false,
    });
    expect(readDemoPlan('ningxia')!.programTotals?.beneficiaries?.basis).toContain(
      '受益群众超 9000 人次',
    );
  });

  it("gives Beijing's demonstration projects 4000余 individual cases by 2023-09-01, and the city no fewer", async () => {
    const { beijing } = await federation.query(`{ beijing {
      measure(indicator: "INDIVIDUAL_CASES", by: [PROGRAM_KIND], since: "2023", asOf: "2023-09-01") {
        value breakdown { keys { value } value } } } }`);
    const demonstration = beijing.measure.breakdown.find(
      (cell: { keys: { value: string }[] }) => cell.keys[0]!.value === 'DEMONSTRATION',
    ).value;
    // Read as the 25 projects' output, as the figure is scoped: inside (4000, 5000), the 6,700 of
    // 2023 planned on it, 244 days of 365 of each project's year by 2023-09-01, the page's day.
    expect(demonstration).toBeGreaterThan(4000);
    expect(demonstration).toBeLessThan(5000);
    expect(demonstration).toBe(Math.round((6700 * 244) / 365));
    expect(await check('beijing', 'bj-msw-individual-casework-4000')).toMatchObject({
      measured: demonstration,
      compared: true,
      flagged: false,
    });
    // Were it the city's, the city's cases would pass its upper end, as the README says: the
    // demo is planned on one reading of the paragraph, not on both.
    expect(beijing.measure.value).toBe(8977);
  });

  it('starts no worker before the institution it works at counts: founded, and doing social work where it has a setup', async () => {
    for (const { slug } of regions) {
      const [early] = await federation.stack.subgraphs.get(slug)!.db.query(
        `SELECT count(*)::int AS workers FROM social_worker w JOIN institution i ON i.id = w.institution_id
         WHERE w.provenance = 'DEMO' AND (w.started_on < i.founded_from
           OR (i.social_work_setup IN ('DEPARTMENT', 'POSTS') AND w.started_on < i.social_work_from))`,
      );
      expect([slug, early.workers]).toEqual([slug, 0]);
    }
  });

  it("staffs Sichuan's hospitals that do social work, within its published totals", async () => {
    const { sichuan } = await federation.query(`{ sichuan {
      workers: measure(indicator: "MEDICAL_SOCIAL_WORKERS", asOf: "2025-12-31") { value }
      coverage: measure(indicator: "SECONDARY_PLUS_MSW_COVERAGE", asOf: "2025-12-31") { numerator }
      dataQuality(tolerancePercent: 0) { figure { id } measured flagged } } }`);
    expect(sichuan.coverage.numerator).toBeGreaterThan(0);
    // The 60 hospitals' 180 planned workers, none ended by then.
    expect(sichuan.workers.value).toBe(180);
    // The practitioners (超13万) and the certified (8.82万) stay as planned.
    const byId = Object.fromEntries(
      sichuan.dataQuality.map(
        (c: { figure: { id: string }; measured: number; flagged: boolean }) => [
          c.figure.id,
          [c.measured, c.flagged],
        ],
      ),
    );
    expect(byId['sc-social-work-practitioners']).toEqual([131200, false]);
    expect(byId['sc-certified-social-workers']).toEqual([88200, false]);
  });
});
