import { captionLine } from './saved-chart.js';
import { breakdownChart } from './charts.js';
import { el } from './dom.js';
import type { Indicator } from './fragments.js';
import { t } from './i18n.js';
import type { RegionRegistry } from './queries.js';
import { asOfMark, demoMark, type ViewContext } from './target-card.js';
import { axisUnit, formatValue, unitWord } from './units.js';

/**
 * A region's breakdowns, one card each: its institutions by kind and hospital grade, its
 * practitioners by city and service field, each a bar chart in the API's labels.
 */

export const breakdowns = ['byKind', 'byGrade', 'byCity', 'byField'] as const;
/** What each breakdown counts, for its unit. */
const breakdownIndicator = {
  byKind: 'MSW_INSTITUTIONS',
  byGrade: 'MSW_INSTITUTIONS',
  byCity: 'SOCIAL_WORK_PRACTITIONERS',
  byField: 'SOCIAL_WORK_PRACTITIONERS',
} as const;

export function breakdownCards(
  registry: RegionRegistry,
  indicators: Indicator[],
  context: ViewContext,
) {
  const { language } = context;
  return breakdowns.map((key) => {
    const measure = registry[key];
    // A measure that failed is null (its region down, say): the card says so, as the page's other
    // sections do, and the error heads the page.
    if (!measure)
      return el(
        'article',
        { class: 'breakdown' },
        el('h3', {}, t(key, language), ' · —'),
        el('p', { class: 'unavailable' }, t('unavailable', language)),
      );
    const unit = indicators.find((i) => i.code === breakdownIndicator[key])?.unit;
    const heading = el(
      'h3',
      {},
      t(key, language),
      ` · ${formatValue(measure.value, unit, language)}`,
      demoMark(measure.demoShare ?? null, language),
      // The day it counts: a saved chart's caption, read from this heading, says it too.
      asOfMark(measure.asOf),
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
        // Saved as GX-byCity.png: a card's own name, where every breakdown was breakdown.png.
        `${registry.code}-${key}`,
        {
          valueAxis: axisUnit(unit, language),
          unit: unitWord(unit, language),
          saveImage: t('saveImage', language),
          // The heading says the total, how much of it is demo and the day it counts.
          caption: () => [
            language === 'zh' ? registry.nameZh : registry.name,
            captionLine(heading),
          ],
        },
      ),
    );
    return el('article', { class: 'breakdown' }, heading, chart);
  });
}
