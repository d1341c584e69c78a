import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPatiently } from '../shared/patient-fetch.js';

/** A server refusing the first `refusals` requests as a busy gateway does, then answering. */
let server: Server | undefined;
async function gatewayRefusing(refusals: number, retryAfter: string) {
  const received: number[] = [];
  server = createServer((_req, res) => {
    received.push(received.length);
    if (received.length <= refusals) res.writeHead(503, { 'retry-after': retryAfter }).end('busy');
    else res.writeHead(200).end('answer');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
}
afterEach(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))));

describe('the clients’ fetch before a busy gateway', () => {
  it('asks again after each refusal, and returns the answer that comes', async () => {
    const gateway = await gatewayRefusing(2, '0');
    const response = await fetchPatiently(gateway.url, {});
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('answer');
    expect(gateway.received).toHaveLength(3);
  });

  it('gives up after three tries, returning the last refusal', async () => {
    const gateway = await gatewayRefusing(10, '0');
    const response = await fetchPatiently(gateway.url, {});
    expect(response.status).toBe(503);
    expect(gateway.received).toHaveLength(3);
  });

  it('asks only once for anything but a refusal', async () => {
    const gateway = await gatewayRefusing(0, '0');
    expect((await fetchPatiently(gateway.url, {})).status).toBe(200);
    expect(gateway.received).toHaveLength(1);
  });
});

/** A server that closes the connection of the first `resets` requests without answering. */
async function gatewayClosing(resets: number) {
  const received: number[] = [];
  server = createServer((req, res) => {
    received.push(received.length);
    if (received.length <= resets) req.socket.destroy();
    else res.writeHead(200).end('answer');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
}

describe('the clients’ fetch on a connection the server closed', () => {
  const query = { method: 'POST', body: '{"query":"{ __typename }"}' };

  it('sends the query again once, on a new connection', async () => {
    const gateway = await gatewayClosing(1);
    const response = await fetchPatiently(gateway.url, query);
    expect(await response.text()).toBe('answer');
    expect(gateway.received).toHaveLength(2);
  });

  it('fails when the second is closed too, saying why', async () => {
    const gateway = await gatewayClosing(5);
    await expect(fetchPatiently(gateway.url, query)).rejects.toThrow('fetch failed');
    expect(gateway.received).toHaveLength(2);
  });
});
