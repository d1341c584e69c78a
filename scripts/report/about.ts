import { chinaTime } from '../../shared/china-day.js';
import type { Cell } from 'write-excel-file/node';
import { graphql } from './__generated__/gql.js';
import type { Sheet } from './format.js';
import { say, type Language } from './language.js';
import { populationSourceWords, sourceWords } from './source-words.js';
import { formatValue } from '../../gateway/dashboard/src/units.js';
import { restsMostlyOnDemoPercent } from '../../shared/mostly-demo.js';

/** What every query of the report reads of a source: the About sheet's words of it. */
graphql(`
  fragment ReportSource on Source {
    title
    titleEn
    titleConstructed
    titleCitedIn {
      title
      titleEn
    }
    publisher
    publisherInferred
    publisherEn
    publishedOn
    publishedOnInferred
    url
    readOnReprint
  }
`);

/** What every query of the report reads of a published population a rate divides by. */
graphql(`
  fragment ReportPopulation on Figure {
    asOf
    value
    source {
      ...ReportSource
    }
  }
`);

/** What every query of the report reads of its indicator (ReportIndicator, without its sources). */
graphql(`
  fragment ReportIndicator on Indicator {
    code
    name
    nameZh
    unit
    kind
    stockOrFlow
    description
    descriptionZh
  }
`);

/** What the About sheet says of the indicator: its names, unit, definition and the sources cited. */
export interface ReportIndicator {
  code: string;
  name: string;
  nameZh: string;
  unit: string;
  /** COUNT, RATIO, RATE (per 10,000 residents) or AMOUNT. */
  kind: string;
  /** STOCK, counted on a day, or FLOW, added up over a period. */
  stockOrFlow: string;
  description: string;
  descriptionZh: string;
  sources: {
    title: string;
    titleEn?: string | null;
    /** The page prints no title: the one given was made from its text. */
    titleConstructed?: boolean | null;
    publisher: string | null;
    /** The page prints no publisher: the one given was inferred. */
    publisherInferred?: boolean | null;
    publisherEn?: string | null;
    publishedOn: string | null;
    /** The page prints no date: the one given was inferred. */
    publishedOnInferred?: boolean | null;
    /** Where a page read on the web was read: a reprint or an aggregator's, as its note says. */
    url?: string | null;
    /** That page is a reprint, not the publisher's own; null where not judged. */
    readOnReprint?: boolean | null;
  }[];
}

const labels = {
  sheet: { zh: '说明', en: 'About' },
  generatedAt: { zh: '生成时间', en: 'Generated at' },
  asOf: { zh: '登记测算截至', en: 'Registry measured as of' },
  totalAsOf: { zh: '合计截至', en: 'Total as of' },
  gateway: { zh: '数据来源（网关）', en: 'Gateway' },
  indicator: { zh: '指标', en: 'Indicator' },
  code: { zh: '指标代码', en: 'Indicator code' },
  unit: { zh: '单位', en: 'Unit' },
  definition: { zh: '指标定义', en: 'Definition' },
  source: { zh: '公开数据来源', en: 'Published source' },
  // A figure of one programme or one part (Ningxia's 465 dispatched since 2013) is not the
  // indicator's: the report compares none, and this line must not read as "nothing published".
  noSource: {
    zh: '各地区均无该指标整体的公开数字（只涉及某一项目或某一部分的数字不作对照）',
    en: 'No region has a published figure of the whole indicator (figures of one programme or one part are not compared)',
  },
  sheetName: { zh: '工作表名称', en: 'Sheet name' },
  demo: { zh: '演示数据', en: 'Demo data' },
  pastDay: { zh: '截至过去某日', en: 'As of a past day' },
  census: { zh: '人口普查修订', en: 'Census revision' },
  carriedForward: { zh: '分母人口沿用（推定）', en: 'Population carried forward (inferred)' },
  zero: { zh: '登记为 0', en: 'Registered 0' },
  demoNote: {
    zh: '登记测算值多来自演示数据（非真实），各值的演示数据占比见表中相应一列。',
    en: 'Measured values rest mostly on demo records (not real); the table gives the share beside each value.',
  },
  demoSomeMostly: {
    zh: '部分登记测算值多来自演示数据（非真实），各值的演示数据占比见表中相应一列。',
    en: 'Some measured values rest mostly on demo records (not real); the table gives the share beside each value.',
  },
  demoSome: {
    zh: '部分登记测算值含少量演示数据（非真实），各值的演示数据占比见表中相应一列。',
    en: 'Some measured values include a minority of demo records (not real); the table gives the share beside each value.',
  },
  demoNone: { zh: '登记测算值中没有演示数据。', en: 'No measured value includes demo records.' },
  totalPopulation: { zh: '合计所用分母（常住人口）', en: 'Population the total divides by' },
  population: { zh: '分母（常住人口）来源', en: 'Population (denominator) source' },
} as const;

/** A published population a rate divides by, and where it was read. */
export interface PopulationSource {
  /** The region's code. */
  region: string;
  value: number;
  asOf: string;
  source: ReportIndicator['sources'][number];
}

/**
 * The day the registries were measured as of: one, or the range of each region's own; where no
 * registry counts the indicator, the day asked for.
 */
