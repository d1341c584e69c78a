import { breakdownChart, progressChart } from './charts.js';
import { el, formatNumber } from './dom.js';
import { reasonText, statusLabels, t, type Language } from './i18n.js';
import { keyIndicators, type NationalData, type RegionData, type Source } from './queries.js';

export interface ViewContext {
  language: Language;
  openRegion: (code: string) => void;
  showSource: (figure: { value: number; unit: string; asOf: string; quote: string | null; source: Source | null }) => void;
}

const statusBadge = (status: string, language: Language) => el('span', { class: `status status-${status}`, 'data-status': status }, statusLabels[status]?.[language] ?? status);

export function nationalView(data: NationalData, context: ViewContext): HTMLElement {
  const { language } = context;
  const indicator = (code: string) => data.indicators.find((i) => i.code === code);
  const indicatorName = (code: string) => (language === 'zh' ? indicator(code)?.nameZh : indicator(code)?.name) ?? code;
  const regionName = (r: { name: string; nameZh: string }) => (language === 'zh' ? r.nameZh : r.name);

  const header = el('tr', {}, el('th', {}, t('region', language)), ...keyIndicators.map((code) => el('th', {}, indicatorName(code))), el('th', {}, t('targets', language)));
  const rows = data.registries.map((registry) => {
    const link = el('a', { href: `#region/${registry.code}`, class: 'region-link', onclick: (e) => (e.preventDefault(), context.openRegion(registry.code)) }, regionName(registry));
    if (registry.targets === null) {
      return el('tr', { 'data-region': registry.code, class: 'unavailable' }, el('th', {}, link), el('td', { colspan: String(keyIndicators.length + 1) }, t('unavailable', language)));
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
            ? el('div', {}, el('span', { class: 'label' }, t('published', language)), ' ',
                el('a', { href: '#', class: 'figure-link', onclick: (e) => (e.preventDefault(), context.showSource(figure)) }, formatNumber(figure.value, figure.unit)),
                el('span', { class: 'as-of' }, ` ${figure.asOf}`))
            : null,
          measured?.computable && measured.value != null ? el('div', {}, el('span', { class: 'label' }, t('measured', language)), ' ', formatNumber(measured.value, indicator(code)?.unit)) : null,
          target ? el('div', {}, el('span', { class: 'label' }, t('target', language)), ` ${formatNumber(target.targetValue, target.unit)} (${target.targetYear}) `, statusBadge(target.progress.status, language)) : null,
        );
      }),
      el('td', {}, ...(registry.targets ?? []).map((target) => el('div', {}, statusBadge(target.progress.status, language), ` ${indicatorName(target.indicator.code)}`))),
    );
  });
  // A total that leaves out a region that did not answer says so.
  const missing = data.registries.filter((r) => r.targets === null).map(regionName);
  const totals = el(
    'tr',
    { class: 'totals' },
    el('th', {}, t('total', language), missing.length ? el('div', { class: 'partial' }, `${t('without', language)} ${missing.join(', ')}`) : null),
    ...keyIndicators.map((code) => {
      const measures = data.registries.map((r) => r[code]).filter((m) => m?.computable);
      // Counts add up; a ratio's national value is the sum of numerators over the sum of denominators.
      if (indicator(code)?.kind === 'RATIO') {
        const numerator = measures.reduce((n, m) => n + (m!.numerator ?? 0), 0);
        const denominator = measures.reduce((n, m) => n + (m!.denominator ?? 0), 0);
        return el('td', {}, el('span', { class: 'label' }, t('measured', language)), ' ', denominator ? formatNumber((100 * numerator) / denominator, 'percent') : '—');
      }
      return el('td', {}, el('span', { class: 'label' }, t('measured', language)), ' ', formatNumber(measures.reduce((n, m) => n + (m!.value ?? 0), 0)));
    }),
    el('td', {}),
  );

  const targets = data.registries.flatMap((registry) => (registry.targets ?? []).map((target) => ({ registry, target })));
  const cards = targets.map(({ registry, target }) => {
    const chart = el('div', { class: 'chart' });
    const card = el(
      'article',
      { class: 'target-card' },
      el('h3', {}, `${regionName(registry)} · ${indicatorName(target.indicator.code)}`),
      el('p', {}, `${t('target', language)} ${formatNumber(target.targetValue, target.unit)} (${target.targetYear}) `, statusBadge(target.progress.status, language)),
      el('p', { class: 'reason' }, reasonText(target.progress.reason, language)),
      chart,
    );
    queueMicrotask(() => progressChart(chart, target, { history: t('history', language), projection: t('projection', language), target: t('target', language) }));
    return card;
  });

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

