import net from 'node:net';
import { vi } from 'vitest';

/**
 * Every TCP connection the process opens from now until the test's mocks are restored, as
 * `host:port`, recorded where Node opens it (`net.Socket#connect`), whoever asks: an HTTP client, a
 * database driver, a library's own reporting.
 */
export function recordConnections(): string[] {
  const opened: string[] = [];
  const connect = net.Socket.prototype.connect;
  vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (
    this: net.Socket,
    ...args: unknown[]
  ) {
    opened.push(destination(args));
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  });
  return opened;
}

/** Where a `connect` call is going, from any of the forms Node passes it. */
function destination(args: unknown[]): string {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === 'object') {
    const { host, port, path } = first as { host?: string; port?: number; path?: string };
    return path ?? `${host ?? 'localhost'}:${port}`;
  }
  return `${typeof args[1] === 'string' ? args[1] : 'localhost'}:${String(first)}`;
}

/** The connections that went to none of these URLs' ports. */
export function elsewhere(opened: string[], urls: string[]): string[] {
  const ports = urls.map((url) => new URL(url).port);
  return opened.filter((to) => !ports.some((port) => to.endsWith(`:${port}`)));
}

/**
 * What would make Apollo Server report usage and its schema to Apollo, were it not turned off
 * (Apollo Server reads them from `process.env` only).
 */
export const apolloReporting = {
  APOLLO_KEY: 'service:registry:0000000000000000000000',
  APOLLO_GRAPH_REF: 'registry@current',
  APOLLO_SCHEMA_REPORTING: 'true',
};
