import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from './harness.js';
import { cachingGatewaysBefore, startStubSubgraphs, type StubSubgraphs } from './stub-subgraphs.js';

/**
 * Identical signed-in requests at once, before stub subgraphs whose answers are held until every
 * request is in the gateway: the class cache answers them from one pipeline run, and their caller's
 * quota of new entries pays for one entry, not one per request.
 */
let stubs: StubSubgraphs;
beforeAll(async () => {
  stubs = await startStubSubgraphs({
    fields: {
      institutions: (region) => ({
        totalCount: 3,
        edges: [{ node: { id: `${region.code}-1`, name: '机构' } }],
      }),
      programs: () => {
        throw new Error('The programmes are unavailable');
      },
    },
  });
});
afterAll(async () => {
  await stubs?.close();
});

const gateways = cachingGatewaysBefore(() => stubs);

/** A number the gateway's /metrics reports, summed over the lines whose labels include `labels`. */
async function metric(url: string, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && line.includes(labels))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

async function post(url: string, query: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { age: response.headers.get('age'), body: (await response.json()) as object };
}

/** Sends `count` identical requests while Beijing's answers are held, until all are in the gateway. */
async function atOnce(url: string, query: string, count: number, headers: Record<string, string>) {
  const beijing = stubs.subgraph('beijing');
  const received = beijing.received.length;
  beijing.hold();
  const answers = Promise.all(Array.from({ length: count }, () => post(url, query, headers)));
  // Polls the gateway's state, which no event reports: a guard against a hang, not a timing.
  const ready = async () =>
    beijing.received.length > received && (await metric(url, 'gateway_requests_running')) === count;
  for (let i = 0; i < 1000 && !(await ready()); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  beijing.release();
  return answers;
}

const page = (first: number) =>
  `{ beijing { institutions(first: ${first}) { totalCount edges { node { id name } } } } }`;

describe('identical signed-in requests at once', () => {
  it('run the pipeline once, and take one new entry from their caller’s quota', async () => {
    const url = await gateways.start(3);
    const analyst = await bearer({ role: 'analyst' });
    const answers = await atOnce(url, page(5), 10, analyst);
    expect(answers.map((answer) => answer.body)).toEqual(
      answers.map(() => ({
        data: {
          beijing: {
            institutions: { totalCount: 3, edges: [{ node: { id: 'BJ-1', name: '机构' } }] },
          },
        },
      })),
    );
    expect(await metric(url, 'graphql_requests_total')).toBe(1);
    expect(await metric(url, 'class_cache_answers_total', 'outcome="miss"')).toBe(1);
    expect(await metric(url, 'class_cache_answers_total', 'outcome="hit"')).toBe(9);

    // Two of the quota's three entries are left: two other pages are kept, as a second ask shows.
    for (const first of [6, 7]) {
      expect((await post(url, page(first), analyst)).age).toBeNull();
      expect((await post(url, page(first), analyst)).age).not.toBeNull();
    }
    expect(await metric(url, 'cache_entries_not_kept_total')).toBe(0);
  });

  it('each ask the pipeline when the first one’s answer could not be kept', async () => {
    const url = await gateways.start(3);
    const query = '{ beijing { programs(first: 1) { totalCount } } }';
    const answers = await atOnce(url, query, 3, await bearer({ role: 'analyst' }));
    for (const answer of answers) {
      expect(answer.age).toBeNull();
      expect(answer.body).toMatchObject({ data: { beijing: { programs: null } } });
      expect(answer.body).toHaveProperty('errors');
    }
    expect(await metric(url, 'graphql_requests_total')).toBe(3);
  });
});
