import { chineseEnd } from '../shared/bilingual.js';
import { indicatorCatalog } from '../subgraphs/indicator-catalog.js';

/** The Chinese a message falls back to when no catalog knows it (gateway/src/messages-zh.ts). */
const fallback = '详见后面的英文说明';

/** A catalog code not set after the indicator's Chinese name, `“持证社会工作者”（CODE）`. */
const codeAlone = new RegExp(`(?<!”（)\\b(?:${indicatorCatalog.map((i) => i.code).join('|')})\\b`);

/**
 * What is wrong with a message that should say its own Chinese first, once, naming an indicator by
 * its Chinese name, and then its English with no Chinese in it but what it quotes; null when nothing
 * is.
 */
export function notChineseThenEnglish(message: string): string | null {
  const end = chineseEnd(message);
  if (end <= 0) return 'says no Chinese first';
  const [zh, en] = [message.slice(0, end + 1), message.slice(end + 1)];
  if (zh.includes(fallback)) return 'says only the Chinese of its code';
  if (codeAlone.test(zh)) return 'names an indicator by its code alone in its Chinese';
  if (!/^[A-Za-z"$`]/.test(en)) return 'has no English after its Chinese';
  if (/\p{Script=Han}|。/u.test(en.replace(/"(?:[^"\\]|\\.)*"/g, '""')))
    return 'says Chinese again in its English';
  return null;
}
