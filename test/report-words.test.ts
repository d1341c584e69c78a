import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unitsWithWords } from '../gateway/dashboard/src/units.js';
import { indicatorCatalog, indicatorCatalogFile } from '../subgraphs/indicator-catalog.js';
import { comparisonTitle, reportLanguage } from '../scripts/report/language.js';
import { aboutSheet, type ReportIndicator } from '../scripts/report/about.js';
import { seriesCsv, seriesJson, seriesXlsx, type Series } from '../scripts/report/series.js';
import { carriedForwardCells } from '../scripts/report/series-carried-forward.js';
import { seriesForTerminal } from '../scripts/report/terminal-report.js';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { seriesZeroNote, zeroWords } from '../scripts/report/series-zeros.js';
import type { ComparisonRow } from '../scripts/report/comparison-row.js';
import { inWords, statusWhy } from '../scripts/report/row-words.js';
import { sourceTitle } from '../shared/bilingual.js';
import { SHEET_NAME_LIMIT, sheetName } from '../scripts/report/sheet-name.js';
import { SourceNotes } from '../scripts/report/source-notes.js';
import { populationWords } from '../shared/population-words.js';
import {
  type CatalogIndicator,
  unknownIndicatorMessage,
} from '../scripts/report/unknown-indicator.js';

