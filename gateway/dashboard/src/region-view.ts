import { breakdownChart } from './charts.js';
import { el } from './dom.js';
import { figurePeriod } from './figure-period.js';
import { enumLabel } from '../../../shared/enum-labels.js';
import { qualitySummary, t, type Label, type Language } from './i18n.js';
import type { Indicator } from './fragments.js';
import type { RegionData } from './queries.js';
import {
  asOfMark,
  demoMark,
  indicatorDefiner,
  indicatorNamer,
  targetCard,
  type ViewContext,
} from './target-card.js';
import { reasonIn } from './language.js';
import { intervalText } from '../../../shared/intervals.js';
import { axisUnit, formatFigure, formatValue, unitWord } from './units.js';

type Registry = NonNullable<RegionData['registry']>;
type QualityCheck = NonNullable<Registry['dataQuality']>[number];

/** A date, or for a cumulative figure the period it adds up (2013–2025-07-19). */
const period = (since: string | null, asOf: string) => (since ? `${since}–${asOf}` : asOf);

const breakdowns = ['byKind', 'byGrade', 'byCity', 'byField'] as const;
/** What each breakdown counts, for its unit. */
const breakdownIndicator = {
  byKind: 'MSW_INSTITUTIONS',
  byGrade: 'MSW_INSTITUTIONS',
  byCity: 'SOCIAL_WORK_PRACTITIONERS',
  byField: 'SOCIAL_WORK_PRACTITIONERS',
} as const;

function breakdownCards(registry: Registry, indicators: Indicator[], context: ViewContext) {
  const { language } = context;
  return breakdowns.map((key) => {
    const measure = registry[key];
    // A measure that failed is null; the error is listed under the page.
    if (!measure)
      return el('article', { class: 'breakdown' }, el('h3', {}, t(key, language), ' · —'));
    const unit = indicators.find((i) => i.code === breakdownIndicator[key])?.unit;
    const heading = el(
      'h3',
      {},
      t(key, language),
      ` · ${formatValue(measure.value, unit, language)}`,
      demoMark(measure.demoShare ?? null, language),
    );
    if (!measure.value)
      return el(
        'article',
        { class: 'breakdown empty' },
        heading,
        el('p', {}, t('noRecords', language)),
      );
    const chart = el('div', { class: 'bars' });
    // A bar is labelled in the API's words: a code's label, a city's name, 未填写 where unset.
    queueMicrotask(() =>
      breakdownChart(
        chart,
        measure,
        (cell) => (language === 'zh' ? cell?.labelZh : cell?.labelEn) ?? '',
        {
          valueAxis: axisUnit(unit, language),
          unit: unitWord(unit, language),
          saveImage: t('saveImage', language),
        },
      ),
    );
    return el('article', { class: 'breakdown' }, heading, chart);
  });
}

function programRows(registry: Registry, context: ViewContext) {
  const { language } = context;
  return (registry.programs?.edges ?? []).map(({ node }) => {
    const sourced = (value: number) => ({
      value,
      unit: 'yuan',
      asOf: String(node.year ?? ''),
      quote: node.quote,
      source: node.source,
    });
    const funding = formatValue(node.fundingYuan, 'yuan', language);
    return el(
      'tr',
      {},
      el('td', {}, language === 'en' && node.nameEn ? node.nameEn : node.name),
      el('td', {}, enumLabel(node.kind, language)),
      el('td', {}, enumLabel(node.role, language)),
      el('td', {}, node.year ?? '—'),
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

function qualityRows(registry: Registry, indicators: Indicator[], context: ViewContext) {
  const { language } = context;
  const indicatorName = indicatorNamer(indicators, language);
  return (registry.dataQuality ?? []).map((check) =>
    el(
      'tr',
      { class: !check.compared ? 'not-compared' : check.flagged ? 'flagged' : '' },
      el(
        'td',
        {},
        indicatorName(check.indicator.code),
        check.figure.breakdown ? ` · ${enumLabel(check.figure.breakdown.value, language)}` : '',
      ),
      el(
        'td',
        {},
        el(
          'a',
          {
            href: '#',
            class: 'figure-link',
            onclick: (e) => (e.preventDefault(), context.showSource(check.figure)),
          },
          formatFigure(check.published, check.figure.unit, check.figure.qualifier, language),
        ),
        asOfMark(figurePeriod(check.figure, language)),
      ),
      el(
        'td',
        {},
        formatValue(check.measured, check.figure.unit, language),
        // Measured over the figure's own period: a start worked out for it is marked here too.
        asOfMark(
          check.measuredAsOf &&
            period(
              check.measuredSince &&
                check.measuredSince +
                  (check.figure.periodStartInferred ? t('inferred', language) : ''),
              check.measuredAsOf,
            ),
        ),
        demoMark(check.demoShare ?? null, language),
      ),
      el('td', {}, differenceWords(check, language)),
      el(
        'td',
        {},
        check.compared
          ? t(
              check.flagged ? 'flagged' : check.restsMostlyOnDemo ? 'agreesOnDemo' : 'agrees',
              language,
            )
          : el(
              'span',
              { class: 'not-compared' },
              t('notCompared', language),
              el(
                'div',
                { class: 'reason' },
                reasonIn(check.notComparedReason, indicators, language),
              ),
            ),
      ),
    ),
  );
}

/**
 * How far the measure is from the figure, as the check judged it: in percent of an exact figure,
 * or, for a rounded one (10余, 超9000, 8.82万), whether it lies in the interval the page's words
 * allow, so that "+60%" never stands beside "agrees" for 16 against 十余 (10, 20).
 */
function differenceWords(check: QualityCheck, language: Language): string {
  const percent =
    check.differencePercent == null
      ? '—'
      : `${check.differencePercent > 0 ? '+' : ''}${check.differencePercent}%`;
  const { interval } = check;
  if (!check.compared || check.measured == null || interval.lower === interval.upper)
    return percent;
  const range = intervalText(interval);
  if (!check.flagged) return language === 'zh' ? `在 ${range} 之内` : `within ${range}`;
  return language === 'zh' ? `${percent}（在 ${range} 之外）` : `${percent} (outside ${range})`;
}

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

export function regionView(
  registry: Registry,
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
    el(
      'p',
      { class: 'back' },
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
