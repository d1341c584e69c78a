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
import { namesCertificates, undatedWords } from '../../../shared/inferred-day-words.js';
import { formatValue, readable } from './units.js';

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
  const added = rateAtBestYear(
    data.registries.map((registry) => {
      const series = registry[`${code}_years`];
      const answered = registry.targets !== null;
      return {
        region: regionName(registry),
        measure: answered ? (registry[code] ?? null) : null,
        years: answered && series?.computable ? rateYearsOf(series.breakdown) : null,
      };
    }),
  );
  const total = nationalTotal('RATE', added);
  const said = (message: string | null) => reasonIn(message, data.indicators, language);
  // The population each region's own cell divides by, which names its source.
  const cellPopulation = new Map(
    data.registries.map((r) => [regionName(r), r[code]?.denominatorFigure?.asOf ?? null]),
  );
  // The population of the year-end the total adds up; none where a region's own rate is added.
  const addedPopulation = new Map(added.map((r) => [r.region, r.measure?.populationAsOf ?? null]));
  const elsewhere = total.included.filter(
    (r) => addedPopulation.get(r) != null && addedPopulation.get(r) !== cellPopulation.get(r),
  );
  const year = total.included.map((r) => addedPopulation.get(r)?.slice(0, 4)).find(Boolean);
  return el(
    'div',
    { class: 'per-residents' },
    el(
      'div',
      { class: 'label per-residents-heading' },
      `${t('perResidents', language)} · ${totalHeading(total, language)}`,
    ),
    ...totalLines(total, null, said, language),
    total.value == null ? null : totalPopulationLine(total, year ?? null, elsewhere, language),
  );
}

/**
 * What the total divides by, and where it was read: the year-end populations of the regions it
 * adds, each region's source named in its own cell where that cell divides by the same one; the
 * others' in the report's About sheet (its total's populations), which the page has no room for.
 */
function totalPopulationLine(
  total: NationalTotal,
  year: string | null,
  elsewhere: string[],
  language: Language,
) {
  const regions = total.included.length;
  const sum = readable(total.denominator!);
  const zh = () => {
    const added = `${year ? `${year} 年末` : ''}常住人口，${regions} 个地区之和 ${sum}；出处见各地区单元格的“人口来源”`;
    if (!elsewhere.length) return added;
    return `${added}，但${elsewhere.join('、')}的单元格用的是另一年份的人口，其 ${year} 年末人口的出处见报告的“说明”表`;
  };
  const en = () => {
    const added = `the resident populations${year ? ` at the end of ${year}` : ''}, ${sum} for the ${regions} regions; each one's source is under its own cell`;
    if (!elsewhere.length) return added;
    if (elsewhere.length === 1)
      return `${added}, except ${elsewhere[0]}, whose cell divides by another year's: the source of its end-of-${year} one is on the report's About sheet`;
    return `${added}, except ${elsewhere.join(', ')}, whose cells divide by another year's: the sources of their end-of-${year} ones are on the report's About sheet`;
  };
  return el(
    'div',
    { class: 'population-source total-population' },
    el('span', { class: 'label' }, t('populationSource', language)),
    ' ',
    language === 'zh' ? zh() : en(),
  );
}

const capitalized = (words: string) => words[0]!.toUpperCase() + words.slice(1);

/**
 * A total's value with its demo share and day, or why it has none; how many of its records are
 * counted from an inferred day, as the report's note says it; then who it leaves out, and why.
 */
function totalLines(
  total: NationalTotal,
  unit: string | null | undefined,
  said: (message: string | null) => string,
  language: Language,
  certificates = false,
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
    total.value != null && total.undated
      ? el(
          'div',
          { class: 'undated-total' },
          // A line of its own: "Of which …" in English, where the report goes on after a comma.
          capitalized(undatedWords(total.undated, language, { certificates })),
        )
      : null,
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
        ...totalLines(total, indicator(code)?.unit, said, language, namesCertificates(code)),
        code === 'CERTIFIED_SOCIAL_WORKERS' ? perResidentsTotal(data, context, regionName) : null,
      );
    }),
    el('td', {}),
  );
}
