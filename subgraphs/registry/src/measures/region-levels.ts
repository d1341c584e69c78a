import { indicatorInChinese } from '../../../indicator-catalog.js';
import { inBoth } from '../../../../shared/bilingual.js';
import type { AdministrativeLevel, Region } from '../../../regions.js';
import { notComputable } from './measure-results.js';
import type { Measure } from './measure-types.js';

/**
 * Indicators that count what only some levels of region are divided into. Prefecture-level cities
 * (地级市) divide provinces and autonomous regions; a municipality's districts and a new area's
 * counties are not prefectures, and its institutions' one city would count as one "prefecture".
 */
const levelsOf: Record<string, readonly AdministrativeLevel[]> = {
  PREFECTURES_COVERED: ['PROVINCE', 'AUTONOMOUS_REGION'],
};

export const levelWords: Record<AdministrativeLevel, { zh: string; en: string }> = {
  MUNICIPALITY: { zh: '直辖市', en: 'a municipality' },
  PROVINCE: { zh: '省', en: 'a province' },
  AUTONOMOUS_REGION: { zh: '自治区', en: 'an autonomous region' },
  NEW_AREA: { zh: '国家级新区', en: 'a state-level new area' },
};

/** Whether the indicator counts something the region's level is divided into. */
export const appliesToRegion = (region: Region, indicator: string) =>
  levelsOf[indicator]?.includes(region.level) ?? true;

/**
 * Why the indicator does not apply to the region, in English: a write's problem, which the writes'
 * catalog puts in Chinese (writes/messages-zh.ts).
 */
export const notApplicableMessage = (region: Region, indicator: string) =>
  `${indicator} does not apply to ${region.nameEn}: ${region.nameEn} is ${levelWords[region.level].en}, with no prefecture-level cities`;

/** The measure of an indicator that does not apply to the region's level, with why; null where it does. */
export function notForRegion(region: Region, indicator: string): Measure | null {
  if (appliesToRegion(region, indicator)) return null;
  const level = levelWords[region.level];
  return {
    ...notComputable(indicator),
    reason: inBoth({
      zh: `${region.nameZh}是${level.zh}，下辖没有地级市：${indicatorInChinese(indicator)}不适用于该地区。`,
      en: `${region.nameEn} is ${level.en}, with no prefecture-level cities: ${indicator} does not apply to it.`,
    }),
  };
}
