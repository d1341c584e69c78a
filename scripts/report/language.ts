import { printedName } from '../../shared/bilingual.js';
import { enumLabel } from '../../shared/enum-labels.js';
import { statusWords, withInferred, type Language } from '../../gateway/dashboard/src/i18n.js';
import { roundedWords, unitWord } from '../../gateway/dashboard/src/units.js';

/**
 * The report's words: the dashboard's, so that a status, a qualifier or a unit reads the same on
 * the page and on paper. JSON keeps the API's codes, for programs to read.
 */
export type { Language };

/** `--lang`, or the terminal's locale: Chinese where LC_ALL, LC_MESSAGES or LANG says zh. */
export function reportLanguage(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Language {
  if (option === 'zh' || option === 'en') return option;
  if (option !== undefined)
    throw new Error(
      `--lang 只能是 zh 或 en，不能是 ${option}。--lang takes zh or en, not ${option}.`,
    );
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

const words = {
  region: { zh: '地区代码', en: 'Region code' },
  name: { zh: '地区', en: 'Region' },
  unit: { zh: '单位', en: 'Unit' },
  stockOrFlow: { zh: '统计类别', en: 'Stock or flow' },
  measured: { zh: '登记测算值', en: 'Measured' },
  measuredAsOf: { zh: '测算截至', en: 'Measured as of' },
  measuredSince: { zh: '测算统计起点', en: 'Measured since' },
  numerator: { zh: '分子', en: 'Numerator' },
  denominator: { zh: '分母', en: 'Denominator' },
  // Regions publish populations of different years: each rate says which it divides by.
  populationAsOf: { zh: '分母常住人口的日期', en: 'Population as of' },
  measuredDemoPercent: { zh: '测算值中演示数据占比（%）', en: 'Demo share of measured (%)' },
  measuredOpenEnded: {
    zh: '未载明结束、按尚未结束计入的项目（推定）',
    en: 'Programmes with no end, counted as not ended (inferred)',
  },
  // No start known, or a certified worker's certificate without its day (Measure.undatedRecords).
  measuredUndated: {
    zh: '按推定日期计入的记录（推定）',
    en: 'Records counted from an inferred day (inferred)',
  },
  // Of a flow, what it leaves out (Measure.undatedRecords of a flow): not in the value at all.
  measuredLeftOut: {
    zh: '起止日期不详、未计入的项目',
    en: 'Programmes left out (no start or end known)',
  },
  registryCheck: { zh: '登记库对照公布总数', en: 'Registry against published total' },
  registryAgreement: {
    zh: '登记库与公布总数是否相符',
    en: 'Registry agrees with published total',
  },
  notMeasured: { zh: '无测算值或为 0 的原因', en: 'Why blank or 0' },
  // A series' years whose 0 is nothing registered, as its About sheet's line is headed.
  registeredZero: { zh: '登记为 0', en: 'Registered 0' },
  // A rate series' cells over a population carried forward, as its About sheet's line is headed.
  populationCarriedForward: {
    zh: '分母人口沿用（推定）',
    en: 'Population carried forward (inferred)',
  },
  published: { zh: '最新公开数据', en: 'Latest published' },
  publishedQualifier: { zh: '公开数据限定', en: 'Published qualifier' },
  publishedInterval: { zh: '公开数据可能的取值范围', en: 'Values the published figure allows' },
  publishedAsOf: { zh: '公开数据日期', en: 'Published as of' },
  publishedSince: { zh: '公开数据统计起点', en: 'Published since' },
  source: { zh: '来源', en: 'Source' },
  quote: { zh: '原文', en: 'Quote' },
  target: { zh: '目标值', en: 'Target' },
  targetQualifier: { zh: '目标限定', en: 'Target qualifier' },
  targetYear: { zh: '目标年份', en: 'Target year' },
  targetScope: { zh: '目标统计范围', en: 'Target counts' },
  targetSource: { zh: '目标出处', en: 'Target set in' },
  targetPolicy: { zh: '目标所依政策', en: 'Policy setting the target' },
  targetQuote: { zh: '目标原文', en: 'Target quote' },
  progress: { zh: '当前进展值', en: 'Progress value' },
  progressQualifier: { zh: '进展值限定', en: 'Progress qualifier' },
  // What a qualified progress value is judged on (近3000: 2500), beside the number a sum would add.
  progressLowest: { zh: '进展值区间下限', en: 'Lower end of the progress value' },
  progressSince: { zh: '进展值统计起点', en: 'Progress since' },
  basis: { zh: '进展依据', en: 'Progress basis' },
  progressSource: { zh: '进展值出处', en: 'Progress value from' },
  status: { zh: '状态', en: 'Status' },
  statusDemoPercent: {
    zh: '状态所依数值中演示数据占比（%）',
    en: 'Demo share of the value judged (%)',
  },
  gap: { zh: '距目标差距', en: 'Gap to target' },
  projectedValue: { zh: '目标年份年底预计值', en: 'Projected by the end of the target year' },
  statusWhy: { zh: '状态依据', en: 'Why this status' },
  // Where a target's document prints no date (Beijing's opinion), its policy's issue date says when.
  targetPolicyIssuedOn: { zh: '目标所依政策印发日期', en: 'Policy setting the target issued' },
  // Its issuers, named, or counted where its page names none (5 部门联合印发（未具名）（推定）).
  targetPolicyIssuedBy: { zh: '目标所依政策印发机关', en: 'Policy setting the target issued by' },
  targetSourcePublisher: { zh: '目标出处发布方', en: 'Target source published by' },
  targetSourcePublishedOn: { zh: '目标出处发布日期', en: 'Target source published on' },
  populationSource: { zh: '分母常住人口来源', en: 'Population source' },
  populationPublisher: { zh: '分母常住人口来源发布方', en: 'Population source published by' },
  populationPublishedOn: { zh: '分母常住人口来源发布日期', en: 'Population source published on' },
  populationUrl: { zh: '分母常住人口读取网址', en: 'Population read at' },
  populationReadOnReprint: { zh: '分母常住人口读取页面', en: 'Population page read' },
  // The published figure's source beyond its title, as the target's and the population's.
  sourcePublisher: { zh: '来源发布方', en: 'Source published by' },
  sourcePublishedOn: { zh: '来源发布日期', en: 'Source published on' },
  sourceUrl: { zh: '来源读取网址', en: 'Source read at' },
  // A CSV says nowhere else what it is of and when it was made.
  indicatorCode: { zh: '指标代码', en: 'Indicator code' },
  indicatorName: { zh: '指标名称', en: 'Indicator' },
  generatedAt: { zh: '生成时间', en: 'Generated at' },
  // A rate's progress is today's count over a year-end's population, which may be years before.
  progressPopulationAsOf: { zh: '进展值分母常住人口的日期', en: 'Progress population as of' },
} as const;

export type ColumnWord = keyof typeof words;

export const columnTitle = (column: ColumnWord, language: Language) => words[column][language];

const bases: Record<string, Record<Language, string>> = {
  MEASURED: { zh: '登记测算', en: 'Measured' },
  PUBLISHED: { zh: '公开数据', en: 'Published' },
};

/** Whether an indicator counts on a day or adds up over a period, in words. */
const stockOrFlows: Record<string, Record<Language, string>> = {
  STOCK: { zh: '时点数（某日的数量）', en: 'stock (on a day)' },
  FLOW: { zh: '时期数（一段时期的累计量）', en: 'flow (over a period)' },
};

/** A code the API answers, as the reader says it; EXACT needs no word. */
export const say = {
  unit: (unit: string | null, language: Language) => (unit ? unitWord(unit, language) : null),
  qualifier: (qualifier: string | null, language: Language) =>
    !qualifier || qualifier === 'EXACT' ? null : enumLabel(qualifier, language),
  /** An exact figure printed rounded (8.82万: to the hundred) is within half a step of its value. */
  rounded: roundedWords,
  /** A date the source does not print, read from its page or its neighbours. */
  inferred: withInferred,
  basis: (basis: string | null, language: Language) =>
    basis ? (bases[basis]?.[language] ?? basis) : null,
  status: (status: string | null, language: Language, onDemo: boolean) =>
    status ? statusWords(status, onDemo, language) : null,
  /** Whether a number is of a day or of a period: 88,200 certified is not 9,300,000 yuan spent. */
  stockOrFlow: (stockOrFlow: string, language: Language) =>
    (stockOrFlows[stockOrFlow] ?? stockOrFlows.STOCK!)[language],
  printedName,
};

/**
 * An indicator with its unit, as a heading names it: 投入资金（元）; a name that holds its unit
 * (每万常住人口持证社会工作者数) is not followed by it again.
 */
export function indicatorHeading(
  indicator: { name: string; nameZh: string; unit: string },
  language: Language,
): string {
  const unit = say.unit(indicator.unit, language) ?? indicator.unit;
  const name = language === 'zh' ? indicator.nameZh : indicator.name;
  // Held as a phrase at either end (每万常住人口…, … per 10,000 residents): 人 of 从业人员 is none.
  const [lowerName, lowerUnit] = [name.toLowerCase(), unit.toLowerCase()];
  if (unit.length > 1 && (lowerName.startsWith(lowerUnit) || lowerName.endsWith(lowerUnit)))
    return name;
  return language === 'zh' ? `${name}（${unit}）` : `${name} (${unit})`;
}

/** The comparison's heading: the indicator, and whether its numbers are of a day or a period. */
export const comparisonTitle = (
  indicator: { name: string; nameZh: string; unit: string; stockOrFlow: string },
  language: Language,
) =>
  `${indicatorHeading(indicator, language)}${language === 'zh' ? '，' : ', '}${say.stockOrFlow(indicator.stockOrFlow, language)}`;

/** A region's name in the report's language, by its code (the code where no row has it). */
export const regionNameIn =
  (rows: readonly { region: string; name: string; nameZh: string }[], language: Language) =>
  (code: string) => {
    const row = rows.find((r) => r.region === code);
    return (language === 'zh' ? row?.nameZh : row?.name) ?? code;
  };
