import { el } from './dom.js';
import { t } from './i18n.js';
import { indicatorCell } from './national-cells.js';
import { totalsRow } from './national-totals.js';
import { keyIndicators, type NationalData } from './queries.js';
import {
  indicatorDefiner,
  indicatorIsFlow,
  indicatorNamer,
  statusLine,
  targetCard,
  type ViewContext,
} from './target-card.js';

/**
 * The national page: each region's key indicators and targets in a row of the comparison, their
 * total under it, then each region's target cards.
 */
export function nationalView(data: NationalData, context: ViewContext): HTMLElement {
  const { language } = context;
  const indicator = (code: string) => data.indicators.find((i) => i.code === code);
  const indicatorName = indicatorNamer(data.indicators, language);
  const definition = indicatorDefiner(data.indicators, language);
  const isFlow = indicatorIsFlow(data.indicators);
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
            regionName(registry),
            indicatorName(target.indicator.code),
            definition(target.indicator.code),
            target,
            context,
            isFlow(target.indicator.code),
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
