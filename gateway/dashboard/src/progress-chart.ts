import { demoPercentText } from '../../../shared/mostly-demo.js';
import { axisYearOf } from './axis-year.js';
import { chartIn, drawnTexts, toolbox, valueAxis, type AxisLabels } from './charts.js';
import { chartValue } from './units.js';
import type { Figure, HistoryPoint, Target } from './fragments.js';

/**
 * A target's chart: where the region stood each year, what it published, where its trend goes and
 * the target. Apart from the breakdowns' bars, which share only the chart's frame (charts.ts).
 */

export interface ProgressLabels extends AxisLabels {
  measured: string;
  published: string;
  trend: string;
  target: string;
  /** The word before the value that reaches a target to be reached basically (基本实现 90%). */
  threshold: string;
  /** After a day the page does not print: （推定）. */
  inferred: string;
  /** The word before a point's demo share in its tooltip (演示 96%). */
  demo: string;
  /** The name of this year's measured point, which is to date, not the year's end. */
  measuredToDate: string;
}

/**
 * Where a published point stands on the axis of year-ends: at its figure's day, as the trend starts
 * at the value's (a figure of 2023-09 at 2022.75, not at the end of 2023, which it does not say);
 * a baseline worked out from a growth rate at the year it is of, which is all it says.
 */
function publishedAt(point: HistoryPoint): { x: number; day?: string } {
  const day = point.figure?.asOf;
  // A baseline (derived, or stated by a later figure) is of a year before its figure's day.
  const ofItsDay = day != null && !point.derived && Number(day.slice(0, 4)) === point.year;
  return ofItsDay ? { x: axisYearOf(day), day } : { x: point.year };
}

/**
 * A target's yearly series from the registry, the published figures (their own marker; a click opens
 * the quote), the trend line to the target year, and the target. The years measured are written on
 * the element, so that a test can see what was drawn on the canvas.
 */
