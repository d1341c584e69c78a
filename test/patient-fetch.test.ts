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
