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
 * Whether a message already says its Chinese (a sentence ended by 。), so that nothing adds it twice
 * on its way to a caller. A Chinese value quoted in an English message is not that.
 */
export const saysChinese = (message: string): boolean => /\p{Script=Han}[^。]*。/u.test(message);

/** Chinese that the English follows directly ends a sentence. */
const sentence = (zh: string) => (/[。！？]$/.test(zh) ? zh : `${zh}。`);

/**
 * An error whose message, and each of its `problems` (a write's), says its Chinese first where
 * `inChinese` knows it: for messages whose English is a key elsewhere (the import's catalog), and
 * for those of libraries, which cannot say both where they are made.
 */
export function withChinese(
  formatted: GraphQLFormattedError,
  inChinese: (message: string) => string | null,
): GraphQLFormattedError {
  const both = (message: string) => {
    if (saysChinese(message)) return message;
    const zh = inChinese(message);
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
