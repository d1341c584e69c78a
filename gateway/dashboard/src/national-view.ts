import { el } from './dom.js';
import { t, type Label, type Language } from './i18n.js';
import type { Indicator } from './fragments.js';
import {
  keyIndicators,
  type KeyIndicator,
  type MeasureValue,
  type NationalData,
} from './queries.js';
import {
  asOfMark,
  demoMark,
  indicatorDefiner,
  indicatorNamer,
  statusLine,
  targetCard,
  targetValue,
  type ViewContext,
} from './target-card.js';
import { reasonIn } from './language.js';
import {
  nationalTotal,
  rateAtBestYear,
  rateYearsOf,
  totalHeading,
  type IndicatorKind,
  type NationalTotal,
} from '../../../shared/national-total.js';
import { formatFigure, formatValue } from './units.js';

type Registry = NationalData['registries'][number];

/** The count whose cell also gives it per 10,000 residents: regions differ in size. */
const PER_RESIDENTS_OF: KeyIndicator = 'CERTIFIED_SOCIAL_WORKERS';

/**
 * A region's certified workers per 10,000 residents, under their count: over the latest year-end
 * population it published, whose date it gives (regions' differ), or why it has none (Xiong'an
 * publishes no population).
 */
function perResidentsLine(registry: Registry, context: ViewContext) {
  const { language } = context;
  const rate = registry.CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS;
  if (!rate?.computable) return null;
  const label = el('span', { class: 'label' }, t('perResidents', language));
  if (rate.value == null) {
    const why = reasonIn(rate.reason, [], language);
    return el(
      'details',
      { class: 'blank per-residents', title: why },
      el('summary', {}, label, ' —'),
      el('div', { class: 'reason' }, why),
    );
  }
  return el(
    'div',
    { class: 'per-residents' },
    label,
    ' ',
    formatValue(rate.value, null, language),
    demoMark(rate.demoShare, language),
    asOfMark(rate.asOf),
  );
}

/**
 * The regions' certified workers per 10,000 residents added up, under their count's total: over the
 * year-end most regions published a population for, as the report adds it up (rateAtBestYear).
 */
