import { mkdirSync, readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiSchemaSdl } from '../scripts/schema/api-changes.js';
import { committedSupergraphSdl } from '../scripts/schema/composition.js';
import { buildDashboard } from '../scripts/build-dashboard.js';
import { gatewayWithRegionDown } from './region-down.js';
import { roundedNumber } from '../shared/rounded-number.js';
import { indicatorCatalog } from '../subgraphs/indicator-catalog.js';
import { chinaDay } from '../shared/china-day.js';
import { regions } from '../subgraphs/regions.js';
import { chromiumFor, chromiumPath } from './chromium.js';
import { bearer, useStack } from './harness.js';
import { fetchComparison } from '../scripts/report/comparison.js';
import { totalHeading } from '../shared/national-total.js';
import { keepScreenshot } from './screenshots.js';
import { redrawn } from './dashboard-refresh.js';

/** One screenshot a page and width, committed, so that a change of layout shows in review. */
const screenshots = 'test/__screenshots__/dashboard';
// The test sets a target: databases of its own, so that no other file sees it.
const federation = useStack({ ownDatabases: 'dashboard' });

/**
 * The moment the pages are taken at, noon in Beijing: the registry's measures are as of its day and
 * the page prints its time of update, so that on a clock left to run every new day rewrote the
 * committed screenshots. The gateway's and subgraphs' clocks (this process's `Date`) start from it
 * and run on. The pages keep the browser's clock: with theirs pinned too (held still, or installed
 * by Playwright), charts came out squashed in screenshots on a busy machine, for a reason not found;
 * what a page prints of its own clock (the time of its update) is replaced by the pinned noon in
 * the screenshots (screenshotOf): its digits moved more pixels than a screenshot may differ by.
 */
const PINNED_MOMENT = new Date('2026-12-04T04:00:00Z');

/**
 * A screenshot once every chart is drawn at its box's width: a chart is drawn when its card is
 * added and again when a ResizeObserver sees the card laid out, which on a busy machine came after
 * some screenshots (a chart squashed into a sliver). Every chart is resized to its box as printing
 * does (charts.ts), and drawn again on its next frame.
 */
async function screenshotOf(page: Page, options: { fullPage?: boolean } = {}) {
  await page.evaluate(
    () =>
      new Promise((drawn) => {
        // The page prints its time of update from its own clock, left running (PINNED_MOMENT): the
        // pinned noon stands in for it, or the hour of a run rewrote the committed files.
        const updated = document.getElementById('updated');
        if (updated?.textContent)
          updated.textContent = updated.textContent.replace(/\d{1,2}:\d{2}:\d{2}/, '12:00:00');
        window.dispatchEvent(new Event('beforeprint'));
        requestAnimationFrame(() => requestAnimationFrame(drawn));
      }),
  );
  return page.screenshot(options);
}

/** Every enum value of the API and every indicator code: none may reach a reader as it is. */
const codes = new Set([
  ...Object.values(buildSchema(apiSchemaSdl(committedSupergraphSdl())).getTypeMap())
    .filter((type) => isEnumType(type) && !type.name.startsWith('__'))
    .flatMap((type) => (isEnumType(type) ? type.getValues().map((v) => v.name) : [])),
  ...indicatorCatalog.map((indicator) => indicator.code),
]);
const rawCodes = (text: string) =>
  (text.match(/\b[A-Z][A-Z0-9_]+\b/g) ?? []).filter((word) => codes.has(word));

/** How far the page reaches beyond the window's width: more than 0 scrolls sideways. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Waits for the page in a language: the title says it. */
async function inLanguage(page: Page, language: 'zh' | 'en') {
  if ((await page.locator('html').getAttribute('lang'))?.startsWith('zh') !== (language === 'zh'))
    await page.click('#language');
  await page.waitForFunction(
    (zh) =>
      document.getElementById('title')!.textContent!.includes(zh ? '社会工作' : 'Social work'),
    language === 'zh',
  );
}

/** Three or more Latin words in a row: a sentence or a label left in English. */
const englishSentences = (text: string) =>
  text.match(/[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){2,}/g) ?? [];

