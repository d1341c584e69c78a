import { breakdownChart, progressChart } from './charts.js';
import { el, formatNumber } from './dom.js';
import { enumLabel } from './enum-labels.js';
import { reasonText, statusLabels, t, type Language } from './i18n.js';
import {
  keyIndicators,
  type Indicator,
  type NationalData,
  type RegionData,
  type Source,
  type Target,
} from './queries.js';

export interface ViewContext {
  language: Language;
  openRegion: (code: string) => void;
  showSource: (figure: {
    value: number;
    unit: string;
    asOf: string;
    quote: string | null;
    source: Source | null;
  }) => void;
}

const statusBadge = (status: string, language: Language) =>
  el(
    'span',
    { class: `status status-${status}`, 'data-status': status },
    statusLabels[status]?.[language] ?? status,
  );

/** How much of a measured value is demo, beside it: nothing when none is. */
const demoMark = (share: number | null, language: Language) =>
  share
    ? el(
        'span',
        { class: 'demo-share', 'data-demo-share': String(share) },
        ` ${t('demo', language)} ${Math.round(share * 100)}%`,
      )
    : null;

/** A date, or for a cumulative figure the period it adds up (2013–2025-07-19). */
const period = (since: string | null, asOf: string) => (since ? `${since}–${asOf}` : asOf);

const indicatorNamer = (indicators: Indicator[], language: Language) => (code: string) => {
  const indicator = indicators.find((i) => i.code === code);
  return (language === 'zh' ? indicator?.nameZh : indicator?.name) ?? code;
};

/** What an indicator counts, in the page's language: a target card says it under its title. */
const indicatorDefiner = (indicators: Indicator[], language: Language) => (code: string) => {
  const indicator = indicators.find((i) => i.code === code);
  return (language === 'zh' ? indicator?.descriptionZh : indicator?.description) ?? '';
};

/** What a target counts when it counts fewer records than its indicator: a programme's, or some kinds'. */
function scopeText(target: Target, language: Language): string | null {
  if (!target.scope) return null;
  const program =
    target.scope.program &&
    (language === 'en' && target.scope.program.nameEn
      ? target.scope.program.nameEn
      : target.scope.program.name);
  const kinds = target.scope.kinds
    .map((kind) => enumLabel(kind, language))
    .join(language === 'zh' ? '、' : ', ');
  return [
    program && `${t('scopeProgram', language)}${program}`,
    kinds && `${t('scopeKinds', language)}${kinds}`,
  ]
    .filter(Boolean)
    .join(language === 'zh' ? '；' : '; ');
}

