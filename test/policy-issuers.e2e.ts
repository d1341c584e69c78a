import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { fetchComparison, type Comparison } from '../scripts/report/comparison.js';
import { toCsv, toJson, toXlsx } from '../scripts/report/comparison-formats.js';
import { comparisonForTerminal } from '../scripts/report/terminal-report.js';
import { bearer, graphql, useStack } from './harness.js';

/**
 * Who issued a target's policy, named (Guangxi's plan: three bodies, in Chinese and in English) or
 * counted where its page names none (Beijing's opinion: 五部门联合印发), as the API serves it and as
 * a team sets it through `setTarget`, on databases of this file's own.
 */
const federation = useStack({ ownDatabases: 'policy_issuers' });

const editor = () => bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });
const ask = async (query: string, variables?: Record<string, unknown>) =>
  graphql(federation.stack.gatewayUrl, query, variables, await editor());

const policyFields = `title titleConstructed titleCitedIn { id title } issuers issuersEn issuerCount
  issuedOn issuedOnInferred`;
const setTarget = `mutation ($input: TargetInput!, $version: Int) { tianjin {
  setTarget(input: $input, version: $version) { id version targetValue policy { ${policyFields} } } } }`;
const target = {
  indicator: 'SOCIAL_WORK_STATIONS',
  targetValue: 300,
  targetYear: 2030,
  description: '到2030年建成300个社会工作站',
};

describe("a policy's issuers", () => {
  it("names Guangxi's three issuers as its page prints them, each with its English, and counts Beijing's five unnamed", async () => {
    const { guangxi, beijing } = await federation.query(
      `{ guangxi { targets { policy { issuers issuersEn issuerCount } } }
         beijing { targets { policy { issuers issuersEn issuerCount } } } }`,
    );
    // 002: 广西壮族自治区卫生健康委、自治区党委社会工作部、自治区中医药管理局联合印发《广西推进医疗机构社会工作实施方案》
    expect(guangxi.targets.length).toBe(2);
    for (const { policy } of guangxi.targets)
      expect(policy).toEqual({
        issuers: ['广西壮族自治区卫生健康委', '自治区党委社会工作部', '自治区中医药管理局'],
        issuersEn: [
          'Health Commission of the Guangxi Zhuang Autonomous Region',
          'Social Work Department of the CPC Guangxi Zhuang Autonomous Regional Committee',
          'Guangxi Zhuang Autonomous Region Administration of Traditional Chinese Medicine',
        ],
        issuerCount: null,
      });
    // 001: 五部门联合印发的《关于发展医务社会工作的实施意见》, no department named.
    expect(beijing.targets.map((t: { policy: unknown }) => t.policy)).toEqual([
      { issuers: [], issuersEn: [], issuerCount: 5 },
    ]);
  });

  it('are set by a team with their English, their count and the page that cites the title, and kept by a revision that leaves the policy out', async () => {
    // The page that cites the policy's title, added with a target of its own.
    const cited = await ask(
      `mutation ($input: TargetInput!) { tianjin { setTarget(input: $input) { source { id } } } }`,
      {
        input: {
          ...target,
          quote: '到2030年建成300个社会工作站',
          source: { title: '天津市社会工作站建设情况通报', url: 'https://example.org/tj-stations' },
        },
      },
    );
    expect(cited.errors).toBeUndefined();
    const citedIn = cited.data.tianjin.setTarget.source.id;
    const policy = {
      title: '关于加快社会工作站建设的实施意见',
      titleCitedIn: citedIn,
      issuers: ['天津市民政局'],
      issuersEn: ['Tianjin Municipal Civil Affairs Bureau'],
      issuerCount: 3,
      issuedOn: '2024',
      issuedOnInferred: true,
    };
    const set = await ask(setTarget, { input: { ...target, policy } });
    expect(set.errors).toBeUndefined();
    const expected = {
      ...policy,
      titleConstructed: false,
      titleCitedIn: { id: citedIn, title: '天津市社会工作站建设情况通报' },
    };
    expect(set.data.tianjin.setTarget.policy).toEqual(expected);
    const { id, version } = set.data.tianjin.setTarget;
    const revised = await ask(setTarget, { input: { ...target, id, targetValue: 320 }, version });
    expect(revised.errors).toBeUndefined();
    expect(revised.data.tianjin.setTarget).toMatchObject({ targetValue: 320, policy: expected });
    // Given again, a policy is a new document: without a count or English, it has neither.
    const again = await ask(setTarget, {
      input: { ...target, id, policy: { title: '天津市社会工作规划', issuers: ['天津市民政局'] } },
      version: version + 1,
    });
    expect(again.data.tianjin.setTarget.policy).toMatchObject({
      titleCitedIn: null,
      issuersEn: null,
      issuerCount: null,
    });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'an English name short of the issuers',
      {
        issuers: ['天津市民政局', '天津市卫生健康委'],
        issuersEn: ['Tianjin Municipal Civil Affairs Bureau'],
      },
      'input.policy.issuersEn',
      '须与印发机关逐一对应、顺序相同，即给出 2 个英文名称。must give one English name for each issuer (2), in the same order',
    ],
    [
      'a count below the issuers named',
      { issuers: ['天津市民政局', '天津市卫生健康委'], issuerCount: 1 },
      'input.policy.issuerCount',
      '不能少于所列印发机关的个数（2）。must not be fewer than the issuers named (2)',
    ],
    [
      'a count of none',
      { issuers: [], issuerCount: 0 },
      'input.policy.issuerCount',
      '须不小于 1。Too small: expected number to be >=1',
    ],
    [
      'a title both made from the text and cited by another page',
      { issuers: [], titleConstructed: true, titleCitedIn: 'tj-any-page' },
      'input.policy.titleCitedIn',
      '标题或据正文拟定（titleConstructed），或为另一文件所引（titleCitedIn），不能两者兼是。a title is made from the text (titleConstructed) or cited by another page (titleCitedIn), not both',
    ],
    [
      'a title cited by a page the registry does not hold',
      { issuers: [], titleCitedIn: 'no-such-page' },
      'input.policy.titleCitedIn',
      '来源 no-such-page 不存在：titleCitedIn 须为本登记库中印有该标题的来源。source no-such-page is not known: titleCitedIn is a source of this registry, the page that prints the title',
    ],
  ])('refuses %s, in Chinese, then English', async (_, fields, path, message) => {
    const refused = await ask(setTarget, {
      input: { ...target, policy: { title: '测试政策', ...fields } },
    });
    expect(refused.errors?.[0]?.extensions?.problems).toEqual([{ path, message }]);
    const field = path.split('.').at(-1)!;
    const label = {
      issuersEn: '印发机关英文名称',
      issuerCount: '印发机关数',
      titleCitedIn: '标题出处',
    }[field];
    expect(refused.errors?.[0]?.message).toMatch(new RegExp(`^${label}（${path}）：`));
  });
});

