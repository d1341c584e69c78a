import { progressChart } from './progress-chart.js';
import { afterSpace, el } from './dom.js';
import { enumLabel } from '../../../shared/enum-labels.js';
import { demoPercentText } from '../../../shared/mostly-demo.js';
import { undatedMark, undatedWords } from '../../../shared/inferred-day-words.js';
import { captionLine } from './saved-chart.js';
import { targetScopeText } from '../../../shared/target-scope.js';
import { statusLabels, t, withInferred, type Language } from './i18n.js';
import { reasonText } from './reason-words.js';
import { issuedWords, policyWords } from './policy-words.js';
import type { Indicator, Source, Target } from './fragments.js';
import { sourceTitle } from '../../../shared/bilingual.js';
import { rateBasisWords } from '../../../shared/rate-years.js';
import { axisUnit, formatDifference, formatFigure, formatValue, unitWord } from './units.js';

/** What a figure's source dialog is given: a number, its date, its quote and its document. */
export interface SourcedValue {
  value: number;
  unit: string;
  asOf: string;
  /** The page prints no date: `asOf` was read from its neighbours. */
  asOfInferred?: boolean | null;
  /** How the page rounded it (余, 超, 近), said with the number as printed. */
  qualifier?: string | null;
  /** Where the figure adds up a period ("since 2013"): its start. */
  periodStart?: string | null;
  /** The page prints no start: `periodStart` was worked out from its wording. */
  periodStartInferred?: boolean | null;
  quote: string | null;
  source: Source | null;
}

export interface ViewContext {
  language: Language;
  openRegion: (code: string) => void;
  showSource: (figure: SourcedValue) => void;
}

/**
 * A status's badge: filled in its colour, or outlined in grey when the value it was judged on is
 * mostly demo records, so that a red "off track" planned into the demo data never reads as a
 * finding about the region.
 */
export const statusBadge = (status: string, language: Language, onDemo = false) =>
  el(
    'span',
    { class: `status status-${status}${onDemo ? ' on-demo' : ''}`, 'data-status': status },
    statusLabels[status]?.[language] ?? status,
  );

const percentOfDemo = (share: number | null) => `${demoPercentText(share ?? 0)}%`;

/**
 * A target's status with what it rests on, in one line that wraps as a whole: the badge, and a demo
 * mark when the value judged is mostly demo records, with its share, and what the share means on
 * hover.
 */
export const statusLine = (
  progress: { status: string; demoShare: number | null; restsMostlyOnDemo: boolean },
  language: Language,
  ...beside: (Node | string)[]
) =>
  el(
    'span',
    { class: 'status-line' },
    statusBadge(progress.status, language, progress.restsMostlyOnDemo),
    progress.restsMostlyOnDemo
      ? el(
          'span',
          {
            class: 'status-demo',
            'data-demo-share': String(progress.demoShare),
            title: `${t('restsOnDemo', language)} ${percentOfDemo(progress.demoShare)}`,
          },
          t('demo', language),
          // Printed, not only on hover: a phone and paper have none, and a reader never should.
          el('span', { class: 'demo-percent' }, ` ${percentOfDemo(progress.demoShare)}`),
        )
      : null,
    ...beside,
  );

/** How much of a measured value is demo, beside it: nothing when none is. */
export const demoMark = (share: number | null, language: Language) =>
  share
    ? afterSpace(
        el(
          'span',
          { class: 'demo-share', 'data-demo-share': String(share) },
          `${t('demo', language)} ${demoPercentText(share)}%`,
        ),
      )
    : null;

/**
 * How many of a measured value's records are counted from a day the registry inferred, beside it:
 * the count printed, the sentence the report's note says on hover; nothing when none is.
 */
export const undatedBeside = (
  count: number | null | undefined,
  language: Language,
  certificates: boolean,
) =>
  count
    ? afterSpace(
        el(
          'span',
          {
            class: 'undated',
            'data-undated': String(count),
            title: undatedWords(count, language, { certificates }),
          },
          undatedMark(count, language),
        ),
      )
    : null;

/** The day (or period) a value is as of, beside it: nothing when there is none. */
export const asOfMark = (day: string | null | undefined) =>
  day ? afterSpace(el('span', { class: 'as-of' }, day)) : null;

export const indicatorNamer = (indicators: Indicator[], language: Language) => (code: string) => {
  const indicator = indicators.find((i) => i.code === code);
  return (language === 'zh' ? indicator?.nameZh : indicator?.name) ?? code;
};

/** What an indicator counts, in the page's language: a target card says it under its title. */
export const indicatorDefiner = (indicators: Indicator[], language: Language) => (code: string) => {
  const indicator = indicators.find((i) => i.code === code);
  return (language === 'zh' ? indicator?.descriptionZh : indicator?.description) ?? '';
};

/** Whether an indicator is a flow: its measured points are each year's whole, not its end. */
export const indicatorIsFlow = (indicators: Indicator[]) => (code: string) =>
  indicators.find((i) => i.code === code)?.stockOrFlow === 'FLOW';

