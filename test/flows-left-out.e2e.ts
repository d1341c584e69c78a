import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { fetchComparison } from '../scripts/report/comparison.js';
import { toCsv, toJson, toXlsx } from '../scripts/report/comparison-formats.js';
import { columns } from '../scripts/report/row-words.js';
import { comparisonForTerminal } from '../scripts/report/terminal-report.js';
import { bearer, graphql, useStack } from './harness.js';

/**
 * A flow leaves out the programmes whose start or end is not known, which cannot be spread over a
 * period: its measure says how many in its reason, a 0 it gives then is not "nothing registered",
 * and the report says them, region by region and under the total, in every format. Two programmes
 * of Tianjin's, written through the gateway to databases of this file's own (the seeded demo
 * programmes of Tianjin run in 2019..2025, none in this year):
 *
 *   no dates at all       500,000 yuan, 100 cases   counted from today, the day it is known from
 *   from 2024-07-01, no end  300,000 yuan, 60 cases
 */
const federation = useStack({ ownDatabases: 'flows_left_out' });

const editor = () => bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });

async function answer(query: string, variables?: Record<string, unknown>) {
  const response = await graphql(federation.stack.gatewayUrl, query, variables, await editor());
  expect(response.errors).toBeUndefined();
  return response.data.tianjin;
}

interface Measured {
  value: number;
  undatedRecords: number;
  nothingRegistered: boolean;
  reason: string | null;
}

const measure = async (indicator: string, args = ''): Promise<Measured> =>
  (
    await answer(
      `{ tianjin { measure(indicator: "${indicator}"${args}) { value undatedRecords nothingRegistered reason } } }`,
    )
  ).measure;

