import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './harness.js';
import { startGatewayBefore, startStubSubgraphs, type StubSubgraphs } from './stub-subgraphs.js';

/**
 * A subgraph's answer larger than MAX_SUBGRAPH_ANSWER_BYTES is cut where it crosses the limit, not
 * read into the gateway's memory: the region says why it is missing, and the others answer.
 */
let stubs: StubSubgraphs;
let gateway: Awaited<ReturnType<typeof startGatewayBefore>>;
const manyTargets = Array.from({ length: 2000 }, (_, i) => ({ id: `GX-target-${i}` }));
beforeAll(async () => {
  stubs = await startStubSubgraphs({
    fields: { targets: (region) => (region.slug === 'guangxi' ? manyTargets : []) },
  });
  gateway = await startGatewayBefore(stubs.urls, { MAX_SUBGRAPH_ANSWER_BYTES: '10000' });
});
afterAll(async () => {
  await gateway?.close();
  await stubs?.close();
});

describe('a subgraph answer past MAX_SUBGRAPH_ANSWER_BYTES', () => {
  it('fails for its region alone, saying what to do', async () => {
    const response = await graphql(gateway.url, '{ registries { code targets { id } } }');
    const byCode = Object.fromEntries(
      (response.data.registries as { code: string; targets: unknown }[]).map((r) => [
        r.code,
        r.targets,
      ]),
    );
    expect(byCode.GX).toBeNull();
    for (const code of ['BJ', 'SC', 'NX', 'TJ', 'XA']) expect(byCode[code]).toEqual([]);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      message:
        "广西壮族自治区登记库子图的应答超过 10000 字节（MAX_SUBGRAPH_ANSWER_BYTES）：请减小分页或少请求一些字段。The Guangxi subgraph's answer is larger than 10000 bytes (MAX_SUBGRAPH_ANSWER_BYTES): ask for smaller pages or fewer fields.",
      extensions: { code: 'SUBGRAPH_ANSWER_TOO_LARGE', serviceName: 'guangxi' },
      path: [
        'registries',
        (response.data.registries as { code: string }[]).findIndex((r) => r.code === 'GX'),
      ],
    });
  });
});
