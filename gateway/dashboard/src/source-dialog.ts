import { el } from './dom.js';
import { t, type Language } from './i18n.js';
import type { SourcedValue } from './target-card.js';
import { formatValue } from './units.js';

/**
 * The ways a source sentence may write a value: 88200, 88,200, 8.82万; the longest found is
 * highlighted, so that a reader sees which words the number comes from.
 */
function spellings(value: number): string[] {
  if (!Number.isFinite(value)) return [];
  const plain = String(Math.round(value * 100) / 100);
  const grouped = value.toLocaleString('en-US');
  const wan = value >= 10000 ? [`${Math.round((value / 10000) * 100) / 100}万`] : [];
  return [...new Set([...wan, grouped, plain])];
}

/** The quote with the figure's first mention marked; the text is set as text, never parsed. */
export function quoteWithFigure(quote: string, value: number): HTMLElement {
  const found = spellings(value)
    .map((spelling) => ({ spelling, at: quoteIndex(quote, spelling) }))
    .find(({ at }) => at >= 0);
  if (!found) return el('blockquote', { id: 'quote', lang: 'zh' }, quote);
  const end = found.at + found.spelling.length;
  return el(
    'blockquote',
    { id: 'quote', lang: 'zh' },
    quote.slice(0, found.at),
    el('mark', {}, quote.slice(found.at, end)),
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
          formatValue(figure.value, figure.unit, language),
          ` · ${figure.asOf}`,
        ),
    source
      ? el(
          'div',
          { class: 'document' },
          el('p', { class: 'document-title' }, el('strong', {}, source.title)),
          el(
            'dl',
            {},
            detail('publisher', source.publisher),
            detail('reprintedFrom', source.reprintedFrom),
            detail('publishedOn', source.publishedOn),
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
