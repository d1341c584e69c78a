import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';
import { Agent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import type { RunningProgram } from '../scripts/programs.js';
import { startTool } from './tool-command.js';
import { listen } from '../shared/listen.js';
import { subgraphs } from '../subgraphs/regions.js';
import { testDatabasePrefix } from './database-prefix.js';
import { graphql } from './harness.js';

/**
 * A regional subgraph on another machine: it serves HTTPS with a certificate from a CA made here,
 * and the gateway reaches it only when it trusts that CA; with `TLS_CLIENT_CA_FILE` the subgraph
 * serves only a caller that shows a certificate from that CA (mutual TLS, no shared secret).
 * A renewed certificate is served after SIGHUP, without a restart.
 */
const folder = mkdtempSync(path.join(tmpdir(), 'registry-tls-'));
chmodSync(folder, 0o755);
const file = (name: string, contents: string) => {
  const written = path.join(folder, name);
  writeFileSync(written, contents);
  return written;
};

type Pems = Awaited<ReturnType<typeof generate>>;
const authority = (name: string) =>
  generate([{ name: 'commonName', value: name }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
/** A certificate for `localhost` and 127.0.0.1 (selfsigned adds the address), signed by `ca`. */
const signedBy = (ca: Pems, name: string) =>
  generate([{ name: 'commonName', value: name }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ca: { key: ca.private, cert: ca.cert },
  });

let files: Record<'ca' | 'otherCa' | 'clientCert' | 'clientKey' | 'cert' | 'key', string>;
let renewal: Pems;
let subgraph: RunningProgram;

beforeAll(async () => {
  const [ca, otherCa] = await Promise.all([authority('Registry test CA'), authority('Other CA')]);
  const [server, client] = await Promise.all([signedBy(ca, 'localhost'), signedBy(ca, 'gateway')]);
  renewal = await signedBy(otherCa, 'localhost');
  files = {
    ca: file('ca.pem', ca.cert),
    otherCa: file('other-ca.pem', otherCa.cert),
    cert: file('tianjin.pem', server.cert),
    key: file('tianjin-key.pem', server.private),
    clientCert: file('gateway.pem', client.cert),
    clientKey: file('gateway-key.pem', client.private),
  };
  subgraph = await startTool('subgraphs/main.ts', ['tianjin'], {
    env: {
      DATABASE_URL: inject('databaseServerUrl'),
      DATABASE_PREFIX: testDatabasePrefix,
      STACK_FILE: path.join(folder, 'no-stack.json'),
      PORT: '0',
      TIANJIN_GATEWAY_SECRET: '',
      TLS_CERT_FILE: files.cert,
      TLS_KEY_FILE: files.key,
      TLS_CLIENT_CA_FILE: files.ca,
    },
  });
}, 120_000);

afterAll(async () => {
  if (subgraph?.child.exitCode === null) {
    subgraph.child.kill('SIGTERM');
    await subgraph.exited;
  }
  rmSync(folder, { recursive: true, force: true });
});

/** Asks a gateway with these TLS settings for Tianjin's code, through its own HTTP server. */
async function askThroughGateway(env: NodeJS.ProcessEnv) {
  const unreachable = Object.fromEntries(
    subgraphs.map((s) => [s.name, 'https://127.0.0.1:9/graphql']),
  );
  const gateway = await createGateway({
    subgraphUrls: { ...unreachable, tianjin: subgraph.url },
    // With the schema check, its first query costs two requests, the second on a resumed TLS session.
    // No response cache: an answer another gateway left in a shared Redis would hide the connection.
    env: { ...process.env, SUBGRAPH_SCHEMA_CHECK: 'refuse', RESPONSE_CACHE: 'off', ...env },
  });
  const server = await listen(gateway.app, 0);
  try {
    return await graphql(server.url, '{ tianjin { code } }');
  } finally {
    await server.close();
    await gateway.stop();
  }
}

describe('TLS between the gateway and a subgraph', () => {
  it('the subgraph serves HTTPS', () => {
    expect(subgraph.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/graphql$/);
  });

  it('a gateway that trusts its CA and shows a certificate from it reaches it', async () => {
    const result = await askThroughGateway({
      TLS_CA_FILE: files.ca,
      TLS_CLIENT_CERT_FILE: files.clientCert,
      TLS_CLIENT_KEY_FILE: files.clientKey,
    });
    expect(result).toEqual({ data: { tianjin: { code: 'TJ' } } });
  });

  it('a gateway that trusts another CA is refused the connection', async () => {
    const result = await askThroughGateway({
      TLS_CA_FILE: files.otherCa,
      TLS_CLIENT_CERT_FILE: files.clientCert,
      TLS_CLIENT_KEY_FILE: files.clientKey,
    });
    expect(result.data?.tianjin).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
  });

  it('a caller without a client certificate gets no data, though health probes answer', async () => {
    const direct = new Agent({ connect: { ca: readFileSync(files.ca) } });
    const refused = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tianjin { code } }' }),
      dispatcher: direct,
    });
    expect(refused.status).toBe(403);
    await direct.close();
    // The gateway asks twice on one connection pool (its schema check, then the query): the second
    // connection resumes the first's TLS session, which must not count as a certified one.
    const result = await askThroughGateway({ TLS_CA_FILE: files.ca });
    expect(result.data?.tianjin).toBeNull();
    expect(result.errors?.[0]?.message).toBe(
      "天津市登记库子图暂不可用：它不接受本网关的密钥或证书。The Tianjin subgraph is unavailable: it does not accept this gateway's secret or certificate.",
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    const dispatcher = new Agent({ connect: { ca: readFileSync(files.ca) } });
    const health = await fetch(new URL('/health', subgraph.url), { dispatcher });
    expect(health.status).toBe(200);
    await dispatcher.close();
  });

  it('a renewed certificate is served after SIGHUP', async () => {
    writeFileSync(files.cert, renewal.cert);
    writeFileSync(files.key, renewal.private);
    subgraph.child.kill('SIGHUP');
    // The reload is synchronous in the subgraph's signal handler; a health check over a new
    // connection that trusts only the renewal's CA shows it has happened.
    const client = { TLS_CLIENT_CERT_FILE: files.clientCert, TLS_CLIENT_KEY_FILE: files.clientKey };
    let result = await askThroughGateway({ TLS_CA_FILE: files.otherCa, ...client });
    for (let attempt = 0; result.data?.tianjin === null && attempt < 50; attempt += 1)
      result = await askThroughGateway({ TLS_CA_FILE: files.otherCa, ...client });
    expect(result).toEqual({ data: { tianjin: { code: 'TJ' } } });
    const old = await askThroughGateway({ TLS_CA_FILE: files.ca, ...client });
    expect(old.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
  });
});
