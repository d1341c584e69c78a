import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Dispatcher, getGlobalDispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphRequest, UnreadableAnswer } from '../gateway/src/subgraph-request.js';

/**
 * The gateway's subgraph fetch (undici's `request`, the answer read whole) gives Apollo's data
 * source what `fetch` gave it: status, headers by any case, the body as text or JSON, clones that
 * are read apart, and the abort reason of a timeout.
 */
let server: Server;
let url: string;
const received: { method?: string; authorization?: string; body: string }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method, authorization: req.headers.authorization, body });
      if (req.url === '/hold') return; // never answers
      const compressed = compressedAnswers[req.url!];
      if (compressed) {
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-encoding': compressed.encoding,
        });
        return res.end(compressed.body);
      }
      res.writeHead(req.url === '/fail' ? 500 : 200, {
        'content-type': 'application/json; charset=utf-8',
        'x-committed-writes': '1',
        'cache-control': 'max-age=30, public',
      });
      res.end(JSON.stringify({ data: { 宁夏: { value: 19 } } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const answered = JSON.stringify({ data: { 宁夏: { value: 19 } } });
/** The limit the answers below are held to once decompressed. */
const MAX_ANSWER_BYTES = 100_000;
/** What a proxy between the gateway and a subgraph might send, by path. */
const compressedAnswers: Record<string, { encoding: string; body: Buffer }> = {
  '/gzip': { encoding: 'gzip', body: gzipSync(answered) },
  '/br': { encoding: 'br', body: brotliCompressSync(answered) },
  // 101 KB of spaces that compress to a few hundred bytes: under the limit on the wire, over it read.
  '/bomb': { encoding: 'gzip', body: gzipSync(`${' '.repeat(MAX_ANSWER_BYTES + 1)}${answered}`) },
  '/zstd': { encoding: 'zstd', body: Buffer.from(answered) },
  '/corrupt': { encoding: 'gzip', body: Buffer.from(answered) },
};

const send = subgraphRequest(getGlobalDispatcher(), MAX_ANSWER_BYTES);

describe('a query sent to a subgraph', () => {
  it('carries the method, headers and body, and reads the answer as fetch did', async () => {
    const body = JSON.stringify({ query: '{ ningxia { value } }' });
    const answer = await send(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body,
    });
    expect(received.at(-1)).toEqual({ method: 'POST', authorization: 'Bearer t', body });
    expect(answer.status).toBe(200);
    expect(answer.ok).toBe(true);
    expect(answer.headers.get('X-Committed-Writes')).toBe('1');
    expect(answer.headers.get('Cache-Control')).toBe('max-age=30, public');
    expect(answer.headers.get('etag')).toBeNull();
    const copy = answer.clone();
    const [original, cloned] = [await answer.json(), await copy.json()];
    expect(original).toEqual({ data: { 宁夏: { value: 19 } } });
    expect(cloned).toEqual(original);
    expect(cloned).not.toBe(original);
    expect(await answer.text()).toBe(JSON.stringify(original));
    expect(Buffer.from(await answer.arrayBuffer()).toString('utf8')).toBe(JSON.stringify(original));
  });

  it('reads an answer a proxy compressed with gzip or Brotli', async () => {
    for (const path of ['/gzip', '/br']) {
      const answer = await send(`${url}${path}`, { method: 'POST', body: '{}' });
      expect(await answer.json(), path).toEqual(JSON.parse(answered));
    }
  });

  it('holds a compressed answer to the size limit once decompressed', async () => {
    expect(compressedAnswers['/bomb']!.body.length).toBeLessThan(1000);
    await expect(send(`${url}/bomb`, { method: 'POST', body: '{}' })).rejects.toMatchObject({
      code: 'UND_ERR_RES_EXCEEDED_MAX_SIZE',
    });
  });

  it('refuses an answer in an encoding it cannot read, or that does not decompress', async () => {
    for (const path of ['/zstd', '/corrupt'])
      await expect(send(`${url}${path}`, { method: 'POST', body: '{}' }), path).rejects.toThrow(
        UnreadableAnswer,
      );
  });

  it('is not ok when the subgraph answers with an HTTP error', async () => {
    const answer = await send(`${url}/fail`, { method: 'POST', body: '{}' });
    expect(answer.status).toBe(500);
    expect(answer.ok).toBe(false);
  });

  it('rejects with the abort reason when its signal fires before a connection is made', async () => {
    // A host that drops connection attempts: the dispatcher never connects.
    class NeverConnects extends Dispatcher {
      dispatch(): boolean {
        return true;
      }
    }
    const sent = subgraphRequest(new NeverConnects(), MAX_ANSWER_BYTES)(`${url}/graphql`, {
      method: 'POST',
      body: '{}',
      signal: AbortSignal.timeout(50),
    });
    await expect(sent).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('rejects with the abort reason when its signal fires, as a timeout', async () => {
    const sent = send(`${url}/hold`, {
      method: 'POST',
      body: '{}',
      signal: AbortSignal.timeout(50),
    });
    await expect(sent).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
