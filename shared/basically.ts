import type { Bilingual } from './bilingual.js';

/**
 * What a reader is told of a target to be reached basically (基本实现): its threshold is a share of
 * it that the indicator catalog sets by convention (90% unless the indicator sets another), since
 * no policy sentence says one. Plain data: the dashboard's browser bundle imports it too.
 */

/** The status rules whose words name the threshold, where that share is said. */
const reasonsNamingThreshold: ReadonlySet<string> = new Set([
  'TARGET_BASICALLY_REACHED',
  'PROJECTED_TO_REACH',
  'PROJECTED_SHORT_WITHIN_TOLERANCE',
  'PROJECTED_SHORT',
]);

const basicallyConvention = (percent: number): Bilingual => ({
  zh: `“基本实现”按指标目录的约定以目标的 ${percent}% 为门槛。`,
  en: `"Basically" (基本实现) is taken as ${percent}% of the target, the catalog's convention.`,
});

/** The sentence a reason's words end with, or null where its rule names no share of a target. */
export const conventionOf = (reason: {
  code: string;
  basicallyPercent?: number | null;
}): Bilingual | null =>
  reason.basicallyPercent != null && reasonsNamingThreshold.has(reason.code)
    ? basicallyConvention(reason.basicallyPercent)
    : null;
