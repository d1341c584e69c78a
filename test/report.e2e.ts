import { chinaDay, chinaYear } from '../shared/china-day.js';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { fetchComparison } from '../scripts/report/comparison.js';
import { toCsv, toJson, toTable, toXlsx } from '../scripts/report/comparison-formats.js';
import { comparisonCensusNote, totalRow, uncheckedOf } from '../scripts/report/comparison-notes.js';
import { columns, inWords } from '../scripts/report/row-words.js';
import {
  fetchSeries,
  seriesCensusNote,
  seriesCsv,
  seriesJson,
  seriesTitle,
  seriesXlsx,
  type Series,
} from '../scripts/report/series.js';
import { seriesZeroNote } from '../scripts/report/series-zeros.js';
import { regions } from '../subgraphs/regions.js';
import { roundedNumber } from '../shared/rounded-number.js';
import { demoPercentText } from '../shared/mostly-demo.js';
import { totalHeading } from '../shared/national-total.js';
import { useStack } from './harness.js';
import stringWidth from 'string-width';
import { populationSourceWords, sourceWords } from '../scripts/report/source-words.js';
import { sourceTitle } from '../shared/bilingual.js';
import { comparisonForTerminal, seriesForTerminal } from '../scripts/report/terminal-report.js';
import { gatewayWithRegionDown } from './region-down.js';

const federation = useStack();
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The API's codes that a reader must never see in a report in words. */
const rawCodes =
  /\b(OFF_TRACK|ON_TRACK|AT_RISK|NO_DATA|ACHIEVED|BASICALLY|AT_LEAST|MEASURED|PUBLISHED)\b/;