export function regionView(registry: NonNullable<RegionData['registry']>, context: ViewContext): HTMLElement {
  const { language } = context;
  const charts = (['byKind', 'byGrade', 'byCity', 'byField'] as const).map((key) => {
    const measure = registry[key];
    // A measure that failed is null; the error is listed under the page.
    if (!measure) return el('article', { class: 'breakdown' }, el('h3', {}, t(key, language), ' · —'));
    const chart = el('div', { class: 'chart' });
    queueMicrotask(() => breakdownChart(chart, measure, (value) => value ?? '—'));
    return el('article', { class: 'breakdown' }, el('h3', {}, t(key, language), ` · ${formatNumber(measure.value)}`), chart);
  });
  const programs = (registry.programs?.edges ?? []).map(({ node }) =>
    el(
      'tr',
      {},
      el('td', {}, language === 'en' && node.nameEn ? node.nameEn : node.name),
      el('td', {}, node.kind),
      el('td', {}, node.year ?? ''),
      el('td', {}, node.fundingYuan != null && node.quote
        ? el('a', { href: '#', class: 'figure-link', onclick: (e) => (e.preventDefault(), context.showSource({ value: node.fundingYuan!, unit: 'yuan', asOf: String(node.year ?? ''), quote: node.quote, source: node.source })) }, formatNumber(node.fundingYuan))
        : formatNumber(node.fundingYuan)),
      el('td', {}, node.quote ? el('a', { href: '#', class: 'quote-link', onclick: (e) => (e.preventDefault(), context.showSource({ value: NaN, unit: '', asOf: String(node.year ?? ''), quote: node.quote, source: node.source })) }, t('source', language)) : ''),
    ),
  );
  const quality = (registry.dataQuality ?? []).map((check) =>
    el(
      'tr',
      { class: check.flagged ? 'flagged' : '' },
      el('td', {}, check.indicator.code, check.figure.breakdown ? ` · ${check.figure.breakdown.value}` : ''),
      el('td', {}, el('a', { href: '#', class: 'figure-link', onclick: (e) => (e.preventDefault(), context.showSource(check.figure)) }, formatNumber(check.published))),
      el('td', {}, formatNumber(check.measured)),
      el('td', {}, check.differencePercent == null ? '—' : `${check.differencePercent > 0 ? '+' : ''}${check.differencePercent}%`),
      el('td', {}, check.flagged ? t('flagged', language) : t('agrees', language)),
    ),
  );
  return el(
    'section',
    { id: 'region', 'data-region': registry.code },
    el('p', {}, el('a', { href: '#', id: 'back', onclick: (e) => (e.preventDefault(), context.openRegion('')) }, `← ${t('back', language)}`)),
    el('h2', {}, language === 'zh' ? registry.nameZh : registry.name),
    el('p', { class: 'note' }, t('demoNote', language)),
    el('div', { class: 'cards' }, ...charts),
    el('h2', {}, t('dataQuality', language)),
    registry.dataQuality === null
      ? el('p', { class: 'unavailable' }, t('unavailable', language))
      : quality.length
      ? el('table', { class: 'quality' }, el('thead', {}, el('tr', {}, el('th', {}, ''), el('th', {}, t('published', language)), el('th', {}, t('measured', language)), el('th', {}, '±'), el('th', {}, t('status', language)))), el('tbody', {}, ...quality))
      : el('p', {}, t('none', language)),
    el('h2', {}, t('programs', language)),
    registry.programs === null
      ? el('p', { class: 'unavailable' }, t('unavailable', language))
      : programs.length
      ? el('table', { class: 'programs' }, el('thead', {}, el('tr', {}, el('th', {}, ''), el('th', {}, ''), el('th', {}, t('year', language)), el('th', {}, t('fundingYuan', language)), el('th', {}, t('source', language)))), el('tbody', {}, ...programs))
      : el('p', {}, t('none', language)),
  );
}
