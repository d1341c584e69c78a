import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { listen } from '../shared/listen.js';
import { createMetrics } from '../shared/observability.js';
import { subgraphRoutes } from '../subgraphs/common/subgraph-routes.js';
import { notChineseThenEnglish } from './bilingual-messages.js';

/** A subgraph's `/ready` says why it is not, in Chinese first, then in English. */
const secret = 'ready-test-secret-of-thirty-two-bytes!';
let listening: Awaited<ReturnType<typeof listen>>;
let server: ApolloServer;
beforeAll(async () => {
  process.env.TIANJIN_GATEWAY_SECRET = secret;
  server = new ApolloServer({ typeDefs: 'type Query { a: Int }' });
  await server.start();
  const app = subgraphRoutes({
    name: 'tianjin',
    db: { query: () => Promise.reject(new Error('connect ECONNREFUSED')) } as never,
    metrics: createMetrics('ready-test'),
    logger: pino({ level: 'silent' }),
    server: server as never,
    context: () => ({}),
  });
  listening = await listen(app, 0);
});
afterAll(async () => {
  delete process.env.TIANJIN_GATEWAY_SECRET;
  await listening?.close();
  await server?.stop();
});

describe("a subgraph's readiness", () => {
  it('says a database out of reach in Chinese, then in English', async () => {
    const response = await fetch(listening.url.replace('/graphql', '/ready'));
    expect(response.status).toBe(503);
    const { reason } = (await response.json()) as { reason: string };
    expect(notChineseThenEnglish(reason), reason).toBeNull();
    expect(reason).toMatch(/^无法连接数据库.*database unreachable/);
  });

  it('says a gateway secret that does not match in Chinese, then in English', async () => {
    const response = await fetch(listening.url.replace('/graphql', '/ready'), {
      headers: { 'x-gateway-secret': 'not-the-secret' },
    });
    expect(response.status).toBe(403);
    const { reason } = (await response.json()) as { reason: string };
    expect(notChineseThenEnglish(reason), reason).toBeNull();
    expect(reason).toMatch(
      /^网关出示的密钥与本子图的 TIANJIN_GATEWAY_SECRET 不符.*the gateway secret does not match/,
    );
  });
});
