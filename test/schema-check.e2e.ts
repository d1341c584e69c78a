import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createGateway, supergraphFile } from '../gateway/src/gateway.js';
import {
  plannedCoordinates,
  schemaCoordinates,
  schemaDifference,
} from '../gateway/src/schema-check.js';
import { listen } from '../shared/listen.js';
import { subgraphs } from '../subgraphs/regions.js';
import { graphql, useStack } from './harness.js';

/**
 * The gateway compares each subgraph's served SDL with its part of the supergraph before it sends
 * it a query: every subgraph of this release matches; a subgraph serving another schema (here
 * Ningxia's registry where Tianjin's should be) is refused with the region and the difference, or
 * only logged with SUBGRAPH_SCHEMA_CHECK=warn.
 */
const stack = useStack();
const planned = plannedCoordinates(readFileSync(supergraphFile, 'utf8'));

async function servedCoordinates(url: string) {
  const { data } = await graphql<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
  return schemaCoordinates(parse(data!._service.sdl));
}

/** A gateway whose Tianjin is `tianjinUrl`, asked for Tianjin's code. */
async function askTianjin(tianjinUrl: string, check: string) {
  const gateway = await createGateway({
    subgraphUrls: {
      ...Object.fromEntries([...stack.stack.subgraphs].map(([name, s]) => [name, s.url])),
      tianjin: tianjinUrl,
    },
    // No response cache: an answer another gateway left in a shared Redis would never reach Tianjin.
    env: { ...process.env, SUBGRAPH_SCHEMA_CHECK: check, RESPONSE_CACHE: 'off' },
  });
  const server = await listen(gateway.app, 0);
  try {
    return await graphql(server.url, '{ tianjin { code } }');
  } finally {
    await server.close();
    await gateway.stop();
  }
}

describe('subgraph schema check', () => {
  it.each(subgraphs.map((s) => [s.name] as const))(
    '%s serves the schema the supergraph plans with',
    async (name) => {
      const served = await servedCoordinates(stack.stack.subgraphs.get(name)!.url);
      expect(served.size).toBeGreaterThan(10);
      expect(schemaDifference(planned.get(name)!, served)).toBeNull();
    },
  );

  it('a subgraph serving another schema is refused, naming the region and the difference', async () => {
    const result = await askTianjin(stack.stack.subgraphs.get('ningxia')!.url, 'refuse');
    expect(result.data?.tianjin ?? null).toBeNull();
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('SUBGRAPH_SCHEMA_MISMATCH');
    expect(error?.message).toMatch(
      /^天津市登记库子图的架构与网关规划查询所用的超级图不一致（.+）：请部署两者相匹配的版本。The Tianjin subgraph serves a schema other than the supergraph the gateway plans with \(missing .*Query\.tianjin: TianjinRegistry.*not in the supergraph Mutation\.ningxia: RegistryMutations/,
    );
  });

  it('the same subgraph passes the check when it is the right one, and warn lets a mismatch through', async () => {
    expect(await askTianjin(stack.stack.subgraphs.get('tianjin')!.url, 'refuse')).toEqual({
      data: { tianjin: { code: 'TJ' } },
    });
    // Let through, Ningxia's subgraph itself answers that it has no tianjin field.
    const warned = await askTianjin(stack.stack.subgraphs.get('ningxia')!.url, 'warn');
    const codes = (warned.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).not.toContain('SUBGRAPH_SCHEMA_MISMATCH');
  });
});
