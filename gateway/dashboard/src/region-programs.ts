import { el } from './dom.js';
import { enumLabel } from '../../../shared/enum-labels.js';
import { t } from './i18n.js';
import type { RegionRegistry } from './queries.js';
import type { ViewContext } from './target-card.js';
import { formatValue } from './units.js';

/**
 * A region's programmes, a row each: name, kind, role, year and funding, the funding and the
 * source opening the sentence and document they are read from.
 */

/**
 * A programme's name with its batch where the name does not say it: Beijing's list of 2023 is its
 * third batch (2023年北京市医务社工多元培育服务项目（第 3 批）), as are the projects on it.
 */
function programName(
  node: { name: string; nameEn?: string | null; batch?: string | null },
  language: 'zh' | 'en',
): string {
  if (language === 'en' && node.nameEn) return node.nameEn;
  const { batch } = node;
  // A name that says a batch already (首批…, 第二批…) needs none after it.
  if (batch == null || /第\s*[\d一二三四五六七八九十]+\s*批|首批/.test(node.name)) return node.name;
  // A batch is published as its number (3 for 第三批), or in words of its own (第二批).
  if (!/^\d+$/.test(batch))
    return language === 'zh' ? `${node.name}（${batch}）` : `${node.name} (${batch})`;
  return language === 'zh' ? `${node.name}（第 ${batch} 批）` : `${node.name} (batch ${batch})`;
}

/**
 * When a programme ran: its year, or the period its record gives (the "three areas" plan's funding
 * is the total since 2013, never one year's); a dash where neither is known.
 */
function when(
  node: { year?: number | null; periodStart?: string | null; periodEnd?: string | null },
  language: 'zh' | 'en',
) {
  const { year, periodStart: start, periodEnd: end } = node;
  if (year != null) return String(year);
  if (start != null && end != null) return `${start}–${end}`;
  if (start != null) return language === 'zh' ? `${start} 起` : `since ${start}`;
  if (end != null) return language === 'zh' ? `至 ${end}` : `to ${end}`;
  return '—';
}

export function programRows(registry: RegionRegistry, context: ViewContext) {
  const { language } = context;
  return (registry.programs?.edges ?? []).map(({ node }) => {
    const sourced = (value: number) => ({
      value,
      unit: 'yuan',
      asOf: node.year != null ? String(node.year) : (node.periodEnd ?? ''),
      quote: node.quote,
      source: node.source,
    });
    const funding = formatValue(node.fundingYuan, 'yuan', language);
    return el(
      'tr',
      {},
      el('td', { class: 'program-name' }, programName(node, language)),
      el('td', {}, enumLabel(node.kind, language)),
      el('td', {}, enumLabel(node.role, language)),
      el('td', {}, when(node, language)),
      el(
        'td',
        {},
        node.fundingYuan != null && node.quote
          ? el(
              'a',
              {
                href: '#',
                class: 'figure-link',
                onclick: (e) => (
                  e.preventDefault(),
                  context.showSource(sourced(node.fundingYuan!))
                ),
              },
              funding,
            )
          : funding,
      ),
      el(
        'td',
        {},
        node.quote
          ? el(
              'a',
              {
                href: '#',
                class: 'quote-link',
                onclick: (e) => (e.preventDefault(), context.showSource(sourced(NaN))),
              },
              t('source', language),
            )
          : '',
      ),
    );
  });
}