/** A target with its status in words and its chart: yearly series, published points, trend, target. */
function targetCard(
  title: string,
  definition: string,
  target: Target,
  context: ViewContext,
): HTMLElement {
  const { language } = context;
  const chart = el('div', { class: 'chart progress-chart' });
  const qualifier = target.qualifier === 'EXACT' ? '' : `${enumLabel(target.qualifier, language)} `;
  const scope = scopeText(target, language);
  queueMicrotask(() =>
    progressChart(
      chart,
      target,
      {
        measured: t('measuredSeries', language),
        published: t('published', language),
        trend: t('trend', language),
        target: t('target', language),
      },
      (figure) => context.showSource(figure),
    ),
  );
  return el(
    'article',
    { class: 'target-card', 'data-target': target.id },
    el('h3', {}, title),
    definition ? el('p', { class: 'definition' }, definition) : null,
    el(
      'p',
      {},
      `${t('target', language)} ${qualifier}${formatNumber(target.targetValue, target.unit)} (${target.targetYear}) `,
      statusBadge(target.progress.status, language),
    ),
    scope ? el('p', { class: 'scope' }, scope) : null,
    el('p', { class: 'reason' }, reasonText(target.progress.reason, language)),
    chart,
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
      ...keyIndicators.map((code) => {
        const figure = registry[`${code}_published`];
        const measured = registry[code];
        const target = registry.targets?.find((x) => x.indicator.code === code);
        return el(
          'td',
          {},
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
                  formatNumber(figure.value, figure.unit),
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
                formatNumber(measured.value, indicator(code)?.unit),
                demoMark(measured.demoShare, language),
              )
            : null,
          target
            ? el(
                'div',
                {},
                el('span', { class: 'label' }, t('target', language)),
                ` ${formatNumber(target.targetValue, target.unit)} (${target.targetYear}) `,
                statusBadge(target.progress.status, language),
              )
            : null,
        );
      }),
      el(
        'td',
        {},
        ...(registry.targets ?? []).map((target) =>
          el(
            'div',
            {},
            statusBadge(target.progress.status, language),
            ` ${indicatorName(target.indicator.code)}`,
          ),
        ),
      ),
    );
  });
  // A total that leaves out a region that did not answer says so.
  const missing = data.registries.filter((r) => r.targets === null).map(regionName);
  const totals = el(
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
      // Counts add up; a ratio's national value is the sum of numerators over the sum of denominators.
      // The total's demo share: of the counts, or of the denominators, weighted as the total adds them up.
      const weight = (m: (typeof measures)[number]) =>
        indicator(code)?.kind === 'RATIO' ? (m!.denominator ?? 0) : (m!.value ?? 0);
      const whole = measures.reduce((n, m) => n + weight(m), 0);
      const demoShare = whole
        ? measures.reduce((n, m) => n + weight(m) * (m!.demoShare ?? 0), 0) / whole
        : null;
      if (indicator(code)?.kind === 'RATIO') {
        const numerator = measures.reduce((n, m) => n + (m!.numerator ?? 0), 0);
        const denominator = measures.reduce((n, m) => n + (m!.denominator ?? 0), 0);
        return el(
          'td',
          {},
          el('span', { class: 'label' }, t('measured', language)),
          ' ',
          denominator ? formatNumber((100 * numerator) / denominator, 'percent') : '—',
          demoMark(demoShare, language),
        );
      }
      return el(
        'td',
        {},
        el('span', { class: 'label' }, t('measured', language)),
        ' ',
        formatNumber(measures.reduce((n, m) => n + (m!.value ?? 0), 0)),
        demoMark(demoShare, language),
      );
    }),
    el('td', {}),
  );

  const targets = data.registries.flatMap((registry) =>
    (registry.targets ?? []).map((target) => ({ registry, target })),
  );
  const cards = targets.map(({ registry, target }) =>
    targetCard(
      `${regionName(registry)} · ${indicatorName(target.indicator.code)}`,
      definition(target.indicator.code),
      target,
      context,
    ),
  );

  return el(
    'section',
    { id: 'national' },
    el('h2', {}, t('national', language)),
    el('p', { class: 'note' }, t('demoNote', language)),
    el('table', { class: 'comparison' }, el('thead', {}, header), el('tbody', {}, ...rows, totals)),
    el('h2', {}, t('targets', language)),
    el('div', { class: 'cards' }, ...cards),
  );
}

