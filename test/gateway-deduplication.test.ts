import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, graphql } from './harness.js';
import { startGatewayBefore, startStubSubgraphs, type StubSubgraphs } from './stub-subgraphs.js';

/** Identical subgraph fetches in flight share one request: the gateway before stub subgraphs. */
let programs = 0;
let stubs: StubSubgraphs;
let gateway: Awaited<ReturnType<typeof startGatewayBefore>>;
let undeduplicated: Awaited<ReturnType<typeof startGatewayBefore>>;
beforeAll(async () => {
  stubs = await startStubSubgraphs({
    fields: {
      institutions: (region) => ({
        totalCount: 3,
        edges: [{ node: { id: `${region.code}-1`, name: '机构' } }],
      }),
    },
    mutations: { createProgram: () => ({ id: `program-${++programs}` }) },
  });
  for (const subject of ['a', 'b']) tokens.set(subject, await bearer({ role: 'analyst', subject }));
  tokens.set('editor', await bearer({ role: 'editor', region: 'BJ' }));
  gateway = await startGatewayBefore(stubs.urls);
  undeduplicated = await startGatewayBefore(stubs.urls, { SUBGRAPH_DEDUPLICATION: 'off' });
});
afterAll(async () => {
  await gateway?.close();
  await undeduplicated?.close();
  await stubs?.close();
});

const page = '{ beijing { institutions(first: 5) { totalCount edges { node { id name } } } } }';
/** A caller's headers: a token of its own (the gateway verifies it before the subgraphs). */
const tokens = new Map<string, Record<string, string>>();
const as = (subject: string) => tokens.get(subject)!;
const beijing = () => stubs.subgraph('beijing');

async function deduplicated(): Promise<number> {
  const text = await (await fetch(gateway.url.replace('/graphql', '/metrics'))).text();
  return Number(
    /subgraph_fetches_deduplicated_total\{[^}]*subgraph="beijing"[^}]*\} (\d+)/.exec(text)?.[1] ??
      0,
  );
}

/**
 * Sends the requests while Beijing's answers are held, releases them once `ready` holds, and says
 * which requests reached Beijing.
 */
async function whileHeld(requests: (() => Promise<unknown>)[], ready: () => Promise<boolean>) {
  const before = beijing().received.length;
  beijing().hold();
  const answers = Promise.all(requests.map((send) => send()));
  // Polls the gateway's state, which no event reports: a guard against a hang, not a timing.
  for (let i = 0; i < 1000 && !(await ready()); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  beijing().release();
  return { answers: await answers, fetched: beijing().received.slice(before) };
}

describe('identical subgraph fetches in flight', () => {
  it('share one request to the subgraph and give every caller the same answer', async () => {
    const before = await deduplicated();
    const { answers, fetched } = await whileHeld(
      Array.from({ length: 10 }, () => () => graphql(gateway.url, page, undefined, as('a'))),
      async () => (await deduplicated()) >= before + 9,
    );
    expect(fetched).toHaveLength(1);
    expect(await deduplicated()).toBe(before + 9);
    for (const answer of answers)
      expect(answer).toEqual({
        data: {
          beijing: {
            institutions: { totalCount: 3, edges: [{ node: { id: 'BJ-1', name: '机构' } }] },
          },
        },
      });
  });

  it("never share one caller's answer with another caller", async () => {
    const before = await deduplicated();
    const { fetched } = await whileHeld(
      ['a', 'a', 'b', 'b'].map(
        (subject) => () => graphql(gateway.url, page, undefined, as(subject)),
      ),
      async () => (await deduplicated()) >= before + 2,
    );
    expect(fetched.map((request) => request.headers.authorization).sort()).toEqual(
      [as('a').authorization, as('b').authorization].sort(),
    );
  });

  it('never share a mutation', async () => {
    const create =
      'mutation { beijing { createProgram(input: { name: "去重测试项目", kind: TRAINING }) { id } } }';
    const before = beijing().received.length;
    const { answers, fetched } = await whileHeld(
      [1, 2].map(() => () => graphql(gateway.url, create, undefined, as('editor'))),
      async () => beijing().received.length >= before + 2,
    );
    expect(fetched).toHaveLength(2);
    const ids = answers.map(
      (answer) =>
        (answer as { data: { beijing: { createProgram: { id: string } } } }).data.beijing
          .createProgram.id,
    );
    expect(new Set(ids).size).toBe(2);
  });

  it('send every request when SUBGRAPH_DEDUPLICATION=off', async () => {
    const before = beijing().received.length;
    const { fetched } = await whileHeld(
      Array.from({ length: 5 }, () => () => graphql(undeduplicated.url, page, undefined, as('a'))),
      async () => beijing().received.length >= before + 5,
    );
    expect(fetched).toHaveLength(5);
  });
});
