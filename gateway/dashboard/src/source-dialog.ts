import { printedName as printed, sourceTitle } from '../../../shared/bilingual.js';
import { el } from './dom.js';
import { figurePeriod } from './figure-period.js';
import { t, withInferred, type Language } from './i18n.js';
import type { SourcedValue } from './target-card.js';
import { formatFigure } from './units.js';

/**
 * The ways a source sentence may write a value: 88200, 88,200, 8.82万; the longest found is
 * highlighted, so that a reader sees which words the number comes from.
 */
function spellings(value: number): string[] {
  if (!Number.isFinite(value)) return [];
  const plain = String(Math.round(value * 100) / 100);
  const grouped = value.toLocaleString('en-US');
  const inWan = Math.round((value / 10000) * 100) / 100;
  const wan = value >= 10000 ? [`${inWan}万`, `${inWan} 万`] : [];
  return [...new Set([...wan, grouped, plain])];
}

/** The words a page rounds a number with, before it (超过9000) or after it (4000余). */
const QUALIFIER_BEFORE = /(超过|不少于|超|逾|近|约)\s*$/;
const QUALIFIER_AFTER = /^\s*(余|多)/;

/**
 * The quote with the figure's first mention marked, with the word that rounds it (超过9000,
 * 4000余), as the page printed it; the text is set as text, never parsed.
 */
export function quoteWithFigure(quote: string, value: number): HTMLElement {
  const found = spellings(value)
    .map((spelling) => ({ spelling, at: quoteIndex(quote, spelling) }))
    .find(({ at }) => at >= 0);
  if (!found) return el('blockquote', { id: 'quote', lang: 'zh' }, quote);
  const numberEnd = found.at + found.spelling.length;
  const start = found.at - (QUALIFIER_BEFORE.exec(quote.slice(0, found.at))?.[0].length ?? 0);
  const end = numberEnd + (QUALIFIER_AFTER.exec(quote.slice(numberEnd))?.[0].length ?? 0);
  return el(
    'blockquote',
    { id: 'quote', lang: 'zh' },
    quote.slice(0, start),
    el('mark', {}, quote.slice(start, end)),
    quote.slice(end),
  );
}

/** Where a number stands on its own in the quote: 54 in "54家", not in "154" or "5.4". */
function quoteIndex(quote: string, spelling: string): number {
  for (let at = quote.indexOf(spelling); at >= 0; at = quote.indexOf(spelling, at + 1)) {
    const before = quote[at - 1] ?? '';
    const after = quote[at + spelling.length] ?? '';
    if (
      !/[\d.,]/.test(before) &&
      !/^\d|^[.,]\d/.test(after + (quote[at + spelling.length + 1] ?? ''))
    )
      return at;
  }
  return -1;
}

/** The dialog's content: the value, the document's title, publisher, date and address, the quote. */
export function sourceDialogContent(figure: SourcedValue, language: Language): HTMLElement[] {
  const source = figure.source;
  const detail = (label: Parameters<typeof t>[0], value: string | null | undefined) =>
    value ? el('div', {}, el('dt', {}, t(label, language)), el('dd', {}, value)) : null;
  const parts: (HTMLElement | null)[] = [
    el('h3', {}, t('source', language)),
    Number.isNaN(figure.value)
      ? null
      : el(
          'p',
          { class: 'value' },
          // As the page printed it: its qualifier (超过9,000), and the period a flow adds up.
          formatFigure(figure.value, figure.unit, figure.qualifier ?? 'EXACT', language),
          ...(figure.asOf ? [` · ${figurePeriod(figure, language)}`] : []),
        ),
    source
      ? el(
          'div',
          { class: 'document' },
          el('p', { class: 'document-title' }, el('strong', {}, sourceTitle(source, language))),
          el(
            'dl',
            {},
            // A publisher the page does not print is marked as an inferred date is.
            detail(
              'publisher',
              withInferred(
                printed(source.publisher, source.publisherEn, language),
                source.publisherInferred,
                language,
              ),
            ),
            detail(
              'reprintedFrom',
              printed(source.reprintedFrom, source.reprintedFromEn, language),
            ),
            detail(
              'publishedOn',
              withInferred(source.publishedOn, source.publishedOnInferred, language),
            ),
            // A page read on the web (a statistical communiqué) links to where it was read.
            source.url && /^https?:\/\//.test(source.url)
              ? el(
                  'div',
                  {},
                  el('dt', {}, t('readAt', language)),
                  el(
                    'dd',
                    {},
                    el(
                      'a',
                      { href: source.url, target: '_blank', rel: 'noopener noreferrer' },
                      source.url,
                    ),
                  ),
                )
              : null,
          ),
        )
      : null,
    figure.quote ? quoteWithFigure(figure.quote, figure.value) : null,
    el('form', { method: 'dialog' }, el('button', {}, t('close', language))),
  ];
  return parts.filter((part) => part !== null);
}
