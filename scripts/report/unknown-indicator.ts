import { closest, distance } from 'fastest-levenshtein';
import { AnswerError } from './format.js';
import type { Language } from './language.js';
import { hasChinese } from '../../shared/bilingual.js';

/** Codes within this many edits of what was typed are offered first. */
const NEAR_EDITS = 6;

/** An indicator of the catalog as the message names it. */
export interface CatalogIndicator {
  code: string;
  name: string;
  nameZh: string;
}

/**
 * The indicators whose Chinese names hold most of the characters typed (持证社工 →
 * 持证社会工作者), the shorter name first among equals.
 */
function byChineseName(typed: string, indicators: CatalogIndicator[]): CatalogIndicator[] {
  const characters = [...new Set(typed)].filter(hasChinese);
  return indicators
    .map((indicator) => ({
      indicator,
      held: characters.filter((c) => indicator.nameZh.includes(c)).length,
    }))
    .filter(({ held }) => held >= Math.ceil(characters.length / 2))
    .sort((a, b) => b.held - a.held || a.indicator.nameZh.length - b.indicator.nameZh.length)
    .map(({ indicator }) => indicator);
}

/** The codes nearest what was typed: by edit distance, or holding it. */
function byCode(code: string, indicators: CatalogIndicator[]): CatalogIndicator[] {
  const holding = indicators.filter((i) => code.length >= 3 && i.code.includes(code));
  const near = indicators
    .map((indicator) => ({ indicator, edits: distance(code, indicator.code) }))
    .filter(({ edits }) => edits <= NEAR_EDITS)
    .sort((a, b) => a.edits - b.edits)
    .map(({ indicator }) => indicator);
  const found = [...new Set([...holding, ...near])];
  if (found.length || !indicators.length) return found;
  const nearest = closest(
    code,
    indicators.map((i) => i.code),
  );
  return indicators.filter((i) => i.code === nearest);
}

/**
 * What to say of an indicator the catalog does not hold: the closest (by its Chinese name when
 * Chinese was typed, else by edit distance or holding what was typed), then every valid code with
 * its name, so that the next try can be right.
 */
export function unknownIndicatorMessage(
  code: string,
  indicators: CatalogIndicator[],
  language: Language,
): string {
  // Codes are upper case: one typed otherwise is compared as it is meant.
  const found = hasChinese(code)
    ? byChineseName(code, indicators)
    : byCode(code.toUpperCase(), indicators);
  const suggestions = found.slice(0, 5);
  const named = (i: CatalogIndicator) =>
    language === 'zh' ? `${i.code}（${i.nameZh}）` : `${i.code} (${i.name})`;
  const sorted = [...indicators].sort((a, b) => a.code.localeCompare(b.code)).map(named);
  // Every message a person reads says its Chinese, in an English report too.
  const missing = `全国指标目录中没有 ${code}。`;
  return language === 'zh'
    ? `${missing}最接近的：${suggestions.map(named).join('、') || '无'}。\n可用的指标代码：\n  ${sorted.join('\n  ')}`
    : `${missing}${code} is not in the national catalog. Closest: ${suggestions.map(named).join(', ') || 'none'}.\nValid indicator codes:\n  ${sorted.join('\n  ')}`;
}

/** The check a report's query runs on its answer: an indicator the catalog lacks is an error that helps. */
export const requireIndicator =
  (code: string, language: Language) =>
  (answer: { indicator: unknown; indicators: CatalogIndicator[] }) => {
    if (!answer.indicator)
      throw new AnswerError(unknownIndicatorMessage(code, answer.indicators, language), true);
  };
