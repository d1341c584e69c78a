import { messageIn } from '../../../shared/bilingual.js';

export { messageIn };

/** The languages the dashboard speaks: every word it shows exists in both. */
export type Language = 'zh' | 'en';

/**
 * A message of the API (Chinese, then English) in the page's language, with the indicator codes it
 * names (`FUNDING_YUAN 是一段时期内的累计量`) said by their names: a reader of the dashboard is never
 * shown a code.
 */
export function reasonIn(
  message: string | null | undefined,
  indicators: readonly { code: string; name: string; nameZh: string }[],
  language: Language,
): string {
  // In Chinese the spaces that set a code apart from the characters go with it: quotes do that.
  return messageIn(message ?? '', language).replace(
    /( ?)\b([A-Z][A-Z0-9_]+)\b( ?)/g,
    (whole, before, code, after) => {
      const indicator = indicators.find((i) => i.code === code);
      if (!indicator) return whole;
      return language === 'zh' ? `“${indicator.nameZh}”` : `${before}“${indicator.name}”${after}`;
    },
  );
}