/** A CSV line's fields (the report's fields hold no commas inside quotes here but a source title may). */
const fields = (line: string) =>
  [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
    .map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'))
    .slice(0, -1);

describe('npm run report', () => {
  it("says beside each region's rate what its registry held of the region's published total, and which a total adds up unchecked", async () => {
    const comparison = await fetchComparison(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      'zh',
      '2023',
    );
    // Beijing's, Sichuan's and Ningxia's rates over 2023 are added up; only Sichuan's has a total.
    expect(comparison.national.included).toEqual(expect.arrayContaining(['BJ', 'SC']));
    const csv = toCsv(comparison, 'zh').trimEnd().split('\n');
    const header = fields(csv[0]!.slice(1));
    const check = (code: string) =>
      fields(csv.find((line) => line.startsWith(`${code},`))!)[
        header.indexOf('登记库对照公布总数')
      ];
    const sichuan = comparison.rows.find((r) => r.region === 'SC')!;
    // The rate's row checks its count, in persons, as the page printed it (8.82万). The registry's
    // count is the demo, planned on that figure: its agreement confirms nothing, and says so.
    expect(sichuan.checkedDemoPercent).toBe(100);
    // The figure's date as its page gives it, an inference; a day, so the registry was measured on
    // it (a month or a year would add the day measured, its last).
    // In a column whose unit is per 10,000 residents, the cell says it checks the numerator.
    expect(check('SC')).toBe(
      `分子（人数）核对：登记 ${sichuan.checkedMeasured!.toLocaleString('en-US')}\u00a0人（演示数据占 100%，不能证实该数字） / 公布 88,200\u00a0人（2025-07-19（推定））`,
    );
    expect(inWords(sichuan, 'en', [comparison.indicator]).registryCheck).toMatch(
      /^numerator \(persons\) check: registered /,
    );

    // Said to agree, as the dashboard says it, and that the agreement is with its own demo.
    const agreement = (code: string) =>
      fields(csv.find((line) => line.startsWith(`${code},`))!)[
        header.indexOf('登记库与公布总数是否相符')
      ];
    expect(agreement('SC')).toBe('一致，但测算值主要来自演示数据，不能证实该数字');
    expect(
      JSON.parse(toJson(comparison, 'zh')).rows.find(
        (row: { region: string }) => row.region === 'SC',
      ),
    ).toMatchObject({ checkedFlagged: false });
    expect(check('BJ')).toBe('未公布总数，无从对照');
    expect(
      inWords(
        comparison.rows.find((r) => r.region === 'BJ')!,
        'zh',
      ).registryAgreement,
    ).toBeNull();
    // Each rate says the year-end of the population it divides by: regions publish different years.
    const population = (code: string) =>
      fields(csv.find((line) => line.startsWith(`${code},`))!)[
        header.indexOf('分母常住人口的日期')
      ];
    expect(population('SC')).toBe(sichuan.populationAsOf);
    expect(population('SC')).toMatch(/^2023-12-31$/);
    // Sichuan's check is on demo: no region's registry is known to be complete.
    expect(uncheckedOf(comparison.national, comparison.rows)).toEqual(comparison.national.included);
  });

  it('gives each published figure with the sentence it is read from', async () => {
    const comparison = await fetchComparison(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS',
      'zh',
    );
    const csv = toCsv(comparison, 'zh').trimEnd().split('\n');
    const header = fields(csv[0]!.slice(1));
    const quoteOf = (code: string) =>
      fields(csv.find((line) => line.startsWith(`${code},`))!)[header.indexOf('原文')];
    expect(quoteOf('SC')).toBe(
      '目前，四川从事老年、儿童、社区矫正等社工服务的专业人员超 13 万人，持证的有 8.82万人，近 3年增长 172.2%。',
    );
    // Every row with a published figure has its quote, in the JSON too.
    for (const row of comparison.rows) expect(row.quote == null).toBe(row.published == null);
  });

  it('adds up rates as of a day only over populations of one year, leaving out those over an older one', async () => {
    const { national, rows } = await fetchComparison(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      'en',
      '2024-06-30',
    );
    // Each region divides by the latest population it published before the day: Tianjin's is of
    // 2019, Guangxi's of 2022, the others' of 2023.
    expect(national.included.sort()).toEqual(['BJ', 'NX', 'SC']);
    expect(national.denominator).toBe(
      sum(rows.filter((r) => national.included.includes(r.region)).map((r) => r.denominator!)),
    );
    expect(national.leftOut).toEqual(
      expect.arrayContaining([
        {
          region: 'TJ',
          reason:
            '分母是 2019 年末的已公布常住人口数，而非 2023 年末的。divides by the published resident population of the end of 2019, not of the end of 2023',
        },
        {
          region: 'GX',
          reason:
            '分母是 2022 年末的已公布常住人口数，而非 2023 年末的。divides by the published resident population of the end of 2022, not of the end of 2023',
        },
      ]),
    );
  });

  it("says under a rate over a population before the census that it does not compare, in the table's notes, JSON and workbook", async () => {
    const asOf = (day?: string) =>
      fetchComparison(
        federation.stack.gatewayUrl,
        'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
        'en',
        day,
      );
    // As of mid-2024, Tianjin's rate is over its population of 2019, published before the census.
    const before = await asOf('2024-06-30');
    expect(before.rows.find((row) => row.region === 'TJ')!.populationAsOf).toMatch(/^2019/);
    const note = comparisonCensusNote(before, 'en');
    expect(note).toMatch(
      /^Year-end populations before 2020 were published before the Seventh National Population Census/,
    );
    expect(comparisonCensusNote(before, 'zh')).toMatch(/第七次全国人口普查/);
    expect(JSON.parse(toJson(before, 'en')).censusNote).toBe(note);
    const { workbook } = await toXlsx(before, 'en', federation.stack.gatewayUrl);
    const [, about] = await readXlsxFile(workbook);
    expect(about!.data.find((line) => line[0] === 'Census revision')?.[1]).toBe(note);
    // Today every region's latest population is of 2022 or later: nothing to say.
    const today = await asOf();
    expect(today.rows.every((row) => !row.populationAsOf || row.populationAsOf >= '2020')).toBe(
      true,
    );
    expect(comparisonCensusNote(today, 'en')).toBeNull();
    // A series from 2019 crosses it (Beijing's and Tianjin's 2019 values); one from 2021 does not.
    const series = (from: number) =>
      fetchSeries(federation.stack.gatewayUrl, 'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS', from);
    expect(seriesCensusNote(await series(2019), 'en')).toBe(note);
    expect(seriesCensusNote(await series(2021), 'en')).toBeNull();
  });

  it('says how a published figure was printed: an exact one rounded (8.82万), a date read from its page', async () => {
    const { rows } = await fetchComparison(federation.stack.gatewayUrl, 'CERTIFIED_SOCIAL_WORKERS');
    const sichuan = rows.find((row) => row.region === 'SC')!;
    expect(sichuan).toMatchObject({
      published: 88200,
      publishedQualifier: 'EXACT',
      publishedRoundedTo: 100,
      publishedAsOfInferred: true,
    });
    expect(inWords(sichuan, 'zh')).toMatchObject({
      publishedQualifier: '取整至 100（±50）',
      // The values it allows, beside it: a sum of the column is a sum of the printed numbers.
      publishedInterval: '[88150, 88250)',
      publishedAsOf: `${sichuan.publishedAsOf}（推定）`,
    });
    expect(inWords(sichuan, 'en')).toMatchObject({
      publishedQualifier: 'rounded to 100 (±50)',
      publishedAsOf: `${sichuan.publishedAsOf} (inferred)`,
    });
    // Xiong'an's 550 is printed whole, 截至目前 on a page of 2023-10-24: that day is inferred.
    expect(
      inWords(
        rows.find((row) => row.region === 'XA')!,
        'en',
      ),
    ).toMatchObject({
      publishedQualifier: null,
      publishedInterval: null,
      publishedAsOf: '2023-10-24 (inferred)',
    });
  });

  it('says from when a cumulative total was checked, and how much of the registry it was checked against is demo', async () => {
    const { indicator, rows } = await fetchComparison(
      federation.stack.gatewayUrl,
      'SOCIAL_WORK_PROJECTS',
    );
    const xiongan = rows.find((r) => r.region === 'XA')!;
    // 16 projects since 2020-03, where the row's own value is of today; 12 of the 16 are demo. The
    // sentence of the 16 prints no start: 2020-03 is worked out from the article's first project.
    expect(xiongan).toMatchObject({
      checkedSince: '2020-03-01',
      checkedSinceInferred: true,
      checkedDemoPercent: 75,
    });
    expect(inWords(xiongan, 'en', [indicator]).registryCheck).toBe(
      `registered 16\u00a0projects (75% demo: it confirms nothing) of 16\u00a0projects published (2020-03-01 (inferred) to ${xiongan.checkedAsOf} (inferred))`,
    );
  });

  it("prints a demo share as the dashboard does, the same in a column as in the check under it: Xiong'an's 21 demo agencies of 24 are 88%", async () => {
    const comparison = await fetchComparison(
      federation.stack.gatewayUrl,
      'SOCIAL_WORK_AGENCIES',
      'zh',
    );
    const xiongan = comparison.rows.find((r) => r.region === 'XA')!;
    expect(xiongan.measuredDemoPercent).toBe(87.5);
    const csv = parse(toCsv(comparison, 'zh'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const row = csv.find((line) => line['地区代码'] === 'XA')!;
    expect(row['测算值中演示数据占比（%）']).toBe('88');
    expect(row['登记库对照公布总数']).toContain('（演示数据占 88%，');
    const terminal = comparisonForTerminal(comparison, 'zh', 120, federation.stack.gatewayUrl);
    expect(terminal).toContain('测算值中演示数据占比（%）：88\n');
    expect(terminal).not.toContain('87.5');
    // A workbook keeps it a number, as the dashboard prints it.
    const [data] = await readXlsxFile(
      (await toXlsx(comparison, 'zh', federation.stack.gatewayUrl)).workbook,
    );
    const demoColumn = data!.data[0]!.indexOf('测算值中演示数据占比（%）');
    expect(data!.data.find((line) => line[0] === 'XA')![demoColumn]).toBe(88);
    // JSON is for programs: the share as the API gives it.
    const json = JSON.parse(toJson(comparison, 'zh'));
    expect(json.rows.find((r: { region: string }) => r.region === 'XA').measuredDemoPercent).toBe(
      87.5,
    );
    // And its series, whose 2023 is the same 21 of 24.
    const series = await fetchSeries(federation.stack.gatewayUrl, 'SOCIAL_WORK_AGENCIES', 2023);
    expect(series.rows.find((r) => r.region === 'XA')!['2023:demo']).toBe(87.5);
    const seriesRows = parse(seriesCsv(series, 'zh'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(seriesRows.find((line) => line['地区代码'] === 'XA')!['2023 演示占比（%）']).toBe('88');
  });

  it('names an indicator by its name where a reason gives its code, and says why a published total was not set beside the registry', async () => {
    const { indicator, rows } = await fetchComparison(
      federation.stack.gatewayUrl,
      'FUNDING_YUAN',
      'zh',
    );
    const xiongan = rows.find((r) => r.region === 'XA')!;
    expect(inWords(xiongan, 'zh', [indicator]).registryCheck).toBe(
      '登记 — / 公布 近7,000,000\u00a0元（“投入资金”是一段时期内的累计量，而来源未说明这一时期从何时开始：登记库没有覆盖同一时期的累计量。）',
    );
    expect(inWords(xiongan, 'zh', [indicator]).registryAgreement).toBe('未作对照');
    expect(inWords(xiongan, 'en', [indicator]).registryAgreement).toBe('Not compared');
    expect(inWords(xiongan, 'en', [indicator]).registryCheck).toMatch(
      /^registered — of nearly 7,000,000\u00a0yuan published \(“Funding” adds up over a period, and the source does not say when this one began/,
    );
  });

  it('says why its total leaves regions out in sentences joined as one, never 。； or .;', async () => {
    for (const indicator of ['FUNDING_YUAN', 'SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS']) {
      const comparison = await fetchComparison(federation.stack.gatewayUrl, indicator, 'zh');
      const zh = totalRow(comparison, 'zh').notMeasured!;
      const en = totalRow(comparison, 'en').notMeasured!;
      expect(zh, indicator).toContain('未纳入：');
      expect(zh, indicator).not.toMatch(/。；/);
      expect(en, indicator).not.toMatch(/\.; /);
    }
  });

  it('reports the regions that answer when one does not, saying which and why, in its row and its total', async () => {
    const down = await gatewayWithRegionDown(federation.stack, 'tianjin');
    try {
      for (const indicator of [
        'CERTIFIED_SOCIAL_WORKERS',
        'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      ]) {
        const comparison = await fetchComparison(
          new URL('/graphql', down.url).href,
          indicator,
          'zh',
        );
        const tianjin = comparison.rows.find((r) => r.region === 'TJ')!;
        expect(tianjin.measured, indicator).toBeNull();
        expect(inWords(tianjin, 'zh').notMeasured).toBe('该地区未应答：无法连接天津市登记库子图。');
        expect(inWords(tianjin, 'en').notMeasured).toBe(
          'the region did not answer: The Tianjin subgraph is unreachable.',
        );
        // The other five are measured, and the total leaves Tianjin out, saying why.
        expect(
          comparison.rows.filter((r) => r.region !== 'TJ' && r.measured != null).length,
          indicator,
        ).toBeGreaterThan(0);
        expect(comparison.national.leftOut).toContainEqual({
          region: 'TJ',
          reason: '该地区未应答。the region did not answer',
        });
      }
    } finally {
      await down.stop();
    }
  });

  it.each([80, 120])(
    'fits a terminal %i columns wide, a Chinese character counted as two, and lists the source of each figure it cites',
    async (width) => {
      const overWidth = (text: string) =>
        text.split('\n').filter((line) => stringWidth(line) > width);
      for (const code of [
        'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
        'MEDICAL_MSW_COVERAGE',
        'SOCIAL_WORK_STATIONS',
      ])
        for (const language of ['zh', 'en'] as const) {
          const comparison = await fetchComparison(federation.stack.gatewayUrl, code, language);
          const text = comparisonForTerminal(
            comparison,
            language,
            width,
            federation.stack.gatewayUrl,
          );
          expect(overWidth(text), `${code} ${language}`).toEqual([]);
          if (language === 'zh') expect(text).toMatch(/[\u4e00-\u9fff]/);
          const heading = language === 'zh' ? '\n来源：\n' : '\nSources:\n';
          expect(text).toContain(heading);
          const [table, notes] = text.split(heading) as [string, string];
          // Each document a figure cites is a note, whole however the terminal wrapped it.
          const cited = [...new Set([...table.matchAll(/\[(\d+)\]/g)].map((m) => m[1]))];
          expect(cited.length, `${code} ${language}`).toBeGreaterThan(0);
          const noteText = notes.replace(/\n +/g, ' ');
          for (const n of cited) expect(noteText).toMatch(new RegExp(`\\[${n}\\] \\S`));
          // A population's note in its own words, as the About sheet says it (a reprint is not the
          // statistics bureau's own site).
          const documents = [
            ...comparison.rowSources
              .flatMap((s) => [s.published, s.target])
              .filter((source) => source != null)
              .map((source) => sourceWords(source, language)),
            ...comparison.populations.map((p) => populationSourceWords(p.source, language)),
          ];
          expect(documents.length).toBeGreaterThan(0);
          const flat = (words: string) => words.replace(/\s+/g, '');
          for (const words of documents) expect(flat(noteText)).toContain(flat(words));
          expect(flat(text)).toContain(flat(federation.stack.gatewayUrl));
        }
      const series = await fetchSeries(
        federation.stack.gatewayUrl,
        'CERTIFIED_SOCIAL_WORKERS',
        2013,
        2025,
      );
      for (const language of ['zh', 'en'] as const)
        expect(overWidth(seriesForTerminal(series, language, width))).toEqual([]);
    },
  );

  it('prints the comparison of one indicator across regions, in English, as CSV, JSON and a table', async () => {
    const comparison = await fetchComparison(federation.stack.gatewayUrl, 'MEDICAL_MSW_COVERAGE');
    const { unit, rows } = comparison;
    expect(unit).toBe('percent');
    const beijing = rows.find((r) => r.region === 'BJ')!;
    expect(beijing).toMatchObject({ target: 100, targetYear: 2025, basis: 'MEASURED' });
    expect(beijing.measured).toBeCloseTo((100 * beijing.numerator!) / beijing.denominator!, 6);

    const csv = toCsv(comparison, 'en').trimEnd().split('\n');
    // A byte-order mark first, so that Excel reads the Chinese as UTF-8.
    expect(csv[0]!.startsWith('\uFEFFRegion code,Region,Unit,Measured,')).toBe(true);
    // Columns added later go last, so that a sheet made on the earlier ones finds them where they were.
    expect(
      csv[0]!.endsWith(
        ',Stock or flow,Policy setting the target,Progress qualifier,Lower end of the progress value,Registry agrees with published total,Policy setting the target issued,Target source published by,Target source published on,Population source,Population source published by,Population source published on,Population read at,Progress population as of,Policy setting the target issued by,Source published by,Source published on,Source read at,Indicator code,Indicator,Generated at,Population page read,Records counted from an inferred day (inferred),Programmes left out (no start or end known)',
      ),
    ).toBe(true);
    // The regions, then their total.
    expect(csv).toHaveLength(1 + regions.length + 1);
    const header = fields(csv[0]!.slice(1));
    const beijingLine = fields(csv.find((line) => line.startsWith('BJ,'))!);
    const cell = (line: string[], title: string) => line[header.indexOf(title)];
    expect(beijingLine[1]).toBe('Beijing');
    expect(beijingLine[2]).toBe('%');
    expect(beijingLine[3]).toBe(String(Math.round(beijing.measured! * 100) / 100));
    // The status, how much of the value it judged is demo, and why it is what it is.
    expect(cell(beijingLine, 'Status')).toBe('Off track (demo)');
    // Whole, as the dashboard and the report's notes print a demo share (demoPercentText).
    expect(cell(beijingLine, 'Demo share of the value judged (%)')).toBe(
      demoPercentText(beijing.statusDemoPercent! / 100),
    );
    // Beijing's target counts hospitals and primary care, not public health: the reason says so
    // first, and that the measure beside it counts every kind.
    expect(cell(beijingLine, 'Why this status')).toMatch(
      /^\(Institution kinds: General hospital, [^)]+\) The target year 2025 has passed.* The measure of [\d.]+% counts everything, not only this\.$/,
    );
    expect(cell(beijingLine, 'Gap to target')).toBe(String(beijing.gap));
    // The total, which the table prints under itself, with each region it leaves out and why.
    const total = fields(csv.at(-1)!);
    expect(total[0]).toBe('');
    expect(total[1]).toBe(totalHeading(comparison.national, 'en'));
    expect(total[3]).toBe(String(roundedNumber(comparison.national.value!)));
    // Xiong'an registers no hospital: its coverage has no value, and the total leaves it out.
    expect(comparison.national.leftOut.length).toBeGreaterThan(0);
    for (const { region } of comparison.national.leftOut)
      expect(cell(total, 'Why blank or 0')).toContain(
        `left out: ${rows.find((r) => r.region === region)!.name}: `,
      );
    expect(beijing.statusDemoPercent).toBeGreaterThan(50);
    expect(toTable(comparison, 'en', 120, federation.stack.gatewayUrl).split('\n')[2]).toMatch(
      /^Beijing\s+\d/,
    );
    // JSON is for programs: the API's codes, as they are, the registry check as its numbers, and
    // what the table says under it: the total over the regions, with those it leaves out.
    const document = JSON.parse(toJson(comparison, 'en'));
    expect(document.indicator).toMatchObject({
      code: 'MEDICAL_MSW_COVERAGE',
      stockOrFlow: 'STOCK',
    });
    expect(document.rows[0]).toMatchObject({ region: rows[0]!.region, unit: 'percent' });
    expect(document.rows[0]).not.toHaveProperty('registryCheck');
    expect(document.total).toMatchObject({
      included: comparison.national.included,
      leftOut: comparison.national.leftOut,
    });
    expect(document.total.included.length).toBeGreaterThan(0);
    expect(document.pastDayNote).toBeNull();
    // Beijing's opinion is the source it is cited from: named once, as the source, in both
    // languages, never as a policy with its Chinese title blank beside its English one.
    const beijingRow = document.rows.find((r: { region: string }) => r.region === 'BJ');
    expect(beijingRow).toMatchObject({ targetPolicy: null, targetPolicyEn: null });
    expect(beijingRow.targetSourceEn).toBe(
      'Implementation Opinion on Developing Medical Social Work',
    );
  });

  it('reads back in Chinese: the CSV with its byte-order mark, headers, regions, units and statuses in words', async () => {
    const comparison = await fetchComparison(
      federation.stack.gatewayUrl,
      'SECONDARY_PLUS_MSW_COVERAGE',
    );
    const text = toCsv(comparison, 'zh');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = text.slice(1).trimEnd().split('\n');
    expect(fields(header!).slice(0, 4)).toEqual(['地区代码', '地区', '单位', '登记测算值']);
    expect(fields(header!)).toHaveLength(columns.length);
    expect(header).not.toMatch(/[a-z][A-Z]/);
    const guangxi = fields(lines.find((line) => line.startsWith('GX,'))!);
    const column = (title: string) => guangxi[fields(header!).indexOf(title)];
    expect(column('地区')).toBe('广西壮族自治区');
    expect(column('单位')).toBe('%');
    // A coverage is of a day, which the row says beside its unit, as a flow's says it adds a period.
    expect(column('统计类别')).toBe('时点数（某日的数量）');
    expect(column('目标限定')).toBe('基本实现');
    expect(column('进展依据')).toBe('登记测算');
    // A status judged on mostly demo records says so in its words.
    expect(
      ['已达成', '进展顺利', '存在风险', '偏离目标', '无数据'].map((word) => `${word}（演示）`),
    ).toContain(column('状态'));
    // Why: where the trend goes by the target year, and the threshold it is judged against, which
    // for 基本实现 is the catalog's convention, not the policy's number.
    const guangxiRow = comparison.rows.find((r) => r.region === 'GX')!;
    expect(column('状态依据')).toMatch(
      /^按 \d{4}–\d{4} 年的趋势，2027 年底仅达 [\d.]+%，比门槛 90% 低 [\d.]+\u00a0个百分点，差距超过门槛的 10%（9\u00a0个百分点）。“基本实现”按指标目录的约定以目标的 90% 为门槛。$/,
    );
    expect(column('目标年份年底预计值')).toBe(String(guangxiRow.projectedValue));
    // Where the target comes from, and its sentence, as the dashboard's card gives them.
    expect(column('目标出处')).toBe(
      '广西系统推进医疗机构社会工作 到2027年实现二级以上医疗机构社工全覆盖',
    );
    expect(column('目标原文')).toMatch(
      /到2027年，基本实现社会工作在全区二级以上医疗机构的全覆盖。$/,
    );
    // The policy the page reports, under a headline of its own.
    expect(column('目标所依政策')).toBe('广西推进医疗机构社会工作实施方案');
    expect(text).not.toMatch(rawCodes);
    // In English, its English title first, the Chinese it is printed in after it.
    const english = toCsv(comparison, 'en').slice(1).trimEnd().split('\n');
    const englishGuangxi = fields(english.find((line) => line.startsWith('GX,'))!);
    expect(englishGuangxi[fields(english[0]!).indexOf('Policy setting the target')]).toBe(
      'Guangxi Implementation Plan for Advancing Social Work in Medical Institutions (广西推进医疗机构社会工作实施方案)',
    );
  });

  it("names in every CSV row its indicator and when it was made, and the published figure's source's publisher, date and address", async () => {
    const comparison = await fetchComparison(federation.stack.gatewayUrl, 'MSW_INSTITUTIONS', 'zh');
    const rows = parse(toCsv(comparison, 'zh'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    for (const row of rows)
      expect(row).toMatchObject({
        指标代码: 'MSW_INSTITUTIONS',
        指标名称: comparison.indicator.nameZh,
        生成时间: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
      });
    const published = comparison.rows.find((row) => row.figureSource != null)!;
    const row = rows.find((line) => line['地区代码'] === published.region)!;
    expect(row['来源']).toBeTruthy();
    expect(row['来源读取网址']).toBe(published.figureSource!.url ?? '');
    expect(row['来源发布方']).toContain(published.figureSource!.publisher!);
    expect(row['来源发布日期']).toContain(published.figureSource!.publishedOn!);
    const english = parse(toCsv(comparison, 'en'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(english[0]).toMatchObject({
      'Indicator code': 'MSW_INSTITUTIONS',
      Indicator: comparison.indicator.name,
    });
    expect(Object.keys(english[0]!)).toEqual(
      expect.arrayContaining(['Source published by', 'Source published on', 'Source read at']),
    );
  });

  it("says when a target's policy was issued, and its source's publisher and date, in the CSV, workbook, JSON and the table's notes", async () => {
    const rowOf = (text: string, code: string) =>
      (parse(text, { bom: true, columns: true }) as Record<string, string>[]).find(
        (row) => row['地区代码'] === code || row['Region code'] === code,
      )!;
    // Beijing's opinion is its own source and prints no date: its policy's (2020, inferred) says when.
    const beijing = await fetchComparison(
      federation.stack.gatewayUrl,
      'MEDICAL_MSW_COVERAGE',
      'zh',
    );
    expect(rowOf(toCsv(beijing, 'zh'), 'BJ')).toMatchObject({
      目标出处:
        '关于发展医务社会工作的实施意见（原件未印标题，据《北京市 2023年推出培育 45个医务社工服务项目》一文所引）',
      目标所依政策印发日期: '2020（推定）',
      目标出处发布方: '',
      目标出处发布日期: '',
    });
    expect(rowOf(toCsv(beijing, 'en'), 'BJ')).toMatchObject({
      'Policy setting the target issued': '2020 (inferred)',
    });
    expect(
      JSON.parse(toJson(beijing, 'zh')).rows.find((r: { region: string }) => r.region === 'BJ'),
    ).toMatchObject({
      targetPolicyIssuedOn: '2020',
      targetPolicyIssuedOnInferred: true,
      targetSourcePublisher: null,
      targetSourcePublishedOn: null,
    });
    // The terminal wraps its lines: compared without their spaces, as the notes test compares them.
    const flat = (text: string) => text.replace(/\s+/g, '');
    expect(flat(comparisonForTerminal(beijing, 'zh', 120, federation.stack.gatewayUrl))).toContain(
      flat(
        '关于发展医务社会工作的实施意见（原件未印标题，据《北京市 2023年推出培育 45个医务社工服务项目》一文所引） · 5 部门联合印发（未具名）（推定），印发于 2020 年（推定）',
      ),
    );
    // Guangxi's is read on a newspaper's page, which reports the plan under a headline of its own.
    const guangxi = await fetchComparison(
      federation.stack.gatewayUrl,
      'SECONDARY_PLUS_MSW_COVERAGE',
      'zh',
    );
    expect(rowOf(toCsv(guangxi, 'zh'), 'GX')).toMatchObject({
      目标所依政策: '广西推进医疗机构社会工作实施方案',
      目标所依政策印发日期: '2025（推定）',
      目标出处发布方: '公益时报（推定）',
      目标出处发布日期: '2025-07-19（推定）',
    });
    expect(rowOf(toCsv(guangxi, 'en'), 'GX')).toMatchObject({
      'Target source published by': 'China Philanthropy Times (公益时报) (inferred)',
      'Target source published on': '2025-07-19 (inferred)',
    });
    const [data] = await readXlsxFile(
      (await toXlsx(guangxi, 'zh', federation.stack.gatewayUrl)).workbook,
    );
    const header = data!.data[0]!;
    const at = header.indexOf('目标所依政策印发日期');
    expect(header.slice(at, at + 3)).toEqual([
      '目标所依政策印发日期',
      '目标出处发布方',
      '目标出处发布日期',
    ]);
    expect(data!.data.find((line) => line[0] === 'GX')!.slice(at, at + 3)).toEqual([
      '2025（推定）',
      '公益时报（推定）',
      '2025-07-19（推定）',
    ]);
    expect(flat(comparisonForTerminal(guangxi, 'zh', 120, federation.stack.gatewayUrl))).toContain(
      flat(
        '· 公益时报（推定） · 2025-07-19（推定） · 所依政策：广西推进医疗机构社会工作实施方案，广西壮族自治区卫生健康委、自治区党委社会工作部、自治区中医药管理局联合印发，印发于 2025 年（推定）',
      ),
    );
  });

  it("gives in a rate's CSV and workbook rows the source of the population each divides by, as its table's notes and its JSON do", async () => {
    const comparison = await fetchComparison(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      'zh',
    );
    const rows = parse(toCsv(comparison, 'zh'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(comparison.populations.length).toBeGreaterThan(0);
    for (const { region, source } of comparison.populations)
      expect(
        rows.find((row) => row['地区代码'] === region),
        region,
      ).toMatchObject({
        分母常住人口来源: sourceTitle(source, 'zh'),
        分母常住人口来源发布方: source.publisher ?? '',
        分母常住人口来源发布日期: source.publishedOn ?? '未载明发布日期',
        分母常住人口读取网址: source.url ?? '',
        // Every communiqué was read on a reprint, which its source's data says, not this code.
        分母常住人口读取页面: '转载页面（非统计部门官网）',
      });
    // Guangxi's 2022 communiqué is read on an aggregator's page that gives no date: said as such.
    const guangxi = rows.find((row) => row['地区代码'] === 'GX')!;
    expect(guangxi['分母常住人口来源发布日期']).toBe('未载明发布日期');
    const [, about] = await readXlsxFile(
      (await toXlsx(comparison, 'zh', federation.stack.gatewayUrl)).workbook,
    );
    expect(about!.data.find((line) => String(line[1]).startsWith('广西壮族自治区：'))![1]).toMatch(
      / · 转载页面（非统计部门官网） · 未载明发布日期$/,
    );
    // The table's notes, which cite each population's source, say it too.
    expect(
      comparisonForTerminal(comparison, 'zh', 400, federation.stack.gatewayUrl).replace(/\s+/g, ''),
    ).toContain(
      '读取自http://hbzqbyyxgs.com/news/1jcNNjkz.html·转载页面（非统计部门官网）·未载明发布日期',
    );
    const inEnglish = parse(toCsv(comparison, 'en'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(inEnglish.find((row) => row['Region code'] === 'GX')).toMatchObject({
      'Population source published on': 'publication date not given',
      'Population page read': "reprint (not the statistics bureau's own site)",
    });
    // Sichuan's 2023 communiqué, read on a reprint's page: its date and address are said.
    const sichuan = rows.find((row) => row['地区代码'] === 'SC')!;
    expect(sichuan['分母常住人口来源']).toBe('2023年四川省国民经济和社会发展统计公报');
    expect(sichuan['分母常住人口来源发布日期']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sichuan['分母常住人口读取网址']).toMatch(/^https?:\/\//);
    // Xiong'an publishes no population of its own: nothing to cite.
    expect(rows.find((row) => row['地区代码'] === 'XA')!['分母常住人口来源']).toBe('');
    // Appended after the columns before them, in English too; and in the workbook.
    const english = toCsv(comparison, 'en').slice(1).split('\n')[0]!;
    expect(english).toContain(
      ',Population source,Population source published by,Population source published on,Population read at,Progress population as of,Policy setting the target issued by,',
    );
    const [data] = await readXlsxFile(
      (await toXlsx(comparison, 'zh', federation.stack.gatewayUrl)).workbook,
    );
    const populationColumn = data!.data[0]!.indexOf('分母常住人口来源');
    expect(data!.data.find((line) => line[0] === 'SC')![populationColumn]).toBe(
      '2023年四川省国民经济和社会发展统计公报',
    );
  });

  it("notes what is not of the day only under a comparison asked as of a past day, never under today's rate", async () => {
    const about = async (asOf?: string) => {
      const comparison = await fetchComparison(
        federation.stack.gatewayUrl,
        'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
        'en',
        asOf,
      );
      const { workbook } = await toXlsx(comparison, 'en', federation.stack.gatewayUrl);
      const [, sheet] = await readXlsxFile(workbook);
      return { comparison, said: new Map(sheet!.data.map((row) => [row[0], row[1]])) };
    };
    // Measured today, a rate counts today, over a past year-end's population: no past day is asked.
    const today = await about();
    expect(today.comparison.rows.every((row) => row.measuredAsOf === chinaDay())).toBe(true);
    expect(today.said.has('As of a past day')).toBe(false);
    const pastDay = await about('2023');
    expect(String(pastDay.said.get('As of a past day'))).toMatch(
      /^Measures and latest published figures are as of 2023, and the targets are judged/,
    );
    // JSON says it too: a program reads no table's note.
    expect(JSON.parse(toJson(pastDay.comparison, 'en')).pastDayNote).toBe(
      pastDay.said.get('As of a past day'),
    );
    expect(JSON.parse(toJson(today.comparison, 'en')).pastDayNote).toBeNull();
  });

  it('writes a workbook of two sheets, the comparison named after the indicator in Chinese and 说明, read back', async () => {
    const comparison = await fetchComparison(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS',
      'zh',
    );
    const { workbook, shortened } = await toXlsx(comparison, 'zh', federation.stack.gatewayUrl);
    expect(shortened).toBeNull();
    const sheets = await readXlsxFile(workbook);
    expect(sheets.map((s) => s.sheet)).toEqual(['持证社会工作者', '说明']);
    const [data, about] = sheets;
    expect(data!.data[0]![1]).toBe('地区');
    const beijing = comparison.rows.find((r) => r.region === 'BJ')!;
    const beijingRow = data!.data.find((row) => row[0] === 'BJ')!;
    expect(beijingRow[1]).toBe('北京市');
    // Numbers as numbers, rounded as in the CSV.
    expect(beijingRow[columns.indexOf('measured')]).toBe(Math.round(beijing.measured! * 100) / 100);
    const said = new Map(about!.data.map((row) => [row[0], row[1]]));
    expect(Date.parse(String(said.get('生成时间')))).not.toBeNaN();
    expect(said.get('登记测算截至')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(said.get('数据来源（网关）')).toBe(federation.stack.gatewayUrl);
    expect(said.get('指标定义')).toBe(comparison.indicator.descriptionZh);
    expect(said.get('单位')).toBe('人');
    const sources = about!.data.filter((row) => row[0] === '公开数据来源');
    // Xiong'an's and Sichuan's published counts, each by its document's title and publisher.
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const [, source] of sources) expect(String(source)).toMatch(/[\u4e00-\u9fff].* · /);
    // Their pages print no newspaper's name: the publisher is inferred, and said so.
    for (const [, source] of sources) expect(String(source)).toContain(' · 公益时报（推定） · ');
  });

  it("says in a rate's workbook each region's own day, the populations it divides by, and how much is demo", async () => {
    const about = async (indicator: string) => {
      const comparison = await fetchComparison(federation.stack.gatewayUrl, indicator, 'zh');
      const { workbook } = await toXlsx(comparison, 'zh', federation.stack.gatewayUrl);
      const [, sheet] = await readXlsxFile(workbook);
      return { comparison, lines: sheet!.data };
    };
    const rate = await about('CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS');
    const said = (label: string) =>
      rate.lines.filter((line) => line[0] === label).map((line) => String(line[1]));
    // Each region counts today, over its latest population's year-end (Guangxi's 2022, Beijing's
    // 2024), carried forward to today: the workbook says so, region by region.
    expect(said('登记测算截至')).toEqual([chinaDay()]);
    const guangxi = rate.comparison.rows.find((row) => row.region === 'GX')!;
    expect(guangxi.populationCarriedForward).toBe(true);
    expect(said('分母人口沿用（推定）')).toEqual([
      expect.stringContaining(`广西壮族自治区：${chinaDay()} 的登记计数 ÷ 2022 年末常住人口`),
    ]);
    expect(said('分母人口沿用（推定）')[0]).toContain('沿用年末数是推定');
    // Every population divided by, with its region, year-end and the page it was read on.
    const divided = rate.comparison.rows.filter((row) => row.denominator != null);
    expect(divided.length).toBeGreaterThan(0);
    expect(said('分母（常住人口）来源')).toHaveLength(divided.length);
    const beijing = rate.comparison.rows.find((row) => row.region === 'BJ')!;
    expect(said('分母（常住人口）来源')).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^北京市：${beijing.denominator!.toLocaleString('en-US')}\\s人（${beijing.populationAsOf}）· .+`,
        ),
      ),
    );
    // The total is over another year-end than most rows (the one most regions can add up): its
    // populations are said apart.
    expect(said('合计所用分母（常住人口）')).toHaveLength(rate.comparison.national.included.length);
    expect(JSON.parse(toJson(rate.comparison, 'zh')).totalPopulations).toEqual(
      rate.comparison.totalPopulations,
    );
    // Each with the address its page was read at: a communiqué's number on a reprint's page.
    const { beijing: read } = await federation.query(
      `{ beijing { measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS") { denominatorFigure { source { url } } } } }`,
    );
    const url = read.measure.denominatorFigure.source.url as string;
    expect(url).toMatch(/^https?:\/\//);
    expect(said('分母（常住人口）来源').find((line) => line.startsWith('北京市：'))).toContain(
      ` · 读取自 ${url}`,
    );
    // Xiong'an has no population, so no rate; the count the row shows is all demo, and says so,
    // with the registry check of that count.
    const xiongan = rate.comparison.rows.find((row) => row.region === 'XA')!;
    expect(xiongan).toMatchObject({ measured: null, numerator: 550, measuredDemoPercent: 100 });
    expect(inWords(xiongan, 'zh').registryCheck).toBe(
      '分子（人数）核对：登记 550\u00a0人（演示数据占 100%，不能证实该数字） / 公布 550\u00a0人（2023-10-24（推定））',
    );
    expect(said('演示数据')).toEqual([
      '登记测算值多来自演示数据（非真实），各值的演示数据占比见表中相应一列。',
    ]);
    // The projects running today are registered, not demo: the sheet does not call them demo
    // (Xiong'an's registry check, of the 16 since 2020-03, says its own demo share). Where none
    // runs, the 0 is of demo projects that have all ended, and is demo.
    const projects = await about('SOCIAL_WORK_PROJECTS');
    expect(
      Object.fromEntries(
        projects.comparison.rows.map((row) => [
          row.region,
          [row.measured, row.measuredDemoPercent],
        ]),
      ),
    ).toEqual({
      BJ: [1, 0],
      GX: [0, 100],
      NX: [0, 100],
      SC: [0, 100],
      TJ: [0, 100],
      XA: [4, 0],
    });
    expect(projects.lines.find((line) => line[0] === '演示数据')?.[1]).toBe(
      '部分登记测算值多来自演示数据（非真实），各值的演示数据占比见表中相应一列。',
    );
  });

  it("gives a rate's total, added up over a year-end while its rows are of today, that year-end's day and population date", async () => {
    const gateway = federation.stack.gatewayUrl;
    const comparison = await fetchComparison(
      gateway,
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      'zh',
    );
    const { national, totalPopulations } = comparison;
    expect(national.asOf).toMatch(/^\d{4}-12-31$/);
    expect(comparison.rows.some((row) => row.measuredAsOf === chinaDay())).toBe(true);
    const year = national.asOf!.slice(0, 4);
    const populationDays = [...new Set(totalPopulations.map((p) => p.asOf))].sort();
    expect(populationDays.length).toBeGreaterThan(0);
    for (const day of populationDays) expect(day.startsWith(year)).toBe(true);
    // The total row of the CSV and the workbook: its day and its population's.
    const csv = parse(toCsv(comparison, 'zh'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(csv.at(-1)).toMatchObject({
      测算截至: national.asOf,
      分母常住人口的日期: populationDays.join('、'),
    });
    const [data, about] = await readXlsxFile((await toXlsx(comparison, 'zh', gateway)).workbook);
    const header = data!.data[0]!;
    expect(data!.data.at(-1)![header.indexOf('分母常住人口的日期')]).toBe(
      populationDays.join('、'),
    );
    // The About sheet says the total's own day beside the rows' today, as the table's notes do.
    const said = new Map(about!.data.map((line) => [line[0], line[1]]));
    expect(said.get('登记测算截至')).toBe(chinaDay());
    const zh = `${national.asOf}：合计按多数地区公布了常住人口的 ${year} 年末相加，各地区取该年末的登记计数和常住人口；表中各行截至各自的测算日。`;
    expect(said.get('合计截至')).toBe(zh);
    const flat = (text: string) => text.replace(/\s+/g, '');
    expect(flat(comparisonForTerminal(comparison, 'zh', 400, gateway))).toContain(
      flat(`合计截至 ${zh}`),
    );
    const [, english] = await readXlsxFile((await toXlsx(comparison, 'en', gateway)).workbook);
    expect(english!.data.find((line) => line[0] === 'Total as of')?.[1]).toBe(
      `${national.asOf}: the total adds up the end of ${year}, the year-end most regions published a population for, each region's count and population of that year-end; the rows are as of their own day measured.`,
    );
    expect(JSON.parse(toJson(comparison, 'zh')).totalDayNote).toBe(zh);
  });

  it("says in a rate series' workbook and JSON the population each region's year divides by", async () => {
    const series = await fetchSeries(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      2019,
      undefined,
      'zh',
    );
    const { workbook } = await seriesXlsx(series, 'zh', federation.stack.gatewayUrl);
    const [, sheet] = await readXlsxFile(workbook);
    const said = sheet!.data
      .filter((line) => line[0] === '分母（常住人口）来源')
      .map((line) => String(line[1]));
    // Each population a value the table shows divides by, once: this year's cell, to date, is over
    // the latest year-end's, which that year's cell lists already.
    expect(said.length).toBeGreaterThan(3);
    expect(new Set(said).size).toBe(said.length);
    expect(said).toHaveLength(
      new Set(series.populations.map((population) => `${population.region}|${population.asOf}`))
        .size,
    );
    const { beijing } = await federation.query(
      `{ beijing { figures(indicator: "RESIDENT_POPULATION") { value asOf } } }`,
    );
    for (const year of series.years.filter(
      (y) => series.rows.find((r) => r.region === 'BJ')![y] != null,
    )) {
      // A year's own population; this year's, to date, is over the latest year-end before it.
      const populations = beijing.figures as { value: number; asOf: string }[];
      const population =
        year === String(chinaYear())
          ? populations
              .filter((figure) => figure.asOf < year)
              .sort((a, b) => a.asOf.localeCompare(b.asOf))
              .at(-1)!
          : populations.find((figure) => figure.asOf.startsWith(year))!;
      expect(said).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^北京市：${population.value.toLocaleString('en-US')}\\s人（${population.asOf}）· .+`,
          ),
        ),
      );
    }
    expect(JSON.parse(seriesJson(series, 'zh')).populations).toEqual(series.populations);
    // This year's cells, to date, count today over the latest year-end's population, said so in
    // every format (Guangxi's over the end of 2022).
    expect(series.carriedForward).toContainEqual({
      region: 'GX',
      year: String(chinaYear()),
      countedOn: chinaDay(),
      populationAsOf: expect.stringMatching(/^2022/),
    });
    const guangxi = `广西壮族自治区：${chinaYear()}年（${chinaDay()}的登记计数÷2022年末常住人口）`;
    expect(seriesForTerminal(series, 'zh', 400).replace(/\s+/g, '')).toContain(guangxi);
    expect(JSON.parse(seriesJson(series, 'zh')).carriedForwardNote.replace(/\s+/g, '')).toContain(
      guangxi,
    );
    const csvRows = parse(seriesCsv(series, 'zh'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(csvRows.find((row) => row['地区代码'] === 'GX')!['分母人口沿用（推定）']).toMatch(
      new RegExp(`^${chinaYear()} 年：${chinaDay()} 的登记计数 ÷ 2022 年末常住人口`),
    );
    expect(sheet!.data.find((line) => line[0] === '分母人口沿用（推定）')?.[1] as string).toContain(
      '广西壮族自治区：',
    );
    // A count divides by nothing.
    const counts = await fetchSeries(federation.stack.gatewayUrl, 'CERTIFIED_SOCIAL_WORKERS', 2019);
    expect(counts.populations).toEqual([]);
  });

  it('says from when a value adds up: a cohort target since its programme began, a cumulative figure since its start', async () => {
    const dispatched = await fetchComparison(federation.stack.gatewayUrl, 'DISPATCHED_WORKERS');
    const ningxia = dispatched.rows.find((r) => r.region === 'NX')!;
    // The 2025 cohort's postings, not the workers in post on the day measured.
    const { ningxia: answer } = await federation.query(
      `{ ningxia { targets(indicator: "DISPATCHED_WORKERS") { scope { program { periodStart year } } } } }`,
    );
    const { program } = answer.targets[0].scope;
    expect(ningxia.progressSince).toBe(program.periodStart ?? String(program.year));
    expect(ningxia.progressSince).toMatch(/^2025/);
    const projects = await fetchComparison(federation.stack.gatewayUrl, 'SOCIAL_WORK_PROJECTS');
    // "2020年3月…累计…16个": Xiong'an's projects since 2020-03.
    expect(projects.rows.find((r) => r.region === 'XA')).toMatchObject({
      published: 16,
      publishedSince: '2020-03',
    });
    // The projects counted as not ended only because they give no end are said under the total.
    const inferred = projects.rows
      .filter((r) => projects.national.included.includes(r.region))
      .reduce((total, r) => total + (r.measuredOpenEnded ?? 0), 0);
    expect(inferred).toBeGreaterThan(0);
    expect(projects.national.openEnded).toBe(inferred);
    const header = fields(toCsv(projects, 'zh').slice(1).split('\n')[0]!);
    expect(header).toEqual(expect.arrayContaining(['公开数据统计起点', '进展值统计起点']));
    // Xiong'an's 近700万元 adds up a period whose start its page does not print: said so, not blank.
    const funding = await fetchComparison(federation.stack.gatewayUrl, 'FUNDING_YUAN');
    const xiongan = funding.rows.find((r) => r.region === 'XA')!;
    expect(xiongan).toMatchObject({ publishedSince: null, publishedSinceNotStated: true });
    expect(inWords(xiongan, 'zh').publishedSince).toBe('未载明');
    // A stock's figure counts on its day: no start to state.
    expect(projects.rows.every((r) => !r.publishedSinceNotStated)).toBe(true);
  });

  it("says how many of a count's records are counted from an inferred day, each region's as its measure says, in every format", async () => {
    const gateway = federation.stack.gatewayUrl;
    const comparison = await fetchComparison(gateway, 'MSW_INSTITUTIONS', 'zh');
    const { registries } = await federation.query<{
      registries: { code: string; measure: { undatedRecords: number | null } | null }[];
    }>(`{ registries { code measure(indicator: "MSW_INSTITUTIONS") { undatedRecords } } }`);
    // Each row is its region's undated records as the gateway answers them, blank where none.
    const undatedOf = (code: string) =>
      registries.find((r) => r.code === code)!.measure?.undatedRecords || null;
    for (const row of comparison.rows) expect(row.measuredUndated).toBe(undatedOf(row.region));
    const undated = sum(comparison.national.included.map((code) => undatedOf(code) ?? 0));
    // Beijing's four hospitals named by a page of 2023 with no start of their social work given
    // count from that page's day.
    expect(undated).toBeGreaterThan(0);
    expect(comparison.national.undated).toBe(undated);
    // The CSV's column, the total's last row with their sum; the English column in English.
    const title = '按推定日期计入的记录（推定）';
    const csv = parse(toCsv(comparison, 'zh'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    for (const row of comparison.rows)
      expect(csv.find((line) => line['地区代码'] === row.region)![title]).toBe(
        String(row.measuredUndated ?? ''),
      );
    expect(csv.at(-1)![title]).toBe(String(undated));
    const english = parse(toCsv(comparison, 'en'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(english.at(-1)!['Records counted from an inferred day (inferred)']).toBe(
      String(undated),
    );
    // The workbook's, numbers as numbers.
    const [sheet] = await readXlsxFile((await toXlsx(comparison, 'zh', gateway)).workbook);
    const at = sheet!.data[0]!.indexOf(title);
    expect(at).toBe(columns.indexOf('measuredUndated'));
    for (const row of comparison.rows)
      expect(sheet!.data.find((line) => line[0] === row.region)![at] ?? null).toBe(
        row.measuredUndated,
      );
    expect(sheet!.data.at(-1)![at]).toBe(undated);
    // JSON's rows and total, for programs.
    const document = JSON.parse(toJson(comparison, 'zh'));
    expect(document.total.undated).toBe(undated);
    expect(
      document.rows.map((row: { measuredUndated: number | null }) => row.measuredUndated),
    ).toEqual(comparison.rows.map((row) => row.measuredUndated));
    // The note under the table, in each language: a start not known (no certificate to speak of).
    const flat = (text: string) => text.replace(/\s+/g, '');
    expect(flat(comparisonForTerminal(comparison, 'zh', 120, gateway))).toContain(
      `其中${undated}个开始日期不详、按推定日期计入（推定）`,
    );
    const inEnglish = await fetchComparison(gateway, 'MSW_INSTITUTIONS', 'en');
    expect(flat(comparisonForTerminal(inEnglish, 'en', 120, gateway))).toContain(
      flat(
        `of which ${undated} ${undated === 1 ? 'has' : 'have'} no known start and ${undated === 1 ? 'is' : 'are'} counted from an inferred day (inferred)`,
      ),
    );
    // Projects with no start, after those with no end, of which it goes on.
    const projects = await fetchComparison(gateway, 'SOCIAL_WORK_PROJECTS', 'zh');
    const projectsUndated = sum(
      projects.rows
        .filter((r) => projects.national.included.includes(r.region))
        .map((r) => r.measuredUndated ?? 0),
    );
    expect(projectsUndated).toBeGreaterThan(0);
    expect(flat(comparisonForTerminal(projects, 'zh', 120, gateway))).toContain(
      `其中${projects.national.openEnded}个未载明结束、按尚未结束计入（推定），${projectsUndated}个开始日期不详、按推定日期计入（推定）`,
    );
    // A flow's undated records are the programmes it leaves out, not records counted: none said.
    const funding = await fetchComparison(gateway, 'FUNDING_YUAN', 'zh');
    expect(funding.rows.every((row) => row.measuredUndated == null)).toBe(true);
    expect(funding.national.undated).toBeNull();
  });

  it('says beside each status how much of the value it judged is demo', async () => {
    const { rows } = await fetchComparison(
      federation.stack.gatewayUrl,
      'SECONDARY_PLUS_MSW_COVERAGE',
      'zh',
    );
    const guangxi = rows.find((r) => r.region === 'GX')!;
    const { guangxi: answer } = await federation.query(
      `{ guangxi { targets(indicator: "SECONDARY_PLUS_MSW_COVERAGE") { progress { demoShare } } } }`,
    );
    expect(guangxi.statusDemoPercent).toBe(100 * answer.targets[0].progress.demoShare);
    expect(guangxi.statusDemoPercent).toBeGreaterThanOrEqual(50);
    expect(
      (await fetchComparison(federation.stack.gatewayUrl, 'SECONDARY_PLUS_MSW_COVERAGE', 'zh'))
        .rows,
    ).toHaveLength(6);
  });

  it('says which part of a measure is demo, what a count has no numerator for, and why a region cannot measure', async () => {
    const { rows } = await fetchComparison(federation.stack.gatewayUrl, 'certified_social_workers');
    const xiongan = rows.find((r) => r.region === 'XA')!;
    // Xiong'an's 550 certified workers are all demo, planned on the published figure.
    expect(xiongan).toMatchObject({
      unit: 'persons',
      measured: 550,
      numerator: null,
      denominator: null,
      measuredDemoPercent: 100,
    });
    const stations = await fetchComparison(
      federation.stack.gatewayUrl,
      'TOWNSHIP_STATION_COVERAGE',
    );
    expect(
      stations.rows.every(
        (r) => r.measured === null && /cannot be counted|no records/.test(r.notMeasured ?? ''),
      ),
    ).toBe(true);
    // In words, each reason is in the report's language alone.
    expect(inWords(stations.rows[0]!, 'en').notMeasured).toMatch(/^[^\u4e00-\u9fff]+$/);
    expect(inWords(stations.rows[0]!, 'zh').notMeasured).not.toMatch(/[a-z]{4}/);
    // A ratio the registry can count, with nothing to divide by, says why its value is blank too.
    const coverage = await fetchComparison(
      federation.stack.gatewayUrl,
      'SECONDARY_PLUS_MSW_COVERAGE',
    );
    expect(coverage.rows.find((r) => r.region === 'XA')).toMatchObject({
      measured: null,
      notMeasured: expect.stringMatching(/^登记库中没有可计入/),
    });
  });

  it("heads a stock's series as year-end values and a flow's as each year's whole", async () => {
    const stock = await fetchSeries(federation.stack.gatewayUrl, 'MSW_INSTITUTIONS', 2023);
    expect(seriesTitle(stock, 'zh')).toBe('开展医务社会工作的医疗卫生机构（个），各年年末');
    const flow = await fetchSeries(federation.stack.gatewayUrl, 'FUNDING_YUAN', 2023);
    expect(seriesTitle(flow, 'zh')).toMatch(/（元），各年度合计$/);
    expect(seriesTitle(flow, 'en')).toMatch(/ \(yuan\), in each year$/);
    // The CSV and the workbook say it in each row, in the heading's words, with the unit.
    const csvRow = (of: Series, language: 'zh' | 'en') =>
      (
        parse(seriesCsv(of, language), { bom: true, columns: true }) as Record<string, string>[]
      )[0]!;
    expect(csvRow(stock, 'zh')).toMatchObject({ 单位: '个', 统计类别: '各年年末' });
    expect(csvRow(flow, 'zh')).toMatchObject({ 单位: '元', 统计类别: '各年度合计' });
    expect(csvRow(flow, 'en')).toMatchObject({ Unit: 'yuan', 'Stock or flow': 'in each year' });
    expect(csvRow(stock, 'en')).toMatchObject({ 'Stock or flow': 'at the end of each year' });
    const [sheet] = await readXlsxFile(
      (await seriesXlsx(flow, 'zh', federation.stack.gatewayUrl)).workbook,
    );
    const [header, first] = sheet!.data;
    expect(['单位', '统计类别'].map((title) => first![header!.indexOf(title)])).toEqual([
      '元',
      '各年度合计',
    ]);
  });

  it("prints each region's year-end values from a year on, as the measure's YEAR series gives them", async () => {
    const series = await fetchSeries(
      federation.stack.gatewayUrl,
      'MSW_TERTIARY_INSTITUTIONS',
      2019,
      2023,
    );
    const { years, rows } = series;
    expect(years).toEqual(['2019', '2020', '2021', '2022', '2023']);
    const { beijing } = await federation.query(
      `{ beijing { measure(indicator: "MSW_TERTIARY_INSTITUTIONS", asOf: "2021") { value } } }`,
    );
    expect(rows.find((r) => r.region === 'BJ')!['2021']).toBe(beijing.measure.value);
    // Each year's value is followed by the share of it that demo records make.
    const withDemo = years.flatMap((year) => [year, `${year} demo (%)`]);
    // Then what the heading and notes say, which a sheet read without them would lose.
    expect(seriesCsv(series, 'en').split('\n')[0]).toBe(
      `\uFEFFRegion code,Region,${withDemo.join(',')},Unit,Stock or flow,Registered 0`,
    );
    expect(rows.find((r) => r.region === 'BJ')!['2021:demo']).toBeGreaterThan(50);
    expect(seriesCsv(series, 'zh').split('\n')[0]).toContain('2021 演示占比（%）');
    expect(seriesCsv(series, 'zh').split('\n')[1]).toMatch(/^BJ,北京市,/);
    const [data, about] = await readXlsxFile(
      (await seriesXlsx(series, 'en', federation.stack.gatewayUrl)).workbook,
    );
    expect(data!.data[0]).toEqual([
      'Region code',
      'Region',
      ...withDemo,
      'Unit',
      'Stock or flow',
      'Registered 0',
    ]);
    expect(about!.sheet).toBe('About');
    // An English page cites a Chinese article in English, the title as printed in brackets.
    const cited = about!.data.filter((row) => row[0] === 'Published source').map((row) => row[1]);
    expect(cited.length).toBeGreaterThan(0);
    for (const source of cited)
      expect(String(source)).toMatch(/^[A-Z][^\u4e00-\u9fff]* \(.*[\u4e00-\u9fff].*\) · /);
  });

  it("says under a series which 0s are nothing registered: Xiong'an's certified workers before it counted any", async () => {
    const series = await fetchSeries(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS',
      2014,
      2018,
      'zh',
    );
    const xiongan = series.rows.find((row) => row.region === 'XA')!;
    const firstCounted = series.years.findIndex((year) => Number(xiongan[year]) > 0);
    const before = series.years.slice(0, firstCounted === -1 ? undefined : firstCounted);
    expect(before.length).toBeGreaterThan(0);
    for (const year of before) expect(xiongan[year]).toBe(0);
    const note = seriesZeroNote(series, 'zh')!;
    expect(note).toContain(`雄安新区：${before.join('、')}`);
    expect(JSON.parse(seriesJson(series, 'zh')).zeroNote).toBe(note);
    const { workbook } = await seriesXlsx(series, 'zh', federation.stack.gatewayUrl);
    const [, about] = await readXlsxFile(workbook);
    expect(about!.data.find((line) => line[0] === '登记为 0')?.[1]).toBe(note);
    // And in Xiong'an's row of the CSV and the workbook, whose readers see no note under a table.
    const words = `${before.join('、')} 年的 0 表示登记库中没有可计的记录（该年末以前从未登记过），是登记的情况，不代表该地区没有。`;
    const csvRows = parse(seriesCsv(series, 'zh'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(csvRows.find((row) => row['地区代码'] === 'XA')!['登记为 0']).toBe(words);
    expect(csvRows.find((row) => row['地区代码'] === 'BJ')!['登记为 0']).toBe('');
    const [data] = await readXlsxFile(workbook);
    const xionganCells = data!.data.find((row) => row[0] === 'XA')!;
    expect(xionganCells[data!.data[0]!.indexOf('登记为 0')]).toBe(words);
  });

  it('heads the year not yet over as to date', async () => {
    const thisYear = chinaYear();
    const series = await fetchSeries(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS',
      thisYear - 1,
    );
    const today = chinaDay().slice(5);
    // The last day of a year is the one day its value is the year's whole.
    expect(series.toDateYear).toBe(today === '12-31' ? null : String(thisYear));
    // A rate's regions are as of their populations' year-ends; the year to date is headed with the
    // day of the one measured to it (Xiong'an's, which has no population), never a year-end to come.
    const rates = await fetchSeries(
      federation.stack.gatewayUrl,
      'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      thisYear - 1,
    );
    if (rates.toDateYear)
      expect(seriesCsv(rates, 'en').split('\n')[0]).toContain(`${thisYear} (to ${today})`);
    // A year without a value has no demo share either.
    const xiongan = rates.rows.find((row) => row.region === 'XA')!;
    expect(xiongan[String(thisYear)]).toBeNull();
    expect(xiongan[`${thisYear}:demo`]).toBeNull();
    if (series.toDateYear)
      expect(seriesCsv(series, 'zh').split('\n')[0]).toContain(`${thisYear}（截至${today}）`);
    expect(seriesCsv(series, 'en').split('\n')[0]).toContain(`${thisYear - 1},`);
    // JSON says which year is to date, and whether a year's value is a year-end or a year's whole.
    const document = JSON.parse(seriesJson(series, 'en'));
    expect(document).toMatchObject({
      toDateYear: series.toDateYear,
      asOf: series.asOf,
      years: [String(thisYear - 1), String(thisYear)],
      indicator: { stockOrFlow: 'STOCK' },
    });
    expect(document.rows.find((row: { region: string }) => row.region === 'BJ')).toEqual(
      series.rows.find((row) => row.region === 'BJ'),
    );
  });

  it('says when an indicator is not in the catalog, with the closest codes and every valid one', async () => {
    const error = fetchComparison(federation.stack.gatewayUrl, 'SECONDARY_MSW_COVERAGE', 'zh');
    await expect(error).rejects.toThrow(
      /全国指标目录中没有 SECONDARY_MSW_COVERAGE。最接近的：SECONDARY_PLUS_MSW_COVERAGE/,
    );
    await expect(error).rejects.toThrow(
      /可用的指标代码：[\s\S]*\n {2}MSW_INSTITUTIONS（[^）]+）\n/,
    );
    await expect(
      fetchSeries(federation.stack.gatewayUrl, 'NOPE', 2019, undefined, 'en'),
    ).rejects.toThrow(/NOPE is not in the national catalog[\s\S]*Valid indicator codes:/);
  });
});
