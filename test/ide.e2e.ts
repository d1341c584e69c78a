import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousNote, buildIde, readmeExamples } from '../scripts/build-ide.js';
import { chromiumFor, chromiumPath } from './chromium.js';
import { useStack } from './harness.js';
import { keepScreenshot } from './screenshots.js';

const federation = useStack();
const screenshots = 'test/__screenshots__/ide';

describe.runIf(chromiumFor('The IDE test', 'IDE 测试'))(
  `the IDE in headless Chromium, offline (${chromiumPath})`,
  () => {
    let browser: Browser;
    let page: Page;
    const leftTheMachine: string[] = [];
    const consoleErrors: string[] = [];

    /**
     * The words a reader or a screen reader reads outside the editors, the operations' names, the
     * schema's names, the logo and the keys, that hold English and no Chinese: in an attribute, or
     * in a text whose paragraph (or element) says no Chinese. A GraphiQL upgrade that brings one
     * fails the test that asks.
     */
    const englishOnly = () =>
      page.evaluate(() => {
        const theirs =
          '.monaco-editor, .graphiql-tab-button, .graphiql-logo, kbd, [class*="doc-explorer-"][class$="-name"]';
        const han = /\p{Script=Han}/u;
        const words = /[A-Za-z]{3,}/;
        // Keys, and GraphQL's own keywords (the documentation's root types), are no words to say.
        const keys =
          /^((Ctrl|Alt|Shift|Cmd|Enter|F\d+|[A-Z0-9])[\s+-]*)+$|^(query|mutation|subscription)$/;
        const found: string[] = [];
        for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
          if (element.closest(theirs)) continue;
          for (const name of ['aria-label', 'title', 'placeholder']) {
            const label = element.getAttribute(name);
            if (label && words.test(label) && !han.test(label) && !keys.test(label))
              found.push(label);
          }
        }
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          const text = node.textContent!.trim();
          if (!words.test(text) || han.test(text) || keys.test(text) || parent.closest(theirs))
            continue;
          if (['SCRIPT', 'STYLE', 'TITLE'].includes(parent.tagName) || parent.closest('svg'))
            continue;
          if (!han.test((parent.closest('p') ?? parent).textContent!)) found.push(text);
        }
        return found;
      });

    beforeAll(async () => {
      await buildIde();
      // No host name resolves but the gateway's: a request to a CDN would fail as it does offline.
      browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
      });
      mkdirSync(screenshots, { recursive: true });
      page = await openIde({ width: 1440, height: 900 });
    });

    /** The IDE in a new page of `viewport`, whose requests and errors the last test checks. */
    const openIde = async (viewport: { width: number; height: number }) => {
      const opened = await browser.newPage({ viewport });
      await opened.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
        leftTheMachine.push(url.href);
        return route.abort();
      });
      opened.on(
        'console',
        (message) => message.type() === 'error' && consoleErrors.push(message.text()),
      );
      opened.on('pageerror', (error) => consoleErrors.push(error.message));
      await opened.goto(new URL('/ide/', federation.stack.gatewayUrl).href);
      return opened;
    };

    /** Runs the open tab's operation and waits for the regions' answer. */
    const runFirst = async (on: Page) => {
      await on.click('.graphiql-execute-button');
      const response = on.locator('.graphiql-response .view-lines');
      await expect
        .poll(() => response.innerText(), { timeout: 30_000 })
        .toMatch(/"registries"[\s\S]*"code"/);
      expect(await response.innerText()).not.toContain('"errors"');
    };

    /**
     * A screenshot of `on` once its answer and its operation are coloured. Monaco colours lines a
     * few at a time, when it is idle: the screenshot waits until the answer's lines shown that hold
     * a string and the operation's comments (there are some of each) have a colour, or it differs
     * by which lines were done when it was taken (the operation's comments were once still black
     * at 390 px, 1,825 pixels off). A line not yet coloured is one span of mtk1.
     */
    const screenshotOf = async (on: Page) => {
      await expect
        .poll(
          () =>
            on.evaluate(() => {
              const linesOf = (editor: string, holding: string) =>
                [...document.querySelectorAll(`${editor} .view-line`)].filter((line) =>
                  line.textContent!.includes(holding),
                );
              const answer = linesOf('.graphiql-response', '"');
              const comments = linesOf('.graphiql-query-editor', '#');
              const coloured = (line: Element) =>
                [...line.querySelectorAll('span span')].some(
                  (span) => !span.classList.contains('mtk1'),
                );
              return (
                answer.length > 0 && comments.length > 0 && [...answer, ...comments].every(coloured)
              );
            }),
          { timeout: 30_000 },
        )
        .toBe(true);
      // Monaco shows its scrollbars for a moment after the editor scrolls or the pointer moves: hidden
      // in the screenshot, which else would differ by whether one was showing when it was taken.
      return on.screenshot({
        style: '.monaco-scrollable-element > .scrollbar { visibility: hidden !important; }',
      });
    };

    afterAll(async () => {
      await browser?.close();
    });

    it("opens the README's examples as tabs, each named after its operation", async () => {
      await page.waitForSelector('.graphiql-tab');
      expect(await page.locator('.graphiql-tab').count()).toBe(readmeExamples().length);
      const names = (await page.locator('.graphiql-tab').allInnerTexts()).map((n) => n.trim());
      expect(names).toEqual(['CrossRegionOverview', 'RegionsOnTrack', 'CreateGuangxiAgency']);
    });

    it("fills the window's height with the editor", async () => {
      const editor = (await page.locator('.graphiql-container').boundingBox())!;
      expect(editor.height).toBeGreaterThanOrEqual(0.9 * 900);
      const queryEditor = (await page.locator('.graphiql-query-editor').boundingBox())!;
      expect(queryEditor.height).toBeGreaterThanOrEqual(0.5 * 900);
    });

    it('opens a read with a slot for an analyst token and says, in Chinese and English, that anonymous callers see fewer records', async () => {
      const [first] = readmeExamples();
      expect(first!.query.startsWith(anonymousNote)).toBe(true);
      expect(JSON.parse(first!.headers)).toEqual({ authorization: '' });
      const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
      await expect.poll(() => headers.innerText()).toContain('authorization');
      // Monaco draws spaces as no-break spaces.
      const query = await page.locator('.graphiql-query-editor .view-lines').innerText();
      expect(query.replaceAll('\u00a0', ' ')).toContain('匿名调用者看到的记录较少');
      expect(query.replaceAll('\u00a0', ' ')).toContain('Anonymous callers see fewer records');
    });

    it("runs the first one and shows the regions' answer", async () => {
      await runFirst(page);
    });

    it('keeps a screenshot for review', async () => {
      keepScreenshot(`${screenshots}/ide-1440.png`, await screenshotOf(page));
    });

    it('leaves the Chinese punctuation of the query and the answer unmarked', async () => {
      // The answer, coloured by now, holds the milestones' Chinese descriptions (，；：).
      expect(await page.locator('.graphiql-response .view-lines').innerText()).toMatch(/[，；：]/);
      expect(await page.locator('.monaco-editor .unicode-highlight').count()).toBe(0);
    });

    it("says GraphiQL's own words in Chinese first, and leaves the names of operations and of the schema alone", async () => {
      expect(await page.locator('.graphiql-execute-button').getAttribute('aria-label')).toBe(
        '执行查询（Ctrl-Enter）Execute query (Ctrl-Enter)',
      );
      const tools = await page.locator('.graphiql-editor-tools button').allInnerTexts();
      expect(tools.map((t) => t.trim())).toEqual(
        expect.arrayContaining(['变量 Variables', '请求头 Headers']),
      );
      await page.click('[aria-label="显示文档浏览器 Show Documentation Explorer"]');
      const docs = page.locator('.graphiql-doc-explorer');
      await expect.poll(() => docs.innerText(), { timeout: 30_000 }).toContain('根类型 Root Types');
      // The schema's names stay as the schema says them.
      expect(await docs.locator('.graphiql-doc-explorer-type-name').allInnerTexts()).toContain(
        'Query',
      );
      expect(
        (await page.locator('.graphiql-tab-button').allInnerTexts()).map((n) => n.trim()),
      ).toEqual(['CrossRegionOverview', 'RegionsOnTrack', 'CreateGuangxiAgency']);
      expect(await englishOnly()).toEqual([]);
      // The dialogs GraphiQL opens on demand are said in Chinese as they render.
      for (const [button, title] of [
        ['打开设置 Open settings dialog', '设置 Settings'],
        ['打开快捷键列表 Open short keys dialog', '快捷键 Short Keys'],
      ]) {
        await page.click(`[aria-label="${button}"]`);
        const dialog = page.locator('[role="dialog"]');
        await expect.poll(() => dialog.innerText(), { timeout: 30_000 }).toContain(title);
        expect(await englishOnly()).toEqual([]);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      }
    });

    it('stacks the operation and its answer on a 390 px phone, each the full width', async () => {
      const phone = await openIde({ width: 390, height: 844 });
      try {
        await phone.waitForSelector('.graphiql-tab');
        await runFirst(phone);
        const operation = (await phone.locator('.graphiql-editors').boundingBox())!;
        const answer = (await phone.locator('.graphiql-response').boundingBox())!;
        // Side by side, the answer had 52 px of the 390.
        expect(answer.width).toBeGreaterThanOrEqual(250);
        expect(answer.width).toBeCloseTo(operation.width, 0);
        expect(answer.y).toBeGreaterThanOrEqual(operation.y + operation.height);
        expect(answer.y + answer.height).toBeLessThanOrEqual(844);
        expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
        keepScreenshot(`${screenshots}/ide-390.png`, await screenshotOf(phone));
      } finally {
        await phone.close();
      }
    });

    it("gives the operation most of a 375 px phone's width, its sidebar still there", async () => {
      const phone = await openIde({ width: 375, height: 812 });
      try {
        await phone.waitForSelector('.graphiql-tab');
        const operation = (await phone.locator('.graphiql-editors').boundingBox())!;
        const sidebar = phone.locator('.graphiql-sidebar button');
        // GraphiQL's frame, its sidebar and margins left the operation 283 of the 375 px.
        expect(operation.width).toBeGreaterThanOrEqual(315);
        expect(operation.x + operation.width).toBeLessThanOrEqual(375);
        expect(await sidebar.count()).toBeGreaterThan(2);
        for (const button of await sidebar.all()) expect(await button.isVisible()).toBe(true);
        expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
      } finally {
        await phone.close();
      }
    });

    it('sent no request beyond the gateway and logged no console errors', () => {
      expect(leftTheMachine).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  },
);
