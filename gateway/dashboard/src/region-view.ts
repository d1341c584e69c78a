import { el } from './dom.js';
import type { Indicator } from './fragments.js';
import { qualitySummary, t, type Label } from './i18n.js';
import type { RegionRegistry } from './queries.js';
import { breakdownCards, breakdowns } from './region-breakdowns.js';
import { programRows } from './region-programs.js';
import { qualityRows } from './region-quality.js';
import {
  indicatorDefiner,
  indicatorIsFlow,
  indicatorNamer,
  targetCard,
  type ViewContext,
} from './target-card.js';

/** A table in a frame that scrolls sideways on a narrow screen, so that the page never does. */
const scrollingTable = (
  className: string,
  headings: (Label | string)[],
  rows: HTMLElement[],
  context: ViewContext,
) =>
  el(
    'div',
    { class: 'table-scroll' },
    el(
      'table',
      { class: className },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...headings.map((h) => el('th', {}, h === '±' ? h : t(h as Label, context.language))),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
  );

/**
 * A region's page: its targets, its breakdowns, its data quality checks and its programmes, each
 * section saying when the region could not answer it.
 */
export function regionView(
  registry: RegionRegistry,
  indicators: Indicator[],
  context: ViewContext,
): HTMLElement {
  const { language } = context;
  const indicatorName = indicatorNamer(indicators, language);
  const regionName = language === 'zh' ? registry.nameZh : registry.name;
  const definition = indicatorDefiner(indicators, language);
  const isFlow = indicatorIsFlow(indicators);
  const targets = (registry.targets ?? []).map((target) =>
    targetCard(
      regionName,
      indicatorName(target.indicator.code),
      definition(target.indicator.code),
      target,
      context,
      isFlow(target.indicator.code),
    ),
  );
  // A region whose registry has nothing any breakdown counts (just added, or its demo removed) says so once.
  const empty = breakdowns.every((key) => registry[key] && !registry[key]!.value);
  const programs = programRows(registry, context);
  const quality = qualityRows(registry, indicators, context);
  const checks = registry.dataQuality ?? [];
  const compared = checks.filter((check) => check.compared);
  const counts = {
    checks: compared.length,
    flagged: compared.filter((check) => check.flagged).length,
    onDemo: compared.filter((check) => check.restsMostlyOnDemo).length,
    notCompared: checks.length - compared.length,
  };
  return el(
    'section',
    { id: 'region', 'data-region': registry.code },
    backLink(context),
    el('h2', {}, regionName),
    el('p', { class: 'note' }, t('demoNote', language)),
    empty && el('p', { class: 'empty-region' }, t('regionEmpty', language)),
    el('h2', {}, t('targets', language)),
    registry.targets === null
      ? el('p', { class: 'unavailable' }, t('unavailable', language))
      : targets.length
        ? el('div', { class: 'cards' }, ...targets)
        : el('p', {}, t('none', language)),
    el('h2', {}, t('breakdowns', language)),
    el('div', { class: 'cards' }, ...breakdownCards(registry, indicators, context)),
    el('h2', {}, t('dataQuality', language)),
    registry.dataQuality === null
      ? el('p', { class: 'unavailable' }, t('unavailable', language))
      : quality.length
        ? el(
            'div',
            {},
            el('p', { class: 'quality-summary' }, qualitySummary(counts, language)),
            scrollingTable(
              'quality',
              ['indicator', 'published', 'measured', '±', 'status'],
              quality,
              context,
            ),
          )
        : el('p', { class: 'quality-summary' }, t('noChecks', language)),
    el('h2', {}, t('programs', language)),
    // An anonymous list leaves records out, and says so: the API's answer tells.
    registry.programs?.visibility === 'PUBLISHED_ONLY'
      ? el('p', { class: 'note partial-list' }, t('publishedOnly', language))
      : null,
    registry.programs === null
      ? el('p', { class: 'unavailable' }, t('unavailable', language))
      : programs.length
        ? scrollingTable(
            'programs',
            ['programName', 'programKind', 'programRole', 'year', 'fundingYuan', 'source'],
            programs,
            context,
          )
        : el('p', {}, t('none', language)),
  );
}

/** The way back to the national comparison, atop a region's page or a page of no region. */
export const backLink = (context: ViewContext) =>
  el(
    'p',
    { class: 'back' },
    el(
      'a',
      { href: '#', id: 'back', onclick: (e) => (e.preventDefault(), context.openRegion('')) },
      `← ${t('back', context.language)}`,
    ),
  );
