import { buildSchema, isEnumType } from 'graphql';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSchemaSdl } from '../scripts/schema/api-changes.js';
import { committedSupergraphSdl } from '../scripts/schema/composition.js';
import { buildDashboard } from '../scripts/build-dashboard.js';
import { indicatorCatalog } from '../subgraphs/indicator-catalog.js';
import { regions } from '../subgraphs/regions.js';
import { chromiumFor, chromiumPath } from './chromium.js';
import { useStack } from './harness.js';
import { gatewayWithRegionDown } from './region-down.js';

/**
 * What the dashboard says where its data has gaps: a subgraph down (the national directory, a
 * region), the gateway out of reach. Through the real gateway, in headless Chromium.
 */
const federation = useStack();

/** Every enum value of the API and every indicator code: none may reach a reader as it is. */
const codes = new Set([
  ...Object.values(buildSchema(apiSchemaSdl(committedSupergraphSdl())).getTypeMap())
    .filter((type) => isEnumType(type) && !type.name.startsWith('__'))
    .flatMap((type) => (isEnumType(type) ? type.getValues().map((v) => v.name) : [])),
  ...indicatorCatalog.map((indicator) => indicator.code),
]);
const rawCodes = (text: string) =>
  (text.match(/\b[A-Z][A-Z0-9_]+\b/g) ?? []).filter((word) => codes.has(word));

/** Switches the page to a language and waits until the title says it. */
async function switchTo(page: Page, language: 'zh' | 'en') {
  await page.click('#language');
  await page.waitForFunction(
    (zh) =>
      document.getElementById('title')!.textContent!.includes(zh ? '社会工作' : 'Social work'),
    language === 'zh',
  );
}

