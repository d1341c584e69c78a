import { afterAll, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import { listen, type Listening } from '../shared/listen.js';
import { bearer, graphql, useStack } from './harness.js';
import { startProxy, type Proxy } from './proxy.js';

/** Beijing's subgraph behind a proxy that counts and holds requests, under gateways of this file's own. */
const federation = useStack({ ownDatabases: 'deduplication' });
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

async function gatewayBeforeProxy(
  env: Record<string, string> = {},
): Promise<{ url: string; proxy: Proxy; deduplicated: () => Promise<number> }> {
  const proxy = await startProxy(federation.stack.subgraphs.get('beijing')!.url);
  const urls = Object.fromEntries(
    [...federation.stack.subgraphs].map(([name, s]) => [
      name,
      name === 'beijing' ? proxy.url : s.url,
    ]),
  );
  const gateway = await createGateway({
    subgraphUrls: urls,
    env: { ...process.env, RESPONSE_CACHE: 'off', ...env },
  });
  const listening: Listening = await listen(gateway.app, 0);
  stops.push(
    () => proxy.close(),
    () => listening.close(),
    gateway.stop,
  );
  const deduplicated = async () => {
    const text = await (await fetch(listening.url.replace('/graphql', '/metrics'))).text();
    return Number(
      /subgraph_fetches_deduplicated_total\{[^}]*subgraph="beijing"[^}]*\} (\d+)/.exec(text)?.[1] ??
        0,
    );
  };
  return { url: listening.url, proxy, deduplicated };
}

const page = '{ beijing { institutions(first: 5) { totalCount edges { node { id name } } } } }';

/** Sends the requests while Beijing's answers are held, releases them once `ready` holds, and says how many reached Beijing. */
async function whileHeld(
  setup: Awaited<ReturnType<typeof gatewayBeforeProxy>>,
  requests: (() => Promise<unknown>)[],
  ready: () => Promise<boolean>,
) {
  const before = setup.proxy.received.length;
  setup.proxy.hold();
  const answers = Promise.all(requests.map((send) => send()));
  for (let i = 0; i < 200 && !(await ready()); i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  setup.proxy.release();
  return { answers: await answers, fetched: setup.proxy.received.length - before };
}

describe('identical subgraph fetches in flight', () => {
  it('share one request to the subgraph and give every caller the same answer', async () => {
    const setup = await gatewayBeforeProxy();
    const analyst = await bearer({ role: 'analyst', subject: 'analyst-a' });
    const { answers, fetched } = await whileHeld(
      setup,
      Array.from({ length: 10 }, () => () => graphql(setup.url, page, undefined, analyst)),
      async () => (await setup.deduplicated()) >= 9,
    );
    expect(fetched).toBe(1);
    expect(await setup.deduplicated()).toBe(9);
    expect(answers.every((answer) => JSON.stringify(answer) === JSON.stringify(answers[0]))).toBe(
      true,
    );
    expect(
      (answers[0] as { data: { beijing: { institutions: { totalCount: number } } } }).data.beijing
        .institutions.totalCount,
    ).toBeGreaterThan(0);
  });

  it("never share one caller's answer with another caller", async () => {
    const setup = await gatewayBeforeProxy();
    const [first, second] = [
      await bearer({ role: 'analyst', subject: 'analyst-a' }),
      await bearer({ role: 'analyst', subject: 'analyst-b' }),
    ];
    const requests = [first, first, second, second].map(
      (headers) => () => graphql(setup.url, page, undefined, headers),
    );
    const { fetched } = await whileHeld(
      setup,
      requests,
      async () => setup.proxy.received.length >= 2 && (await setup.deduplicated()) >= 2,
    );
    expect(fetched).toBe(2);
  });

  it('never share a mutation', async () => {
    const setup = await gatewayBeforeProxy();
    const editor = await bearer({ role: 'editor', region: 'BJ', subject: 'editor-bj' });
    const create =
      'mutation { beijing { createProgram(input: { name: "去重测试项目", kind: TRAINING }) { id } } }';
    const { answers, fetched } = await whileHeld(
      setup,
      [1, 2].map(() => () => graphql(setup.url, create, undefined, editor)),
      async () => setup.proxy.received.length >= 2,
    );
    expect(fetched).toBe(2);
    const ids = answers.map(
      (answer) =>
        (answer as { data: { beijing: { createProgram: { id: string } } } }).data.beijing
          .createProgram.id,
    );
    expect(new Set(ids).size).toBe(2);
  });

  it('send every request when SUBGRAPH_DEDUPLICATION=off', async () => {
    const setup = await gatewayBeforeProxy({ SUBGRAPH_DEDUPLICATION: 'off' });
    const analyst = await bearer({ role: 'analyst' });
    const { fetched } = await whileHeld(
      setup,
      Array.from({ length: 5 }, () => () => graphql(setup.url, page, undefined, analyst)),
      async () => setup.proxy.received.length >= 5,
    );
    expect(fetched).toBe(5);
  });
});