/** Each region's undated records of a flow as the gateway answers them: the programmes left out. */
async function leftOutByRegion(asOf: string | null) {
  const { registries } = await federation.query<{
    registries: { code: string; measure: { undatedRecords: number | null } | null }[];
  }>(
    `{ registries { code measure(indicator: "FUNDING_YUAN"${asOf ? `, asOf: "${asOf}"` : ''}) { undatedRecords } } }`,
  );
  return new Map(registries.map((r) => [r.code, r.measure?.undatedRecords || null]));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const flat = (text: string) => text.replace(/\s+/g, '');

describe("a flow's programmes whose start or end is not known", () => {
  it('are said in the reason, and a 0 they leave is not nothing registered', async () => {
    // Nothing of Tianjin's seeded programmes runs in this year: nothing registered in it.
    expect(await measure('FUNDING_YUAN')).toMatchObject({
      value: 0,
      undatedRecords: 0,
      nothingRegistered: true,
    });
    for (const input of [
      {
        name: '起止日期不详的购买服务项目',
        kind: 'GOVERNMENT_PURCHASED_SERVICE',
        fundingYuan: 500000,
        individualCases: 100,
      },
      {
        name: '未载明结束的购买服务项目',
        kind: 'GOVERNMENT_PURCHASED_SERVICE',
        fundingYuan: 300000,
        individualCases: 60,
        periodStart: '2024-07-01',
      },
    ])
      await answer(
        `mutation ($input: ProgramInput!) { tianjin { createProgram(input: $input) { id } } }`,
        { input },
      );
    // This year to date: both fall in it, neither can be spread over it.
    for (const indicator of ['FUNDING_YUAN', 'INDIVIDUAL_CASES']) {
      const measured = await measure(indicator);
      expect(measured).toMatchObject({ value: 0, undatedRecords: 2, nothingRegistered: false });
      expect(measured.reason).toContain(
        '0 不表示实际没有；另有 2 个项目开始或结束日期不详，其量无法分摊到测算时期，未计入。',
      );
      expect(measured.reason).toContain(
        '2 programmes holding an amount give no start or no end: their amounts cannot be spread over the period measured, and are left out.',
      );
      expect(measured.reason).not.toMatch(/0 是登记在册的量/);
    }
    // 2024: the seeded programme of that year (300,000) is spread over it; the one from 2024-07-01
    // with no end is left out, not counted from its start on, and said so after the pro-rating.
    // The one without dates, known only from today, did not fall in 2024.
    const of2024 = await measure('FUNDING_YUAN', ', asOf: "2024"');
    expect(of2024).toMatchObject({ value: 300_000, undatedRecords: 1, nothingRegistered: false });
    expect(of2024.reason).toMatch(
      /^时期（流量）值：.*；另有 1 个项目开始或结束日期不详，其量无法分摊到测算时期，未计入。A flow: .* 1 programme holding an amount gives no start or no end: its amount cannot be spread over the period measured, and is left out\.$/,
    );
  });

  it('are said by the report, region by region and under the total, in every format', async () => {
    const gateway = federation.stack.gatewayUrl;
    for (const asOf of [null, '2024']) {
      const comparison = await fetchComparison(gateway, 'FUNDING_YUAN', 'zh', asOf ?? undefined);
      const leftOut = await leftOutByRegion(asOf);
      const tianjin = comparison.rows.find((row) => row.region === 'TJ')!;
      expect(tianjin.measuredLeftOut).toBe(asOf ? 1 : 2);
      for (const row of comparison.rows) {
        expect(row.measuredLeftOut).toBe(leftOut.get(row.region));
        // Not records counted from an inferred day, which a stock's column says.
        expect(row.measuredUndated).toBeNull();
      }
      // Tianjin's 0 of this year is no "nothing registered": it is added up, its programmes said.
      expect(comparison.national.included).toContain('TJ');
      const total = sum(comparison.national.included.map((code) => leftOut.get(code) ?? 0));
      expect(total).toBeGreaterThanOrEqual(asOf ? 1 : 2);
      expect(comparison.national.programmesLeftOut).toBe(total);
      expect(comparison.national.undated).toBeNull();
      expect(flat(comparisonForTerminal(comparison, 'zh', 160, gateway))).toContain(
        `另有${total}个项目起止日期不详、未计入`,
      );
      // The CSV's column and the total's last row, apart from the stock's 按推定日期计入的记录.
      const title = '起止日期不详、未计入的项目';
      const csv = parse(toCsv(comparison, 'zh'), { bom: true, columns: true }) as Record<
        string,
        string
      >[];
      expect(csv.find((line) => line['地区代码'] === 'TJ')![title]).toBe(String(asOf ? 1 : 2));
      expect(csv.find((line) => line['地区代码'] === 'TJ')!['按推定日期计入的记录（推定）']).toBe(
        '',
      );
      expect(csv.at(-1)![title]).toBe(String(total));
      // The workbook's, a number.
      const [sheet] = await readXlsxFile((await toXlsx(comparison, 'zh', gateway)).workbook);
      const at = sheet!.data[0]!.indexOf(title);
      expect(at).toBe(columns.indexOf('measuredLeftOut'));
      expect(sheet!.data.find((line) => line[0] === 'TJ')![at]).toBe(asOf ? 1 : 2);
      expect(sheet!.data.at(-1)![at]).toBe(total);
      // JSON's rows and total.
      const document = JSON.parse(toJson(comparison, 'zh'));
      expect(document.total.programmesLeftOut).toBe(total);
      expect(
        document.rows.find((row: { region: string }) => row.region === 'TJ').measuredLeftOut,
      ).toBe(asOf ? 1 : 2);
    }
    const inEnglish = await fetchComparison(gateway, 'FUNDING_YUAN', 'en', '2024');
    const total = inEnglish.national.programmesLeftOut!;
    expect(flat(comparisonForTerminal(inEnglish, 'en', 160, gateway))).toContain(
      flat(
        `besides ${total} ${total === 1 ? 'programme that gives' : 'programmes that give'} no start or no end and ${total === 1 ? 'is' : 'are'} left out`,
      ),
    );
    const english = parse(toCsv(inEnglish, 'en'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(english.at(-1)!['Programmes left out (no start or end known)']).toBe(String(total));
  });
});