describe.runIf(chromiumFor('The dashboard test', '看板测试'))(
  `the dashboard's gaps in headless Chromium (${chromiumPath})`,
  () => {
    let browser: Browser;

    beforeAll(async () => {
      await buildDashboard();
      browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    });

    afterAll(async () => {
      await browser?.close();
    });

    describe('with the national directory down', () => {
      it("says so and what it means, in Chinese then English, and shows what the regions' own subgraphs answer", async () => {
        const down = await gatewayWithRegionDown(federation.stack, 'national', 'tianjin');
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        try {
          await page.goto(new URL('/dashboard/?lang=zh', down.url).href);
          await page.waitForSelector('table.comparison tbody tr[data-region]');
          expect(await page.locator('#main > p.directory-down').innerText()).toMatch(
            /^无法连接全国目录：地区名单、地区名称和指标目录.*各地区登记库直接给出的数据/,
          );
          // Every region of the list has its row, named in Chinese; Tianjin, down too, is blank.
          const rows = page.locator('table.comparison tbody tr[data-region]');
          expect(
            await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region'))),
          ).toEqual(regions.map((r) => r.code));
          expect(
            await page
              .locator('tr.unavailable')
              .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region'))),
          ).toEqual(['TJ']);
          expect(await page.locator('tr[data-region="GX"] a.region-link').innerText()).toBe(
            '广西壮族自治区',
          );
          expect(await page.locator('tr[data-region="GX"] [data-status]').count()).toBeGreaterThan(
            0,
          );
          expect(await page.locator('#main > p.error:not(.directory-down)').innerText()).toBe(
            '无法连接天津市登记库子图。',
          );
          // The indicators by their names, never their codes.
          expect(await page.locator('table.comparison thead').innerText()).toContain(
            '开展医务社会工作的医疗卫生机构',
          );
          expect(rawCodes(await page.locator('main').innerText())).toEqual([]);

          await switchTo(page, 'en');
          expect(await page.locator('#main > p.directory-down').innerText()).toMatch(
            /^The national directory cannot be reached: it gives the list of regions/,
          );
          expect(await page.locator('tr[data-region="GX"] a.region-link').innerText()).toBe(
            'Guangxi',
          );
          expect(await page.locator('#main > p.error:not(.directory-down)').innerText()).toBe(
            'The Tianjin subgraph is unreachable.',
          );

          // A region's page, from its own subgraph.
          await page.click('tr[data-region="GX"] a.region-link');
          await page.waitForSelector('#region[data-region="GX"] .breakdown canvas');
          expect(await page.locator('#region h2').first().innerText()).toBe('Guangxi');
          expect(await page.locator('#region .target-card').count()).toBeGreaterThan(0);
          expect(await page.locator('#main > p.directory-down').count()).toBe(1);
          expect(rawCodes(await page.locator('main').innerText())).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
          await down.stop();
        }
      });
    });

    describe('with one region down', () => {
      it('says on each of its breakdown cards, as on its other sections, that it is not answering', async () => {
        const down = await gatewayWithRegionDown(federation.stack, 'tianjin');
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        try {
          await page.goto(new URL('/dashboard/?lang=zh#region/TJ', down.url).href);
          await page.waitForSelector('#region[data-region="TJ"]');
          const cards = page.locator('#region .breakdown');
          expect(await cards.count()).toBe(4);
          for (const card of await cards.all())
            expect(await card.locator('p.unavailable').innerText()).toBe('暂时无法获取该地区数据');
          await switchTo(page, 'en');
          for (const card of await cards.all())
            expect(await card.locator('p.unavailable').innerText()).toBe(
              'This region is not answering',
            );
        } finally {
          await page.close();
          await down.stop();
        }
      });
    });

    describe('with nothing registered', () => {
      it('says a rate per 10,000 residents of a count of nothing registered is none registered, not 0', async () => {
        const rates = [
          'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS',
          'SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS',
          'SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS',
        ];
        const { registries } = await federation.query(`{ registries { code
          ${rates.map((rate) => `${rate}: measure(indicator: "${rate}") { value nothingRegistered }`).join('\n')} } }`);
        const unregistered = registries.flatMap((registry: Record<string, any>) =>
          rates
            .filter((rate) => registry[rate]?.nothingRegistered)
            .map((rate) => ({ region: registry.code, rate, value: registry[rate].value })),
        );
        // Beijing's registry holds no township station.
        expect(unregistered).toContainEqual({
          region: 'BJ',
          rate: 'SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS',
          value: 0,
        });
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        try {
          await page.goto(new URL('/dashboard/?lang=zh', federation.stack.gatewayUrl).href);
          await page.waitForSelector('table.comparison tbody tr[data-region]');
          for (const { region, rate } of unregistered) {
            const line = page.locator(
              `tr[data-region="${region}"] td[data-indicator="${rate.replace('_PER_10K_RESIDENTS', '')}"] .per-residents`,
            );
            expect(await line.locator('summary').innerText(), `${region} ${rate}`).toBe(
              '每万常住人口 —（未登记）',
            );
            expect(await line.getAttribute('title')).toMatch(
              /；登记库中没有“[^”]+”所计的记录：0 是登记在册的数量/,
            );
          }
        } finally {
          await page.close();
        }
      });
    });

    describe('with the gateway out of reach', () => {
      it('keeps the last answer through a language switch, in the new language, saying it could not be refreshed', async () => {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        try {
          await page.goto(new URL('/dashboard/?lang=zh', federation.stack.gatewayUrl).href);
          await page.waitForSelector('table.comparison tbody tr[data-region]');
          const updated = (await page.locator('#updated').innerText()).replace('更新于 ', '');
          await page.route('**/graphql?**', (route) => route.abort('connectionrefused'));
          await switchTo(page, 'en');
          await page.waitForFunction(() =>
            document.getElementById('updated')!.textContent!.includes('cannot be reached'),
          );
          expect(await page.locator('#updated').innerText()).toMatch(
            /^The gateway cannot be reached: showing the data of the last update until it answers again\. Last updated /,
          );
          expect(await page.locator('table.comparison tbody tr[data-region]').count()).toBe(
            regions.length,
          );
          expect(await page.locator('#main > p.error').count()).toBe(0);
          expect(await page.locator('table.comparison thead').innerText()).toContain(
            'Medical and health institutions',
          );
          expect(await page.locator('tr[data-region="GX"] a.region-link').innerText()).toBe(
            'Guangxi',
          );
          // And back: the same answer in Chinese, as of the same update.
          await switchTo(page, 'zh');
          await page.waitForFunction(() =>
            document.getElementById('updated')!.textContent!.includes('无法连接网关'),
          );
          expect(await page.locator('#updated').innerText()).toContain(`上次更新于 ${updated}`);
          expect(await page.locator('tr[data-region="GX"] a.region-link').innerText()).toBe(
            '广西壮族自治区',
          );
        } finally {
          await page.close();
        }
      });
    });
  },
);
