import type * as echarts from 'echarts/core';
import { wrapLine } from '../../../shared/wrap-line.js';

/** Pixels of the saved image per pixel of the page: sharp when printed or put in a slide. */
const PIXEL_RATIO = 2;
const LINE_HEIGHT = 20;
const MARGIN = 8;

/**
 * Saves a chart as a PNG named after its card, on a white ground, with `caption` above it: the
 * lines the card says around the chart (the region, the indicator, the target and its status, how
 * much is demo, as of when). An image leaves the page, and a chart of demo records must not leave
 * without saying so. The lines are also written on the chart's element, for a test.
 */
export function saveWithCaption(chart: echarts.ECharts, name: string, caption: string[]): void {
  const lines = caption.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  chart.getDom().dataset.savedCaption = JSON.stringify(lines);
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d')!;
    const font = `${13 * PIXEL_RATIO}px sans-serif`;
    context.font = font;
    // Wrapped to the chart's width: a phone's card is narrow, and a squeezed line unreadable.
    const rows = lines.flatMap((line) =>
      wrapLine(line, image.width - MARGIN * 2 * PIXEL_RATIO, {
        measure: (text) => context.measureText(text).width,
      }),
    );
    const band = (MARGIN * 2 + LINE_HEIGHT * rows.length) * PIXEL_RATIO;
    canvas.width = image.width;
    canvas.height = image.height + band;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = '#1f2933';
    context.font = font;
    context.textBaseline = 'top';
    rows.forEach((row, i) =>
      context.fillText(row, MARGIN * PIXEL_RATIO, (MARGIN + i * LINE_HEIGHT) * PIXEL_RATIO),
    );
    context.drawImage(image, 0, band);
    const link = document.createElement('a');
    link.download = `${name}.png`;
    link.href = canvas.toDataURL('image/png');
    link.click();
  };
  image.src = chart.getDataURL({
    type: 'png',
    pixelRatio: PIXEL_RATIO,
    backgroundColor: '#fff',
    excludeComponents: ['toolbox'],
  });
}

/**
 * An element's words as a line of a caption: its text nodes joined by spaces, since a badge and the
 * mark beside it are kept apart by CSS, not by a space (偏离目标 演示 100%, not 偏离目标演示 100%).
 */
export function captionLine(element: Node | null): string {
  if (!element) return '';
  const words: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    words.push(node.nodeValue ?? '');
  return words.join(' ').replace(/\s+/g, ' ').trim();
}
