import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from './harness.js';
import { startProxy, type Compression, type Proxy } from './proxy.js';
import { startGatewayBefore, startStubSubgraphs, type StubSubgraphs } from './stub-subgraphs.js';

/**
 * A proxy between the gateway and Guangxi's subgraph that compresses answers whatever the gateway
 * asks: gzip is read; an encoding the gateway does not know fails for Guangxi alone, saying so.
 */
let stubs: StubSubgraphs | undefined;
let proxy: Proxy | undefined;
let gateway: Awaited<ReturnType<typeof startGatewayBefore>> | undefined;
afterEach(async () => {
  await gateway?.close();
  await proxy?.close();
  await stubs?.close();
});

async function guangxiBehind(compress: Compression) {
  stubs = await startStubSubgraphs({
    fields: { targets: (region) => [{ id: `${region.code}-1` }] },
  });
  proxy = await startProxy(stubs.urls.guangxi!, { compress });
  gateway = await startGatewayBefore({ ...stubs.urls, guangxi: proxy.url });
  const response = await graphql(gateway.url, '{ registries { code targets { id } } }');
  const registries = response.data.registries as { code: string; targets: unknown }[];
  return {
    response,
    registries,
    byCode: Object.fromEntries(registries.map((r) => [r.code, r.targets])),
  };
}

describe("a subgraph's answer compressed on its way", () => {
  it('is read when it is gzip, and the gateway asks for none', async () => {
    const { response, byCode } = await guangxiBehind((body) => ({
      encoding: 'gzip',
      body: gzipSync(body),
    }));
    expect(response.errors).toBeUndefined();
    expect(byCode.GX).toEqual([{ id: 'GX-1' }]);
    expect(byCode.NX).toEqual([{ id: 'NX-1' }]);
    expect(proxy!.received.at(-1)!['accept-encoding']).toBe('identity');
  });

  it('fails for its region alone in an encoding the gateway cannot read, saying what to do', async () => {
    const { response, registries, byCode } = await guangxiBehind((body) => ({
      encoding: 'zstd',
      body,
    }));
    expect(byCode.GX).toBeNull();
    for (const code of ['BJ', 'SC', 'NX', 'TJ', 'XA'])
      expect(byCode[code]).toEqual([{ id: `${code}-1` }]);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      message:
        "广西壮族自治区登记库子图的应答无法读取（采用了网关无法读取的压缩格式，或已损坏；网关能读取 gzip、deflate 和 br）：请让子图返回未压缩的应答。The Guangxi subgraph's answer cannot be read (compressed in an encoding the gateway does not read, or corrupt; it reads one of gzip, deflate or br): serve it uncompressed.",
      extensions: { code: 'SUBGRAPH_ANSWER_UNREADABLE', serviceName: 'guangxi' },
      path: ['registries', registries.findIndex((r) => r.code === 'GX')],
    });
  });
});