describe("the report says who issued a target's policy", () => {
  const rowOf = (text: string, code: string) =>
    (parse(text, { bom: true, columns: true }) as Record<string, string>[]).find(
      (row) => row['地区代码'] === code || row['Region code'] === code,
    )!;
  // The terminal wraps its lines: compared without their spaces.
  const flat = (text: string) => text.replace(/\s+/g, '');
  const terminal = (comparison: Comparison, language: 'zh' | 'en') =>
    flat(comparisonForTerminal(comparison, language, 120, federation.stack.gatewayUrl));

  it("names Guangxi's three bodies in the terminal, CSV, workbook and JSON, in Chinese and in English", async () => {
    const guangxi = await fetchComparison(
      federation.stack.gatewayUrl,
      'SECONDARY_PLUS_MSW_COVERAGE',
      'zh',
    );
    const zh = '广西壮族自治区卫生健康委、自治区党委社会工作部、自治区中医药管理局联合印发';
    const en =
      'jointly by Health Commission of the Guangxi Zhuang Autonomous Region (广西壮族自治区卫生健康委), Social Work Department of the CPC Guangxi Zhuang Autonomous Regional Committee (自治区党委社会工作部) and Guangxi Zhuang Autonomous Region Administration of Traditional Chinese Medicine (自治区中医药管理局)';
    expect(terminal(guangxi, 'zh')).toContain(
      flat(`所依政策：广西推进医疗机构社会工作实施方案，${zh}，印发于 2025 年（推定）`),
    );
    expect(terminal(guangxi, 'en')).toContain(flat(`issued in 2025 (inferred), ${en}`));
    expect(rowOf(toCsv(guangxi, 'zh'), 'GX')).toMatchObject({ 目标所依政策印发机关: zh });
    expect(rowOf(toCsv(guangxi, 'en'), 'GX')).toMatchObject({
      'Policy setting the target issued by': en,
    });
    const [sheet] = await readXlsxFile(
      (await toXlsx(guangxi, 'zh', federation.stack.gatewayUrl)).workbook,
    );
    const [header, ...rows] = sheet!.data;
    const row = rows.find((cells) => cells[0] === 'GX')!;
    expect(row[header!.indexOf('目标所依政策印发机关')]).toBe(zh);
    expect(
      JSON.parse(toJson(guangxi, 'zh')).rows.find((r: { region: string }) => r.region === 'GX'),
    ).toMatchObject({
      targetPolicyIssuers: [
        '广西壮族自治区卫生健康委',
        '自治区党委社会工作部',
        '自治区中医药管理局',
      ],
      targetPolicyIssuersEn: expect.arrayContaining([
        'Health Commission of the Guangxi Zhuang Autonomous Region',
      ]),
      targetPolicyIssuerCount: null,
    });
  });

  it("counts Beijing's five unnamed in the CSV and the workbook as the terminal does, marked inferred", async () => {
    const beijing = await fetchComparison(
      federation.stack.gatewayUrl,
      'MEDICAL_MSW_COVERAGE',
      'zh',
    );
    expect(terminal(beijing, 'zh')).toContain(
      flat('5 部门联合印发（未具名）（推定），印发于 2020 年（推定）'),
    );
    expect(rowOf(toCsv(beijing, 'zh'), 'BJ')).toMatchObject({
      目标所依政策印发机关: '5 部门联合印发（未具名）（推定）',
      目标所依政策印发日期: '2020（推定）',
    });
    expect(rowOf(toCsv(beijing, 'en'), 'BJ')).toMatchObject({
      'Policy setting the target issued by': 'jointly by 5 bodies (not named) (inferred)',
    });
    const [sheet] = await readXlsxFile(
      (await toXlsx(beijing, 'en', federation.stack.gatewayUrl)).workbook,
    );
    const [header, ...rows] = sheet!.data;
    const row = rows.find((cells) => cells[0] === 'BJ')!;
    expect(row[header!.indexOf('Policy setting the target issued by')]).toBe(
      'jointly by 5 bodies (not named) (inferred)',
    );
  });
});