function measuredOnWords(
  days: readonly (string | null)[],
  askedFor: string | null,
  language: Language,
): string | null {
  const distinct = [...new Set(days.filter((day) => day != null))].sort();
  if (distinct.length <= 1) return distinct[0] ?? askedFor;
  return language === 'zh'
    ? `各地区不同：${distinct[0]} 至 ${distinct.at(-1)}`
    : `differs by region: ${distinct[0]} to ${distinct.at(-1)}`;
}

/** What the demo shares of the values say: all mostly demo, some, some of it, or none. */
function demoLine(demoPercents: readonly (number | null)[]): keyof typeof labels {
  const values = demoPercents.filter((percent) => percent != null);
  if (values.length && values.every(restsMostlyOnDemoPercent)) return 'demoNote';
  if (values.some(restsMostlyOnDemoPercent)) return 'demoSomeMostly';
  return values.some((percent) => percent > 0) ? 'demoSome' : 'demoNone';
}

/**
 * The workbook's second sheet: when it was made, as of which date, through which gateway, what the
 * indicator counts and which documents its published figures come from, one line each.
 */
export function aboutSheet(
  indicator: ReportIndicator,
  options: {
    language: Language;
    gatewayUrl: string;
    /** The day each region was measured as of (a rate's: its population's year-end). */
    measuredOn: readonly (string | null)[];
    /** The day the regions' total is of, where the rows are of another (totalDayNote). */
    totalAsOf?: string | null;
    /** The day asked for, said where no registry was measured. */
    askedFor?: string | null;
    /** The demo share of each value the table shows, in percent. */
    demoPercents: readonly (number | null)[];
    /** Of a rate, the populations it divides by. */
    populations?: readonly PopulationSource[];
    /**
     * Of a rate's total, the populations it divides by, said where they are not the rows' (a rate of
     * today, added up over the year-end most regions published a population for).
     */
    totalPopulations?: readonly PopulationSource[];
    /** A region's name in the report's language, by its code: the populations' regions are codes. */
    regionName?: (code: string) => string;
    /** What in a comparison as of a past day is of that day, and what is not (pastDayNote). */
    pastDayNote?: string | null;
    /** Of a rate over a population before the census, that it does not compare (census-note.ts). */
    censusNote?: string | null;
    /** Of a rate over a population carried forward to a later count (carriedForwardNote). */
    carriedForwardNote?: string | null;
    /** Of a series, the 0s that are nothing registered (seriesZeroNote). */
    zeroNote?: string | null;
    shortened: string | null;
    now?: Date;
  },
): Sheet {
  const { language } = options;
  const line = (label: keyof typeof labels, value: string | null): Cell[] => [
    { value: labels[label][language], fontWeight: 'bold' },
    value,
  ];
  const sources = [
    ...new Map(indicator.sources.map((s) => [`${s.title}|${s.publisher}`, s])).values(),
  ];
  const populationLine = (
    label: 'population' | 'totalPopulation',
    population: PopulationSource,
  ) => {
    const region = options.regionName?.(population.region) ?? population.region;
    return line(
      label,
      language === 'zh'
        ? `${region}：${formatValue(population.value, 'persons', language)}（${population.asOf}）· ${populationSourceWords(population.source, language)}`
        : `${region}: ${formatValue(population.value, 'persons', language)} (${population.asOf}) · ${populationSourceWords(population.source, language)}`,
    );
  };
  // The total's populations, where the rows do not already list them.
  const listed = new Set((options.populations ?? []).map((p) => `${p.region}|${p.asOf}`));
  const totalOwn = options.totalPopulations?.some((p) => !listed.has(`${p.region}|${p.asOf}`))
    ? options.totalPopulations
    : null;
  return {
    name: labels.sheet[language],
    data: [
      line('generatedAt', chinaTime(options.now ?? new Date())),
      line('asOf', measuredOnWords(options.measuredOn, options.askedFor ?? null, language)),
      ...(options.totalAsOf ? [line('totalAsOf', options.totalAsOf)] : []),
      ...(options.pastDayNote ? [line('pastDay', options.pastDayNote)] : []),
      ...(options.censusNote ? [line('census', options.censusNote)] : []),
      ...(options.carriedForwardNote ? [line('carriedForward', options.carriedForwardNote)] : []),
      ...(options.zeroNote ? [line('zero', options.zeroNote)] : []),
      line('gateway', options.gatewayUrl),
      line('indicator', language === 'zh' ? indicator.nameZh : indicator.name),
      line('code', indicator.code),
      line('unit', say.unit(indicator.unit, language)),
      line('definition', language === 'zh' ? indicator.descriptionZh : indicator.description),
      ...(sources.length
        ? sources.map((source) => line('source', sourceWords(source, language)))
        : [line('source', labels.noSource[language])]),
      ...(options.populations ?? []).map((population) => populationLine('population', population)),
      ...(totalOwn
        ? totalOwn.map((population) => populationLine('totalPopulation', population))
        : []),
      line('demo', labels[demoLine(options.demoPercents)][language]),
      ...(options.shortened ? [line('sheetName', options.shortened)] : []),
    ],
  };
}
