import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIde, readmeExamples } from '../scripts/build-ide.js';
import { useStack } from './harness.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const federation = useStack();

describe.skipIf(!existsSync(executablePath))(
  `the IDE in headless Chromium, offline (${executablePath})`,
  () => {
    let browser: Browser;
    let page: Page;
    const leftTheMachine: string[] = [];
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      await buildIde();
      // No host name resolves but the gateway's: a request to a CDN would fail as it does offline.
      browser = await chromium.launch({
        executablePath,
        args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
      });
      page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
        leftTheMachine.push(url.href);
        return route.abort();
      });
      page.on(
        'console',
        (message) => message.type() === 'error' && consoleErrors.push(message.text()),
      );
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await page.goto(new URL('/ide/', federation.stack.gatewayUrl).href);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it("opens the README's examples as tabs", async () => {
      await page.waitForSelector('.graphiql-tab');
      expect(await page.locator('.graphiql-tab').count()).toBe(readmeExamples().length);
    });

    it("runs the first one and shows the regions' answer", async () => {
      await page.click('.graphiql-execute-button');
      const response = page.locator('.graphiql-response .view-lines');
      await expect
        .poll(() => response.innerText(), { timeout: 30_000 })
        .toMatch(/"registries"[\s\S]*"code"/);
      expect(await response.innerText()).not.toContain('"errors"');
    });

    it('sent no request beyond the gateway and logged no console errors', () => {
      expect(leftTheMachine).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  },
);