describe.runIf(chromiumFor('The dashboard test', '看板测试'))(
  `the dashboard in headless Chromium (${chromiumPath})`,
  () => {
    let browser: Browser;
    let page: Page;
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      // Before any token is signed: one signed on the real clock would be issued in the future.
      vi.useFakeTimers({ toFake: ['Date'], now: PINNED_MOMENT, shouldAdvanceTime: true });
      await buildDashboard();
      mkdirSync(screenshots, { recursive: true });
      browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
      page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      page.on(
        'console',
        (message) => message.type() === 'error' && consoleErrors.push(message.text()),
      );
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      // A target of an indicator the documents publish, so that its chart has published points beside the series.
      await federation.as(
        await bearer({ role: 'editor', region: 'BJ' }),
      )(`mutation { beijing { setTarget(input: {
      indicator: "MSW_TERTIARY_INSTITUTIONS", targetValue: 80, unit: "institutions", targetYear: 2027, description: "测试目标：三级医疗机构" }) { id } } }`);
      await page.goto(new URL('/dashboard/?lang=zh', federation.stack.gatewayUrl).href);
      await page.waitForSelector('table.comparison tbody tr[data-region]');
    });

    afterAll(async () => {
      await browser?.close();
      vi.useRealTimers();
    });

    it("loads over plain HTTP by a host's name, where the browser gives the page no crypto.subtle", async () => {
      // A deployment reached on a local network (http://registry.example.lan:4000/dashboard/): not
      // a secure context, as localhost is, so the page hashes its persisted queries itself.
      const onNetwork = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--host-resolver-rules=MAP registry.example.lan 127.0.0.1'],
      });
      try {
        const other = await onNetwork.newPage();
        const address = new URL('/dashboard/?lang=zh', federation.stack.gatewayUrl);
        address.hostname = 'registry.example.lan';
        await other.goto(address.href);
        expect(await other.evaluate(() => window.isSecureContext)).toBe(false);
        await other.waitForSelector('table.comparison tbody tr[data-region]');
        expect(await other.locator('table.comparison tbody tr[data-region]').count()).toBe(
          regions.length,
        );
      } finally {
        await onNetwork.close();
      }
    });

    it('opens a region named in either case, and says of a code that is none that there is no such region, with the way back', async () => {
      const other = await browser.newPage();
      try {
        const address = (hash: string) =>
          new URL(`/dashboard/?lang=zh#region/${hash}`, federation.stack.gatewayUrl).href;
        await other.goto(address('bj'));
        await other.waitForSelector('#region[data-region="BJ"]');
        await other.goto(address('ZZ'));
        await other.reload();
        await other.waitForSelector('#main p.error');
        expect(await other.locator('#main p.error').innerText()).toBe('没有这个地区：ZZ');
        await other.click('#back');
        await other.waitForSelector('table.comparison tbody tr[data-region]');
      } finally {
        await other.close();
      }
    });

    it("shows the six regions, each with its targets' statuses, and the national totals", async () => {
      const rows = page.locator('table.comparison tbody tr[data-region]');
      expect(
        await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region'))),
      ).toEqual(regions.map((r) => r.code).sort());
      const statuses = await page
        .locator('table.comparison [data-status]')
        .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-status')));
      expect(statuses.length).toBeGreaterThan(0);
      for (const status of statuses)
        expect([
          'ACHIEVED',
          'ACHIEVED_LATE',
          'ON_TRACK',
          'AT_RISK',
          'OFF_TRACK',
          'NO_DATA',
        ]).toContain(status);
      expect(await page.locator('tr.totals').count()).toBe(1);
      // On a 1,440 px screen the comparison fits its frame: no column, the targets' last, is
      // scrolled out of sight (a day or a demo share that could not wrap once pushed it out).
      const frame = page.locator('.table-scroll').first();
      expect(await frame.evaluate((f) => f.scrollWidth - f.clientWidth)).toBeLessThanOrEqual(0);
      // Beijing's registry holds no township station: its 0 says it is what is registered.
      const none = page.locator('table.comparison tr[data-region="BJ"] .none-registered');
      expect(await none.allInnerTexts()).toContain('（未登记）');
      // Its hover names the indicator by its name, not its code.
      expect(await none.first().getAttribute('title')).toMatch(/^登记库中没有“[^”A-Z]+”所计的记录/);
      // Each total says how many regions it adds up, as the report's does: Xiong'an registers no
      // medical institution, so its coverage is left out, with why.
      const coverage = page.locator('tr.totals td[data-indicator="SECONDARY_PLUS_MSW_COVERAGE"]');
      expect(await coverage.locator('.total-heading').innerText()).toBe(
        '5 个地区合计（1 个未纳入）',
      );
      expect(await coverage.locator('.partial').innerText()).toMatch(
        /^未纳入：雄安新区：没有可作分母/,
      );
      expect(
        await page
          .locator('tr.totals td[data-indicator="CERTIFIED_SOCIAL_WORKERS"] .total-heading')
          .innerText(),
      ).toBe('6 个地区合计');
      // Every status the seed data gives rests mostly on demo records, and each line says so, with
      // the share on hover.
      const { registries } = await federation.query(
        `{ registries { targets { progress { restsMostlyOnDemo demoShare } } } }`,
      );
      const progresses = registries.flatMap(
        (r: { targets: { progress: { restsMostlyOnDemo: boolean } }[] }) =>
          r.targets.map((t) => t.progress),
      );
      expect(progresses.length).toBeGreaterThan(0);
      expect(progresses.every((p: { restsMostlyOnDemo: boolean }) => p.restsMostlyOnDemo)).toBe(
        true,
      );
      const lines = await page
        .locator('table.comparison .status-line')
        .evaluateAll((spans) =>
          spans.map((s) => s.querySelector('.status-demo')?.getAttribute('title') ?? null),
        );
      expect(lines.length).toBe(statuses.length);
      for (const title of lines) expect(title).toMatch(/^此状态主要基于演示数据.*\d+(\.\d)?%$/);
      // And no badge of a status judged on demo wears the status's colour: red is for findings.
      const badges = await page
        .locator('table.comparison .status')
        .evaluateAll((spans) =>
          spans.map((s) => [s.classList.contains('on-demo'), getComputedStyle(s).backgroundColor]),
        );
      expect(badges.length).toBe(statuses.length);
      for (const [onDemo, background] of badges) {
        expect(onDemo).toBe(true);
        expect(background).toBe('rgb(244, 245, 247)');
      }
      await page.waitForSelector('.target-card canvas');
      // Every chart's value axis is titled with its unit.
      const axes = await page
        .locator('.target-card .progress-chart')
        .evaluateAll((charts) => charts.map((c) => c.getAttribute('data-value-axis')));
      expect(axes.length).toBeGreaterThan(0);
      for (const axis of axes) expect(axis).toMatch(/^单位：\S+$/);
      expect(axes).toContain('单位：%');
      keepScreenshot(
        `${screenshots}/national-zh.png`,
        await screenshotOf(page, { fullPage: true }),
      );
    });

    it('gives certified workers per 10,000 residents under their count, the total the one the report adds up', async () => {
      const { national, populations, totalPopulations } = await fetchComparison(
        federation.stack.gatewayUrl,
        'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
        'zh',
      );
      const total = page.locator(
        'tr.totals td[data-indicator="CERTIFIED_SOCIAL_WORKERS"] .per-residents',
      );
      expect(await total.locator('.per-residents-heading').innerText()).toBe(
        `每万常住人口 · ${totalHeading(national, 'zh')}`,
      );
      expect(await total.innerText()).toContain(national.asOf!);
      // What it divides by, as the report's About sheet lists it: one year-end's populations of
      // the regions it adds, whose sources their own cells name, unless a cell divides by
      // another year's.
      expect(totalPopulations.map((p) => p.region)).toEqual(national.included);
      const year = national.asOf!.slice(0, 4);
      expect(totalPopulations.every((p) => p.asOf.startsWith(year))).toBe(true);
      const { registries } = await federation.query('{ registries { code nameZh } }');
      const nameOf = (code: string) =>
        registries.find((r: { code: string }) => r.code === code).nameZh;
      const elsewhere = totalPopulations
        .filter((p) => populations.find((q) => q.region === p.region)?.asOf !== p.asOf)
        .map((p) => nameOf(p.region));
      expect((await total.locator('.total-population').innerText()).trim()).toBe(
        `人口来源 ${year} 年末常住人口，${national.included.length} 个地区之和 ${national.denominator!.toLocaleString('en-US')}；出处见各地区单元格的“人口来源”` +
          (elsewhere.length
            ? `，但${elsewhere.join('、')}的单元格用的是另一年份的人口，其 ${year} 年末人口的出处见报告的“说明”表`
            : ''),
      );
      // Each region's is today's count, the one above it, over the latest population it
      // published, whose year-end it gives, carried forward to today: an inference, said so.
      const beijing = page.locator(
        'table.comparison tr[data-region="BJ"] td[data-indicator="CERTIFIED_SOCIAL_WORKERS"] .per-residents',
      );
      expect(await beijing.locator('.as-of').innerText()).toBe(chinaDay());
      expect((await beijing.locator('.population-year').innerText()).trim()).toBe(
        '· 人口为 2024 年末数（推定沿用）',
      );
      // With the count and the population it divides.
      const rate = (
        await federation.query(
          '{ beijing { measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS") { numerator denominator } } }',
        )
      ).beijing.measure;
      expect((await beijing.locator('.rate-parts').innerText()).trim()).toBe(
        `(${rate.numerator.toLocaleString('en-US')} / ${rate.denominator.toLocaleString('en-US')})`,
      );
      // And where the population was read, as the report says it: Beijing's communiqué, read on a
      // reprint (every region's is), said so and linked.
      const { source } = (
        await federation.query(
          '{ beijing { measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS") { denominatorFigure { source { title publisher publishedOn url readOnReprint } } } } }',
        )
      ).beijing.measure.denominatorFigure;
      expect(source.readOnReprint).toBe(true);
      const read = beijing.locator('.population-source');
      expect((await read.innerText()).trim()).toBe(
        `人口来源 ${source.title} · ${source.publisher} · ${source.publishedOn} · 转载页面（非统计部门官网）`,
      );
      expect(await read.locator('a').getAttribute('href')).toBe(source.url);
      // Xiong'an publishes no population: no rate, and why, a tap away.
      const xiongan = page.locator(
        'table.comparison tr[data-region="XA"] td[data-indicator="CERTIFIED_SOCIAL_WORKERS"] details.per-residents',
      );
      expect(await xiongan.locator('.reason').textContent()).toMatch(/常住人口/);
    });

    it("says where each region's population was read, in English on the English page, a reprint and a missing date too", async () => {
      const rates = [
        'CERTIFIED_SOCIAL_WORKERS',
        'SOCIAL_WORK_AGENCIES',
        'SOCIAL_WORK_STATIONS',
      ] as const;
      const { registries } = await federation.query(
        `{ registries { code ${rates.map((code) => `${code}: measure(indicator: "${code}_PER_10K_RESIDENTS") { value nothingRegistered denominatorFigure { source { title titleEn publisher publisherEn publishedOn readOnReprint } } }`).join(' ')} } }`,
      );
      await inLanguage(page, 'en');
      try {
        let undated = 0;
        for (const registry of registries)
          for (const code of rates) {
            // A rate blank for nothing registered divides nothing: it names no population.
            const rate = registry[code];
            const source =
              rate?.value != null && !rate.nothingRegistered && rate.denominatorFigure?.source;
            const read = page.locator(
              `table.comparison tr[data-region="${registry.code}"] td[data-indicator="${code}"] .population-source`,
            );
            if (!source) {
              expect(await read.count(), `${registry.code} ${code}`).toBe(0);
              continue;
            }
            // Guangxi's communiqués give no date: said so, as the report says it.
            if (source.publishedOn == null) undated++;
            expect((await read.innerText()).trim(), `${registry.code} ${code}`).toBe(
              [
                `Population source ${source.titleEn} (${source.title})`,
                `${source.publisherEn} (${source.publisher})`,
                source.publishedOn ?? 'publication date not given',
                ...(source.readOnReprint ? ["reprint (not the statistics bureau's own site)"] : []),
              ].join(' · '),
            );
          }
        expect(undated).toBeGreaterThan(0);
        // The total's, with the regions named in English.
        const { national, populations, totalPopulations } = await fetchComparison(
          federation.stack.gatewayUrl,
          'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
          'en',
        );
        const names = await federation.query('{ registries { code name } }');
        const elsewhere = totalPopulations
          .filter((p) => populations.find((q) => q.region === p.region)?.asOf !== p.asOf)
          .map((p) => names.registries.find((r: { code: string }) => r.code === p.region).name);
        const year = national.asOf!.slice(0, 4);
        expect(elsewhere.length).toBeGreaterThan(1);
        expect((await page.locator('tr.totals .total-population').innerText()).trim()).toBe(
          `Population source the resident populations at the end of ${year}, ${national.denominator!.toLocaleString('en-US')} for the ${national.included.length} regions; each one's source is under its own cell, except ${elsewhere.join(', ')}, whose cells divide by another year's: the sources of their end-of-${year} ones are on the report's About sheet`,
        );
      } finally {
        await inLanguage(page, 'zh');
      }
    });

    it("says a figure printed rounded is rounded, Sichuan's 8.82万 certified workers to the hundred", async () => {
      const rounded = page.locator(
        'table.comparison tr[data-region="SC"] td[data-indicator="CERTIFIED_SOCIAL_WORKERS"] .rounded',
      );
      expect(await rounded.innerText()).toBe('取整至 100（±50）');
    });

    it('gives agencies and stations per 10,000 residents under their counts too', async () => {
      for (const code of ['SOCIAL_WORK_AGENCIES', 'SOCIAL_WORK_STATIONS']) {
        // Sichuan's 1,300 agencies and Ningxia's 20 are read over their populations.
        const rate = (
          await federation.query(
            `{ sichuan { measure(indicator: "${code}_PER_10K_RESIDENTS") { numerator denominator } } }`,
          )
        ).sichuan.measure;
        const sichuan = page.locator(
          `table.comparison tr[data-region="SC"] td[data-indicator="${code}"] .per-residents`,
        );
        expect((await sichuan.locator('.rate-parts').innerText()).trim(), code).toBe(
          `(${rate.numerator.toLocaleString('en-US')} / ${rate.denominator.toLocaleString('en-US')})`,
        );
        // Its hover says what the two numbers count: these, not certified workers.
        expect(await sichuan.locator('.rate-parts').getAttribute('title'), code).toBe(
          code === 'SOCIAL_WORK_AGENCIES'
            ? '计数之日的社会工作服务机构数 / 常住人口数（× 10,000）'
            : '计数之日的乡镇（街道）社会工作站数 / 常住人口数（× 10,000）',
        );
      }
    });

    it('says how many records each value and total counts from an inferred day, as the report does', async () => {
      const codes = [
        'MSW_INSTITUTIONS',
        'CERTIFIED_SOCIAL_WORKERS',
        'SOCIAL_WORK_AGENCIES',
        'SOCIAL_WORK_STATIONS',
        'SECONDARY_PLUS_MSW_COVERAGE',
      ];
      const { registries } = await federation.query(
        `{ registries { code ${codes.map((c) => `${c}: measure(indicator: "${c}") { undatedRecords }`).join(' ')} } }`,
      );
      let checked = 0;
      for (const code of codes) {
        let sum = 0;
        for (const registry of registries as Record<string, { undatedRecords: number | null }>[]) {
          const undated = registry[code]!.undatedRecords ?? 0;
          sum += undated;
          const region = (registry as unknown as { code: string }).code;
          const marks = page.locator(
            `table.comparison tr[data-region="${region}"] td[data-indicator="${code}"] .undated`,
          );
          expect(await marks.allInnerTexts(), `${region} ${code}`).toEqual(
            undated ? [`推定 ${undated}`] : [],
          );
          if (undated)
            expect(await marks.getAttribute('title')).toBe(
              code === 'CERTIFIED_SOCIAL_WORKERS'
                ? `其中 ${undated} 个开始日期不详或证书未记取得日期、按推定日期计入（推定）`
                : `其中 ${undated} 个开始日期不详、按推定日期计入（推定）`,
            );
          checked += undated;
        }
        // A ratio's total adds up numerators and denominators, and says no such count.
        const counted = code === 'SECONDARY_PLUS_MSW_COVERAGE' ? 0 : sum;
        const total = page.locator(`tr.totals td[data-indicator="${code}"] .undated-total`);
        expect(await total.allInnerTexts(), code).toEqual(
          counted ? [expect.stringMatching(new RegExp(`^其中 ${counted} 个开始日期不详`))] : [],
        );
      }
      // Beijing's four institutions of an undated policy, at the least.
      expect(checked).toBeGreaterThanOrEqual(4);
    });

    it("marks how much of each measured value is demo, Xiong'an's 550 certified workers all of it", async () => {
      const xiongan = page.locator('table.comparison tr[data-region="XA"] .demo-share');
      const shares = await xiongan.evaluateAll((marks) =>
        marks.map((m) => [m.getAttribute('data-demo-share'), m.textContent]),
      );
      expect(shares).toContainEqual(['1', '演示 100%']);
      expect(await page.locator('tr.totals .demo-share').count()).toBeGreaterThan(0);
      // A share short of all of it never reads as all: registered records stand beside the demo.
      const every = await page
        .locator('.demo-share')
        .evaluateAll((marks) =>
          marks.map((m) => [Number(m.getAttribute('data-demo-share')), m.textContent ?? '']),
        );
      const short = every.filter(([share]) => (share as number) < 1);
      expect(short.length).toBeGreaterThan(0);
      for (const [share, text] of short) expect(text, String(share)).not.toMatch(/ 100%$/);
    });

    it('says nothing in English on the Chinese page', async () => {
      expect(englishSentences(await page.locator('main').innerText())).toEqual([]);
    });

    it("draws each target's yearly series from the registry, at least two measured years", async () => {
      const card = page.locator(
        '.target-card[data-target="gx-secondary-plus-msw-coverage-2027"] .progress-chart',
      );
      const years = (await card.getAttribute('data-measured-years'))!.split(',').map(Number);
      expect(years.length).toBeGreaterThanOrEqual(2);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      // Each year-end value carries its demo share for its tooltip: Guangxi's are all demo.
      const shares = (await card.getAttribute('data-measured-demo-shares'))!.split(',');
      expect(shares).toHaveLength(years.length);
      expect(new Set(shares)).toEqual(new Set(['1']));
    });

    it('saves a chart with what its card says above it: region, target, status and demo share', async () => {
      const card = page.locator(
        '.target-card[data-target="gx-secondary-plus-msw-coverage-2027"] .progress-chart',
      );
      await card.scrollIntoViewIfNeeded();
      const box = (await card.boundingBox())!;
      const saved = page.waitForEvent('download');
      // ECharts draws its toolbox on the canvas: the save button (15 px) is in the top right
      // corner, inside the toolbox's padding (15 px in ECharts 6).
      await page.mouse.click(box.x + box.width - 22, box.y + 22);
      const download = await saved;
      expect(download.suggestedFilename()).toBe('gx-secondary-plus-msw-coverage-2027.png');
      const caption = JSON.parse((await card.getAttribute('data-saved-caption'))!) as string[];
      expect(caption[0]).toBe('广西壮族自治区 · 二级以上医疗机构社会工作覆盖率');
      expect(caption[1]).toMatch(/^目标 基本实现 100% \(2027\) 偏离目标 演示 100%$/);
      expect(caption[2]).toMatch(/^当前 [\d.]+%/);
      // The caption is drawn above the chart: the image is taller than the chart at twice its size.
      const png = readFileSync((await download.path())!);
      expect(png.readUInt32BE(20)).toBeGreaterThan(Math.round(box.height) * 2);
    });

    it('gives a target card where the region stands, how far it is, its demo share in sight, and where the target was set; its trend starts there', async () => {
      const { guangxi } =
        await federation.query(`{ guangxi { targets(indicator: "SECONDARY_PLUS_MSW_COVERAGE") {
        id quote progress { value asOf gap projectedValue } } } }`);
      const { progress, quote } = guangxi.targets.find(
        (t: { id: string }) => t.id === 'gx-secondary-plus-msw-coverage-2027',
      );
      const card = page.locator('.target-card[data-target="gx-secondary-plus-msw-coverage-2027"]');
      // Rounded for reading, as every number of the page is.
      const rounded = (value: number) => String(roundedNumber(value));
      const standing = await card.locator('.standing').innerText();
      expect(standing).toContain(`当前 ${rounded(progress.value)}%`);
      expect(standing).toContain(progress.asOf);
      expect(standing).toContain(`距目标还差 ${rounded(progress.gap)}\u00a0个百分点`);
      // The demo share is printed, not only on hover.
      expect(await card.locator('.status-demo .demo-percent').isVisible()).toBe(true);
      // The projection runs from the value now to the target year, never back over the years
      // measured before (from 2012, it ran above every one of them).
      const [[from, start], [to, end]] = JSON.parse(
        (await card.locator('.progress-chart').getAttribute('data-trend'))!,
      );
      expect(start).toBe(progress.value);
      expect([to, end]).toEqual([2027, progress.projectedValue]);
      expect(from).toBeGreaterThan(Number(progress.asOf.slice(0, 4)) - 1);
      expect(from).toBeLessThanOrEqual(Number(progress.asOf.slice(0, 4)));
      // Its threshold, 90 of a target of 100 to be reached basically, is drawn as the status says it.
      expect(await card.locator('.progress-chart').getAttribute('data-threshold')).toBe('90');
      // The policy that sets it, which the page's headline (dropping 基本) does not name, the three
      // bodies that issued it, as the page names them, and when.
      expect(await card.locator('.target-policy').textContent()).toBe(
        '所依政策：广西推进医疗机构社会工作实施方案，广西壮族自治区卫生健康委、自治区党委社会工作部、自治区中医药管理局联合印发，印发于 2025 年（推定）',
      );
      // The target's own sentence, from its document.
      await card.locator('.target-source a').click();
      const dialog = page.locator('dialog[open] #quote');
      await dialog.waitFor();
      expect(await dialog.textContent()).toBe(quote);
      await page.keyboard.press('Escape');
    });

    it("names the bodies that issued Guangxi's plan on an English page in English, each with the name it is printed in", async () => {
      const policy = page.locator(
        '.target-card[data-target="gx-secondary-plus-msw-coverage-2027"] .target-policy',
      );
      await inLanguage(page, 'en');
      try {
        expect(await policy.textContent()).toBe(
          'Set by the policy: Guangxi Implementation Plan for Advancing Social Work in Medical Institutions (广西推进医疗机构社会工作实施方案), issued in 2025 (inferred), jointly by Health Commission of the Guangxi Zhuang Autonomous Region (广西壮族自治区卫生健康委), Social Work Department of the CPC Guangxi Zhuang Autonomous Regional Committee (自治区党委社会工作部) and Guangxi Zhuang Autonomous Region Administration of Traditional Chinese Medicine (自治区中医药管理局)',
        );
      } finally {
        await inLanguage(page, 'zh');
      }
    });

    it("runs each target's axis on past a passed target year, to the value now", async () => {
      const charts = await page.locator('.target-card .progress-chart').evaluateAll((nodes) =>
        nodes.map((node) => ({
          measured: (node as HTMLElement).dataset.measuredYears!.split(',').map(Number),
          lastYear: Number((node as HTMLElement).dataset.lastYear),
        })),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const { measured, lastYear } of charts)
        expect(lastYear).toBeGreaterThanOrEqual(Math.max(...measured));
    });

    it("draws this year's value as to date, under a name of its own, never as a year's end", async () => {
      const now = new Date();
      const yearOver = now.getMonth() === 11 && now.getDate() === 31;
      const charts = await page.locator('.target-card .progress-chart').evaluateAll((nodes) =>
        nodes.map((node) => ({
          measured: (node as HTMLElement).dataset.measuredYears!.split(',').map(Number),
          toDate: (node as HTMLElement).dataset.toDateYear,
        })),
      );
      const withThisYear = charts.filter((c) => c.measured.includes(now.getFullYear()));
      expect(withThisYear.length).toBeGreaterThan(0);
      for (const { toDate } of withThisYear)
        expect(toDate).toBe(yearOver ? '' : String(now.getFullYear()));
    });

    it("marks the published figures on a target's chart; a click on one opens its quote", async () => {
      const chart = page.locator('.target-card .progress-chart[data-published-years*="2023"]');
      expect((await chart.getAttribute('data-published-years'))!.split(',')).toEqual(
        expect.arrayContaining(['2019', '2023']),
      );
      // Each at its day, as the trend starts at the value's: the 54 of 2023-09-01 on that day,
      // 244 of 365 days into the year that ends at 2023, not at its end; the 2019
      // baseline worked out from a growth rate at its year, all it says.
      const at = (await chart.getAttribute('data-published-at'))!.split(',').map(Number);
      const years = (await chart.getAttribute('data-published-years'))!.split(',');
      expect(at[years.indexOf('2023')]).toBeCloseTo(2022 + 244 / 365, 10);
      expect(at[years.indexOf('2019')]).toBe(2019);
      const [x, y] = JSON.parse((await chart.getAttribute('data-published-points'))!).at(-1);
      await chart.scrollIntoViewIfNeeded();
      const box = (await chart.boundingBox())!;
      await page.mouse.click(box.x + x, box.y + y);
      const quote = page.locator('dialog[open] #quote');
      await quote.waitFor();
      expect(await quote.textContent()).toContain('54');
      await page.keyboard.press('Escape');
    });

    it('switches between Chinese and English', async () => {
      expect(await page.locator('#title').textContent()).toContain('社会工作');
      await page.click('#language');
      await page.waitForFunction(() =>
        document.getElementById('title')!.textContent!.includes('Social work'),
      );
      expect(await page.locator('table.comparison thead').textContent()).toContain(
        'Medical and health institutions',
      );
      keepScreenshot(
        `${screenshots}/national-en.png`,
        await screenshotOf(page, { fullPage: true }),
      );
    });

    it('opens a region with its targets, breakdowns, programmes and data-quality flags, in Chinese only', async () => {
      await page.click('#language');
      await page.waitForFunction(() =>
        document.getElementById('title')!.textContent!.includes('社会工作'),
      );
      await page.click('tr[data-region="BJ"] a.region-link');
      await page.waitForSelector('#region[data-region="BJ"] .breakdown canvas');
      await page.waitForSelector('#region .target-card canvas');
      expect(await page.locator('#region .target-card').count()).toBe(2);
      // Its opinion is the source it is cited from, and prints no date: its issue date says when.
      expect(
        await page
          .locator('.target-card[data-target="bj-msw-full-coverage-2025"] .target-source')
          .innerText(),
      ).toBe(
        '目标出处：关于发展医务社会工作的实施意见（原件未印标题，据《北京市 2023年推出培育 45个医务社工服务项目》一文所引） · 5 部门联合印发（未具名）（推定），印发于 2020 年（推定）',
      );
      expect(await page.locator('#region .breakdown').count()).toBe(4);
      expect(englishSentences(await page.locator('main').innerText())).toEqual([]);
      expect(await page.locator('#region table.quality tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('#region table.programs tbody tr').count()).toBeGreaterThan(0);
      // A row says its batch where its name does not (the 2023 list, the third batch), not where
      // it does (首批…); Beijing's resident project is one project, in one row, with no batch.
      const names = await page.locator('#region table.programs .program-name').allInnerTexts();
      expect(names).toEqual(
        expect.arrayContaining([
          '2023年北京市医务社工多元培育服务项目（第 3 批）',
          '首批督导遴选培训',
        ]),
      );
      expect(names.filter((name) => name.startsWith('医务社工驻点项目'))).toEqual([
        '医务社工驻点项目',
      ]);
      expect(new Set(names).size).toBe(names.length);
      // The dashboard reads anonymously: the programmes' list says it holds the published ones only.
      expect(await page.locator('#region .partial-list').innerText()).toContain('登录后可查看全部');
      const axes = await page
        .locator('#region .progress-chart, #region .bars')
        .evaluateAll((charts) => charts.map((c) => c.getAttribute('data-value-axis')));
      expect(axes).toHaveLength(2 + 4);
      expect(new Set(axes)).toEqual(new Set(['单位：个', '单位：人', '单位：%']));
      // The checks in a sentence: how many, how many beyond tolerance, how many on demo records
      // (Beijing's measures are built on demo data planned on its figures).
      expect(await page.locator('#region .quality-summary').innerText()).toMatch(
        /^共 \d+ 项核对，(均在容许范围内|\d+ 项差异超出容许范围)。其中 \d+ 项的测算值主要来自演示数据，不能证实公开数据。$/,
      );
      const verdicts = await page
        .locator('#region table.quality tbody td:last-child')
        .allInnerTexts();
      expect(verdicts).toContain('一致，但测算值主要来自演示数据，不能证实该数字');
      // Each breakdown's total says how much of it is demo, as the national table's values do.
      expect(await page.locator('#region .breakdown h3 .demo-share').count()).toBe(4);
      // And the day it counts.
      expect(await page.locator('#region .breakdown h3 .as-of').count()).toBe(4);
      expect(await page.title()).toBe('各地区社会工作登记联邦 · 覆盖情况');
      // A figure says its qualifier where Chinese puts it: 4000余人次 is 4,000余 人次.
      expect(await page.locator('#region table.quality a.figure-link').allInnerTexts()).toContain(
        '4,000余\u00a0人次',
      );
      // A rounded figure's check says the interval its words allow, as the verdict judged it, its
      // ends written as the figure is (4,000, not 4000).
      const oddRow = page.locator('#region table.quality tbody tr', { hasText: '4,000余' });
      const difference = await oddRow.locator('td').nth(3).innerText();
      expect(difference).toMatch(
        (await oddRow.getAttribute('class'))?.includes('flagged')
          ? /^(\+[\d.]+%（高于 \(4,000, 5,000\) 的上端）|-[\d.]+%（低于 \(4,000, 5,000\) 的下端）)$/
          : /^在 \(4,000, 5,000\) 之内$/,
      );
      keepScreenshot(
        `${screenshots}/region-beijing.png`,
        await screenshotOf(page, { fullPage: true }),
      );
    });

    it('says of a figure read on a document that prints no title where its title is read, in either language', async () => {
      // No published figure is read on such a document yet: one is recorded on Beijing's opinion,
      // whose title a page of 2023-10-24 prints, and withdrawn after. A page of its own, whose
      // browser has not kept Beijing's answer of before the write (public for 30 s).
      const editor = federation.as(await bearer({ role: 'editor', region: 'BJ' }));
      const { id } = (
        await editor(`mutation { beijing { recordFigure(input: {
          indicator: "MSW_INSTITUTIONS", value: 1234, asOf: "2020", quote: "测试数字：1234 家",
          source: { id: "bj-msw-development-opinion" } }) { id } } }`)
      ).beijing.recordFigure;
      const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      try {
        await other.goto(
          new URL('/dashboard/?lang=zh#region/BJ', federation.stack.gatewayUrl).href,
        );
        const recorded = other.locator('#region table.quality a.figure-link', {
          hasText: /^1,234\s/,
        });
        const title = other.locator('dialog[open] .document-title');
        await recorded.click();
        expect(await title.textContent()).toBe(
          '关于发展医务社会工作的实施意见（原件未印标题，据《北京市 2023年推出培育 45个医务社工服务项目》一文所引）',
        );
        await other.keyboard.press('Escape');
        await inLanguage(other, 'en');
        await recorded.click();
        expect(await title.textContent()).toMatch(
          /^Implementation Opinion on Developing Medical Social Work \(关于发展医务社会工作的实施意见\) \[no title printed; as cited in “[^”]+”\]$/,
        );
      } finally {
        await other.close();
        await editor(
          `mutation { beijing { withdrawFigure(id: "${id}", reason: "测试后撤回") { id } } }`,
        );
      }
    });

    it('shows the original sentence and source of a number', async () => {
      await page.locator('#region table.quality a.figure-link').first().click();
      const quote = page.locator('dialog[open] #quote');
      await quote.waitFor();
      expect(await quote.textContent()).toMatch(/[\u4e00-\u9fff]/);
      // The document by its title, publisher and date, never by the collection's file name.
      const dialog = page.locator('dialog[open]');
      expect(await dialog.locator('.document-title').textContent()).toMatch(/[\u4e00-\u9fff]/);
      expect(await dialog.locator('dt').allTextContents()).toEqual(
        expect.arrayContaining(['发布', '日期']),
      );
      expect(await dialog.textContent()).not.toMatch(/\.txt/);
      // The published number is marked in its sentence.
      const published = (await dialog.locator('.value').textContent())!.split(/\s/)[0]!;
      const marked = (await quote.locator('mark').textContent())!;
      expect(marked.replaceAll(',', '')).toBe(published.replaceAll(',', ''));
      keepScreenshot(`${screenshots}/source-quote.png`, await screenshotOf(page));
      // A rounded figure keeps its qualifier in the dialog as in the table: 4000余, not 4000.
      await page.keyboard.press('Escape');
      await page
        .locator('#region table.quality a.figure-link', { hasText: '4,000余\u00a0人次' })
        .click();
      await page.locator('dialog[open] #quote').waitFor();
      expect(await page.locator('dialog[open] .value').textContent()).toMatch(/^4,000余\s*人次 · /);
      // Its page prints no date: the figure's and the page's, read from its neighbours, say so.
      expect(await page.locator('dialog[open] .value').textContent()).toMatch(
        /2023-09-01（推定）$/,
      );
      const dated = page.locator('dialog[open] dl div', { hasText: '日期' });
      expect(await dated.locator('dd').textContent()).toBe('2023-09-01（推定）');
      // Nor does it print the newspaper's name: the publisher is inferred, and said so.
      const publisher = page.locator('dialog[open] dl div', { hasText: '发布' });
      expect(await publisher.locator('dd').textContent()).toBe('公益时报（推定）');
      await page.keyboard.press('Escape');
      await page.locator('#region table.quality a.figure-link').first().click();
      await page.locator('dialog[open] #quote').waitFor();
    });

    it("names no enum or indicator by its code, in either language, on the national page and on Guangxi's, which shows its 2027 target", async () => {
      const shown = async (language: 'zh' | 'en') => {
        if (
          (await page.locator('html').getAttribute('lang'))?.startsWith('zh') !==
          (language === 'zh')
        )
          await page.click('#language');
        await page.waitForFunction(
          (zh) =>
            document
              .getElementById('title')!
              .textContent!.includes(zh ? '社会工作' : 'Social work'),
          language === 'zh',
        );
        return page.locator('main').innerText();
      };
      // The source quote of the test before is still open.
      await page.keyboard.press('Escape');
      await page.click('#back');
      await page.waitForSelector('table.comparison tbody tr[data-region]');
      for (const language of ['zh', 'en'] as const)
        expect(rawCodes(await shown(language)), `national, ${language}`).toEqual([]);
      await page.click('tr[data-region="GX"] a.region-link');
      await page.waitForSelector('#region[data-region="GX"] .breakdown .bars');
      for (const language of ['en', 'zh'] as const)
        expect(rawCodes(await shown(language)), `Guangxi, ${language}`).toEqual([]);
      const coverage = page.locator(
        '#region .target-card[data-target="gx-secondary-plus-msw-coverage-2027"]',
      );
      expect(await coverage.innerText()).toContain('2027');
      // Every city is a category of the axis, the chart as tall as its bars need.
      const byCity = page.locator('#region .breakdown .bars').nth(2);
      const cities: string[] = JSON.parse((await byCity.getAttribute('data-labels'))!);
      expect(cities).toHaveLength(14);
      expect((await byCity.boundingBox())!.height).toBeGreaterThanOrEqual(14 * 24);
      // Saved under its card's own name, with the day it counts in its caption.
      await byCity.scrollIntoViewIfNeeded();
      const box = (await byCity.boundingBox())!;
      const saved = page.waitForEvent('download');
      await page.mouse.click(box.x + box.width - 22, box.y + 22);
      expect((await saved).suggestedFilename()).toBe('GX-byCity.png');
      const caption = JSON.parse((await byCity.getAttribute('data-saved-caption'))!) as string[];
      expect(caption[1]).toMatch(/ \d{4}-\d{2}-\d{2}$/);
      keepScreenshot(
        `${screenshots}/region-guangxi.png`,
        await screenshotOf(page, { fullPage: true }),
      );
    });

    // The phone and paper pages are taken before Xiong'an's registry is emptied below: that write
    // goes straight to its database, which the gateway's response cache does not hear of, so pages
    // taken after it showed the emptied or the cached registry depending on how long the run took
    // (CACHE_MAX_AGE), and rewrote the screenshots.
    it('fits a 390 px phone without sideways scrolling, national and regional, in both languages; one screenshot a page and width', async () => {
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      phone.on('pageerror', (error) => consoleErrors.push(error.message));
      try {
        for (const language of ['zh', 'en'] as const) {
          await phone.goto(
            new URL(`/dashboard/?lang=${language}`, federation.stack.gatewayUrl).href,
          );
          // Rendered: the rows are there, in the address's language.
          await phone.waitForSelector('table.comparison tbody tr[data-region]');
          expect(await phone.locator('html').getAttribute('lang')).toBe(
            language === 'zh' ? 'zh-CN' : 'en',
          );
          await phone.waitForSelector('.target-card canvas');
          expect(await sidewaysOverflow(phone), `national, ${language}`).toBe(0);
          // The comparison scrolls in its frame, the region column held where it is.
          const frame = phone.locator('.table-scroll').first();
          expect(await frame.evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
          const regionCell = phone.locator('table.comparison tbody th').first();
          const before = (await regionCell.boundingBox())!.x;
          await frame.evaluate((f) => (f.scrollLeft = 200));
          // Within a pixel (a collapsed border's half); unpinned it would move by 200.
          expect(Math.abs((await regionCell.boundingBox())!.x - before)).toBeLessThanOrEqual(1);
          // A region's name on one line: a cell no taller than its neighbour's label.
          const nameHeight = await phone
            .locator('table.comparison tbody th a.region-link')
            .first()
            .evaluate((a) => a.getClientRects().length);
          expect(nameHeight).toBe(1);
          keepScreenshot(
            `${screenshots}/national-${language}-390.png`,
            await screenshotOf(phone, { fullPage: true }),
          );
          await phone.click('tr[data-region="GX"] a.region-link');
          await phone.waitForSelector('#region[data-region="GX"] .breakdown canvas');
          expect(await sidewaysOverflow(phone), `Guangxi, ${language}`).toBe(0);
          // Cities by their names in the page's language: the API's English names on English pages.
          const cities: string[] = JSON.parse(
            (await phone.locator('#region .breakdown .bars').nth(2).getAttribute('data-labels'))!,
          );
          expect(cities).toContain(language === 'zh' ? '南宁市' : 'Nanning');
          // Every chart as wide as its card, no wider.
          for (const chart of await phone.locator('#region .progress-chart, #region .bars').all())
            expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(390);
          keepScreenshot(
            `${screenshots}/region-guangxi-${language}-390.png`,
            await screenshotOf(phone, { fullPage: true }),
          );
        }
      } finally {
        await phone.close();
      }
    });

    it('prints on A4 with one region a page and no buttons', async () => {
      const paper = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      try {
        await paper.emulateMedia({ media: 'print' });
        await paper.goto(new URL('/dashboard/?lang=zh', federation.stack.gatewayUrl).href);
        await paper.waitForSelector('.region-targets .target-card canvas');
        const printed = await paper.evaluate(() => ({
          regionsBreak: [...document.querySelectorAll('.region-targets')].map(
            (section) => getComputedStyle(section).breakBefore,
          ),
          button: getComputedStyle(document.getElementById('language')!).display,
          overflow: document.documentElement.scrollWidth - window.innerWidth,
        }));
        expect(printed.regionsBreak.length).toBeGreaterThan(0);
        expect(new Set(printed.regionsBreak)).toEqual(new Set(['page']));
        expect(printed.button).toBe('none');
        expect(printed.overflow).toBe(0);
        keepScreenshot(
          `${screenshots}/national-zh-print.png`,
          await screenshotOf(paper, { fullPage: true }),
        );
      } finally {
        await paper.close();
      }
    });

    it("says which of Ningxia's figures are plans, not compared, and why, and counts them apart", async () => {
      await page.click('#back');
      await page.click('tr[data-region="NX"] a.region-link');
      await page.waitForSelector('#region[data-region="NX"] table.quality');
      expect(await page.locator('#region .quality-summary').innerText()).toMatch(
        /。另有 \d+ 项公开数据未作对照（原因见各行）。$/,
      );
      const notCompared = page.locator('#region table.quality tr.not-compared');
      expect(await notCompared.count()).toBeGreaterThan(0);
      for (const verdict of await notCompared.locator('td:last-child').allInnerTexts())
        expect(verdict).toMatch(/^未作对照\n该数字是计划，不是计数/);
      // The cohort's 26 postings add up from the programme's start, July 2025 (于日前启动 in a
      // report of 7月19日), and the card says so.
      expect(await page.locator('#region .target-card .since').allInnerTexts()).toContain(
        '当前值的统计起点：2025-07',
      );
      // The counties of the 2025 plan by the group the page names them by, in Chinese.
      expect(await notCompared.locator('td:first-child').allInnerTexts()).toContain(
        '覆盖县（区） · 国家乡村振兴重点帮扶县（区）',
      );
      // The "three areas" plan's funding is a total since 2013: its row says so, not one year.
      const threeAreas = page.locator('#region table.programs tr', { hasText: '“三区”计划' });
      expect(await threeAreas.locator('td').nth(3).innerText()).toBe('2013 起');
    });

    it('says that a region whose registry holds no record is empty, rather than drawing empty axes', async () => {
      // The file's own databases: Xiong'an's registry is emptied as a region just added would be.
      await federation.stack.subgraphs.get('xiongan')!.db.query(
        // A figure of one of its programmes (a workshop of its incubation base) or of one of its
        // bodies (the base's floor area) goes with it.
        `DELETE FROM social_worker; DELETE FROM target;
           DELETE FROM figure WHERE scope_program_id IS NOT NULL OR scope_institution_id IS NOT NULL;
           DELETE FROM program; DELETE FROM institution`,
      );
      await page.click('#back');
      await page.click('tr[data-region="XA"] a.region-link');
      await page.waitForSelector('#region[data-region="XA"]');
      // Its funding of 近700万元 is not compared, for a reason that names the indicator by its name.
      const reasons = await page.locator('#region table.quality .reason').allInnerTexts();
      expect(reasons).toContainEqual(expect.stringMatching(/^“投入资金”是一段时期内的累计量/));
      expect(rawCodes(reasons.join('\n'))).toEqual([]);
      expect(await page.locator('#region .empty-region').innerText()).toContain('尚无社会工作者');
      expect(await page.locator('#region .breakdown.empty').count()).toBe(4);
      expect(await page.locator('#region .breakdown canvas').count()).toBe(0);
    });

    it("says why Xiong'an's hospital coverage is blank: no hospitals registered", async () => {
      await page.click('#back');
      await inLanguage(page, 'zh');
      await page.waitForSelector('table.comparison tbody tr[data-region]');
      const cells = page.locator('table.comparison tr[data-region="XA"] td');
      const coverage = await cells.nth(4).innerText();
      expect(coverage).toContain('登记中没有可计入分母的机构');
      // The API's reason is the hover, and opens under the words at a tap or a click.
      const blank = cells.nth(4).locator('.blank');
      const reason =
        /^登记库中没有可计入“二级以上医疗机构社会工作覆盖率”分母的记录，该比率没有值。/;
      expect(await blank.getAttribute('title')).toMatch(reason);
      expect(await blank.locator('.reason').isVisible()).toBe(false);
      await blank.locator('summary').click();
      expect(await blank.locator('.reason').innerText()).toMatch(reason);
      // A refresh, as the timer makes one a minute, draws the page anew: the reason stays open.
      await redrawn(page);
      expect(await blank.locator('.reason').innerText()).toMatch(reason);
      await blank.locator('summary').click();
      expect(await blank.locator('.reason').isVisible()).toBe(false);
    });

    it('answers a file it does not have with a page in Chinese and English that leads back to it', async () => {
      const missing = await fetch(
        new URL('/dashboard/no-such-file.js', federation.stack.gatewayUrl),
        { headers: { accept: 'text/html' } },
      );
      expect(missing.status).toBe(404);
      const page = await missing.text();
      expect(page).toContain('找不到此页面');
      expect(page).toContain('Page not found');
      expect(page).toContain('<a href="/dashboard/">');
    });

    it('logged no console errors', () => {
      expect(consoleErrors).toEqual([]);
    });

    describe('with the gateway busy', () => {
      const refusal = {
        status: 503,
        headers: { 'retry-after': '1', 'content-type': 'application/json' },
        body: JSON.stringify({
          errors: [{ message: 'busy', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        }),
      };

      it('asks again after the Retry-After, and shows the answer that comes', async () => {
        const busyPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const asked: number[] = [];
        await busyPage.route('**/graphql?**', async (route) => {
          asked.push(asked.length);
          // The first request is refused as a busy gateway refuses it; the next go through.
          if (asked.length === 1) await route.fulfill(refusal);
          else await route.continue();
        });
        try {
          await busyPage.goto(new URL('/dashboard/?lang=zh', federation.stack.gatewayUrl).href);
          await busyPage.waitForSelector('table.comparison tbody tr[data-region]');
          expect(asked.length).toBe(2);
          expect(await busyPage.locator('#main > p.error').count()).toBe(0);
        } finally {
          await busyPage.close();
        }
      });

      it('keeps the last view when the gateway stays busy, and says so in Chinese', async () => {
        const busyPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        try {
          await busyPage.goto(new URL('/dashboard/?lang=zh', federation.stack.gatewayUrl).href);
          await busyPage.waitForSelector('table.comparison tbody tr[data-region]');
          let refused = 0;
          await busyPage.route('**/graphql?**', (route) => (refused++, route.fulfill(refusal)));
          // A refresh, as the timer makes one: a hash change renders the same page again.
          await busyPage.evaluate(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
          await busyPage.waitForFunction(() =>
            document.getElementById('updated')!.textContent!.includes('网关繁忙'),
          );
          expect(refused).toBe(3);
          expect(await busyPage.locator('table.comparison tbody tr[data-region]').count()).toBe(
            regions.length,
          );
          expect(await busyPage.locator('#main > p.error').count()).toBe(0);
        } finally {
          await busyPage.close();
        }
      });
    });

    describe('with the gateway out of reach', () => {
      const dashboardUrl = (query = '') =>
        new URL(`/dashboard/?lang=zh${query}`, federation.stack.gatewayUrl).href;

      it("keeps the last view through a proxy's error page and a refused connection, says since when, and recovers", async () => {
        const downPage = await browser.newPage({ viewport: { width: 390, height: 844 } });
        const pageErrors: string[] = [];
        downPage.on('pageerror', (error) => pageErrors.push(error.message));
        const refresh = () =>
          downPage.evaluate(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
        const said = () => downPage.locator('#updated').innerText();
        try {
          await downPage.goto(dashboardUrl());
          await downPage.waitForSelector('table.comparison tbody tr[data-region]');
          const updated = (await said()).replace('更新于 ', '');
          await downPage.route('**/graphql?**', (route) =>
            route.fulfill({ status: 502, contentType: 'text/html', body: '<html>502</html>' }),
          );
          await refresh();
          await downPage.waitForFunction(() =>
            document.getElementById('updated')!.textContent!.includes('无法连接网关'),
          );
          expect(await said()).toContain(`上次更新于 ${updated}`);
          await downPage.unroute('**/graphql?**');
          await downPage.route('**/graphql?**', (route) => route.abort('connectionrefused'));
          // Cleared first, so that the wait below sees this refresh's words, not the last one's.
          await downPage.evaluate(() => (document.getElementById('updated')!.textContent = ''));
          await refresh();
          await downPage.waitForFunction(() =>
            document.getElementById('updated')!.textContent!.includes('无法连接网关'),
          );
          expect(await said()).toContain(`上次更新于 ${updated}`);
          expect(await downPage.locator('table.comparison tbody tr[data-region]').count()).toBe(
            regions.length,
          );
          expect(await downPage.locator('#main > p.error').count()).toBe(0);
          await downPage.unroute('**/graphql?**');
          await refresh();
          await downPage.waitForFunction(() =>
            document.getElementById('updated')!.textContent!.startsWith('更新于'),
          );
          expect(pageErrors).toEqual([]);
        } finally {
          await downPage.close();
        }
      });

      it('opens a shared ?lang=zh link in Chinese after the reader chose English', async () => {
        const shared = await browser.newPage({ viewport: { width: 390, height: 844 } });
        try {
          await shared.goto(dashboardUrl());
          await shared.evaluate(() => localStorage.setItem('dashboard-language', 'en'));
          await shared.goto(dashboardUrl());
          await shared.waitForSelector('table.comparison tbody tr[data-region]');
          expect(await shared.locator('html').getAttribute('lang')).toBe('zh-CN');
        } finally {
          await shared.close();
        }
      });

      it("says the time of its update in China's zone, and that it is, in a browser set to UTC", async () => {
        // Noon in Beijing is 04:00 in UTC: a page whose dates are all China's said 04:00:00.
        const abroad = await browser.newContext({
          timezoneId: 'UTC',
          viewport: { width: 390, height: 844 },
        });
        await abroad.clock.setFixedTime(PINNED_MOMENT);
        const utcPage = await abroad.newPage();
        try {
          await utcPage.goto(dashboardUrl());
          await utcPage.waitForSelector('table.comparison tbody tr[data-region]');
          expect(await utcPage.evaluate(() => new Date().getHours())).toBe(4);
          expect(await utcPage.locator('#updated').innerText()).toBe('更新于 12:00:00（北京时间）');
          await inLanguage(utcPage, 'en');
          await utcPage.waitForFunction(() =>
            document.getElementById('updated')!.textContent!.startsWith('Updated'),
          );
          expect(await utcPage.locator('#updated').innerText()).toBe('Updated 12:00:00 China time');
        } finally {
          await abroad.close();
        }
      });

      it("prints a status's demo share in its badge under a finger too, which cannot hover", async () => {
        const phone = await browser.newPage({
          viewport: { width: 390, height: 844 },
          hasTouch: true,
          isMobile: true,
        });
        try {
          await phone.goto(dashboardUrl());
          await phone.waitForSelector('.status-demo .demo-percent');
          expect(await phone.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
          const percent = phone.locator('.status-demo .demo-percent').first();
          expect(await percent.isVisible()).toBe(true);
          expect(await percent.innerText()).toMatch(/^\s*[\d.]+%$/);
        } finally {
          await phone.close();
        }
      });

      it('says so when the first load cannot reach the gateway', async () => {
        const downPage = await browser.newPage({ viewport: { width: 390, height: 844 } });
        try {
          await downPage.route('**/graphql?**', (route) => route.abort('connectionrefused'));
          await downPage.goto(dashboardUrl());
          await downPage.waitForSelector('#main > p.error');
          expect(await downPage.locator('#main > p.error').innerText()).toBe(
            '无法连接网关，稍后自动重试',
          );
        } finally {
          await downPage.close();
        }
      });

      it('starts no refresh while one waits on a hanging gateway, and gives that one up after 30 s', async () => {
        const slowPage = await browser.newPage({ viewport: { width: 390, height: 844 } });
        await slowPage.clock.install();
        const updated = () =>
          slowPage.evaluate(() => document.getElementById('updated')!.textContent);
        try {
          await slowPage.goto(dashboardUrl('&refresh=10'));
          await slowPage.waitForSelector('table.comparison tbody tr[data-region]');
          const held: (() => Promise<void>)[] = [];
          await slowPage.route('**/graphql?**', (route) => {
            held.push(() => route.continue());
          });
          // The timer's refresh at 10 s asks, and the answer hangs.
          await slowPage.clock.runFor(10_000);
          await expect.poll(() => held.length).toBe(1);
          // Its ticks at 20 and 30 s start nothing while it waits.
          await slowPage.clock.runFor(25_000);
          expect(held.length).toBe(1);
          // At 40 s it has waited 30 s: given up, the page keeps its view and says why; the tick
          // at 50 s asks again.
          await slowPage.clock.runFor(6_000);
          await expect.poll(updated).toContain('无法连接网关');
          expect(held.length).toBe(1);
          await slowPage.clock.runFor(10_000);
          await expect.poll(() => held.length).toBe(2);
          await held[1]!();
          await slowPage.unroute('**/graphql?**');
          await expect.poll(updated).toMatch(/^更新于/);
        } finally {
          await slowPage.close();
        }
      });
    });

    describe('with one region down', () => {
      it('shows the other five, says which one is not answering, and logs no console errors', async () => {
        const down = await gatewayWithRegionDown(federation.stack, 'tianjin');
        const errors: string[] = [];
        const downPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        downPage.on(
          'console',
          (message) => message.type() === 'error' && errors.push(message.text()),
        );
        downPage.on('pageerror', (error) => errors.push(error.message));
        try {
          await downPage.goto(new URL('/dashboard/?lang=en', down.url).href);
          await downPage.waitForSelector('table.comparison tbody tr[data-region]');
          const unavailable = await downPage
            .locator('tr.unavailable')
            .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region')));
          expect(unavailable).toEqual(['TJ']);
          expect(
            await downPage.locator('tr[data-region="GX"] [data-status]').count(),
          ).toBeGreaterThan(0);
          const said = await downPage.locator('#main > p.error').textContent();
          // The English page says it in English alone, of the two languages the API says it in.
          expect(said).toBe('The Tianjin subgraph is unreachable.');
          const total = downPage.locator('tr.totals td[data-indicator="CERTIFIED_SOCIAL_WORKERS"]');
          // Xiong'an's registry was emptied above: its 0 is nothing registered, not a count.
          expect(await total.locator('.total-heading').textContent()).toBe(
            'Total of 4 regions (2 left out)',
          );
          // The count's own left-out lines, not those of the rate under it.
          expect(await total.locator(':scope > .partial').allTextContents()).toEqual([
            'Left out: Tianjin: the region did not answer',
            "Left out: Xiong'an: the registry holds nothing it counts: 0 is what is registered, not a finding that the region has none",
          ]);
          keepScreenshot(
            `${screenshots}/national-tianjin-down.png`,
            await screenshotOf(downPage, { fullPage: true }),
          );

          await downPage.click('tr[data-region="TJ"] a.region-link');
          await downPage.waitForSelector('#region[data-region="TJ"]');
          // Its targets, its four breakdowns, data quality and programmes.
          expect(await downPage.locator('#region p.unavailable').count()).toBe(7);
          expect(await downPage.locator('#main > p.error').textContent()).toBe(
            'The Tianjin subgraph is unreachable.',
          );
          expect(errors).toEqual([]);
        } finally {
          await downPage.close();
          await down.stop();
        }
      });
    });
  },
);
