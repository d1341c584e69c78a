import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../scripts/build-dashboard.js';
import { chromiumFor, chromiumPath } from './chromium.js';
import { useStack } from './harness.js';
import { redrawn } from './dashboard-refresh.js';

/**
 * Where the dashboard draws what it draws, measured in headless Chromium at the widths its readers
 * use: a desktop and a phone of 375 px.
 */
const federation = useStack();

const coverageTarget = '.target-card[data-target="gx-secondary-plus-msw-coverage-2027"]';

/** The colour of the tables' lines (dashboard.css, `th, td`). */
const borderColour = 'rgb(223, 227, 232)';

describe.runIf(chromiumFor('The dashboard test', '看板测试'))(
  `the dashboard's layout in headless Chromium (${chromiumPath})`,
  () => {
    let browser: Browser;

    beforeAll(async () => {
      await buildDashboard();
      browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    });

    afterAll(async () => {
      await browser?.close();
    });

    /** A page of the dashboard at a width, in a language, drawn. */
    async function opened(width: number, language: 'zh' | 'en', hash = ''): Promise<Page> {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(
        new URL(`/dashboard/?lang=${language}${hash}`, federation.stack.gatewayUrl).href,
      );
      return page;
    }

    it('keeps the comparison scrolled sideways on a 375 px phone through a refresh', async () => {
      const page = await opened(375, 'zh');
      try {
        await page.waitForSelector('table.comparison tbody tr[data-region]');
        const frame = page.locator('#national .table-scroll');
        // The table is wider than the phone: the reader scrolls it to the columns on the right.
        const left = await frame.evaluate((f) => ((f.scrollLeft = 300), f.scrollLeft));
        expect(left).toBe(300);
        // A refresh, as the timer makes one a minute, draws the page anew: it stays where it was.
        await redrawn(page);
        expect(await frame.evaluate((f) => f.scrollLeft)).toBe(left);
      } finally {
        await page.close();
      }
    });

    for (const width of [1440, 375])
      it(`draws the words of a target's "basically" threshold on its own line, not against the target's, at ${width} px`, async () => {
        const page = await opened(width, 'zh', '#region/GX');
        try {
          const chart = page.locator(`${coverageTarget} .progress-chart[data-threshold-label]`);
          await chart.waitFor();
          const { top, bottom, thresholdY, targetY } = JSON.parse(
            (await chart.getAttribute('data-threshold-label'))!,
          );
          // Guangxi's 100% to be reached basically is judged at 90.
          expect(await chart.getAttribute('data-threshold')).toBe('90');
          expect(Math.abs((top + bottom) / 2 - thresholdY)).toBeLessThanOrEqual(1);
          expect(top).toBeGreaterThan(targetY);
        } finally {
          await page.close();
        }
      });

    for (const language of ['zh', 'en'] as const)
      for (const region of ['GX', 'BJ'])
        it(`shows every label of each breakdown's axes on a 375 px phone: ${region}, ${language}`, async () => {
          const page = await opened(375, language, `#region/${region}`);
          try {
            const charts = page.locator('#region .breakdown .bars[data-drawn-labels]');
            await charts.nth(3).waitFor();
            expect(await charts.count()).toBe(4);
            for (const chart of await charts.all()) {
              const categories: string[] = JSON.parse((await chart.getAttribute('data-labels'))!);
              const drawn: string[] = JSON.parse((await chart.getAttribute('data-drawn-labels'))!);
              // Every category by its whole name.
              expect(drawn).toEqual(expect.arrayContaining(categories));
              // The value axis's numbers at even steps from 0 and two more at least: none dropped
              // for running into the next (0 30 90 150 had lost 60 and 120).
              const numbers = drawn
                .filter((text) => /^[\d,]+$/.test(text))
                .map((text) => Number(text.replaceAll(',', '')));
              expect(numbers.length, categories.join()).toBeGreaterThanOrEqual(3);
              expect(numbers[0]).toBe(0);
              expect(
                numbers.map((n, i) => n - i * numbers[1]!),
                categories.join(),
              ).toEqual(numbers.map(() => 0));
            }
          } finally {
            await page.close();
          }
        });

    /** The numbers each breakdown's value axis shows, once every chart is drawn at its box's width. */
    async function axisNumbers(page: Page): Promise<string[][]> {
      const charts = page.locator('#region .breakdown .bars');
      await charts.nth(3).waitFor();
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLElement>('#region .breakdown .bars')].every(
          (chart) => chart.dataset.drawnWidth === String(chart.clientWidth),
        ),
      );
      return Promise.all(
        (await charts.all()).map(async (chart) =>
          (JSON.parse((await chart.getAttribute('data-drawn-labels'))!) as string[]).filter(
            (text) => /^[\d,]+$/.test(text),
          ),
        ),
      );
    }

    it("numbers a breakdown's axis for the width it has now: a phone turned, a window widened", async () => {
      const wide = await opened(1440, 'zh', '#region/GX');
      const phone = await opened(375, 'zh', '#region/GX');
      try {
        const wideNumbers = await axisNumbers(wide);
        const phoneNumbers = await axisNumbers(phone);
        // A phone's narrow cards have fewer numbers: the widths differ in what they show.
        expect(phoneNumbers).not.toEqual(wideNumbers);
        // The phone turned: its charts as a page opened wide draws them, and back.
        await phone.setViewportSize({ width: 1440, height: 844 });
        expect(await axisNumbers(phone)).toEqual(wideNumbers);
        await phone.setViewportSize({ width: 375, height: 844 });
        expect(await axisNumbers(phone)).toEqual(phoneNumbers);
      } finally {
        await Promise.all([wide.close(), phone.close()]);
      }
    });

    it('keeps an edge on the first column of a table scrolled sideways on a 414 px phone', async () => {
      const page = await opened(414, 'zh');
      try {
        const frame = page.locator('.table-scroll:has(table.comparison)');
        const sticky = frame.locator('tbody tr:first-child th:first-child');
        await sticky.waitFor();
        // Scrolled, the cells slide under the first column, whose collapsed border slides away with
        // them: the column's own right edge must still be drawn, in the tables' border colour.
        await frame.evaluate((element) => element.scrollBy(200, 0));
        expect(await frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
        // Four pixels across where the column ends, its whole height but the row lines: each line
        // of pixels crosses the edge, at a width the table gives in fractions of a pixel.
        const box = (await sticky.boundingBox())!;
        const right = Math.floor(box.x + box.width);
        const strip = PNG.sync.read(
          await page.screenshot({
            clip: { x: right - 2, y: Math.ceil(box.y) + 2, width: 4, height: box.height - 5 },
          }),
        );
        const edgeless: number[] = [];
        for (let y = 0; y < strip.height; y++) {
          const line = Array.from({ length: strip.width }, (_, x) => {
            const at = 4 * (y * strip.width + x);
            return `rgb(${strip.data[at]}, ${strip.data[at + 1]}, ${strip.data[at + 2]})`;
          });
          if (!line.includes(borderColour)) edgeless.push(y);
        }
        expect(strip.height).toBeGreaterThan(50);
        expect(edgeless).toEqual([]);
      } finally {
        await page.close();
      }
    });
  },
);
