import { dateWords } from '../../../shared/date-words.js';
import { printedName } from '../../../shared/bilingual.js';
import { t, withInferred, type Language } from './i18n.js';

/**
 * What a target card and the report say of the policy that sets a target: who issued it, when,
 * which is what dates a target whose document prints no date (Beijing's opinion, issued in 2020 by
 * an inference), and its title where a page reports it under a headline of its own.
 */

/** A policy as the words below read it: when it was issued, and by whom. */
export interface PolicyIssue {
  issuedOn?: string | null;
  issuedOnInferred?: boolean | null;
  issuers?: readonly string[] | null;
  issuersEn?: readonly string[] | null;
  issuerCount?: number | null;
  titleCitedIn?: unknown;
}

/**
 * Who issued a policy: the bodies its page names (on an English page in English, the original in
 * brackets, as `printedName` gives a title: Guangxi's three), or how many where the page counts
 * more than it names (5 部门联合印发（未具名）). A count read on the page that cites the document's
 * title (`titleCitedIn`) is of this document only as far as the title is, an inference: marked so.
 * Null where neither is known.
 */
export function issuerWords(policy: PolicyIssue, language: Language): string | null {
  const named = (policy.issuers ?? []).map((issuer, i) =>
    printedName(issuer, policy.issuersEn?.[i], language),
  );
  const count = policy.issuerCount && policy.issuerCount > named.length ? policy.issuerCount : null;
  const countInferred = policy.titleCitedIn != null;
  if (language === 'zh') {
    const names = named.join('、');
    if (!count) return named.length ? `${names}${named.length > 1 ? '联合' : ''}印发` : null;
    const counted = named.length
      ? `${names}等 ${count} 部门联合印发`
      : `${count} 部门联合印发（未具名）`;
    return withInferred(counted, countInferred, language);
  }
  const names =
    named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : (named[0] ?? '');
  if (!count) return named.length ? `${named.length > 1 ? 'jointly ' : ''}by ${names}` : null;
  const counted = named.length
    ? `jointly by ${count} bodies, among them ${names}`
    : `jointly by ${count} bodies (not named)`;
  return withInferred(counted, countInferred, language);
}

/**
 * When a policy was issued, marked where its document does not print it (印发于 2020 年（推定）),
 * and by whom (issuerWords): 5 部门联合印发（未具名）（推定），印发于 2020 年（推定）.
 */
export function issuedWords(policy: PolicyIssue, language: Language): string | null {
  const bodies = issuerWords(policy, language);
  const issued = !policy.issuedOn
    ? null
    : withInferred(
        language === 'zh'
          ? `印发于 ${dateWords(policy.issuedOn, 'zh')}`
          : `issued ${dateWords(policy.issuedOn, 'en')}`,
        policy.issuedOnInferred,
        language,
      );
  if (!bodies) return issued;
  if (language === 'zh') return [bodies, issued].filter(Boolean).join('，');
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
