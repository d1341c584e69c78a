import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  ToolboxComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { axisYearOf } from './axis-year.js';
import type { Figure, Target } from './fragments.js';
import type { Breakdown } from './queries.js';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  ToolboxComponent,
  TooltipComponent,
  CanvasRenderer,
]);

const charts = new Set<echarts.ECharts>();

/** Charts of the page being replaced are disposed, so that refreshes do not leak canvases. */
export function disposeCharts(): void {
  for (const chart of charts) chart.dispose();
  charts.clear();
}

/**
 * Each chart follows its box: a phone turned, a window resized, a card reflowed, a page printed
 * (the print layout is narrower than the screen's, and is laid out before `beforeprint` returns).
 */
const resizeAll = () => charts.forEach((chart) => chart.resize());
const observer = new ResizeObserver(resizeAll);
window.addEventListener('beforeprint', resizeAll);
window.addEventListener('afterprint', resizeAll);

function chartIn(element: HTMLElement): echarts.ECharts {
  const chart = echarts.init(element, undefined, { renderer: 'canvas' });
  charts.add(chart);
  observer.observe(element);
  return chart;
}

/** What every chart says around its data, in the page's language. */
export interface AxisLabels {
  /** The value axis's title: its unit. */
  valueAxis: string;
  /** The unit after a value in a tooltip. */
  unit: string;
  saveImage: string;
}

export interface ProgressLabels extends AxisLabels {
  measured: string;
  published: string;
  trend: string;
  target: string;
  /** The word before a point's demo share in its tooltip (演示 96%). */
  demo: string;
  /** The name of this year's measured point, which is to date, not the year's end. */
  measuredToDate: string;
}

/** Saves the chart as a PNG (ECharts' toolbox), on a white ground, named after its card. */
const toolbox = (labels: AxisLabels, name: string) => ({
  right: 0,
  top: 0,
  feature: {
    saveAsImage: { title: labels.saveImage, name, pixelRatio: 2, backgroundColor: '#fff' },
  },
});

const withUnit = (value: number, unit: string) => {
  const rounded = Math.round(value * 10) / 10;
  return unit === '%' ? `${rounded}%` : `${rounded} ${unit}`;
};

/** The value axis titled with its unit; the title is also written on the element for a test. */
function valueAxis(element: HTMLElement, labels: AxisLabels) {
  element.dataset.valueAxis = labels.valueAxis;
  return {
    type: 'value' as const,
    name: labels.valueAxis,
    nameTextStyle: { color: '#5a6776', align: 'left' as const },
  };
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
  const published = history.filter((p) => p.basis === 'PUBLISHED');
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
  const firstYear = Math.min(...history.map((p) => p.year), target.targetYear - 1);
  element.dataset.measuredYears = measured.map((p) => p.year).join(',');
  element.dataset.measuredDemoShares = measured.map((p) => p.demoShare ?? '').join(',');
  element.dataset.publishedYears = published.map((p) => p.year).join(',');
  const today = new Date();
  const thisYear = today.getFullYear();
  const yearEnded = today.getMonth() === 11 && today.getDate() === 31;
  // To the target year, or on to this year once it has passed: the value now is on the chart.
  const lastYear = Math.max(target.targetYear, ...history.map((p) => p.year));
  element.dataset.lastYear = String(lastYear);
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
        data?: { demoShare?: number | null };
      }) => {
        const [year, value] = Array.isArray(point.value) ? point.value : point.value.value;
        // A year-end value built on demo records says how much of it is demo, as the status does.
        const share = point.data?.demoShare;
        const demo = share == null ? '' : `<br>${labels.demo} ${Math.round(100 * share)}%`;
        // This year's value is to date: named so, never as a year's end not yet come.
        const name =
          point.seriesName === labels.measured && year === thisYear && !yearEnded
            ? labels.measuredToDate
            : point.seriesName;
        return `${name}<br>${year}: ${withUnit(value!, labels.unit)}${demo}`;
      },
    },
    legend: { bottom: 0, textStyle: { fontSize: 11 } },
    toolbox: toolbox(labels, target.id),
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
        name: labels.published,
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 14,
        cursor: 'pointer',
        // Above the measured line: a published figure often sits on the year-end value it was planned on.
        z: 3,
        itemStyle: { color: '#d68910' },
        data: published.map((p) => ({
          value: [p.year, p.value],
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
            formatter: () => withUnit(target.targetValue, labels.unit),
          },
          data: [{ yAxis: target.targetValue }],
          lineStyle: { color: '#b03a2e', type: 'dotted' },
        },
      },
    ],
  });
  // Where the published markers are drawn, so that a test can click one on the canvas.
  element.dataset.publishedPoints = JSON.stringify(
    published.map((p) => chart.convertToPixel({ seriesIndex: 1 }, [p.year, p.value])),
  );
  chart.on('click', (event) => {
    const figure = (event.data as { figure?: Figure | null } | undefined)?.figure;
    if (figure) onFigure(figure);
  });
}

/** Height of one category's bar and label, so that every label of a long list (14 cities) is readable. */
const BAR_ROW_PX = 24;

/**
 * A breakdown as horizontal bars, largest first, the chart as tall as its categories need, and every
 * label shown (`interval: 0`: ECharts would otherwise skip some). The axis's labels are written on
 * the element, so that a test can see them.
 */
export function breakdownChart(
  element: HTMLElement,
  breakdown: Breakdown,
  label: (key: { labelZh: string; labelEn: string } | undefined) => string,
  labels: AxisLabels,
): void {
  const cells = [...breakdown.breakdown].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const categories = cells.map((c) => label(c.keys[0]));
  element.style.height = `${Math.max(6, cells.length) * BAR_ROW_PX + 88}px`;
  element.dataset.labels = JSON.stringify(categories);
  chartIn(element).setOption({
    animation: false,
    grid: { left: 8, right: 24, top: 52, bottom: 8, containLabel: true },
    tooltip: { valueFormatter: (value: number) => withUnit(value, labels.unit) },
    toolbox: toolbox(labels, 'breakdown'),
    // The unit centred above the value axis's numbers, clear of the save button in the corner: at
    // the axis's end it ran past a narrow card's edge (单位 cut to 单, Unit to Uni).
    xAxis: {
      ...valueAxis(element, labels),
      // On a phone's narrow card, numbers that would run together (120150180) are thinned.
      axisLabel: { hideOverlap: true },
      position: 'top',
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: '#5a6776', align: 'center' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: { interval: 0, width: 150, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: cells.map((c) => c.value),
        itemStyle: { color: '#2e6da4' },
        barMaxWidth: 16,
      },
    ],
  });
}