describe("the report's language", () => {
  it('follows --lang, else the terminal: Chinese where the locale is', () => {
    expect(reportLanguage('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(reportLanguage(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(reportLanguage(undefined, { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(reportLanguage(undefined, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(reportLanguage(undefined, {})).toBe('en');
    // Refused in Chinese first, as every message a person reads.
    expect(() => reportLanguage('fr', {})).toThrow(
      /^--lang 只能是 zh 或 en，不能是 fr。--lang takes zh or en, not fr\.$/,
    );
  });
});

describe("a workbook's sheet name", () => {
  const indicator = {
    code: 'SECONDARY_PLUS_MSW_COVERAGE',
    name: 'Share of secondary and tertiary hospitals with social work',
    nameZh: '二级以上医疗机构社会工作覆盖率',
  };

  it("is the indicator's Chinese name, or in English the code when the name is too long", () => {
    expect(sheetName(indicator, 'zh')).toEqual({ name: indicator.nameZh, shortened: null });
    expect(sheetName(indicator, 'en')).toEqual({ name: indicator.code, shortened: null });
  });

  it('is cut only with an ellipsis and a note saying so, never in silence', () => {
    const long = { ...indicator, code: 'A_VERY_LONG_INDICATOR_CODE_OF_MORE_THAN_31' };
    const { name, shortened } = sheetName(long, 'en');
    expect(name).toBe('Share of secondary and…');
    expect([...name].length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
    expect(shortened).toContain(indicator.name);
  });

  it('is cut at the end of a word, never inside a number', () => {
    const rate = {
      code: 'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      name: 'Certified social workers per 10,000 residents',
      nameZh: '每万常住人口持证社会工作者数',
    };
    expect(sheetName(rate, 'en').name).toBe('Certified social workers per…');
    expect(sheetName(rate, 'zh')).toEqual({ name: rate.nameZh, shortened: null });
  });

  it("drops the characters Excel refuses in a sheet's name", () => {
    expect(sheetName({ ...indicator, nameZh: '覆盖率/比例[试行]' }, 'zh').name).toBe(
      '覆盖率 比例 试行',
    );
  });
});

describe('an unknown indicator', () => {
  // The catalog's file as the national directory serves it, names and all.
  const catalog: CatalogIndicator[] = JSON.parse(readFileSync(indicatorCatalogFile, 'utf8'));

  it('is answered with the closest codes first, then every valid one with its name', () => {
    const message = unknownIndicatorMessage('MSW_INSTITUTION', catalog, 'en');
    expect(message).toMatch(
      /^全国指标目录中没有 MSW_INSTITUTION。MSW_INSTITUTION is not in the national catalog\. Closest: MSW_INSTITUTIONS \(/,
    );
    expect(message).toMatch(/\n {2}MSW_INSTITUTIONS \([^)]+\)\n/);
  });

  it('compares a code typed in lower case as it is meant', () => {
    expect(unknownIndicatorMessage('msw_institution', catalog, 'zh')).toMatch(
      /^全国指标目录中没有 msw_institution。最接近的：MSW_INSTITUTIONS（/,
    );
  });

  it('offers the nearest code even when nothing is near', () => {
    expect(unknownIndicatorMessage('NOPE', catalog, 'zh')).toMatch(
      /^全国指标目录中没有 NOPE。最接近的：[A-Z_0-9]+（\S+）。/,
    );
  });

  it('finds an indicator by the Chinese a person types for it', () => {
    expect(unknownIndicatorMessage('持证社工', catalog, 'zh')).toMatch(
      /^全国指标目录中没有 持证社工。最接近的：CERTIFIED_SOCIAL_WORKERS（持证社会工作者）、/,
    );
  });
});

describe('units in words', () => {
  it('has a word for every unit of the catalog, so that no Chinese page says a unit in English', () => {
    const missing = [...new Set(indicatorCatalog.map((i) => i.unit))].filter(
      (unit) => !unitsWithWords.includes(unit),
    );
    expect(missing).toEqual([]);
  });
});

describe("a source's title", () => {
  const indicator: ReportIndicator = {
    code: 'MSW_INSTITUTIONS',
    name: 'Institutions with medical social work',
    nameZh: '开展医务社会工作的机构',
    unit: 'institutions',
    kind: 'COUNT',
    stockOrFlow: 'STOCK',
    description: 'Institutions.',
    descriptionZh: '机构。',
    sources: [],
  };
  const opinion = {
    title: '关于推进医务社会工作发展的意见',
    titleEn: 'Opinion on Advancing the Development of Medical Social Work',
    titleConstructed: true,
  };

  it('says, in the sheet and wherever a title is cited, that one made from the text is not printed', () => {
    expect(sourceTitle(opinion, 'zh')).toBe(
      '关于推进医务社会工作发展的意见（原件未印标题，系据正文拟定）',
    );
    expect(sourceTitle(opinion, 'en')).toBe(
      'Opinion on Advancing the Development of Medical Social Work (关于推进医务社会工作发展的意见) [no title printed; made from the text]',
    );
    const about = aboutSheet(
      {
        ...indicator,
        sources: [{ ...opinion, publisher: null, publisherEn: null, publishedOn: null }],
      },
      {
        language: 'zh',
        gatewayUrl: 'http://gateway',
        measuredOn: [],
        demoPercents: [],
        shortened: null,
      },
    );
    const label = (line: (typeof about.data)[number]) =>
      (line[0] as { value?: unknown } | null)?.value;
    expect(about.data.find((line) => label(line) === '公开数据来源')?.[1]).toBe(
      '关于推进医务社会工作发展的意见（原件未印标题，系据正文拟定）',
    );
  });

  it("says a title the document does not print, read on a page that cites it, is that page's", () => {
    const cited = {
      title: '关于发展医务社会工作的实施意见',
      titleEn: 'Implementation Opinion on Developing Medical Social Work',
      titleConstructed: false,
      titleCitedIn: {
        title: '北京市 2023年推出培育 45个医务社工服务项目',
        titleEn: 'Beijing launches 45 medical social work service projects for cultivation in 2023',
      },
    };
    expect(sourceTitle(cited, 'zh')).toBe(
      '关于发展医务社会工作的实施意见（原件未印标题，据《北京市 2023年推出培育 45个医务社工服务项目》一文所引）',
    );
    expect(sourceTitle(cited, 'en')).toBe(
      'Implementation Opinion on Developing Medical Social Work (关于发展医务社会工作的实施意见) [no title printed; as cited in “Beijing launches 45 medical social work service projects for cultivation in 2023”]',
    );
  });

  it('says a date the page does not print is inferred, on the About sheet', () => {
    const about = aboutSheet(
      {
        ...indicator,
        sources: [
          {
            title: '北京 101家医疗卫生机构开展医务社会工作',
            publisher: '公益时报',
            publishedOn: '2023-09',
            publishedOnInferred: true,
          },
        ],
      },
      {
        language: 'zh',
        gatewayUrl: 'http://gateway',
        measuredOn: [],
        demoPercents: [],
        shortened: null,
      },
    );
    expect(about.data.map((line) => line[1])).toContain(
      '北京 101家医疗卫生机构开展医务社会工作 · 公益时报 · 2023-09（推定）',
    );
  });

  it('is as printed where the page prints it', () => {
    expect(sourceTitle({ ...opinion, titleConstructed: false }, 'zh')).toBe(opinion.title);
  });
});

describe("a series' zeros", () => {
  const series = (stockOrFlow: string, kind = 'COUNT'): Series => ({
    indicator: {
      code: 'SOCIAL_WORK_STATIONS',
      name: 'Social work stations',
      nameZh: '社会工作站',
      unit: 'stations',
      kind,
      stockOrFlow,
      description: '',
      descriptionZh: '',
      sources: [],
    },
    unit: 'stations',
    asOf: '2026-12-04',
    years: ['2021', '2022', '2023', '2024'],
    toDateYear: null,
    populations: [],
    carriedForward: [],
    rows: [
      // Nothing registered before 2023; a count that then fell to 0 is a finding.
      { region: 'AA', name: 'Aland', nameZh: '甲地', 2021: 0, 2022: 0, 2023: 3, 2024: 0 },
      { region: 'BB', name: 'Bland', nameZh: '乙地', 2021: 1, 2022: 2, 2023: 2, 2024: 2 },
    ],
  });

  it('names the 0s that are nothing registered: a stock before it first counts, a flow in any year', () => {
    expect(seriesZeroNote(series('STOCK'), 'zh')).toBe(
      '以下年份的 0 表示登记库中没有可计的记录（该年末以前从未登记过），是登记的情况，不代表该地区没有：甲地：2021、2022。',
    );
    expect(seriesZeroNote(series('FLOW'), 'en')).toBe(
      'A 0 in these years means the registry holds nothing it counts (in that year): it is what is registered, not a finding that the region had none: Aland: 2021, 2022, 2024.',
    );
    const counted = series('STOCK');
    counted.rows = [counted.rows[1]!];
    expect(seriesZeroNote(counted, 'zh')).toBeNull();
    // A coverage of 0% has institutions below its line: a finding, never nothing registered.
    expect(seriesZeroNote(series('STOCK', 'RATIO'), 'zh')).toBeNull();
  });

  it("says each region's own in its row of the CSV and the workbook", () => {
    const [aland, bland] = series('FLOW').rows;
    expect(zeroWords(series('STOCK'), aland!, 'zh')).toBe(
      '2021、2022 年的 0 表示登记库中没有可计的记录（该年末以前从未登记过），是登记的情况，不代表该地区没有。',
    );
    expect(zeroWords(series('FLOW'), aland!, 'en')).toBe(
      'The 0 of 2021, 2022, 2024 means the registry holds nothing it counts (in that year): it is what is registered, not a finding that the region had none.',
    );
    expect(zeroWords(series('FLOW'), bland!, 'zh')).toBeNull();
  });
});

describe("a row's check against its region's published total", () => {
  /** A row with a published cumulative total checked, all else empty. */
  const checked = (values: Partial<ComparisonRow>) =>
    ({
      region: 'BJ',
      name: 'Beijing',
      nameZh: '北京市',
      unit: 'person-times',
      measured: 4000,
      checkedPublished: 4000,
      checkedMeasured: 4100,
      checkedUnit: 'person-times',
      checkedQualifier: 'ODD',
      checkedDemoPercent: null,
      checkedNotCompared: null,
      ...values,
    }) as ComparisonRow;

  it("gives a figure's own date, inferred where it is, and the day the registry was measured apart", () => {
    const flow = checked({
      checkedSince: '2023-01-01',
      checkedSinceInferred: true,
      checkedAsOf: '2023-09-30',
      checkedFigureAsOf: '2023-09',
      checkedFigureAsOfInferred: true,
    });
    expect(inWords(flow, 'zh').registryCheck).toBe(
      '登记 4,100\u00a0人次 / 公布 4,000余\u00a0人次（2023-01-01（推定） 至 2023-09（推定）；登记库按 2023-09-30 测算）',
    );
    const stock = checked({
      checkedSince: null,
      checkedAsOf: '2023-10-24',
      checkedFigureAsOf: '2023-10-24',
      checkedFigureAsOfInferred: false,
    });
    expect(inWords(stock, 'en').registryCheck).toBe(
      'registered 4,100\u00a0person-times of 4,000-odd\u00a0person-times published (2023-10-24)',
    );
  });
});

describe("an indicator's heading", () => {
  const funding = { name: 'Funding', nameZh: '投入资金', unit: 'yuan', stockOrFlow: 'FLOW' };
  const rate = {
    name: 'Certified social workers per 10,000 residents',
    nameZh: '每万常住人口持证社会工作者数',
    unit: 'per 10,000 residents',
    stockOrFlow: 'STOCK',
  };

  it('says whether its numbers are of a day or a period, and its unit once', () => {
    expect(comparisonTitle(funding, 'zh')).toBe('投入资金（元），时期数（一段时期的累计量）');
    expect(comparisonTitle(funding, 'en')).toBe('Funding (yuan), flow (over a period)');
    expect(comparisonTitle(rate, 'zh')).toBe('每万常住人口持证社会工作者数，时点数（某日的数量）');
    expect(comparisonTitle(rate, 'en')).toBe(
      'Certified social workers per 10,000 residents, stock (on a day)',
    );
    // 人 of 社会工作从业人员 is no unit held by the name.
    const practitioners = { ...rate, nameZh: '社会工作从业人员', unit: 'persons' };
    expect(comparisonTitle(practitioners, 'zh')).toBe(
      '社会工作从业人员（人），时点数（某日的数量）',
    );
  });
});

describe("why a scoped target's row has its status", () => {
  /** Guangxi's pilot prefectures: 11 counted of the plan's pilot units, 14 measured of everything. */
  const pilots = (values: Partial<ComparisonRow>) =>
    ({
      region: 'GX',
      name: 'Guangxi',
      nameZh: '广西壮族自治区',
      unit: 'prefectures',
      measured: 14,
      progress: 11,
      targetScope: 'Counts only: the plan',
      targetScopeZh: '仅计：实施方案',
      statusReason: {
        code: 'TARGET_YEAR_PASSED',
        value: 11,
        targetValue: 14,
        targetYear: 2025,
        threshold: 14,
        projectedValue: null,
        tolerancePercent: 10,
        reachedYear: null,
        trendYears: [],
        deadlineValue: null,
        deadlineGap: null,
        basicallyPercent: null,
        scopeStart: null,
      },
      ...values,
    }) as ComparisonRow;

  it('says what the target counts, and that the measure beside it counts everything', () => {
    expect(statusWhy(pilots({}), 'zh')).toBe(
      '（仅计：实施方案）目标年份 2025 已过，当前 11\u00a0个，目标 14\u00a0个。登记测算值（14\u00a0个）计的是全部，不限于此范围。',
    );
    expect(statusWhy(pilots({}), 'en')).toBe(
      '(Counts only: the plan) The target year 2025 has passed with 11\u00a0prefectures of 14\u00a0prefectures. The measure of 14\u00a0prefectures counts everything, not only this.',
    );
  });

  it('names no measure where the two agree, and no scope where the target counts everything', () => {
    expect(statusWhy(pilots({ measured: 11 }), 'zh')).toBe(
      '（仅计：实施方案）目标年份 2025 已过，当前 11\u00a0个，目标 14\u00a0个。',
    );
    expect(statusWhy(pilots({ targetScopeZh: null }), 'zh')).toBe(
      '目标年份 2025 已过，当前 11\u00a0个，目标 14\u00a0个。',
    );
  });
});

describe("the terminal table's note of a population read on a reprint", () => {
  const communique = {
    title: '广西壮族自治区2022年国民经济和社会发展统计公报',
    publisher: '广西壮族自治区统计局',
    publishedOn: null,
    url: 'http://example.org/news/1.html',
    readOnReprint: true,
  };

  it("says what the About sheet and the dashboard say: not the statistics bureau's own site", () => {
    for (const language of ['zh', 'en'] as const) {
      const notes = new SourceNotes();
      expect(notes.citePopulation('0.08', communique)).toBe('0.08 [1]');
      const [, line] = notes.lines(language);
      expect(line).toContain(populationWords.reprint[language]);
      expect(line).toContain(populationWords.noDate[language]);
    }
    // A published figure's page read on a reprint is not the publisher's own.
    const notes = new SourceNotes();
    notes.cite('3000', { ...communique, publishedOn: '2025-07-19' });
    expect(notes.lines('zh')[1]).toContain('转载页面（非发布方官网）');
  });
});

describe("a rate series' year to date, over the latest year-end's population", () => {
  const cell = (year: string, value: number, population: string, toDate = false) => ({
    keys: [{ value: year }],
    value,
    toDate,
    denominatorCarriedForward: toDate,
    denominatorFigure: { asOf: population },
  });
  // Guangxi's 2026, to date, counts today over its population of the end of 2022, as the API says.
  const registries = [
    {
      code: 'GX',
      measure: {
        computable: true,
        breakdown: [cell('2022', 0.079, '2022-12-31'), cell('2026', 0.082, '2022-12-31', true)],
      },
    },
    { code: 'BJ', measure: { computable: true, breakdown: [cell('2022', 1.5, '2022-12-31')] } },
  ];
  const series: Series = {
    indicator: {
      code: 'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
      name: 'Certified social workers per 10,000 residents',
      nameZh: '每万常住人口持证社会工作者数',
      unit: 'per 10,000 residents',
      kind: 'RATE',
      stockOrFlow: 'STOCK',
      description: '',
      descriptionZh: '',
      sources: [],
    },
    unit: 'per 10,000 residents',
    asOf: '2026-12-07',
    years: ['2022', '2026'],
    toDateYear: '2026',
    populations: [],
    carriedForward: carriedForwardCells(registries, '2026-12-07'),
    rows: [
      { region: 'BJ', name: 'Beijing', nameZh: '北京市', 2022: 1.5, 2026: null },
      { region: 'GX', name: 'Guangxi', nameZh: '广西壮族自治区', 2022: 0.079, 2026: 0.082 },
    ],
  };
  const zh = '广西壮族自治区：2026 年（2026-12-07 的登记计数 ÷ 2022 年末常住人口）';
  const en =
    "Guangxi: 2026 (the registry's count of 2026-12-07 over the resident population at the end of 2022)";

  it('says under its table and in its JSON which year-end each such cell divides by', () => {
    expect(series.carriedForward).toEqual([
      { region: 'GX', year: '2026', countedOn: '2026-12-07', populationAsOf: '2022-12-31' },
    ]);
    const table = seriesForTerminal(series, 'zh', 400).replace(/\s+/g, ' ');
    expect(table).toContain(`每万常住人口指标的分母沿用此前年末的人口数：${zh}。`);
    expect(table).toContain('沿用年末数是推定');
    expect(seriesForTerminal(series, 'en', 400).replace(/\s+/g, ' ')).toContain(en);
    const json = JSON.parse(seriesJson(series, 'en'));
    expect(json.carriedForwardNote).toContain(en);
    expect(json.carriedForward).toEqual(series.carriedForward);
  });

  it('says it in the row of the CSV and the workbook, and on the About sheet', async () => {
    const rows = parse(seriesCsv(series, 'zh'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const words =
      '2026 年：2026-12-07 的登记计数 ÷ 2022 年末常住人口（该日的常住人口未公布，沿用年末数是推定）';
    expect(rows.find((row) => row['地区代码'] === 'GX')!['分母人口沿用（推定）']).toBe(words);
    expect(rows.find((row) => row['地区代码'] === 'BJ')!['分母人口沿用（推定）']).toBe('');
    const [data, about] = await readXlsxFile(
      (await seriesXlsx(series, 'zh', 'http://gateway.test')).workbook,
    );
    const header = data!.data[0]!;
    const guangxi = data!.data.find((row) => row[0] === 'GX')!;
    expect(guangxi[header.indexOf('分母人口沿用（推定）')]).toBe(words);
    expect(about!.data.find((line) => line[0] === '分母人口沿用（推定）')?.[1]).toContain(zh);
  });
});
