import type { Language } from './language.js';

/** Excel allows 31 characters in a sheet's name, none of \ / ? * [ ] : */
export const SHEET_NAME_LIMIT = 31;

/**
 * The data sheet's name: the indicator's name in the report's language (Chinese names are short),
 * else its code where that fits. A name that must be cut is cut with an ellipsis and the reason
 * returned, which the report prints and writes on its About sheet: never cut in silence.
 */
export function sheetName(
  indicator: { code: string; name: string; nameZh: string },
  language: Language,
): { name: string; shortened: string | null } {
  const clean = (text: string) => text.replace(/[\\/?*[\]:]/g, ' ').trim();
  const name = clean(language === 'zh' ? indicator.nameZh : indicator.name);
  if ([...name].length <= SHEET_NAME_LIMIT) return { name, shortened: null };
  if (indicator.code.length <= SHEET_NAME_LIMIT) return { name: indicator.code, shortened: null };
  const cut = cutAtWord([...name].slice(0, SHEET_NAME_LIMIT - 1).join(''), name) + '…';
  return {
    name: cut,
    shortened:
      language === 'zh'
        ? `工作表名称最多 ${SHEET_NAME_LIMIT} 个字符，“${name}”已截为“${cut}”。`
        : `A sheet's name holds at most ${SHEET_NAME_LIMIT} characters: "${name}" is shortened to "${cut}".`,
  };
}

/**
 * A cut name ends at a word's end where it has words: "per 1…" of "per 10,000 residents" reads as
 * per one; "per…" says that something was left out.
 */
function cutAtWord(kept: string, whole: string): string {
  const next = whole.charAt(kept.length);
  if (next === '' || next === ' ') return kept.trimEnd();
  const lastSpace = kept.lastIndexOf(' ');
  return lastSpace > 0 ? kept.slice(0, lastSpace) : kept;
}
