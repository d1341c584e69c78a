import type { Language } from './language.js';
import { formatDifference, formatFigure, formatValue } from './units.js';
import { conventionOf } from '../../../shared/basically.js';
import { trendBeforeCensus } from '../../../shared/census.js';
import { dateWords } from '../../../shared/date-words.js';
import { trendNamed } from '../../../shared/trend-years.js';

/** A status rule in the reader's language, with the numbers it was applied to, in their unit. */
export function reasonText(
  reason: {
    code: string;
    value: number | null;
    targetValue: number;
    targetYear: number;
    threshold: number;
    projectedValue: number | null;
    tolerancePercent: number;
    reachedYear: number | null;
    trendYears: number[];
    trendYearsBeforeCensus?: number[] | null;
    deadlineValue?: number | null;
    deadlineGap?: number | null;
    basicallyPercent?: number | null;
    scopeStart?: string | null;
    flowYear?: number | null;
    targetSetOn?: string | null;
    targetSetOnInferred?: boolean | null;
  },
  unit: string,
  language: Language,
  /** The qualifier of the published figure the value is, which says it with it (近40). */
  qualifier?: string | null,
  /** The least value that figure allows (约500: 450), which a status is judged on. */
  lowest?: number | null,
): string {
  const { targetYear: year, tolerancePercent: tolerance } = reason;
  const printed =
    qualifier && reason.value != null
      ? formatFigure(reason.value, unit, qualifier, language)
      : formatValue(reason.value, unit, language);
  // 约500 beside a target of 500 reads as reached: where its least falls short, the words say so.
  const judgedBelow =
    qualifier && lowest != null && reason.value != null && lowest < reason.threshold;
  const least = judgedBelow ? formatValue(lowest, unit, language) : '';
  const value = !judgedBelow
    ? printed
    : language === 'zh'
      ? `${printed}（按其可能取值的下限 ${least}计）`
      : `${printed} (judged on the least it allows, ${least})`;
  const target = formatValue(reason.targetValue, unit, language);
  const projected = formatValue(reason.projectedValue, unit, language);
  const threshold = formatValue(reason.threshold, unit, language);
  // Rounded as every number is read (formatDifference): to hundredths, under 1 to three significant
  // digits, so that a rate's 0.0121 short of 0.1 is never printed as 0.01, the tolerance it exceeds.
  const short = formatDifference(reason.threshold - (reason.projectedValue ?? 0), unit, language);
  const allowed = formatDifference((reason.threshold * tolerance) / 100, unit, language);
  // The years the trend was fitted on, so that a projection says how old its evidence is: one of
  // years that ended long ago reads as such. Years left out between them (a flow's years with
  // nothing registered) are not in a range: the years are named one by one.
  const named = trendNamed(reason.trendYears);
  const trend = { zh: `${named.zh}，`, en: `${named.en} projects` };
  const words: Record<string, Record<Language, string>> = {
    NO_VALUE: {
      zh: '既无登记测算值，也无统计其数量的公开数据（计划和启动消息不是统计数）。',
      en: 'No measured value, and no published figure counts it (a plan or a launch is not a count).',
    },
    TARGET_NOT_YET_SET: {
      zh: `设定该目标的政策印发于 ${dateWords(reason.targetSetOn, 'zh')}${reason.targetSetOnInferred ? '（推定）' : ''}，晚于判定日期：当时没有这一目标，不作判定。`,
      en: `The policy setting the target was issued ${dateWords(reason.targetSetOn, 'en')}${reason.targetSetOnInferred ? ' (inferred)' : ''}, after the day judged: there was no target to judge then.`,
    },
    SCOPE_NOT_BEGUN: {
      zh: `目标所计的项目始于 ${dateWords(reason.scopeStart, 'zh')}，晚于判定日期：当时还没有可计的记录。`,
      en: `The programme the target counts began ${dateWords(reason.scopeStart, 'en')}, after the day judged: there was nothing of it to count yet.`,
    },
    NOTHING_REGISTERED: {
      zh: '登记库中尚无目标所计的记录，也无统计其数量的公开数据（计划和启动消息不是统计数）：0 是登记在册的数量，不表示该地区实际没有。',
      en: 'The registry holds none of what the target counts, and no published figure counts it (a plan or a launch is not a count): 0 is what is registered, not a finding that the region has none.',
    },
    NOTHING_REGISTERED_IN_YEAR: {
      zh: `登记库中 ${reason.flowYear} 年内没有目标所计的量（其他年份有登记），也无该年的公开数据：目标按该年全年的量判定，而该年的 0 是登记的情况，不表示该地区该年没有，因此不作判定。`,
      en: `The registry holds nothing the target counts within ${reason.flowYear}, the year whose whole it is judged on, though it holds amounts of other years, and no published figure gives that year's: its 0 is what is registered, not a finding that the region had none that year, so nothing is judged on it.`,
    },
    NO_POPULATION: {
      zh: '登记库未收录该比率所需年末的常住人口数（所判定之日为年末时即该年年末，否则为该日之前的各年末）：登记库的计数没有分母，也无公布该比率的公开数据，因此没有每万常住人口比率可供判定。',
      en: "The registry holds no resident population for the year-end the rate per 10,000 residents is over (the day judged, where it is a year-end, else any year-end before it): the registry's count has no denominator, and no published figure gives the rate, so there is no rate to judge.",
    },
    TARGET_REACHED: {
      zh: `${value} 已达到目标 ${target}。`,
      en: `${value} has reached the target of ${target}.`,
    },
    TARGET_BASICALLY_REACHED: {
      zh: `${value} 已达到“基本实现”的门槛 ${threshold}（目标 ${target}）。`,
      en: `${value} has basically reached the target of ${target} (from ${threshold} on).`,
    },
    TARGET_REACHED_LATE: {
      zh: `${value} 于 ${reason.reachedYear} 年达到目标 ${target}，晚于目标年份 ${year}。`,
      en: `${value} reached the target of ${target} in ${reason.reachedYear}, after ${year}.`,
    },
    // Where it stood when due, and now: how far it missed, and how far it is.
    TARGET_YEAR_PASSED:
      reason.deadlineValue == null
        ? {
            zh: `目标年份 ${year} 已过，当前 ${value}，目标 ${target}。`,
            en: `The target year ${year} has passed with ${value} of ${target}.`,
          }
        : {
            zh: `目标年份 ${year} 已过：${year} 年底为 ${formatValue(reason.deadlineValue, unit, language)}，距目标 ${target} 还差 ${formatDifference(reason.deadlineGap ?? 0, unit, language)}；当前 ${value}。`,
            en: `The target year ${year} has passed: ${formatValue(reason.deadlineValue, unit, language)} at its end, ${formatDifference(reason.deadlineGap ?? 0, unit, language)} short of ${target}; ${value} now.`,
          },
    NO_TREND: {
      zh: '尚未达成，且只有一年有变化的数据，无法推算趋势。',
      en: 'Not reached, and the evidence holds a single year: no trend to project.',
    },
    PROJECTED_TO_REACH: {
      zh: `${trend.zh}${year} 年底可达 ${projected}，不低于 ${threshold}。`,
      en: `${trend.en} ${projected} by the end of ${year}, at or above ${threshold}.`,
    },
    // The tolerance is a share of the threshold, said with its amount: of a percentage, "10%" alone
    // reads as ten points.
    PROJECTED_SHORT_WITHIN_TOLERANCE: {
      zh: `${trend.zh}${year} 年底可达 ${projected}，比门槛 ${threshold} 低 ${short}，差距不超过门槛的 ${tolerance}%（${allowed}）。`,
      en: `${trend.en} ${projected} by the end of ${year}, ${short} short of ${threshold}: at most ${tolerance}% of it (${allowed}).`,
    },
    PROJECTED_SHORT: {
      zh: `${trend.zh}${year} 年底仅达 ${projected}，比门槛 ${threshold} 低 ${short}，差距超过门槛的 ${tolerance}%（${allowed}）。`,
      en: `${trend.en} ${projected} by the end of ${year}, ${short} short of ${threshold}: more than ${tolerance}% of it (${allowed}).`,
    },
  };
  const rule = words[reason.code]?.[language] ?? reason.code;
  // A rate's years before the census, left out of its trend, are said after the rule that rests on
  // it: why the history's earlier points are not in the trend, or why one year is left to fit.
  const leftOut = trendBeforeCensus(reason);
  // The threshold of 基本实现 is the catalog's, not the policy's: a reader who sees it is told so.
  const convention = conventionOf(reason);
  return [rule, leftOut?.[language], convention?.[language]]
    .filter(Boolean)
    .join(language === 'en' ? ' ' : '');
}
