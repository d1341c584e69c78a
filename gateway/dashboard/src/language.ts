import { messageIn, reasonIn } from '../../../shared/bilingual.js';

export { messageIn, reasonIn };

/** The languages the dashboard speaks: every word it shows exists in both. */
export type Language = 'zh' | 'en';

/**
 * The messages of an answer's errors in the page's language, each once: a region's database away
 * fails every field of it with the same message, which the page says once, not fifteen times.
 */
export function saidOnce(errors: readonly { message: string }[], language: Language): string {
  return [...new Set(errors.map((error) => messageIn(error.message, language)))].join('; ');
}
