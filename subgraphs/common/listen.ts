import type { Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import type express from 'express';

export interface Listening {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Port 0 picks a free port, which is what tests want. */
export function listen(app: express.Express, port: number, host = process.env.HOST ?? '127.0.0.1'): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', reject);
    // While shutting down, a keep-alive client is told to leave after its current request, so that
    // reused connections cannot keep a closing server busy.
    let closing = false;
    server.on('request', (_req, res) => closing && res.setHeader('connection', 'close'));
    server.once('listening', () => {
      const actual = (server.address() as AddressInfo).port;
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        server,
        port: actual,
        url: `http://${shownHost}:${actual}/graphql`,
        close: () =>
          new Promise<void>((done, fail) => {
            closing = true;
            server.close((error) => (error ? fail(error) : done()));
            server.closeIdleConnections();
          }),
      });
    });
  });
}

/** A port free now, for a program started in another process (which cannot be told to take 0). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
