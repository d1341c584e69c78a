import { dateWords } from '../../../shared/date-words.js';
import { t, withInferred, type Language } from './i18n.js';

/**
 * What a target card and the report's notes say of the policy that sets a target: when it was
 * issued, which is what dates a target whose document prints no date (Beijing's opinion, issued in
 * 2020 by an inference), and its title where a page reports it under a headline of its own.
 */

/**
 * When a policy was issued, marked where its document does not print it (印发于 2020 年（推定）), and
 * by how many bodies where a page counts them without naming them (5 部门联合印发（未具名）). A count
 * read on the page that cites the document's title (`titleCitedIn`) is of this document only as far
 * as the title is, an inference: marked so.
 */
export function issuedWords(
  policy: {
    issuedOn?: string | null;
    issuedOnInferred?: boolean | null;
    issuerCount?: number | null;
    titleCitedIn?: unknown;
  },
  language: Language,
): string | null {
  const count = policy.issuerCount;
  const countInferred = policy.titleCitedIn != null;
  const issued = !policy.issuedOn
    ? null
    : withInferred(
        language === 'zh'
          ? `印发于 ${dateWords(policy.issuedOn, 'zh')}`
          : `issued ${dateWords(policy.issuedOn, 'en')}`,
        policy.issuedOnInferred,
        language,
      );
  if (!count) return issued;
  if (language === 'zh')
    return [withInferred(`${count} 部门联合印发（未具名）`, countInferred, language), issued]
      .filter(Boolean)
      .join('，');
  const bodies = withInferred(`jointly by ${count} bodies (not named)`, countInferred, language);
  return issued ? `${issued}, ${bodies}` : `issued ${bodies}`;
}

/**
 * The policy beside the document a target is cited from: its title, where it is named apart
 * (`apartTitle`, in the reader's language), with when it was issued; where the document is the
 * policy itself, only when it was issued. Null where neither is known.
 */
export function policyWords(
  apartTitle: string | null,
  issued: string | null,
  language: Language,
): string | null {
  if (!apartTitle) return issued;
  const after = issued ? `${language === 'zh' ? '，' : ', '}${issued}` : '';
  return `${t('targetPolicy', language)}${apartTitle}${after}`;
}
