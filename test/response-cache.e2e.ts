import { createHash } from 'node:crypto';
import { createClient } from '@keyv/redis';
import { afterAll, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import { listen, type Listening } from '../shared/listen.js';
import { bearer, useStack } from './harness.js';
import { namespaceOfTheRun } from './run-redis-namespace.js';

const federation = useStack();
const comparison = `query Comparison { registries { code targets { id progress { status } } measure(indicator: "MSW_INSTITUTIONS") { value } } }`;
const beijingStatements = () => federation.stack.subgraphs.get('beijing')!.statements.count;

/** Waits until Redis holds an answer of the namespace's cache (the only one it ever holds). */
async function storedAnswer(namespace: string): Promise<void> {
  const redis = createClient({ url: process.env.REDIS_URL });
  await redis.connect();
  try {
    while ((await redis.keys(`${namespace}:class-cache:answer:*`)).length === 0)
      await new Promise((resolve) => setImmediate(resolve));
  } finally {
    await redis.close();
  }
}

async function post(url: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    response,
    body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] },
  };
}

describe('response cache for dashboards', () => {
  it('answers a repeated anonymous query from the cache, without asking the subgraphs', async () => {
    const query = `${comparison.replace('Comparison', 'CacheFirst')}`;
    const first = await post(federation.stack.gatewayUrl, { query });
    const before = beijingStatements();
    const second = await post(federation.stack.gatewayUrl, { query });
    expect(second.body).toEqual(first.body);
    expect(second.response.headers.get('age')).not.toBeNull();
    expect(beijingStatements()).toBe(before);
  });

  it("serves signed-in callers their class's answer (class-cache.e2e.ts), which no shared cache may keep", async () => {
    const query = `${comparison.replace('Comparison', 'SignedIn')}`;
    await post(federation.stack.gatewayUrl, { query }, await bearer({ role: 'analyst' }));
    const before = beijingStatements();
    const again = await post(
      federation.stack.gatewayUrl,
      { query },
      await bearer({ role: 'analyst', subject: 'another-analyst' }),
    );
    expect(again.response.headers.get('age')).not.toBeNull();
    expect(beijingStatements()).toBe(before);
    expect(again.response.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('marks only anonymous answers public', async () => {
    const anonymous = await post(federation.stack.gatewayUrl, {
      query: '{ beijing { figures { id } } }',
    });
    expect(anonymous.response.headers.get('cache-control')).toMatch(/public/);
  });
});

describe('automatic persisted queries', () => {
  it('lets a dashboard send only the hash, over a cacheable GET', async () => {
    const query = comparison.replace('Comparison', 'Persisted');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const get = () =>
      fetch(`${federation.stack.gatewayUrl}?extensions=${encodeURIComponent(extensions)}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });

    const unknown = (await (await get()).json()) as { errors: { extensions: { code: string } }[] };
    expect(unknown.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(federation.stack.gatewayUrl, {
      query,
      extensions: JSON.parse(extensions),
    });
    expect(registered.body.errors).toBeUndefined();

    const byHash = await get();
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('cache-control')).toMatch(/max-age=\d+, public/);
    expect(((await byHash.json()) as { data: unknown }).data).toEqual(registered.body.data);
  });
});

describe.skipIf(!process.env.REDIS_URL)('shared cache in Redis', () => {
  const gateways: { listening: Listening; stop: () => Promise<void> }[] = [];
  afterAll(async () => {
    for (const g of gateways) {
      await g.listening.close();
      await g.stop();
    }
  });

  it('lets a second gateway replica answer from what the first one cached', async () => {
    const urls = Object.fromEntries(
      [...federation.stack.subgraphs].map(([name, s]) => [name, s.url]),
    );
    const namespace = namespaceOfTheRun('replicas');
    // The subject is what the replicas share, not how long Redis may take: on a busy machine an
    // answer past the 20 ms default is taken for a slow Redis, and the replica's own memory answers.
    const env = { ...process.env, REDIS_NAMESPACE: namespace, CACHE_TIMEOUT_MS: '60000' };
    for (let i = 0; i < 2; i++) {
      const gateway = await createGateway({ subgraphUrls: urls, env });
      gateways.push({ listening: await listen(gateway.app, 0), stop: gateway.stop });
    }
    const query = comparison.replace('Comparison', 'Replicas');
    const first = await post(gateways[0]!.listening.url, { query });
    // The first replica writes to Redis after it has answered (cache-circuit.ts): the second is
    // asked once the answer is there, not at a moment that only a quiet machine makes likely.
    await storedAnswer(namespace);
    const before = beijingStatements();
    const second = await post(gateways[1]!.listening.url, { query });
    expect(second.body).toEqual(first.body);
    expect(second.response.headers.get('age')).not.toBeNull();
    expect(beijingStatements()).toBe(before);
  });
});

describe('answers cached for one caller', () => {
  let own: { listening: Listening; stop: () => Promise<void> } | undefined;
  afterAll(async () => {
    await own?.listening.close();
    await own?.stop();
  });

  it('are kept up to their rate per minute, and served past it without being kept', async () => {
    const urls = Object.fromEntries(
      [...federation.stack.subgraphs].map(([name, s]) => [name, s.url]),
    );
    // In memory, so that the count is this gateway's alone.
    const env = { ...process.env, REDIS_URL: '', CACHED_RESPONSES_PER_MINUTE: '2' };
    const gateway = await createGateway({ subgraphUrls: urls, env });
    own = { listening: await listen(gateway.app, 0), stop: gateway.stop };
    const queries = [0, 1, 2].map((i) => comparison.replace('Comparison', `Quota${i}`));
    for (const query of queries)
      expect((await post(own.listening.url, { query })).body.data).toBeTruthy();
    const cached = [];
    for (const query of queries)
      cached.push((await post(own.listening.url, { query })).response.headers.get('age') !== null);
    expect(cached).toEqual([true, true, false]);
  });
});
