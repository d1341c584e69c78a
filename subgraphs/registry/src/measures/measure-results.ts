import { indicatorInChinese, indicatorInEnglish } from '../../../indicator-catalog.js';
import { inBoth, saidTogether, type Bilingual } from '../../../../shared/bilingual.js';
import { indicatorMeasures } from './indicators.js';
import type { Measure, MeasureQuery, MeasureValue } from './measure-types.js';
import { keyColumn } from './statement-parts.js';

/** A row of a measure's statement: see stockSql and flowSql for its columns. */
export type MeasureRow = {
  part: number;
  total: boolean;
  year: string | null;
  value: unknown;
  numerator: unknown;
  denominator: unknown;
  demo_part: unknown;
  demo_whole: unknown;
  undated: unknown;
  open_ended: unknown;
  /**
   * Of a stock's total of 0, the share of demo records among those that had counted by the day;
   * null where none had, and of any other total.
   */
  ended_demo_share: unknown;
} & Record<string, unknown>;

/** Counts arrive from pg as strings (bigint, numeric): numbers for GraphQL, null kept. */
function toValue(
  row: Pick<MeasureRow, 'value' | 'numerator' | 'denominator' | 'demo_part' | 'demo_whole'>,
): MeasureValue {
  const number = (value: unknown) => (value == null ? null : Number(value));
  const whole = number(row.demo_whole);
  return {
    value: number(row.value),
    numerator: number(row.numerator),
    denominator: number(row.denominator),
    demoShare: whole ? toTenThousandths((number(row.demo_part) ?? 0) / whole) : null,
  };
}

/**
 * A cell's value; of a 0 of the year of the day, which is the total as of that day, the total's demo
 * share, which knows which records had started by the day (year-series-sql.ts knows years only).
 */
function ofTheDay(cell: MeasureRow, day: string, total: MeasureValue): MeasureValue {
  const value = toValue(cell);
  return value.value === 0 && cell.year === day.slice(0, 4) && total.value === 0
    ? { ...value, demoShare: total.demoShare }
    : value;
}

/** A demo share as every measure gives it: to four decimals (0.6667). */
const toTenThousandths = (share: number) => Math.round(10_000 * share) / 10_000;

export function notComputable(indicator: string): Measure {
  return {
    indicator: { code: indicator },
    computable: false,
    reason: inBoth({
      // Whether the region published any figure of the whole is not this measure's to say: a part
      // (Beijing's 37000余 person-times of its demonstration projects) is none.
      zh: `登记库中没有可用于统计${indicatorInChinese(indicator)}的记录：其数值只能来自该地区公布的整体数字（如有）。`,
      en: `The registry holds no records from which ${indicatorInEnglish(indicator)} can be counted: its value can only come from a figure the region published of the whole, if any.`,
    }),
    asOf: null,
    since: null,
    undatedRecords: null,
    openEndedRecords: null,
    nothingRegistered: false,
    value: null,
    numerator: null,
    denominator: null,
    demoShare: null,
    breakdown: [],
  };
}

/**
 * What a flow's value is: each programme's amount spread over its days, the period's part of it.
 * Its parts are rounded as the total is, each on its own (Beijing's funding by service field to
 * 2025-06-30: 1,254,602 yuan in its parts, 1,254,603 in all), as a yearbook's are: forcing them to
 * add up would change a part's own estimate.
 */
const prorated = {
  zh: '时期（流量）值：每个项目的量按其实施天数平均分摊，跨越测算时期的项目只计入时期内的部分，因此为估计值，取整到个位；总数和各分项分别取整，分项之和与总数可能相差几个单位。',
  en: "A flow: each programme's amount is spread evenly over its days, and one that runs past the period counts for the part within it, so the value is an estimate, rounded to a whole unit; the total and each part are rounded apart, so the parts may add up to a few units more or less than the total.",
};

/**
 * Why a computable measure has no value, or what its value says: a flow is pro-rated, and a count
 * of 0 is what a registry holds (a region whose team registered no station is not a region without
 * stations).
 */
function reasonOf(
  indicator: string,
  value: number | null,
  flow: boolean,
  nothingRegistered: boolean,
): Bilingual | null {
  const kind = indicatorMeasures[indicator]?.kind;
  if (value == null && kind === 'RATIO')
    return {
      zh: `登记库中没有可计入${indicatorInChinese(indicator)}分母的记录，该比率没有值。`,
      en: `The registry holds nothing to count in the denominator of ${indicatorInEnglish(indicator)}, so the ratio has no value.`,
    };
  if (value === 0 && flow && !nothingRegistered)
    return {
      zh: `测算时期内，登记库中没有能分摊到该时期的${indicatorInChinese(indicator)}的量：0 不表示实际没有。`,
      en: `Nothing the registry holds can be spread over the period measured for ${indicatorInEnglish(indicator)}: 0 is not a finding that there was none.`,
    };
  if (value === 0 && flow)
    return {
      zh: `测算时期内，登记库中没有计入${indicatorInChinese(indicator)}的量：0 是登记在册的量，不表示实际没有。`,
      en: `Nothing the registry holds adds to ${indicatorInEnglish(indicator)} in the period measured: 0 is what is registered, not a finding that there was none.`,
    };
  if (value === 0 && kind === 'COUNT') return zeroCount(indicator, nothingRegistered);
  return flow ? prorated : null;
}

