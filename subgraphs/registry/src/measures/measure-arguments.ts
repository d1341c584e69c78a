import {
  codeInOtherCase,
  indicatorCatalog,
  indicatorInChinese,
  writeInUpperCase,
} from '../../../indicator-catalog.js';
import { FIRST_YEAR, isPartialDate, lastDay, startDay, today } from '../dates.js';
import { badUserInput } from '../../../common/bad-user-input.js';
import type { Bilingual } from '../../../../shared/bilingual.js';
import type { IndicatorMeasure } from './indicators.js';
import type { MeasureQuery, SeriesYears } from './measure-types.js';
import { MAX_SERIES_YEARS } from '../../../../shared/series-years.js';

/** The checks of a measure's arguments, each a BAD_USER_INPUT that names the argument and the fix. */

const catalogCodes = new Set(indicatorCatalog.map((i) => i.code));

export function assertInCatalog(indicator: string): void {
  // Codes are upper case; one written otherwise is named as it is meant, not searched for.
  const upper = codeInOtherCase(indicator);
  if (upper) throw badUserInput('indicator', writeInUpperCase(indicator, upper));
  if (!catalogCodes.has(indicator)) {
    throw badUserInput('indicator', {
      zh: `${indicator} 不在全国指标目录中；查询 \`indicators { code name }\` 可得各指标代码。`,
      en: `${indicator} is not in the national catalog; query \`indicators { code name }\` for its codes.`,
    });
  }
}

/** A date of the calendar before the registry's first year (year 0 is none PostgreSQL reads). */
function assertFromFirstYear(field: 'asOf' | 'since', value: string): void {
  if (Number(value.slice(0, 4)) < FIRST_YEAR)
    throw badUserInput(field, {
      zh: `${value} 早于 ${FIRST_YEAR} 年：登记库中没有更早的记录，请给出 ${FIRST_YEAR} 年及以后的日期。`,
      en: `${value} is before ${FIRST_YEAR}: the registry holds nothing older; give a date from ${FIRST_YEAR} on.`,
    });
}

/** The day a measure is taken as of: the last day of `asOf`, but never after today. */
export function measuredOn(asOf: string | null | undefined): string {
  const now = today();
  if (asOf == null) return now;
  if (!isPartialDate(asOf)) {
    throw badUserInput('asOf', {
      zh: `${JSON.stringify(asOf)} 不是日期：请给出年、年月或日，例如 2019、2019-12 或 2019-12-31。`,
      en: `${JSON.stringify(asOf)} is not a date: give a year, year-month or day, such as 2019, 2019-12 or 2019-12-31.`,
    });
  }
  assertFromFirstYear('asOf', asOf);
  if (asOf > now.slice(0, asOf.length))
    throw badUserInput('asOf', {
      zh: `${asOf} 晚于今天（${now}）：无法测算登记库在未来某日的情况。`,
      en: `${asOf} is after today (${now}): the registry cannot be measured as of the future.`,
    });
  const last = lastDay(asOf);
  return last < now ? last : now;
}

/**
 * The day a published figure's date must have ended by to be known as of `asOf` (measuredOn's day),
 * or null as of today, when a figure of this year is the latest there is.
 */
export function figuresKnownOn(asOf: string | null | undefined): string | null {
  const day = asOf == null ? null : measuredOn(asOf);
  return day === null || day >= today() ? null : day;
}

/** The first day of a flow, checked against the day measured as of; null for a stock. */
export function flowStart(
  query: MeasureQuery,
  definition: IndicatorMeasure | undefined,
  day: string,
): string | null {
  if (query.since == null) return null;
  if (!isPartialDate(query.since)) {
    throw badUserInput('since', {
      zh: `${JSON.stringify(query.since)} 不是日期：请给出年、年月或日，例如 2013、2020-03 或 2020-03-01。`,
      en: `${JSON.stringify(query.since)} is not a date: give a year, year-month or day, such as 2013, 2020-03 or 2020-03-01.`,
    });
  }
  assertFromFirstYear('since', query.since);
  const first = startDay(query.since);
  if (first > day)
    throw badUserInput('since', {
      zh: `${query.since} 的起点晚于测算日 ${day}。`,
      en: `${query.since} starts after ${day}, the day measured as of.`,
    });
  if (definition?.kind === 'RATIO') {
    throw badUserInput(
      'since',
      noCountSince(query.indicator, { zh: '某一日的百分比', en: 'a percentage at one date' }),
    );
  }
  return first;
}