export function progressChart(
  element: HTMLElement,
  target: Target,
  labels: ProgressLabels,
  onFigure: (figure: Figure) => void,
): void {
  const history = target.progress.history;
  const measured = history.filter((p) => p.basis === 'MEASURED');
  const published = history
    .filter((p) => p.basis === 'PUBLISHED')
    .map((p) => ({ ...p, at: publishedAt(p) }));
  const { value, asOf, projectedValue, figure } = target.progress;
  // The projection, from where the region stands when it was last known to the end of the target
  // year: never run back over the years before, where it would contradict what was measured. A
  // published value is projected from the least it allows (近100 from 95), as the status is.
  const from = value != null && asOf ? axisYearOf(asOf) : null;
  const trend =
    projectedValue != null && from != null && from < target.targetYear
      ? [
          [from, figure?.interval.lower ?? value],
          [target.targetYear, projectedValue],
        ]
      : [];
  element.dataset.trend = JSON.stringify(trend);
  // At least the year before the target's: a history of one year on an axis of one year collapses it.
  const firstYear = Math.floor(
    Math.min(...history.map((p) => p.year), ...published.map((p) => p.at.x), target.targetYear - 1),
  );
  element.dataset.measuredYears = measured.map((p) => p.year).join(',');
  element.dataset.measuredDemoShares = measured.map((p) => p.demoShare ?? '').join(',');
  element.dataset.publishedYears = published.map((p) => p.year).join(',');
  element.dataset.publishedAt = published.map((p) => p.at.x).join(',');
  const today = new Date();
  const thisYear = today.getFullYear();
  const yearEnded = today.getMonth() === 11 && today.getDate() === 31;
  // To the target year, or on to this year once it has passed: the value now is on the chart.
  const lastYear = Math.max(target.targetYear, ...history.map((p) => p.year));
  element.dataset.lastYear = String(lastYear);
  // This year's value is to date, not a year's end: drawn hollow, under a name of its own.
  const toDate = measured.find((p) => p.year === thisYear && !yearEnded);
  element.dataset.toDateYear = toDate ? String(toDate.year) : '';
  // A target to be reached basically is judged at its threshold (90 of 100): drawn, as the status
  // line says it, beside the target itself.
  const threshold = target.progress.reason.threshold;
  const thresholdText = `${labels.threshold} ${chartValue(threshold, labels.unit)}`;
  const thresholdLine =
    threshold < target.targetValue
      ? [
          {
            yAxis: threshold,
            // At the line's start (the target's label holds its end), on the line itself: above
            // it, a threshold just under its target (90 of 100) had its words up against the
            // target's line, read as the target's.
            label: {
              position: 'insideStart',
              backgroundColor: '#fff',
              padding: [1, 4],
              formatter: () => thresholdText,
            },
            lineStyle: { color: '#b03a2e', type: 'dashed', opacity: 0.6 },
          },
        ]
      : [];
  element.dataset.threshold = thresholdLine.length ? String(threshold) : '';
  const chart = chartIn(element);
  chart.setOption({
    animation: false,
    // The legend under the axis and the unit's title above it: neither covers a point or a label.
    grid: { left: 8, right: 24, top: 40, bottom: 48, containLabel: true },
    tooltip: {
      trigger: 'item',
      // Every point is [year, value]; the names are the page's own labels, never data.
      formatter: (point: {
        seriesName: string;
        value: number[] | { value: number[] };
        data?: { demoShare?: number | null; day?: string };
      }) => {
        const [year, value] = Array.isArray(point.value) ? point.value : point.value.value;
        // A published figure is drawn at its day, and said with it (2023-09, not 2022.75).
        const when = point.data?.day ?? year;
        // A year-end value built on demo records says how much of it is demo, as the status does.
        const share = point.data?.demoShare;
        const demo = share == null ? '' : `<br>${labels.demo} ${demoPercentText(share)}%`;
        // This year's value is to date: named so, never as a year's end not yet come.
        const name =
          point.seriesName === labels.measured && year === thisYear && !yearEnded
            ? labels.measuredToDate
            : point.seriesName;
        return `${name}<br>${when}: ${chartValue(value!, labels.unit)}${demo}`;
      },
    },
    // Only what is drawn: a chart with no published figure names none.
    legend: {
      bottom: 0,
      textStyle: { fontSize: 11 },
      data: [
        labels.measured,
        ...(toDate ? [labels.measuredToDate] : []),
        ...(published.length ? [labels.published] : []),
        ...(trend.length ? [labels.trend] : []),
        labels.target,
      ],
    },
    toolbox: toolbox(chart, labels, target.id),
    xAxis: {
      type: 'value',
      min: firstYear,
      max: lastYear,
      minInterval: 1,
      axisLabel: { hideOverlap: true, formatter: (year: number) => String(year) },
    },
    yAxis: {
      ...valueAxis(element, labels),
      min: 0,
      max: (v: { max: number }) => Math.max(v.max, target.targetValue),
    },
    series: [
      {
        name: labels.measured,
        type: 'line',
        data: measured.map((p) => ({ value: [p.year, p.value], demoShare: p.demoShare })),
        symbolSize: 6,
        itemStyle: { color: '#2e6da4' },
      },
      {
        name: labels.measuredToDate,
        type: 'scatter',
        symbolSize: 8,
        z: 3,
        itemStyle: { color: '#fff', borderColor: '#2e6da4', borderWidth: 2 },
        data: toDate ? [{ value: [toDate.year, toDate.value], demoShare: toDate.demoShare }] : [],
      },
      {
        name: labels.published,
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 14,
        cursor: 'pointer',
        // Above the measured line: a published figure often sits on the year-end value it was planned on.
        z: 3,
        itemStyle: { color: '#d68910' },
        data: published.map((p) => ({
          value: [p.at.x, p.value],
          day: p.at.day && (p.figure?.asOfInferred ? `${p.at.day}${labels.inferred}` : p.at.day),
          figure: p.figure,
          itemStyle: p.derived
            ? { color: '#fff', borderColor: '#d68910', borderWidth: 2 }
            : undefined,
        })),
      },
      {
        name: labels.trend,
        type: 'line',
        data: trend,
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#7f8c8d' },
        itemStyle: { color: '#7f8c8d' },
      },
      {
        name: labels.target,
        type: 'scatter',
        symbol: 'pin',
        symbolSize: 22,
        itemStyle: { color: '#b03a2e' },
        data: [[target.targetYear, target.targetValue]],
        markLine: {
          symbol: 'none',
          silent: true,
          // At the line's far end, where the target's pin stands: clear of the axis's own numbers.
          label: {
            position: 'insideEndTop',
            distance: [24, 4],
            formatter: () => chartValue(target.targetValue, labels.unit),
          },
          data: [{ yAxis: target.targetValue }, ...thresholdLine],
          lineStyle: { color: '#b03a2e', type: 'dotted' },
        },
      },
    ],
  });
  // Where the published markers are drawn, so that a test can click one on the canvas.
  element.dataset.publishedPoints = JSON.stringify(
    published.map((p) => chart.convertToPixel({ seriesIndex: 1 }, [p.at.x, p.value])),
  );
  // Where the threshold's label and the lines are drawn, after every drawing (a resize moves
  // them), so that a test can see the label sits on its own line.
  chart.on('finished', () => {
    if (!thresholdLine.length) return;
    const label = drawnTexts(chart).find((drawn) => drawn.text === thresholdText)?.box;
    const lineY = (value: number) => chart.convertToPixel({ yAxisIndex: 0 }, value);
    element.dataset.thresholdLabel = JSON.stringify({
      top: label?.y,
      bottom: label && label.y + label.height,
      thresholdY: lineY(threshold),
      targetY: lineY(target.targetValue),
    });
  });
  chart.on('click', (event) => {
    const figure = (event.data as { figure?: Figure | null } | undefined)?.figure;
    if (figure) onFigure(figure);
  });
}
