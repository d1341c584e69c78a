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
import type { Breakdown } from './queries.js';
import { saveWithCaption } from './saved-chart.js';
import { chartValue } from './units.js';

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

export function chartIn(element: HTMLElement): echarts.ECharts {
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
  /** What the card says around the chart, read when it is saved: the saved image's caption. */
  caption: () => string[];
}

/** ECharts' own download arrow, for the button that saves a chart with its caption. */
const SAVE_ICON =
  'path://M4.7,22.9L29.3,45.5L54.7,23.4M4.6,43.6L4.6,58L53.8,58L53.8,43.6M29.2,45.1L29.2,0';

/** A button that saves the chart as a PNG named after its card, with its caption (saved-chart.ts). */
export const toolbox = (chart: echarts.ECharts, labels: AxisLabels, name: string) => ({
  right: 0,
  top: 0,
  feature: {
    mySaveWithCaption: {
      title: labels.saveImage,
      icon: SAVE_ICON,
      onclick: () => saveWithCaption(chart, name, labels.caption()),
    },
  },
});

/** The value axis titled with its unit; the title is also written on the element for a test. */
export function valueAxis(element: HTMLElement, labels: AxisLabels) {
  element.dataset.valueAxis = labels.valueAxis;
  return {
    type: 'value' as const,
    name: labels.valueAxis,
    nameTextStyle: { color: '#5a6776', align: 'left' as const },
  };
}

/** The number of steps ECharts aims at on a value axis when it is given none. */
const ECHARTS_SPLIT_NUMBER = 5;

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
  name: string,
  labels: AxisLabels,
): void {
  const cells = [...breakdown.breakdown].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const categories = cells.map((c) => label(c.keys[0]));
  element.style.height = `${Math.max(6, cells.length) * BAR_ROW_PX + 88}px`;
  element.dataset.labels = JSON.stringify(categories);
  const chart = chartIn(element);
  // What the chart draws, and at what width, after every drawing (a resize changes it), so that a
  // test can read it.
  chart.on('finished', () => {
    element.dataset.drawnLabels = JSON.stringify(drawnTexts(chart).map((drawn) => drawn.text));
    element.dataset.drawnWidth = String(chart.getWidth());
  });
  chart.setOption({
    // On a phone's narrow card (under 400 px) the value axis has fewer numbers: as many as a wide
    // card's ran together, and hideOverlap dropped some of them (0 30 90 150). The second entry,
    // without a query, is what ECharts applies when no query holds: without it a chart once drawn
    // narrow (a phone turned, a window widened, a card laid out late) kept the narrow card's
    // numbers at any width, since ECharts never takes back what a media option set.
    media: [
      { query: { maxWidth: 400 }, option: { xAxis: { splitNumber: 3 } } },
      { option: { xAxis: { splitNumber: ECHARTS_SPLIT_NUMBER } } },
    ],
    baseOption: breakdownOption(element, cells, categories, name, labels, chart),
  });
}

/** A breakdown chart's option, whatever its width. */
function breakdownOption(
  element: HTMLElement,
  cells: Breakdown['breakdown'],
  categories: string[],
  name: string,
  labels: AxisLabels,
  chart: echarts.ECharts,
) {
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 52, bottom: 8, containLabel: true },
    tooltip: { valueFormatter: (value: number) => chartValue(value, labels.unit) },
    toolbox: toolbox(chart, labels, name),
    // The unit centred above the value axis's numbers, clear of the save button in the corner: at
    // the axis's end it ran past a narrow card's edge (单位 cut to 单, Unit to Uni).
    xAxis: {
      ...valueAxis(element, labels),
      // Numbers that would still run together (120150180) are thinned.
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
      // A long name wraps onto a second line of its row rather than losing its end
      // (Relocation and resettlem...). The names' box is as wide as the widest, to 150 px: a
      // box of 150 px for short ones kept that much of a card from its bars.
      axisLabel: {
        interval: 0,
        width: Math.min(150, widestText(categories)),
        overflow: 'break',
        lineHeight: 12,
      },
    },
    series: [
      {
        type: 'bar',
        data: cells.map((c) => c.value),
        itemStyle: { color: '#2e6da4' },
        barMaxWidth: 16,
      },
    ],
  };
}

/** The texts a chart draws on its canvas, and where: what a test reads of a canvas. */
export function drawnTexts(chart: echarts.ECharts) {
  return chart
    .getZr()
    .storage.getDisplayList()
    .flatMap((element) => {
      const text = (element.style as { text?: string }).text;
      if (typeof text !== 'string') return [];
      const box = element.getBoundingRect().clone();
      box.applyTransform(element.getComputedTransform());
      return [{ text, box }];
    });
}

/** How wide the widest of texts is, set in ECharts' default font, whole pixels up. */
function widestText(texts: string[]): number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return 150;
  context.font = '12px sans-serif';
  return Math.ceil(Math.max(0, ...texts.map((text) => context.measureText(text).width))) + 1;
}