/**
 * Why a percentage or a rate takes no `since`: what `since` is (as `measure` says it in the SDL, a
 * count of every record that counted at any time in the period, not an increment), and that
 * neither has such a count.
 */
export const noCountSince = (indicator: string, what: Bilingual): Bilingual => ({
  zh: `${indicatorInChinese(indicator)}是${what.zh}，没有自某日起的计数：指定 since 时，计数计入从 since 起点到测算日日终期间任一时刻曾被计入的所有记录，时期（流量）指标取该期间的量，百分比和比率都没有这样的计数。`,
  en: `${indicator} is ${what.en}, which has no count since a date: with since, a count counts every record that counted at any time from the start of since to the end of the day measured, and a flow adds up that period; a percentage or a rate has no such count.`,
});

/**
 * `from` and `to` bound the years of a `YEAR` series: without one they would be read as nothing,
 * and an analyst who asked from 2020 would take a value of today for a series.
 */
export function assertSeriesBounds(query: MeasureQuery): void {
  if ((query.from == null && query.to == null) || query.by?.includes('YEAR')) return;
  throw badUserInput(query.from != null ? 'from' : 'to', {
    zh: 'from 和 to 是按年份序列（by: [YEAR]）的起止年份：请加上 by: [YEAR]，或去掉 from 和 to。',
    en: 'from and to bound the years of a series by YEAR: add by: [YEAR], or leave from and to out.',
  });
}

/** The years of a YEAR series; a flow's series begins in the year it counts from. */
export function seriesYears(query: MeasureQuery, day: string, since: string | null): SeriesYears {
  const last = Number(day.slice(0, 4));
  const sinceYear = since == null ? null : Number(since.slice(0, 4));
  const to = query.to ?? last;
  const check = (field: string, value: number | null | undefined) => {
    if (value == null) return;
    // The same first year as a date's (assertFromFirstYear): a series reaches as far back as asOf.
    if (!Number.isInteger(value) || value < FIRST_YEAR)
      throw badUserInput(field, {
        zh: `须为 ${FIRST_YEAR} 年或以后的年份：登记库中没有更早的记录。`,
        en: `must be a year from ${FIRST_YEAR} on: the registry holds nothing older.`,
      });
    if (value > last)
      throw badUserInput(field, {
        zh: `${value} 晚于测算年份 ${last}。`,
        en: `${value} is after ${last}, the year measured as of.`,
      });
  };
  check('from', query.from);
  check('to', query.to);
  if (query.from != null && sinceYear != null && query.from < sinceYear) {
    throw badUserInput('from', {
      zh: `${query.from} 早于 since 所在的年份 ${sinceYear}：序列从该年起。`,
      en: `${query.from} is before ${sinceYear}, the year of since, where the series begins.`,
    });
  }
  if (query.from != null && query.from > to)
    throw badUserInput('from', {
      zh: `${query.from} 晚于 ${to}：序列从较早的年份排到较晚的年份。`,
      en: `${query.from} is after ${to}: the series runs from the earlier year to the later.`,
    });
  if (query.from != null && to - query.from >= MAX_SERIES_YEARS)
    throw badUserInput('from', {
      zh: `一个序列最多 ${MAX_SERIES_YEARS} 年。`,
      en: `a series holds at most ${MAX_SERIES_YEARS} years.`,
    });
  return { from: query.from ?? sinceYear, to };
}
