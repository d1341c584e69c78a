import { indicatorCatalog } from '../../../indicator-catalog.js';
import type { Region } from '../../../regions.js';
import { appliesToRegion, notApplicableMessage } from '../measures/region-levels.js';
import type { Problem } from './validation.js';
import { unitWord } from '../../../../shared/unit-words.js';

/**
 * A value as its indicator's kind allows (a percentage from 0 to 100, a count whole and not
 * negative, an amount not negative) and its unit the catalog's: a figure of 4,500 "kg" for a
 * percentage is refused, not shown on a dashboard. The unit may be left out; it is the catalog's.
 */
export function catalogRules(
  record: { indicator: string; unit?: string | null },
  values: Record<string, unknown>,
): Problem[] {
  const indicator = indicatorCatalog.find((i) => i.code === record.indicator);
  if (!indicator) return [];
  const problems: Problem[] = [];
  // The unit as the catalog spells it or as a Chinese reader writes it (人 for persons): either is
  // the catalog's, which is what is stored.
  const chinese = unitWord(indicator.unit, 'zh');
  if (record.unit != null && record.unit !== indicator.unit && record.unit !== chinese) {
    problems.push({
      path: 'unit',
      message: `must be "${indicator.unit}" or "${chinese}", the catalog's unit of ${indicator.code} (or left out)`,
    });
  }
  for (const [path, value] of Object.entries(values)) {
    if (typeof value !== 'number') continue;
    if (indicator.kind === 'RATIO' && !(value >= 0 && value <= 100))
      problems.push({
        path,
        message: `must be a percentage from 0 to 100: ${indicator.code} is a ratio`,
      });
    if (indicator.kind === 'COUNT' && !(Number.isInteger(value) && value >= 0))
      problems.push({
        path,
        message: `must be a whole number, not negative: ${indicator.code} counts ${indicator.unit}`,
      });
    if ((indicator.kind === 'AMOUNT' || indicator.kind === 'RATE') && !(value >= 0))
      problems.push({ path, message: `must not be negative` });
  }
  return problems;
}

/**
 * An indicator the region's level has nothing to count for (prefectures in a municipality) is refused
 * for a figure or a target: its measure answers "does not apply", and a target on it could never be
 * measured.
 */
export const regionRules = (region: Region, record: { indicator: string }): Problem[] =>
  appliesToRegion(region, record.indicator)
    ? []
    : [{ path: 'indicator', message: notApplicableMessage(region, record.indicator) }];

/** The unit a figure or target is stored with: the catalog's. */
export const catalogUnit = (indicator: string) =>
  indicatorCatalog.find((i) => i.code === indicator)!.unit;
