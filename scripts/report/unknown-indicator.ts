import { closest, distance } from 'fastest-levenshtein';
import type { Language } from './language.js';

/** Codes within this many edits of what was typed are offered first. */
const NEAR_EDITS = 6;

/**
 * What to say of an indicator code the catalog does not hold: the closest codes (by edit distance,
 * or holding what was typed), then every valid code, so that the next try can be right.
 */
export function unknownIndicatorMessage(code: string, codes: string[], language: Language): string {
  const holding = codes.filter((c) => code.length >= 3 && c.includes(code));
  const near = [...codes]
    .map((c) => ({ c, edits: distance(code, c) }))
    .filter(({ edits }) => edits <= NEAR_EDITS)
    .sort((a, b) => a.edits - b.edits)
    .map(({ c }) => c);
  const suggestions = [...new Set([...holding, ...near])].slice(0, 5);
  if (!suggestions.length && codes.length) suggestions.push(closest(code, codes));
  const sorted = [...codes].sort();
  return language === 'zh'
    ? `全国指标目录中没有 ${code}。最接近的：${suggestions.join('、')}。\n可用的指标代码：\n  ${sorted.join('\n  ')}`
    : `${code} is not in the national catalog. Closest: ${suggestions.join(', ')}.\nValid indicator codes:\n  ${sorted.join('\n  ')}`;
}

/** The check a report's query runs on its answer: an indicator the catalog lacks is an error that helps. */
export const requireIndicator =
  (code: string, language: Language) =>
  (answer: { indicator: unknown; indicators: { code: string }[] }) => {
    if (!answer.indicator)
      throw new Error(
        unknownIndicatorMessage(
          code,
          answer.indicators.map((i) => i.code),
          language,
        ),
      );
  };