/** A target's value with what the policy asks of it: 基本实现 100% for a target to be reached basically. */
export const targetValue = (target: Target, language: Language) =>
  (target.qualifier === 'EXACT' ? '' : `${enumLabel(target.qualifier, language)} `) +
  formatValue(target.targetValue, target.unit, language);

/**
 * Where the region stands and how far it is from the target, as of when and how much of it is demo:
 * every status has its numbers beside it, whichever rule gave it.
 */
function standing(target: Target, language: Language): HTMLElement | null {
  const { value, asOf, gap, demoShare, restsMostlyOnDemo, figure, denominatorFigure } =
    target.progress;
  if (value == null) return null;
  // A rate says what it divides: the count of its day over a year-end's population, which may be
  // years before it (Guangxi's of 2026-12-06 over 2022's), as its measure does.
  const over =
    asOf && denominatorFigure
      ? el(
          'span',
          { class: 'rate-basis', 'data-population-as-of': denominatorFigure.asOf },
          language === 'zh'
            ? `（${rateBasisWords(asOf, denominatorFigure.asOf, language)}）`
            : ` (${rateBasisWords(asOf, denominatorFigure.asOf, language)})`,
        )
      : null;
  return el(
    'p',
    { class: 'standing' },
    `${t('standingNow', language)} `,
    figure?.qualifier
      ? formatFigure(value, target.unit, figure.qualifier, language)
      : formatValue(value, target.unit, language),
    asOfMark(withInferred(asOf, figure?.asOfInferred, language)),
    over,
    // Mostly demo, the status line above says the share (to a tenth): said once.
    restsMostlyOnDemo ? null : demoMark(demoShare, language),
    gap ? ` · ${t('gapToTarget', language)} ${formatDifference(gap, target.unit, language)}` : null,
  );
}

/** A target with its status in words and its chart: yearly series, published points, trend, target. */
export function targetCard(
  region: string,
  title: string,
  definition: string,
  target: Target,
  context: ViewContext,
  flow = false,
): HTMLElement {
  const { language } = context;
  const chart = el('div', { class: 'chart progress-chart' });
  const scope = targetScopeText(target.scope, language);
  const goal = el(
    'p',
    {},
    `${t('target', language)} ${targetValue(target, language)} (${target.targetYear}) `,
    statusLine(target.progress, language),
  );
  const now = standing(target, language);
  const policyApart =
    target.policy && target.policy.title !== target.source?.title ? target.policy : null;
  const issued = target.policy && issuedWords(target.policy, language);
  queueMicrotask(() =>
    progressChart(
      chart,
      target,
      {
        measured: t(flow ? 'measuredYears' : 'measuredSeries', language),
        measuredToDate: t('measuredToDate', language),
        published: t('published', language),
        trend: t('trend', language),
        target: t('target', language),
        threshold: enumLabel('BASICALLY', language),
        inferred: t('inferred', language),
        valueAxis: axisUnit(target.unit, language),
        unit: unitWord(target.unit, language),
        saveImage: t('saveImage', language),
        demo: t('demo', language),
        // The status, with its demo share, and where the region stands, as of when.
        caption: () => [`${region} · ${title}`, captionLine(goal), captionLine(now)],
      },
      (figure) => context.showSource(figure),
    ),
  );
  return el(
    'article',
    { class: 'target-card', 'data-target': target.id },
    el('h3', {}, title),
    definition ? el('p', { class: 'definition' }, definition) : null,
    goal,
    scope ? el('p', { class: 'scope' }, scope) : null,
    now,
    target.quote && target.source
      ? el(
          'p',
          { class: 'target-source' },
          t('targetSetBy', language),
          el(
            'a',
            {
              href: '#',
              class: 'quote-link',
              // The dialog shows the document and the sentence the target is read from.
              onclick: (e) => (
                e.preventDefault(),
                context.showSource({
                  value: NaN,
                  unit: target.unit,
                  asOf: '',
                  quote: target.quote,
                  source: target.source,
                })
              ),
            },
            sourceTitle(target.source, language),
          ),
          // A document that is the policy itself says when it was issued (Beijing's opinion prints
          // no date: 2020, inferred).
          policyApart || !issued ? null : ` · ${issued}`,
        )
      : null,
    // A page's headline may drop what its policy says (基本): the policy is named where it differs.
    policyApart
      ? el(
          'p',
          { class: 'target-policy' },
          policyWords(sourceTitle(policyApart, language), issued, language),
        )
      : null,
    el(
      'p',
      { class: 'reason' },
      reasonText(
        {
          ...target.progress.reason,
          value: target.progress.value,
          projectedValue: target.progress.projectedValue,
          targetValue: target.targetValue,
          targetYear: target.targetYear,
        },
        target.unit,
        language,
        target.progress.figure?.qualifier,
        target.progress.figure?.interval.lower,
      ),
    ),
    // A value that adds up a period (a cohort's postings, a flow) says from when.
    target.progress.since
      ? el('p', { class: 'since' }, t('progressSince', language), target.progress.since)
      : null,
    chart,
  );
}
