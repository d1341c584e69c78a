import { el } from './dom.js';
import { t } from './i18n.js';
import {
  keyIndicators,
  type Indicator,
  type KeyIndicator,
  type MeasureValue,
  type NationalData,
} from './queries.js';
import {
  demoMark,
  indicatorDefiner,
  indicatorNamer,
  statusLine,
  targetCard,
  type ViewContext,
} from './target-card.js';
import { formatValue } from './units.js';

type Registry = NationalData['registries'][number];

/**
 * Why a region's measured value is blank: the registry cannot count the indicator, or a ratio has
 * nothing to divide by (Xiong'an registers no hospital). The API's reason, in Chinese then English,
 * is the hover.
 */
function blankMeasure(measure: MeasureValue | null | undefined, context: ViewContext) {
  if (!measure) return null;
  if (!measure.computable)
    return el(
      'div',
      { class: 'blank', title: measure.reason ?? '' },
      t('notComputable', context.language),
    );
  if (measure.value == null && measure.denominator === 0)
    return el(
      'div',
      { class: 'blank', title: measure.reason ?? '' },
      t('noDenominator', context.language),
    );
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
            formatValue(figure.value, figure.unit, language),
          ),
          el('span', { class: 'as-of' }, ` ${figure.asOf}`),
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
        )
      : blankMeasure(measured, context),
    target
      ? el(
          'div',
          {},
          el('span', { class: 'label' }, t('target', language)),
          ` ${formatValue(target.targetValue, target.unit, language)} (${target.targetYear}) `,
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

/** The national row: counts summed, a ratio as the sum of numerators over the sum of denominators. */
function totalsRow(data: NationalData, context: ViewContext, regionName: (r: Registry) => string) {
  const { language } = context;
  const indicator = (code: string) => data.indicators.find((i) => i.code === code);
  // A total that leaves out a region that did not answer says so.
  const missing = data.registries.filter((r) => r.targets === null).map(regionName);
  return el(
    'tr',
    { class: 'totals' },
    el(
      'th',
      {},
      t('total', language),
      missing.length
        ? el('div', { class: 'partial' }, `${t('without', language)} ${missing.join(', ')}`)
        : null,
    ),
    ...keyIndicators.map((code) => {
      const measures = data.registries.map((r) => r[code]).filter((m) => m?.computable);
      const unit = indicator(code)?.unit;
      // The total's demo share: of the counts, or of the denominators, weighted as the total adds them up.
      const weight = (m: (typeof measures)[number]) =>
        indicator(code)?.kind === 'RATIO' ? (m!.denominator ?? 0) : (m!.value ?? 0);
      const whole = measures.reduce((n, m) => n + weight(m), 0);
      const demoShare = whole
        ? measures.reduce((n, m) => n + weight(m) * (m!.demoShare ?? 0), 0) / whole
        : null;
      let value: number | null = measures.reduce((n, m) => n + (m!.value ?? 0), 0);
      if (indicator(code)?.kind === 'RATIO') {
        const numerator = measures.reduce((n, m) => n + (m!.numerator ?? 0), 0);
        const denominator = measures.reduce((n, m) => n + (m!.denominator ?? 0), 0);
        value = denominator ? (100 * numerator) / denominator : null;
      }
      return el(
        'td',
        {},
        el('span', { class: 'label' }, t('measured', language)),
        ' ',
        formatValue(value, unit, language),
        demoMark(demoShare, language),
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
