import { el } from './dom.js';
import { figurePeriod } from './figure-period.js';
import { enumLabel } from '../../../shared/enum-labels.js';
import type { Indicator } from './fragments.js';
import { t, withInferred } from './i18n.js';
import { reasonIn } from './language.js';
import type { RegionRegistry } from './queries.js';
import { asOfMark, demoMark, indicatorNamer, type ViewContext } from './target-card.js';
import { differenceWords } from './difference-words.js';
import { formatFigure, formatValue } from './units.js';

/**
 * A region's data quality checks, a row each: a published figure beside what the registry measures
 * over its period, how far apart they are and whether they agree, or why they were not compared.
 */

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
