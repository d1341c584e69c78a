import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the network between the gateway and one subgraph: it forwards requests, records
 * their headers, and can hold them back until released, as a slow or hung service would.
 */
export interface Proxy {
  url: string;
  received: IncomingHttpHeaders[];
  /** From now on, requests wait until `release()`. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/** What a proxy that compresses answers, asked for or not, does to a body: its encoding and bytes. */
export type Compression = (body: Buffer) => { encoding: string; body: Buffer };

export async function startProxy(
  targetUrl: string,
  { compress }: { compress?: Compression } = {},
): Promise<Proxy> {
  const received: IncomingHttpHeaders[] = [];
  let gate: Promise<void> | null = null;
  let open = () => {};
  const server = createServer(async (req, res) => {
    received.push(req.headers);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (gate) await gate;
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        ([k]) => !['host', 'content-length', 'connection'].includes(k),
      ),
    ) as Record<string, string>;
    try {
      const response = await fetch(targetUrl, {
        method: req.method,
        headers,
        body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
      });
      const body = Buffer.from(await response.arrayBuffer());
      const sent = compress?.(body);
      res.writeHead(response.status, {
        'content-type': response.headers.get('content-type') ?? 'application/json',
        ...(sent && { 'content-encoding': sent.encoding }),
      });
      res.end(sent?.body ?? body);
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    received,
    hold() {
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    release() {
      open();
      gate = null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        open();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