export function regionView(
  registry: NonNullable<RegionData['registry']>,
  indicators: Indicator[],
  context: ViewContext,
): HTMLElement {
  const { language } = context;
  const indicatorName = indicatorNamer(indicators, language);
  const definition = indicatorDefiner(indicators, language);
  const targets = (registry.targets ?? []).map((target) =>
    targetCard(
      indicatorName(target.indicator.code),
      definition(target.indicator.code),
      target,
      context,
    ),
  );
  const charts = (['byKind', 'byGrade', 'byCity', 'byField'] as const).map((key) => {
    const measure = registry[key];
    // A measure that failed is null; the error is listed under the page.
    if (!measure)
      return el('article', { class: 'breakdown' }, el('h3', {}, t(key, language), ' · —'));
    const heading = el('h3', {}, t(key, language), ` · ${formatNumber(measure.value)}`);
    if (!measure.value)
      return el(
        'article',
        { class: 'breakdown empty' },
        heading,
        el('p', {}, t('noRecords', language)),
      );
    const chart = el('div', { class: 'bars' });
    // Cities are names already; the other dimensions are enum codes.
    queueMicrotask(() =>
      breakdownChart(chart, measure, (value) =>
        key === 'byCity' ? (value ?? '—') : enumLabel(value, language),
      ),
    );
    return el('article', { class: 'breakdown' }, heading, chart);
  });
  // A region whose registry has nothing any breakdown counts (just added, or its demo removed) says so once.
  const empty = (['byKind', 'byGrade', 'byCity', 'byField'] as const).every(
    (key) => registry[key] && !registry[key]!.value,
  );
  const programs = (registry.programs?.edges ?? []).map(({ node }) =>
    el(
      'tr',
      {},
      el('td', {}, language === 'en' && node.nameEn ? node.nameEn : node.name),
      el('td', {}, enumLabel(node.kind, language)),
      el('td', {}, enumLabel(node.role, language)),
      el('td', {}, node.year ?? ''),
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
                  context.showSource({
                    value: node.fundingYuan!,
                    unit: 'yuan',
                    asOf: String(node.year ?? ''),
                    quote: node.quote,
                    source: node.source,
                  })
                ),
              },
              formatNumber(node.fundingYuan),
            )
          : formatNumber(node.fundingYuan),
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
                onclick: (e) => (
                  e.preventDefault(),
                  context.showSource({
                    value: NaN,
                    unit: '',
                    asOf: String(node.year ?? ''),
                    quote: node.quote,
                    source: node.source,
                  })
                ),
              },
              t('source', language),
            )
          : '',
      ),
    ),
  );
  const quality = (registry.dataQuality ?? []).map((check) =>
    el(
      'tr',
      { class: check.flagged ? 'flagged' : '' },
      el(
        'td',
        {},
        indicatorName(check.indicator.code),
        check.figure.breakdown ? ` · ${enumLabel(check.figure.breakdown.value, language)}` : '',
      ),
      el(
        'td',
        {},
        check.figure.qualifier === 'EXACT' ? '' : `${enumLabel(check.figure.qualifier, language)} `,
        el(
          'a',
          {
            href: '#',
            class: 'figure-link',
            onclick: (e) => (e.preventDefault(), context.showSource(check.figure)),
          },
          formatNumber(check.published),
        ),
        el('span', { class: 'as-of' }, ` ${period(check.figure.periodStart, check.figure.asOf)}`),
      ),
      el(
        'td',
        {},
        formatNumber(check.measured),
        el(
          'span',
          { class: 'as-of' },
          check.measuredAsOf ? ` ${period(check.measuredSince, check.measuredAsOf)}` : '',
        ),
      ),
      el(
        'td',
        {},
        check.differencePercent == null
          ? '—'
          : `${check.differencePercent > 0 ? '+' : ''}${check.differencePercent}%`,
      ),
      el('td', {}, check.flagged ? t('flagged', language) : t('agrees', language)),
    ),
  );
  return el(
    'section',
    { id: 'region', 'data-region': registry.code },
    el(
      'p',
      {},
      el(
        'a',
        { href: '#', id: 'back', onclick: (e) => (e.preventDefault(), context.openRegion('')) },
        `← ${t('back', language)}`,
      ),
    ),
    el('h2', {}, language === 'zh' ? registry.nameZh : registry.name),
    el('p', { class: 'note' }, t('demoNote', language)),
    empty && el('p', { class: 'empty-region' }, t('regionEmpty', language)),
    el('h2', {}, t('targets', language)),
    registry.targets === null
      ? el('p', { class: 'unavailable' }, t('unavailable', language))
      : targets.length
        ? el('div', { class: 'cards' }, ...targets)
        : el('p', {}, t('none', language)),
    el('h2', {}, t('breakdowns', language)),
    el('div', { class: 'cards' }, ...charts),
    el('h2', {}, t('dataQuality', language)),
    registry.dataQuality === null
      ? el('p', { class: 'unavailable' }, t('unavailable', language))
      : quality.length
        ? el(
            'table',
            { class: 'quality' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                el('th', {}, t('indicator', language)),
                el('th', {}, t('published', language)),
                el('th', {}, t('measured', language)),
                el('th', {}, '±'),
                el('th', {}, t('status', language)),
              ),
            ),
            el('tbody', {}, ...quality),
          )
        : el('p', {}, t('none', language)),
    el('h2', {}, t('programs', language)),
    registry.programs === null
      ? el('p', { class: 'unavailable' }, t('unavailable', language))
      : programs.length
        ? el(
            'table',
            { class: 'programs' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                el('th', {}, t('programName', language)),
                el('th', {}, t('programKind', language)),
                el('th', {}, t('programRole', language)),
                el('th', {}, t('year', language)),
                el('th', {}, t('fundingYuan', language)),
                el('th', {}, t('source', language)),
              ),
            ),
            el('tbody', {}, ...programs),
          )
        : el('p', {}, t('none', language)),
  );
}
