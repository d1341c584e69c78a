import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGatewayBefore, useStubSubgraphs } from './stub-subgraphs.js';

/**
 * Outside production the gateway also serves its home page and the IDE, and says so when an address
 * is unknown (production's answer: gateway-hostile-requests.test.ts).
 */
const stubs = useStubSubgraphs({});
let gateway: Awaited<ReturnType<typeof startGatewayBefore>>;
beforeAll(async () => {
  gateway = await startGatewayBefore(stubs().urls, { NODE_ENV: 'development' });
});
afterAll(async () => {
  await gateway?.close();
});

it('names the home page and the IDE among what it serves, in Chinese and English', async () => {
  const response = await fetch(new URL('/no-such-page', gateway.url));
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({
    errors: [
      {
        message:
          '网关没有此地址；它提供 /、/graphql、/dashboard/、/ide/、/health、/ready、/metrics。The gateway has no such address; it serves /, /graphql, /dashboard/, /ide/, /health, /ready, /metrics.',
        extensions: { code: 'NOT_FOUND' },
      },
    ],
  });
  const page = await fetch(new URL('/no-such-page', gateway.url), {
    headers: { accept: 'text/html' },
  });
  expect(page.status).toBe(404);
  const links = [...(await page.text()).matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]);
  expect(links).toEqual(['/', '/dashboard/', '/ide/']);
  // Which of the two depends on what the caller accepts: a cache in between keeps them apart.
  expect(page.headers.get('vary')).toMatch(/accept/i);
});

it('answers OPTIONS of an address it has with the methods it takes, as Express does', async () => {
  const options = await fetch(new URL('/ready', gateway.url), { method: 'OPTIONS' });
  expect(options.status).toBe(200);
  expect(options.headers.get('allow')).toBe('GET, HEAD');
});

it('says on its home page where to go in the language a link asks for, Chinese with none, as the dashboard does', async () => {
  const home = async (query: string) => {
    const page = await fetch(new URL(`/${query}`, gateway.url), {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    const lines = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(lines).toHaveLength(3);
    return { html, lines };
  };
  for (const query of ['', '?lang=zh']) {
    const { html, lines } = await home(query);
    expect(html).toMatch(/<html lang="zh-CN">/);
    // What each is, in Chinese after its name, with no English beside it (two Latin words in a row).
    for (const line of lines) {
      expect(line).toMatch(/^[^：]+：.*[\u4e00-\u9fff].*。$/);
      expect(line).not.toMatch(/[A-Za-z]{2,}[ ,'-]+[A-Za-z]{2,}/);
    }
    // A link to the page in English, named in English.
    expect(html).toContain('<a href="/?lang=en" lang="en">English</a>');
  }
  const { html, lines } = await home('?lang=en');
  expect(html).toMatch(/<html lang="en">/);
  expect(html).toContain('<title>Social work registries</title>');
  for (const line of lines) expect(line).toMatch(/^[^:]+: [^\u4e00-\u9fff]+\.$/);
  expect(html).toContain('<a href="/?lang=zh" lang="zh-CN">中文</a>');
  // The language asked for is the dashboard's too; with none, the dashboard keeps the reader's last.
  expect(html).toContain('href="/dashboard/?lang=en"');
  expect((await home('?lang=zh')).html).toContain('href="/dashboard/?lang=zh"');
  expect((await home('')).html).toContain('href="/dashboard/"');
});
