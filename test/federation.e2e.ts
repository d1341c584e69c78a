import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  plannedCoordinates,
  schemaCoordinates,
  schemaDifference,
} from '../gateway/src/schema-check.js';
import { committedSupergraphSdl } from '../scripts/schema/composition.js';
import { indicatorCatalogFile } from '../subgraphs/indicator-catalog.js';
import { registryTypeName, regions, subgraphs } from '../subgraphs/regions.js';
import { data, graphql, useStack } from './harness.js';

const federation = useStack();
const { query } = federation;

describe('the federation through the gateway', () => {
  it('lists the six regions of the directory', async () => {
    const { registries } = await query('{ registries { __typename code name nameZh level } }');
    // The directory lists regions by code.
    const byCode = [...regions].sort((a, b) => a.code.localeCompare(b.code));
    expect(registries).toEqual(
      byCode.map((r) => ({
        __typename: registryTypeName(r),
        code: r.code,
        name: r.nameEn,
        nameZh: r.nameZh,
        level: r.level,
      })),
    );
  });

  it('answers a national query from every region at once', async () => {
    const { registries } = await query(
      '{ registries { code institutions(first: 1) { totalCount } figures { id } } }',
    );
    expect(registries).toHaveLength(regions.length);
    for (const registry of registries) {
      expect(registry.institutions.totalCount, registry.code).toBeGreaterThan(0);
      expect(Array.isArray(registry.figures)).toBe(true);
    }
  });

  it.each(regions.map((r) => [r.slug, r] as const))(
    'serves the root field %s with the directory name',
    async (slug, region) => {
      const result = await query(
        `{ ${slug} { __typename code name institutions(first: 2) { edges { node { id name } } } } }`,
      );
      expect(result[slug]).toMatchObject({
        __typename: registryTypeName(region),
        code: region.code,
        name: region.nameEn,
      });
    },
  );

  it('refuses a bad token once at the gateway, as npm start runs it', async () => {
    const response = await fetch(federation.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: '{ registries { code } beijing { code } guangxi { code } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { data?: unknown; errors: unknown[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('looks a region up by code in the directory', async () => {
    const { registry } = await query(
      '{ registry(code: GX) { code name ... on GuangxiRegistry { targets { targetYear } } } }',
    );
    expect(registry.code).toBe('GX');
    expect(registry.targets.map((t: { targetYear: number }) => t.targetYear)).toContain(2027);
  });
});

describe('_entities on every subgraph', () => {
  it.each(regions.map((r) => [r.slug, r] as const))(
    '%s resolves its own registry entity',
    async (slug, region) => {
      const typename = registryTypeName(region);
      const result = await data(
        federation.stack.subgraphs.get(slug)!.url,
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { code programs { totalCount } } } }`,
        { representations: [{ __typename: typename, code: region.code }] },
      );
      expect(result._entities).toEqual([
        { code: region.code, programs: { totalCount: expect.any(Number) } },
      ]);
    },
  );

  it('national resolves every region and indicators by key', async () => {
    const representations = [
      ...regions.map((r) => ({ __typename: registryTypeName(r), code: r.code })),
      { __typename: 'Indicator', code: 'MSW_INSTITUTIONS' },
    ];
    const result = await data(
      federation.stack.subgraphs.get('national')!.url,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Registry { code name } ... on Indicator { indicator: code unit } } }`,
      { representations },
    );
    expect(result._entities).toEqual([
      ...regions.map((r) => ({ code: r.code, name: r.nameEn })),
      { indicator: 'MSW_INSTITUTIONS', unit: 'institutions' },
    ]);
  });

  it('serves the catalog as its file defines it, each definition in English and Chinese', async () => {
    const { indicators } = await federation.query(
      `{ indicators { code kind unit description descriptionZh } }`,
    );
    const catalog = JSON.parse(readFileSync(indicatorCatalogFile, 'utf8')) as {
      code: string;
      kind: string;
      unit: string;
      description: string;
      descriptionZh: string;
    }[];
    const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : 1);
    expect(indicators).toEqual(
      catalog
        .map(({ code, kind, unit, description, descriptionZh }) => ({
          code,
          kind,
          unit,
          description,
          descriptionZh,
        }))
        .sort(byCode),
    );
    for (const indicator of indicators)
      expect(indicator.descriptionZh, indicator.code).toMatch(/[\u4e00-\u9fff]{4}/);
    // A subsidy per person is a rate set by policy: an amount, which no sum across regions may add up.
    expect(
      indicators.find((i: { code: string }) => i.code === 'CERTIFICATE_SUBSIDY_YUAN'),
    ).toMatchObject({ kind: 'AMOUNT', unit: 'yuan per person' });
  });

  it('gives records ids unique across the federation, and still finds one by the bare id of the previous release', async () => {
    const ids = async (slug: string) =>
      (await query(`{ ${slug} { institutions(first: 20) { edges { node { id } } } } }`))[
        slug
      ].institutions.edges.map((e: { node: { id: string } }) => e.node.id);
    const [beijing, guangxi] = [await ids('beijing'), await ids('guangxi')];
    expect(beijing.every((id: string) => /^BJ-\d+$/.test(id))).toBe(true);
    expect(guangxi.every((id: string) => /^GX-\d+$/.test(id))).toBe(true);
    // The same row numbers exist in both regions; only the region code keeps them apart.
    expect(beijing.map((id: string) => id.slice(3))).toEqual(
      expect.arrayContaining(guangxi.map((id: string) => id.slice(3)).slice(0, 1)),
    );
    const [first] = beijing;
    const { beijing: found, guangxi: other } =
      await query(`{ beijing { byId: institution(id: "${first}") { id } bare: institution(id: "${first.slice(3)}") { id } }
      guangxi { institution(id: "${first}") { id } } }`);
    expect(found).toEqual({ byId: { id: first }, bare: { id: first } });
    expect(other.institution).toBeNull();
  });

  it('every subgraph serves the SDL of its part of the committed supergraph', async () => {
    const planned = plannedCoordinates(committedSupergraphSdl());
    for (const { name } of subgraphs) {
      const result = await data(federation.stack.subgraphs.get(name)!.url, '{ _service { sdl } }');
      const served = schemaCoordinates(parse(result._service.sdl));
      expect(schemaDifference(planned.get(name)!, served), name).toBeNull();
    }
  });
});

