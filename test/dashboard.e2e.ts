import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import { buildDashboard } from '../scripts/build-dashboard.js';
import { listen } from '../subgraphs/common/listen.js';
import { regions } from '../subgraphs/regions.js';
import { useStack } from './harness.js';

/** Debian's Chromium; `.ci/run` installs it. Without it (a laptop), this file says so and skips. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artifacts = 'artifacts/dashboard';
const federation = useStack();

describe.skipIf(!existsSync(executablePath))(`the dashboard in headless Chromium (${executablePath})`, () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await buildDashboard();
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(new URL('/dashboard/?lang=zh', federation.stack.gatewayUrl).href);
    await page.waitForSelector('table.comparison tbody tr[data-region]');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the six regions, each with its targets\' statuses, and the national totals', async () => {
    const rows = page.locator('table.comparison tbody tr[data-region]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region')))).toEqual(regions.map((r) => r.code).sort());
    const statuses = await page.locator('table.comparison [data-status]').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA']).toContain(status);
    expect(await page.locator('tr.totals').count()).toBe(1);
    await page.waitForSelector('.target-card canvas');
    await page.screenshot({ path: `${artifacts}/national-zh.png`, fullPage: true });
  });

  it('switches between Chinese and English', async () => {
    expect(await page.locator('#title').textContent()).toContain('社会工作');
    await page.click('#language');
    await page.waitForFunction(() => document.getElementById('title')!.textContent!.includes('Social work'));
    expect(await page.locator('table.comparison thead').textContent()).toContain('Medical and health institutions');
    await page.screenshot({ path: `${artifacts}/national-en.png`, fullPage: true });
  });

  it('opens a region with its breakdowns, programmes and data-quality flags', async () => {
    await page.click('tr[data-region="BJ"] a.region-link');
    await page.waitForSelector('#region[data-region="BJ"] .breakdown canvas');
    expect(await page.locator('#region .breakdown').count()).toBe(4);
    expect(await page.locator('#region table.quality tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#region table.programs tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${artifacts}/region-beijing.png`, fullPage: true });
  });

  it('shows the original sentence and source of a number', async () => {
    await page.locator('#region table.quality a.figure-link').first().click();
    const quote = page.locator('dialog[open] #quote');
    await quote.waitFor();
    expect(await quote.textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator('dialog[open]').textContent()).toContain('.txt');
    await page.screenshot({ path: `${artifacts}/source-quote.png` });
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });

  describe('with one region down', () => {
    it('shows the other five, says which one is not answering, and logs no console errors', async () => {
      const urls = Object.fromEntries([...federation.stack.subgraphs].map(([name, s]) => [name, s.url]));
      const gateway = await createGateway({ subgraphUrls: { ...urls, tianjin: 'http://127.0.0.1:9/graphql' }, env: { ...process.env, RESPONSE_CACHE: 'off' } });
      const listening = await listen(gateway.app, 0);
      const errors: string[] = [];
      const downPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      downPage.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      downPage.on('pageerror', (error) => errors.push(error.message));
      try {
        await downPage.goto(new URL('/dashboard/?lang=en', listening.url).href);
        await downPage.waitForSelector('table.comparison tbody tr[data-region]');
        const unavailable = await downPage.locator('tr.unavailable').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region')));
        expect(unavailable).toEqual(['TJ']);
        expect(await downPage.locator('tr[data-region="GX"] [data-status]').count()).toBeGreaterThan(0);
        expect(await downPage.locator('#main > p.error').textContent()).toContain('tianjin');
        expect(await downPage.locator('tr.totals .partial').textContent()).toBe('without Tianjin');
        await downPage.screenshot({ path: `${artifacts}/national-tianjin-down.png`, fullPage: true });

        await downPage.click('tr[data-region="TJ"] a.region-link');
        await downPage.waitForSelector('#region[data-region="TJ"]');
        expect(await downPage.locator('#region p.unavailable').count()).toBe(2);
        expect(await downPage.locator('#main > p.error').textContent()).toContain('tianjin');
        expect(errors).toEqual([]);
      } finally {
        await downPage.close();
        await listening.close();
        await gateway.stop();
      }
    });
  });
});
