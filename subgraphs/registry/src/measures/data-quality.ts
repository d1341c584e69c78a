import type { DataSource } from 'typeorm';
import { inBoth, type Bilingual } from '../../../../shared/bilingual.js';
import { enumLabel } from '../../../../shared/enum-labels.js';
import { FigureEntity, type Figure } from '../entities/Figure.js';
import { badUserInput } from '../../../common/bad-user-input.js';
import { dimensionColumn, type Dimension } from './dimensions.js';
import { indicatorMeasures } from './indicators.js';
import { startsAfter, today } from '../dates.js';
import { indicatorInChinese, isFlowIndicator } from '../../../indicator-catalog.js';
import { beyond, contains, intervalOf, intervalText, type Interval } from './qualifiers.js';
import { measureMany } from './measure.js';
import { restsMostlyOnDemo } from '../../../../shared/mostly-demo.js';
import type { MeasureQuery } from './measure-types.js';

export interface DataQualityCheck {
  figure: Figure;
  indicator: { code: string };
  published: number;
  measuredAsOf: string | null;
  /** The first day a cumulative figure's flow was measured from. */
  measuredSince: string | null;
  measured: number | null;
  /** The share of `measured` that demo records make; null when nothing was measured. */
  demoShare: number | null;
  restsMostlyOnDemo: boolean;
  difference: number | null;
  differencePercent: number | null;
  flagged: boolean;
  rule: string;
  compared: boolean;
  notComparedReason: string | null;
  interval: Interval;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Whether a measure agrees with a published figure, in the spirit of DHIS2's validation rules: an
 * exact figure within a tolerance, a rounded one ("4,000-odd", "more than 9,000", "nearly 7
 * million") within the interval its qualifier stands for (see qualifiers.ts).
 */
export function compare(
  figure: Pick<Figure, 'value' | 'qualifier'> &
    Partial<Pick<Figure, 'qualifierWord' | 'roundedTo'>>,
  measured: number | null,
  tolerancePercent: number,
): Pick<
  DataQualityCheck,
  'published' | 'measured' | 'difference' | 'differencePercent' | 'flagged' | 'rule' | 'interval'
> {
  const published = Number(figure.value);
  const roundedTo = figure.roundedTo == null ? null : Number(figure.roundedTo);
  const interval = intervalOf(published, figure.qualifier, roundedTo);
  // A figure printed rounded is compared with the interval it stands for, as a qualified one is.
  const exact = figure.qualifier === 'EXACT' && roundedTo == null;
  const rule = exact
    ? inBoth({
        zh: `测算值与 ${published} 之差超过 ${published} 的 ${tolerancePercent}% 时标记。`,
        en: `flagged when the measure differs from ${published} by more than ${tolerancePercent}% of it`,
      })
    : figure.qualifier === 'EXACT'
      ? inBoth({
          zh: `公布值 ${published} 为取整数（精确到 ${roundedTo}）：测算值不在 ${intervalText(interval)} 之内时标记。`,
          en: `published rounded to ${roundedTo}: flagged when the measure lies outside ${intervalText(interval)}`,
        })
      : inBoth({
          zh: `公布值 ${published} 带修饰词“${figure.qualifierWord ?? enumLabel(figure.qualifier, 'zh')}”：测算值不在 ${intervalText(interval)} 之内时标记。`,
          en: `published as ${figure.qualifier}: flagged when the measure lies outside ${intervalText(interval)}`,
        });
  if (measured == null) {
    return {
      published,
      measured,
      difference: null,
      differencePercent: null,
      flagged: true,
      rule,
      interval,
    };
  }
  // An exact figure is one number; a rounded or qualified one is its interval, and the measure is as
  // far from it as from the end it passes (0 within it).
  const { difference, from } = exact
    ? { difference: measured - published, from: published }
    : beyond(interval, measured);
  const differencePercent = from
    ? (100 * difference) / Math.abs(from)
    : difference === 0
      ? 0
      : null;
  const pastTolerance = Math.abs(difference) > (Math.abs(published) * tolerancePercent) / 100;
  return {
    published,
    measured,
    difference: round(difference),
    differencePercent: differencePercent == null ? null : round(differencePercent),
    flagged: exact ? pastTolerance : !contains(interval, measured),
    rule,
    interval,
  };
}

/**
 * Why a figure is not set beside a measure, or null when it is: a plan counts nothing yet, a
 * dimension of the documents that the registry does not have yields no cell, a flow whose period
 * has no start cannot be measured over the same period, and a period not begun holds nothing yet.
 */
function notComparable(figure: Figure, now: string): Bilingual | null {
  const definition = indicatorMeasures[figure.indicator]!;
  if (figure.kind !== 'REPORTED') {
    const plan = figure.kind === 'PLANNED';
    return {
      zh: `该数字是${plan ? '计划' : '公告'}，不是计数：目前还没有可与之比较的测算值。`,
      en: `The figure is ${plan ? 'a plan' : 'an announcement'}, not a count: there is nothing to measure it against yet.`,
    };
  }
  // The registry measures a region, not one body of it: a hospital's own models are its own.
  if (figure.scopeInstitutionId) {
    return {
      zh: '该数字只是一个机构自身的数量，登记库的测算值是全地区的：两者不可对照。',
      en: "The figure is one institution's own number, and the registry measures the whole region: the two cannot be set side by side.",
    };
  }
  if (
    figure.breakdownDimension &&
    dimensionColumn(figure.breakdownDimension as Exclude<Dimension, 'YEAR'>, definition.base) ==
      null
  ) {
    return {
      zh: `登记库没有“${enumLabel(figure.breakdownDimension, 'zh')}”这一维度，无法统计其中的“${enumLabel(figure.breakdownValue, 'zh')}”部分。`,
      en: `The registry has no ${figure.breakdownDimension} to count the part ${figure.breakdownValue} by.`,
    };
  }
  if (isFlowIndicator(figure.indicator) && figure.periodStart == null) {
    return {
      zh: `${indicatorInChinese(figure.indicator)}是一段时期内的累计量，而来源未说明这一时期从何时开始：登记库没有覆盖同一时期的累计量。`,
      en: `${figure.indicator} adds up over a period, and the source does not say when this one began: no flow of the registry covers the same period.`,
    };
  }
  // Refused as a write since; a figure stored before is listed with why, never failing the rest.
  if (figure.periodStart != null && startsAfter(figure.periodStart, figure.asOf)) {
    return {
      zh: `其统计期始于 ${figure.periodStart}，晚于其日期 ${figure.asOf}：这一时期没有可计的量。`,
      en: `Its period starts in ${figure.periodStart}, after its date, ${figure.asOf}: there is nothing to count in it.`,
    };
  }
  if (figure.periodStart != null && figure.periodStart > now.slice(0, figure.periodStart.length)) {
    return {
      zh: `其统计期始于 ${figure.periodStart}，晚于今天：尚无任何计数。`,
      en: `Its period starts in ${figure.periodStart}, after today: nothing has counted yet.`,
    };
  }
  return null;
}

const notCompared = (figure: Figure, reason: Bilingual): DataQualityCheck => ({
  figure,
  indicator: { code: figure.indicator },
  published: Number(figure.value),
  measuredAsOf: null,
  measuredSince: null,
  measured: null,
  demoShare: null,
  restsMostlyOnDemo: false,
  difference: null,
  differencePercent: null,
  flagged: false,
  rule: inBoth({ zh: '未作对照。', en: 'not compared' }),
  compared: false,
  notComparedReason: inBoth(reason),
  interval: intervalOf(
    Number(figure.value),
    figure.qualifier,
    figure.roundedTo == null ? null : Number(figure.roundedTo),
  ),
});

/** The tolerance of `dataQuality` when none is asked, and of `Measure.checkedAgainst`. */
export const DEFAULT_TOLERANCE_PERCENT = 5;

/**
 * Every published figure of an indicator the registry also measures, beside the measure of the
 * same scope (its part of a total, its programme) as of the figure's own date: the registry as it
 * stood then, not as it stands today. A cumulative figure ("since 2013") is beside the flow from its
 * period's start to its date. The figures that cannot be compared are listed with why. All the
 * measures in one statement.
 */
export async function dataQuality(
  db: DataSource,
  tolerancePercent: number,
): Promise<DataQualityCheck[]> {
  if (!(tolerancePercent >= 0 && tolerancePercent <= 100)) {
    throw badUserInput('tolerancePercent', {
      zh: '须在 0 到 100 之间。',
      en: 'must be between 0 and 100.',
    });
  }
  const figures = await db
    .getRepository(FigureEntity)
    .createQueryBuilder('f')
    .where('f.withdrawn_at IS NULL')
    .orderBy('f.indicator')
    .addOrderBy('f.as_of')
    .addOrderBy('f.id')
    .getMany();
  return checkFigures(db, figures, tolerancePercent);
}

/** The checks of the given figures, those of indicators the registry measures, in their order. */
export async function checkFigures(
  db: DataSource,
  published: Figure[],
  tolerancePercent: number,
): Promise<DataQualityCheck[]> {
  const figures = published.filter((figure) => indicatorMeasures[figure.indicator]);
  const now = today();
  const reasons = new Map(figures.map((figure) => [figure, notComparable(figure, now)]));
  const compared = figures.filter((figure) => reasons.get(figure) == null);
  // A figure dated after today (a plan's year) is compared with today's registry.
  const asOf = (figure: Figure) =>
    figure.asOf > now.slice(0, figure.asOf.length) ? null : figure.asOf;
  const key = (figure: Figure) =>
    `${figure.indicator}/${figure.breakdownDimension ?? ''}/${asOf(figure) ?? ''}/${figure.periodStart ?? ''}/${figure.scopeProgramId ?? ''}`;
  const queries = new Map<string, MeasureQuery>();
  for (const figure of compared) {
    queries.set(key(figure), {
      indicator: figure.indicator,
      by: figure.breakdownDimension ? [figure.breakdownDimension as Dimension] : [],
      asOf: asOf(figure),
      since: figure.periodStart,
      scope: { programId: figure.scopeProgramId },
    });
  }
  const measured = new Map([...queries.keys()].map((k, i) => [k, i]));
  const results = await measureMany(db, [...queries.values()]);
  return figures.map((figure) => {
    const reason = reasons.get(figure);
    if (reason != null) return notCompared(figure, reason);
    const result = results[measured.get(key(figure))!]!;
    const cell = figure.breakdownDimension
      ? result.breakdown.find((c) => c.keys[0]?.value === figure.breakdownValue)
      : result;
    const value = figure.breakdownDimension ? (cell?.value ?? 0) : result.value;
    // An agreement with a measure built on demo records confirms nothing: it says so.
    const demoShare = cell?.demoShare ?? null;
    return {
      figure,
      indicator: { code: figure.indicator },
      measuredAsOf: result.asOf,
      measuredSince: result.since,
      demoShare,
      restsMostlyOnDemo: restsMostlyOnDemo(demoShare),
      compared: true,
      notComparedReason: null,
      ...compare(figure, value, tolerancePercent),
    };
  });
}
