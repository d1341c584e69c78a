import type { GraphQLFormattedError } from 'graphql';

/**
 * What a person reads, in Chinese and in English. The federation's users are Chinese; its API's
 * programs and logs have spoken English. A message of the API says both, Chinese first, as the
 * servers' other answers do (shared/http-answers.ts): `参数有误。The argument is wrong.`
 */
export interface Bilingual {
  /** Ends with its own punctuation (。), so that the English follows it directly. */
  zh: string;
  en: string;
}

export const inBoth = ({ zh, en }: Bilingual): string => `${zh}${en}`;

/**
 * Several messages said as one: the Chinese one sentence, its clauses apart by ；, since a reader
 * takes a message's Chinese to its first 。 (chineseEnd) and would read the rest as its English.
 */
export const saidTogether = (messages: readonly Bilingual[]): Bilingual => ({
  zh: `${messages.map((m) => m.zh.replace(/。$/, '')).join('；')}。`,
  en: messages.map((m) => m.en).join(' '),
});

/** Whether a text holds a Chinese character (a han ideograph). */
export const hasChinese = (text: string) => /\p{Script=Han}/u.test(text);

/**
 * Where the Chinese a message says first ends: its first 。, when Chinese comes before it, quoted
 * text set aside (a message quotes what a caller sent, which may be Chinese and hold a 。, in "…"
 * in the English and “…” in the Chinese); -1 when the message does not say its Chinese first.
 * Linear in the message's length, for messages quote what callers send.
 */
export function chineseEnd(message: string): number {
  let han = false;
  let closing: string | null = null;
  for (let i = 0; i < message.length; i++) {
    const character = message[i]!;
    if (closing) {
      if (character === '\\' && closing === '"') i++;
      else if (character === closing) closing = null;
    } else if (character === '"') closing = '"';
    else if (character === '“') {
      closing = '”';
      han = true;
    } else if (character === '。') return han ? i : -1;
    else if (!han) han = /\p{Script=Han}/u.test(character);
  }
  return -1;
}

/**
 * The Chinese of messages made in English elsewhere (a library's, or one whose English another
 * part reads), each pattern with the words that say it; the first that matches says it.
 */
export type Catalog = [RegExp, (...groups: string[]) => string][];

export function translate(catalog: Catalog, message: string): string | null {
  for (const [pattern, chinese] of catalog) {
    const match = pattern.exec(message);
    if (match) return chinese(...match.slice(1).map((group) => group ?? ''));
  }
  return null;
}

/** Chinese that the English follows directly ends a sentence. */
const sentence = (zh: string) => (/[。！？]$/.test(zh) ? zh : `${zh}。`);

/**
 * An error whose message, and each of its `problems` (a write's), says its Chinese first where
 * `inChinese` knows it: for messages whose English is a key elsewhere (the import's catalog), and
 * for those of libraries, which cannot say both where they are made.
 */
/**
 * The Chinese of an English message, or null where none is known; given the path of the field it
 * is an error of, where the words depend on it (a figure's fields are named as a figure's).
 */
export type MessageInChinese = (
  message: string,
  path?: readonly (string | number)[],
) => string | null;

export function withChinese(
  formatted: GraphQLFormattedError,
  inChinese: MessageInChinese,
): GraphQLFormattedError {
  const both = (message: string) => {
    // Already said in both (a subgraph's, or our own): nothing adds the Chinese twice.
    if (chineseEnd(message) >= 0) return message;
    const zh = inChinese(message, formatted.path);
    return zh ? inBoth({ zh: sentence(zh), en: message }) : message;
  };
  const message = both(formatted.message);
  const problems = formatted.extensions?.problems as { message: string }[] | undefined;
  if (message === formatted.message && !Array.isArray(problems)) return formatted;
  return {
    ...formatted,
    message,
    ...(Array.isArray(problems) && {
      extensions: {
        ...formatted.extensions,
        problems: problems.map((problem) => ({ ...problem, message: both(problem.message) })),
      },
    }),
  };
}

/**
 * A message in the reader's language: the dashboard's page, the report's `--lang`. The API says each in Chinese, then in English
 * (`无法连接天津市登记库子图。The Tianjin subgraph is unreachable.`). A message not so said, or
 * whose Chinese only points to the English after it (one the gateway has no Chinese for), is shown
 * whole.
 */
export function messageIn(message: string, language: 'zh' | 'en'): string {
  const end = chineseEnd(message);
  const [zh, en] = [message.slice(0, end + 1), message.slice(end + 1).trim()];
  if (end < 0 || !en || zh.includes('详见后面的英文说明')) return message;
  return language === 'zh' ? zh : en;
}

/**
 * A name printed in Chinese (an article's title, a newspaper), on an English page in English with
 * the original in brackets, as a bibliography cites a foreign title; as printed where no English
 * was given, and on a Chinese page.
 */
export const printedName = (
  printed: string | null,
  english: string | null | undefined,
  language: 'zh' | 'en',
): string | null => (printed && english && language === 'en' ? `${english} (${printed})` : printed);

/**
 * A source's title as `printedName` gives it, and, where the document prints none, that the one
 * given was made from its text or is read on another page that cites it, named: a reader must not
 * cite it as printed on the document.
 */
export const sourceTitle = (
  source: {
    title: string;
    titleEn?: string | null;
    titleConstructed?: boolean | null;
    titleCitedIn?: { title: string; titleEn?: string | null } | null;
  },
  language: 'zh' | 'en',
): string => {
  const title = printedName(source.title, source.titleEn, language)!;
  // A title another page cites the document by: that page is named, the title not being its own.
  const citedIn = source.titleCitedIn;
  if (citedIn)
    return language === 'zh'
      ? `${title}（原件未印标题，据《${citedIn.title}》一文所引）`
      : `${title} [no title printed; as cited in “${citedIn.titleEn ?? citedIn.title}”]`;
  if (!source.titleConstructed) return title;
  return language === 'zh'
    ? `${title}（原件未印标题，系据正文拟定）`
    : `${title} [no title printed; made from the text]`;
};

/**
 * A message of the API (Chinese, then English) in the reader's language, with the indicators it
 * names by code said by their names alone: a reader of the dashboard or the report is never shown a
 * code. The API's Chinese names one with its code after it, for those who query it
 * (`“投入资金”（FUNDING_YUAN）是一段时期内的累计量`); its English by its code (`FUNDING_YUAN adds up`).
 */
export function reasonIn(
  message: string | null | undefined,
  indicators: readonly { code: string; name: string; nameZh: string }[],
  language: 'zh' | 'en',
): string {
  const named = (code: string) => indicators.find((i) => i.code === code);
  // In Chinese the spaces that set a code apart from the characters go with it: quotes do that.
  return (
    messageIn(message ?? '', language)
      // The API names an indicator already (“投入资金”（FUNDING_YUAN）, "Funding" (FUNDING_YUAN)):
      // its code goes, and the English name takes the quotes the others are given below.
      .replace(/(“[^”]*”)（[A-Z][A-Z0-9_]+）/g, '$1')
      .replace(/"([^"]*)" \([A-Z][A-Z0-9_]+\)/g, '“$1”')
      .replace(/( ?)\b([A-Z][A-Z0-9_]+)\b( ?)/g, (whole, before, code, after) => {
        const indicator = named(code);
        if (!indicator) return whole;
        return language === 'zh' ? `“${indicator.nameZh}”` : `${before}“${indicator.name}”${after}`;
      })
  );
}
