import { populationYearWords } from '../../../shared/rate-years.js';
import { populationWords } from '../../../shared/population-words.js';
import { printedName, sourceTitle } from '../../../shared/bilingual.js';
import { afterSpace, el } from './dom.js';
import type { Indicator } from './fragments.js';
import { t, withInferred, type Label, type Language } from './i18n.js';
import { reasonIn } from './language.js';
import type { KeyIndicator, MeasureValue, NationalRegistry, RateIndicator } from './queries.js';
import {
  asOfMark,
  demoMark,
  statusLine,
  targetValue,
  undatedBeside,
  type ViewContext,
} from './target-card.js';
import { formatFigure, formatValue, readable, roundedWords } from './units.js';
import { namesCertificates } from '../../../shared/inferred-day-words.js';

/**
 * A region's cell of a key indicator in the national table: the figure it published, what its
 * registry measures or why that is blank, its target's status, and under a count of workers,
 * agencies or stations the same per 10,000 residents.
 */

/**
 * The counts whose cells also give them per 10,000 residents, and that rate's indicator: regions
 * differ in size (Sichuan's 1,300 agencies and Ningxia's 20 say little side by side).
 */
export const perResidentsOf: Partial<Record<KeyIndicator, RateIndicator>> = {
  CERTIFIED_SOCIAL_WORKERS: 'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
  SOCIAL_WORK_AGENCIES: 'SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS',
  SOCIAL_WORK_STATIONS: 'SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS',
};

/** What a rate's two numbers count, the hover of the numbers beside it. */
const rateParts: Record<RateIndicator, Label> = {
  CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: 'workersRateParts',
  SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: 'agenciesRateParts',
  SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: 'stationsRateParts',
};

/** The page a rate's population was read on, as the national query asks it (RatePopulation). */
type PopulationSource = NonNullable<
  NonNullable<NationalRegistry[RateIndicator]>['denominatorFigure']
>['source'];

/**
 * Where a rate's population was read, as the report says it: the communiqué's title, linking to
 * the page read, its publisher and date, and that the page is a reprint, not the statistics
 * bureau's own site, where it is (every region's is): a reader checks the number there.
 */
function populationSourceLine(source: PopulationSource, language: Language) {
  const title = sourceTitle(source, language);
  const publisher = withInferred(
    printedName(source.publisher, source.publisherEn, language),
    source.publisherInferred,
    language,
  );
  const date =
    source.publishedOn == null
      ? populationWords.noDate[language]
      : withInferred(source.publishedOn, source.publishedOnInferred, language);
  return el(
    'div',
    { class: 'population-source' },
    el('span', { class: 'label' }, t('populationSource', language)),
    ' ',
    source.url && /^https?:\/\//.test(source.url)
      ? el('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, title)
      : title,
    ...[publisher, date].filter(Boolean).map((words) => ` · ${words}`),
    source.readOnReprint
      ? el('span', { class: 'reprint' }, ` · ${populationWords.reprint[language]}`)
      : null,
  );
}

/**
 * A region's count per 10,000 residents, under the count: today's count over the latest year-end
 * population it published, whose year and source it gives (regions' differ), or why it has none
 * (Xiong'an publishes no population).
 */
function perResidentsLine(registry: NationalRegistry, code: RateIndicator, context: ViewContext) {
  const { language } = context;
  const rate = registry[code];
  if (!rate?.computable) return null;
  const label = el('span', { class: 'label' }, t('perResidents', language));
  // A rate of a count of nothing registered is 0 over the population, which reads as a measured
  // none: blank, saying nothing is registered, as its count above says it of its 0.
  if (rate.value == null || rate.nothingRegistered) {
    const why = reasonIn(rate.reason, [], language);
    return el(
      'details',
      { class: 'blank per-residents', title: why },
      el(
        'summary',
        {},
        label,
        ' —',
        rate.nothingRegistered
          ? el('span', { class: 'none-registered' }, t('noneRegistered', language))
          : null,
      ),
      el('div', { class: 'reason' }, why),
    );
  }
  return el(
    'div',
    { class: 'per-residents' },
    label,
    ' ',
    formatValue(rate.value, null, language),
    // The count and population it divides: today's count, the one above it, over a year-end's.
    rate.numerator != null && rate.denominator != null
      ? el(
          'span',
          { class: 'rate-parts', title: t(rateParts[code], language) },
          ` (${readable(rate.numerator)} / ${readable(rate.denominator)})`,
        )
      : null,
    demoMark(rate.demoShare, language),
    asOfMark(rate.asOf),
    // The count is today's, the population a year-end's: which, and that it is carried forward.
    rate.denominatorFigure
      ? el(
          'span',
          { class: 'population-year' },
          ` · ${populationYearWords(rate.denominatorFigure.asOf, !!rate.denominatorCarriedForward, language)}`,
        )
      : null,
    rate.denominatorFigure ? populationSourceLine(rate.denominatorFigure.source, language) : null,
  );
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

export function indicatorCell(
  registry: NationalRegistry,
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
          figure.roundedTo == null
            ? null
            : afterSpace(
                el('span', { class: 'rounded' }, roundedWords(figure.roundedTo, language)),
              ),
          asOfMark(withInferred(figure.asOf, figure.asOfInferred, language)),
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
          undatedBeside(measured.undatedRecords, language, namesCertificates(code)),
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
    perResidentsOf[code] ? perResidentsLine(registry, perResidentsOf[code], context) : null,
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
    { 'data-indicator': code },
    ...(parts.length ? parts : [el('div', { class: 'blank' }, t('nothingHere', language))]),
  );
}