/**
 * What a stock's count of 0 says (of a rate, its count's): nothing registered, or records that
 * have all ended, which is a finding.
 */
export const zeroCount = (indicator: string, nothingRegistered: boolean): Bilingual =>
  nothingRegistered
    ? {
        zh: `登记库中没有${indicatorInChinese(indicator)}所计的记录：0 是登记在册的数量，不表示该地区实际没有。`,
        en: `The registry holds no record that ${indicatorInEnglish(indicator)} counts: 0 is what is registered, not a finding that the region has none.`,
      }
    : {
        zh: `登记库登记过${indicatorInChinese(indicator)}所计的记录，但都在测算之日（或时期）前结束：0 是按登记的记录测得的数量。`,
        en: `The registry holds records that ${indicatorInEnglish(indicator)} counts, all ended before the day (or period) measured: 0 is what the records registered give.`,
      };

/** What the count takes for running without a record saying so: programmes that give no end. */
const openEndedReason = (count: number): Bilingual | null =>
  count > 0
    ? {
        zh: `其中 ${count} 个项目未载明结束时间，按尚未结束计入：这是推定，不是记录。`,
        en: `${count} of the programmes counted give no end and count as not ended: an inference, not a record.`,
      }
    : null;

/**
 * What a flow leaves out: programmes holding an amount whose start or end is not known, which
 * cannot be spread over a period (flow-sql.ts), said with their count wherever there are any.
 */
const leftOutReason = (count: number): Bilingual | null =>
  count > 0
    ? {
        zh: `另有 ${count} 个项目开始或结束日期不详，其量无法分摊到测算时期，未计入。`,
        en: `${count} ${count === 1 ? 'programme holding an amount gives' : 'programmes holding an amount give'} no start or no end: ${count === 1 ? 'its amount cannot' : 'their amounts cannot'} be spread over the period measured, and ${count === 1 ? 'is' : 'are'} left out.`,
      }
    : null;

/** Reasons said one after the other, the Chinese of all (one sentence) before the English of all. */
function joined(...reasons: (Bilingual | null)[]): string | null {
  const said = reasons.filter((reason) => reason != null);
  if (!said.length) return null;
  return inBoth(saidTogether(said));
}

/**
 * A measure from its own rows of the statement (`part`): the total, and one cell per other row with
 * its keys named by dimension, YEAR from the row's year and the others from `dimension_0…` in the order asked.
 */
export function toMeasure(
  query: MeasureQuery,
  own: readonly MeasureRow[],
  day: string,
  since: string | null,
  flow: boolean,
): Measure {
  const total = own.find((row) => row.total)!;
  const by = query.by ?? [];
  const others = by.filter((d) => d !== 'YEAR');
  const measured = toValue(total);
  // A stock's 0 where no record had ever counted by the day; a flow's where no programme holding an
  // amount falls in its period, neither placed in it nor left out of it for want of its dates.
  const undated = Number(total.undated);
  const nothingRegistered =
    measured.value === 0 &&
    indicatorMeasures[query.indicator]?.kind === 'COUNT' &&
    (flow ? undated === 0 : total.ended_demo_share == null);
  // A stock's 0 of records that have all ended rests on them: on demo ones as far as they were demo.
  const value =
    measured.value === 0 && measured.demoShare == null && total.ended_demo_share != null
      ? { ...measured, demoShare: toTenThousandths(Number(total.ended_demo_share)) }
      : measured;
  return {
    indicator: { code: query.indicator },
    computable: true,
    nothingRegistered,
    reason: joined(
      reasonOf(query.indicator, value.value, flow, nothingRegistered),
      openEndedReason(total.open_ended == null ? 0 : Number(total.open_ended)),
      flow ? leftOutReason(undated) : null,
    ),
    asOf: day,
    since,
    undatedRecords: undated,
    openEndedRecords: total.open_ended == null ? null : Number(total.open_ended),
    ...value,
    breakdown: own
      .filter((row) => !row.total)
      .map((cell) => ({
        keys: by.map((dimension) => ({
          dimension,
          value:
            dimension === 'YEAR'
              ? cell.year
              : ((cell[keyColumn(others.indexOf(dimension))] as string | null) ?? null),
        })),
        ...ofTheDay(cell, day, value),
        toDate: cell.year != null && cell.year === day.slice(0, 4) && !day.endsWith('-12-31'),
      })),
  };
}
