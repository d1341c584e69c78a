import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { httpOrHttpsServer } from './tls.js';
import { readConfig } from './config.js';
import { answerClientErrors } from './client-errors.js';

export interface Listening {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

const HEADERS_TIMEOUT_MS = 10_000;
/** A body of the largest size allowed (MAX_BODY_BYTES, 100 kB) arrives in far less on any network. */
const REQUEST_TIMEOUT_MS = 30_000;

/** How long a closing server waits for its connections to finish their answers before it cuts them. */
const DRAIN_TIMEOUT_MS = 30_000;

/**
 * Port 0 picks a free port, which is what tests want.
 *
 * Closing drains: an answer being written is written to the end, and only then is its connection
 * closed. Node's own `server.close()` destroys any keep-alive connection whose response has *ended*,
 * even while megabytes of it are still buffered on their way to the client, which then sees
 * `terminated`; so idle connections are ended here, gracefully, and busy ones when their client is
 * done; after DRAIN_TIMEOUT_MS whatever is left is cut.
 */
export function listen(
  app: RequestListener,
  port: number,
  host = readConfig().host,
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const { server, scheme } = httpOrHttpsServer(app);
    server.listen(port, host);
    // Node keeps a request whose headers or body trickle in for minutes (slowloris): a request has
    // HEADERS_TIMEOUT_MS for its headers and REQUEST_TIMEOUT_MS for all of it, then gets 408.
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    answerClientErrors(server);
    server.once('error', reject);
    let closing = false;
    /** Every open connection, and whether a request on it is still being answered. */
    const connections = new Map<Socket, { answering: boolean }>();
    // Over TLS a request's socket is the TLS socket, which 'secureConnection' gives.
    server.on(scheme === 'https' ? 'secureConnection' : 'connection', (socket: Socket) => {
      connections.set(socket, { answering: false });
      socket.once('close', () => connections.delete(socket));
    });
    // Before the application's own listener, which may answer at once.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      const state = connections.get(req.socket);
      if (state) state.answering = true;
      // A keep-alive client is told to leave after this answer, so that it cannot keep a closing server busy.
      if (closing) res.setHeader('connection', 'close');
      // An answer that began before closing promised keep-alive: the client may still be reading
      // it, and a client reading slowly (undici, with its parser paused) takes the end of the
      // connection as a cut answer. Such a connection is left to the client, its next request (told
      // `connection: close`) or the keep-alive timeout.
      res.once('finish', () => {
        if (state) state.answering = false;
      });
    });
    server.once('listening', () => {
      const actual = (server.address() as AddressInfo).port;
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        server,
        port: actual,
        url: `${scheme}://${shownHost}:${actual}/graphql`,
        close: async () => {
          closing = true;
          // server.close() stops accepting at once and calls back when no connection is left; the
          // idle ones it would destroy on the way are ended here instead.
          server.closeIdleConnections = () => {};
          const closed = new Promise<void>((done, fail) =>
            server.close((error) => (error ? fail(error) : done())),
          );
          for (const [socket, state] of connections) if (!state.answering) socket.end();
          const timeout = new Promise((done) => setTimeout(done, DRAIN_TIMEOUT_MS).unref());
          if ((await Promise.race([closed.then(() => 'closed'), timeout])) !== 'closed')
            for (const socket of connections.keys()) socket.destroy();
          await closed;
        },
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
