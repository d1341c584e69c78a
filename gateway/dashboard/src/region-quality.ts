import { el } from './dom.js';
import { figurePeriod } from './figure-period.js';
import { enumLabel } from '../../../shared/enum-labels.js';
import type { Indicator } from './fragments.js';
import { t, withInferred, type Language } from './i18n.js';
import { reasonIn } from './language.js';
import type { RegionRegistry } from './queries.js';
import { asOfMark, demoMark, indicatorNamer, type ViewContext } from './target-card.js';
import { intervalText } from '../../../shared/intervals.js';
import { formatFigure, formatValue } from './units.js';

/**
 * A region's data quality checks, a row each: a published figure beside what the registry measures
 * over its period, how far apart they are and whether they agree, or why they were not compared.
 */

type QualityCheck = NonNullable<RegionRegistry['dataQuality']>[number];

/** A date, or for a cumulative figure the period it adds up (2013–2025-07-19). */
const period = (since: string | null, asOf: string) => (since ? `${since}–${asOf}` : asOf);

export function qualityRows(
  registry: RegionRegistry,
  indicators: Indicator[],
  context: ViewContext,
) {
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
              withInferred(check.measuredSince, check.figure.periodStartInferred, language),
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
 * allow, so that "+60%" never stands beside "agrees" for 16 against 十余 (10, 20), and if not, in
 * percent of the end it passes (65,274 against 超9000 is +552.74% above 10,000, not +625.27%).
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
  const above = interval.upper != null && check.measured >= interval.upper;
  if (language === 'zh')
    return `${percent}（${above ? '高于' : '低于'} ${range} 的${above ? '上' : '下'}端）`;
  return `${percent} (${above ? 'above the upper' : 'below the lower'} end of ${range})`;
}
