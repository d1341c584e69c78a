import { el } from './dom.js';
import { t, type Language } from './i18n.js';
import { reasonIn } from './language.js';
import { keyIndicators, type NationalData, type NationalRegistry } from './queries.js';
import { asOfMark, demoMark, type ViewContext } from './target-card.js';
import {
  nationalTotal,
  totalHeading,
  type IndicatorKind,
  type NationalTotal,
} from '../../../shared/national-total.js';
import { rateAtBestYear, rateYearsOf } from '../../../shared/rate-years.js';
import { formatValue } from './units.js';

/**
 * The national table's last row: the regions' values added up, with who is left out and why, and
 * the same sums as the report's (shared/national-total.ts), where a region's cells show its own.
 */

/**
 * The regions' certified workers per 10,000 residents added up, under their count's total: over
 * the year-end most regions published a population for, as the report adds it up (rateAtBestYear).
 */
function perResidentsTotal(
  data: NationalData,
  context: ViewContext,
  regionName: (r: NationalRegistry) => string,
) {
  const code = 'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS';
  const { language } = context;
  const total = nationalTotal(
    'RATE',
    rateAtBestYear(
      data.registries.map((registry) => {
        const series = registry[`${code}_years`];
        const answered = registry.targets !== null;
        return {
          region: regionName(registry),
          measure: answered ? (registry[code] ?? null) : null,
          years: answered && series?.computable ? rateYearsOf(series.breakdown) : null,
        };
      }),
    ),
  );
  const said = (message: string | null) => reasonIn(message, data.indicators, language);
  return el(
    'div',
    { class: 'per-residents' },
    el(
      'div',
      { class: 'label per-residents-heading' },
      `${t('perResidents', language)} · ${totalHeading(total, language)}`,
    ),
    ...totalLines(total, null, said, language),
  );
}

/** A total's value with its demo share and day, or why it has none; then who it leaves out, and why. */
function totalLines(
  total: NationalTotal,
  unit: string | null | undefined,
  said: (message: string | null) => string,
  language: Language,
) {
  return [
    total.value == null
      ? el('div', { class: 'blank' }, said(total.reason))
      : el(
          'div',
          {},
          formatValue(total.value, unit, language),
          demoMark(total.demoShare, language),
          asOfMark(total.asOf),
        ),
    ...total.leftOut.map(({ region, reason }) =>
      el(
        'div',
        { class: 'partial' },
        `${t('leftOut', language)}${region}${language === 'zh' ? '：' : ': '}${said(reason)}`,
      ),
    ),
  ];
}

/**
 * The total row: each key indicator added up as the report adds it up (shared/national-total.ts),
 * headed by how many regions it adds and leaves out, with the day it is as of and why a region is
 * left out. It is never called national: the federation's regions are six of China's.
 */
export function totalsRow(
  data: NationalData,
  context: ViewContext,
  regionName: (r: NationalRegistry) => string,
) {
  const { language } = context;
  const indicator = (code: string) => data.indicators.find((i) => i.code === code);
  const said = (message: string | null) => reasonIn(message, data.indicators, language);
  return el(
    'tr',
    { class: 'totals' },
    el('th', {}, t('total', language)),
    ...keyIndicators.map((code) => {
      const total = nationalTotal(
        (indicator(code)?.kind ?? 'COUNT') as IndicatorKind,
        data.registries.map((registry) => ({
          region: regionName(registry),
          measure: registry.targets === null ? null : (registry[code] ?? null),
        })),
      );
      return el(
        'td',
        { 'data-indicator': code },
        el('div', { class: 'label total-heading' }, totalHeading(total, language)),
        ...totalLines(total, indicator(code)?.unit, said, language),
        code === 'CERTIFIED_SOCIAL_WORKERS' ? perResidentsTotal(data, context, regionName) : null,
      );
    }),
    el('td', {}),
  );
}