describe('paging and filtering', () => {
  it('pages through institutions with cursors without repeating or skipping', async () => {
    const page = (after?: string) =>
      query(
        `query ($after: String) { beijing { institutions(first: 5, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
        { after },
      );
    const seen: string[] = [];
    let after: string | undefined;
    let total: number | undefined;
    for (;;) {
      const { institutions } = (await page(after)).beijing;
      total = institutions.totalCount;
      seen.push(...institutions.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!institutions.pageInfo.hasNextPage) break;
      after = institutions.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(total ?? -1);
  });

  it('filters by kind and by part of the name', async () => {
    const { beijing } = await query(`{ beijing {
      hospitals: institutions(first: 100, filter: { kind: [GENERAL_HOSPITAL] }) { edges { node { kind } } }
      named: institutions(filter: { nameContains: "北京大学第一医院" }) { edges { node { name } } } } }`);
    expect(beijing.hospitals.edges.length).toBeGreaterThan(0);
    expect(new Set(beijing.hospitals.edges.map((e: any) => e.node.kind))).toEqual(
      new Set(['GENERAL_HOSPITAL']),
    );
    expect(beijing.named.edges.map((e: any) => e.node.name)).toEqual(['北京大学第一医院']);
  });

  it('rejects a page larger than 100 with the argument named', async () => {
    const response = await graphql(
      federation.stack.gatewayUrl,
      '{ beijing { institutions(first: 500) { totalCount } } }',
    );
    expect(response.errors?.[0]?.message).toBe(
      'institutions(first:) 的分页大小须在 1 到 100 之间，而不是 500。institutions(first:) must be a page size from 1 to 100, not 500.',
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});

describe('errors of one region in a national list', () => {
  it("lead to that region's entry, not to the first", async () => {
    for (const selection of ['code', '__typename', 'name']) {
      const response = await graphql(
        federation.stack.gatewayUrl,
        `{ registries { ${selection} measure(indicator: "NOPE") { value } } }`,
      );
      expect(response.errors).toHaveLength(regions.length);
      // The national directory lists the regions by code.
      const order = [...regions].sort((a, b) => a.code.localeCompare(b.code));
      for (const error of response.errors!) {
        const region = regions.find((r) => r.slug === error.extensions?.serviceName)!;
        expect(error.path, `${selection}: ${region.slug}`).toEqual([
          'registries',
          order.indexOf(region),
          'measure',
        ]);
      }
    }
  });
});

describe('browsers', () => {
  it('are led from / and from /graphql to the dashboard and the IDE, with nothing from a CDN', async () => {
    for (const path of ['/', '/graphql']) {
      const response = await fetch(new URL(path, federation.stack.gatewayUrl), {
        headers: { accept: 'text/html' },
      });
      const page = await response.text();
      expect(response.status, path).toBe(200);
      expect(page, path).toContain('href="/dashboard/"');
      expect(page, path).toContain('href="/ide/"');
      expect(page, path).not.toMatch(/<script|https?:\/\//);
    }
  });

  it('may call the API from the origins in CORS_ORIGINS, and from no other', async () => {
    const { createGateway } = await import('../gateway/src/gateway.js');
    const { listen } = await import('../shared/listen.js');
    const urls = Object.fromEntries(
      [...federation.stack.subgraphs].map(([name, s]) => [name, s.url]),
    );
    const gateway = await createGateway({
      subgraphUrls: urls,
      env: { ...process.env, CORS_ORIGINS: 'https://dash.example.org' },
    });
    const listening = await listen(gateway.app, 0);
    try {
      const preflight = (url: string, origin: string) =>
        fetch(url, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,authorization',
          },
        });
      const allowed = await preflight(listening.url, 'https://dash.example.org');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      expect(
        (await preflight(listening.url, 'https://elsewhere.example.org')).headers.get(
          'access-control-allow-origin',
        ),
      ).toBeNull();
      // The gateway of the test stack lists no origin.
      expect(
        (await preflight(federation.stack.gatewayUrl, 'https://dash.example.org')).headers.get(
          'access-control-allow-origin',
        ),
      ).toBeNull();
    } finally {
      await listening.close();
      await gateway.stop();
    }
  });
});
