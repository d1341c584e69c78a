import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Breakdown, Target } from './queries.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

const charts = new Set<echarts.ECharts>();

/** Charts of the page being replaced are disposed, so that refreshes do not leak canvases. */
export function disposeCharts(): void {
  for (const chart of charts) chart.dispose();
  charts.clear();
}

window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));

function chartIn(element: HTMLElement): echarts.ECharts {
  const chart = echarts.init(element, undefined, { renderer: 'canvas' });
  charts.add(chart);
  return chart;
}

/** A target's history, its projection to the target year, and the target itself. */
export function progressChart(element: HTMLElement, target: Target, labels: { history: string; projection: string; target: string }): void {
  const points = target.progress.history;
  const years = [...new Set([...points.map((p) => p.year), target.targetYear])].sort((a, b) => a - b);
  const last = points.at(-1);
  const projection = last && target.progress.projectedValue != null ? [[String(last.year), last.value], [String(target.targetYear), target.progress.projectedValue]] : [];
  chartIn(element).setOption({
    animation: false,
    grid: { left: 48, right: 16, top: 28, bottom: 24 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { fontSize: 11 } },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', max: (v: { max: number }) => Math.max(v.max, target.targetValue) },
    series: [
      { name: labels.history, type: 'line', data: points.map((p) => [String(p.year), p.value]), symbolSize: 8 },
      { name: labels.projection, type: 'line', data: projection, lineStyle: { type: 'dashed' } },
      {
        name: labels.target,
        type: 'line',
        data: [],
        markLine: { symbol: 'none', data: [{ yAxis: target.targetValue, name: labels.target }], lineStyle: { color: '#b03a2e' } },
      },
    ],
  });
}

export function breakdownChart(element: HTMLElement, breakdown: Breakdown, label: (key: string | null) => string): void {
  const cells = [...breakdown.breakdown].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  chartIn(element).setOption({
    animation: false,
    grid: { left: 150, right: 24, top: 8, bottom: 24 },
    tooltip: {},
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: cells.map((c) => label(c.keys[0]?.value ?? null)) },
    series: [{ type: 'bar', data: cells.map((c) => c.value), itemStyle: { color: '#2e6da4' } }],
  });
}