function perResidentsTotal(
  data: NationalData,
  context: ViewContext,
  regionName: (r: Registry) => string,
) {
  const { language } = context;
  const total = nationalTotal(
    'RATE',
    rateAtBestYear(
      data.registries.map((registry) => {
        const series = registry.CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years;
        const answered = registry.targets !== null;
        return {
          region: regionName(registry),
          measure: answered ? (registry.CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS ?? null) : null,
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
 * Why a region's measured value is blank: the registry cannot count the indicator, or a ratio has
 * nothing to divide by (Xiong'an registers no hospital). The API's reason, in the page's language,
 * is the hover.
 */
function blankMeasure(
  measure: MeasureValue | null | undefined,
  indicator: Indicator | undefined,
  context: ViewContext,
) {
  if (!measure) return null;
  const why = reasonIn(measure.reason, indicator ? [indicator] : [], context.language);
  // The reason opens under the words, by a tap or a key as by a click: a phone cannot hover.
  const blank = (label: Label) =>
    el(
      'details',
      { class: 'blank', title: why },
      el('summary', {}, t(label, context.language)),
      el('div', { class: 'reason' }, why),
    );
  if (!measure.computable) return blank('notComputable');
  if (measure.value == null && measure.denominator === 0) return blank('noDenominator');
  return null;
}

function indicatorCell(
  registry: Registry,
  indicator: Indicator | undefined,
  code: KeyIndicator,
  context: ViewContext,
) {
  const { language } = context;
  const figure = registry[`${code}_published`];
  const measured = registry[code];
  const target = registry.targets?.find((x) => x.indicator.code === code);
  const parts = [
    figure
      ? el(
          'div',
          {},
          el('span', { class: 'label' }, t('published', language)),
          ' ',
          el(
            'a',
            {
              href: '#',
              class: 'figure-link',
              onclick: (e) => (e.preventDefault(), context.showSource(figure)),
            },
            formatFigure(figure.value, figure.unit, figure.qualifier, language),
          ),
          asOfMark(`${figure.asOf}${figure.asOfInferred ? t('inferred', language) : ''}`),
        )
      : null,
    measured?.computable && measured.value != null
      ? el(
          'div',
          {},
          el('span', { class: 'label' }, t('measured', language)),
          ' ',
          formatValue(measured.value, indicator?.unit, language),
          demoMark(measured.demoShare, language),
          // A count of 0 of nothing registered is what the registry holds, not a finding that the
          // region has none; one whose records have all ended is a finding, and a ratio of 0% has
          // counted its institutions.
          measured.nothingRegistered
            ? el(
                'span',
                {
                  class: 'none-registered',
                  title: reasonIn(measured.reason, indicator ? [indicator] : [], language),
                },
                t('noneRegistered', language),
              )
            : null,
        )
      : blankMeasure(measured, indicator, context),
    code === PER_RESIDENTS_OF ? perResidentsLine(registry, context) : null,
    target
      ? el(
          'div',
          {},
          el('span', { class: 'label' }, t('target', language)),
          ` ${targetValue(target, language)} (${target.targetYear}) `,
          statusLine(target.progress, language),
        )
      : null,
  ].filter((part) => part !== null);
  return el(
    'td',
    {},
    ...(parts.length ? parts : [el('div', { class: 'blank' }, t('nothingHere', language))]),
  );
}

/**
 * The total row: each key indicator added up as the report adds it up (shared/national-total.ts),
 * headed by how many regions it adds and leaves out, with the day it is as of and why a region is
 * left out. It is never called national: the federation's regions are six of China's.
 */
function totalsRow(data: NationalData, context: ViewContext, regionName: (r: Registry) => string) {
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
        code === PER_RESIDENTS_OF ? perResidentsTotal(data, context, regionName) : null,
      );
    }),
    el('td', {}),
  );
}

export function nationalView(data: NationalData, context: ViewContext): HTMLElement {
  const { language } = context;
  const indicator = (code: string) => data.indicators.find((i) => i.code === code);
  const indicatorName = indicatorNamer(data.indicators, language);
  const definition = indicatorDefiner(data.indicators, language);
  const regionName = (r: { name: string; nameZh: string }) =>
    language === 'zh' ? r.nameZh : r.name;

  const header = el(
    'tr',
    {},
    el('th', {}, t('region', language)),
    ...keyIndicators.map((code) => el('th', {}, indicatorName(code))),
    el('th', {}, t('targets', language)),
  );
  const rows = data.registries.map((registry) => {
    const link = el(
      'a',
      {
        href: `#region/${registry.code}`,
        class: 'region-link',
        onclick: (e) => (e.preventDefault(), context.openRegion(registry.code)),
      },
      regionName(registry),
    );
    if (registry.targets === null) {
      return el(
        'tr',
        { 'data-region': registry.code, class: 'unavailable' },
        el('th', {}, link),
        el('td', { colspan: String(keyIndicators.length + 1) }, t('unavailable', language)),
      );
    }
    return el(
      'tr',
      { 'data-region': registry.code },
      el('th', {}, link),
      ...keyIndicators.map((code) => indicatorCell(registry, indicator(code), code, context)),
      el(
        'td',
        {},
        ...registry.targets.map((target) =>
          el(
            'div',
            {},
            statusLine(target.progress, language),
            ` ${indicatorName(target.indicator.code)}`,
          ),
        ),
      ),
    );
  });

  // One section of target cards a region: printed, each region starts a page.
  const regionsWithTargets = data.registries.filter((registry) => registry.targets?.length);
  const targetSections = regionsWithTargets.map((registry) =>
    el(
      'section',
      { class: 'region-targets', 'data-region': registry.code },
      el('h3', {}, regionName(registry)),
      el(
        'div',
        { class: 'cards' },
        ...registry.targets!.map((target) =>
          targetCard(
            indicatorName(target.indicator.code),
            definition(target.indicator.code),
            target,
            context,
          ),
        ),
      ),
    ),
  );

  return el(
    'section',
    { id: 'national' },
    el('h2', {}, t('national', language)),
    el('p', { class: 'note' }, t('demoNote', language)),
    // On a narrow screen the table scrolls inside its frame, the region column held in place.
    el(
      'div',
      { class: 'table-scroll' },
      el(
        'table',
        { class: 'comparison' },
        el('thead', {}, header),
        el('tbody', {}, ...rows, totalsRow(data, context, regionName)),
      ),
    ),
    el('h2', {}, t('targets', language)),
    ...targetSections,
  );
}
