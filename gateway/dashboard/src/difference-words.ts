import type { Language } from './i18n.js';
import { intervalText, type Interval } from '../../../shared/intervals.js';
import { readable } from './units.js';

/** What a data-quality check says of how far its measure is (the API's DataQualityCheck). */
export interface CheckedDifference {
  compared: boolean;
  measured: number | null;
  differencePercent: number | null;
  flagged: boolean;
  interval: Interval;
}

/**
 * How far the measure is from the figure, as the check judged it: in percent of an exact figure,
 * or, for a rounded one (10余, 超9000, 8.82万), whether it lies in the interval the page's words
 * allow, so that "+60%" never stands beside "agrees" for 16 against 十余 (10, 20), and if not, in
 * percent of the end it passes (12,000 against 超9000 is +20% above 10,000, not +33.33%).
 */
export function differenceWords(check: CheckedDifference, language: Language): string {
  const percent =
    check.differencePercent == null
      ? '—'
      : `${check.differencePercent > 0 ? '+' : ''}${check.differencePercent}%`;
  const { interval } = check;
  if (!check.compared || check.measured == null || interval.lower === interval.upper)
    return percent;
  // Its ends grouped as the figure and the measure beside it are (超过130,000 人, 131,200 人).
  const range = intervalText(interval, readable);
  if (!check.flagged) return language === 'zh' ? `在 ${range} 之内` : `within ${range}`;
  // 超9000 is (9000, 10000): a measure of 9,000 is no distance from it, yet outside it.
  if (check.differencePercent === 0)
    return language === 'zh'
      ? `在 ${range} 的端点上，不在区间内`
      : `at an end of ${range}, which it leaves out`;
  const above = interval.upper != null && check.measured >= interval.upper;
  if (language === 'zh')
    return `${percent}（${above ? '高于' : '低于'} ${range} 的${above ? '上' : '下'}端）`;
  return `${percent} (${above ? 'above the upper' : 'below the lower'} end of ${range})`;
}
