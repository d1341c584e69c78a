import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import { listen } from '../shared/listen.js';
import type { ResolverMap } from '../subgraphs/common/subgraph-app.js';
import { nationalSubgraphSdl } from '../subgraphs/national/src/schema.js';
import { registrySubgraphSdl } from '../subgraphs/registry/src/schema.js';
import { nationalSubgraph, registryTypeName, regions } from '../subgraphs/regions.js';

/**
 * Stand-ins for the subgraphs, for tests of what the gateway itself does (limits, costs, error
 * paths, deduplication): each serves its real SDL through `buildSubgraphSchema`, in this process,
 * with resolvers that answer fixed values, so no database is involved. They record every request
 * and can hold answers back, as a slow subgraph would.
 */
export interface StubSubgraph {
  url: string;
  /** The requests received, operation and headers. */
  received: { query: string; headers: IncomingHttpHeaders }[];
  /** From now on, answers wait until `release()`. */
  hold(): void;
  release(): void;
}

/** Fields a stub region answers, beside its code: its institutions, a measure, a mutation ... */
export type RegistryFields = Record<string, (region: (typeof regions)[number]) => unknown>;

function nationalResolvers(): ResolverMap {
  const rows = regions.map((r) => ({
    code: r.code,
    name: r.nameEn,
    nameZh: r.nameZh,
    level: r.level,
  }));
  return {
    Query: {
      registries: () => rows,
      registry: (_: unknown, { code }: { code: string }) => rows.find((r) => r.code === code),
      indicators: () => [],
    },
    Registry: {
      __resolveType: (row: { code: string }) =>
        registryTypeName(regions.find((r) => r.code === row.code)!),
    },
  };
}

function registryResolvers(
  region: (typeof regions)[number],
  fields: RegistryFields,
  mutations: RegistryFields,
): ResolverMap {
  const registry = () => ({ code: region.code });
  const answering = (answers: RegistryFields) =>
    Object.fromEntries(
      Object.entries(answers).map(([field, answer]) => [field, () => answer(region)]),
    );
  return {
    Query: { [region.slug]: registry },
    Mutation: { [region.slug]: () => ({}) },
    [registryTypeName(region)]: { __resolveReference: registry, ...answering(fields) },
    RegistryMutations: answering(mutations),
  };
}

async function serveSchemas(schemas: Map<string, GraphQLSchema>) {
  const stubs = new Map<string, StubSubgraph>();
  const gates = new Map<string, { gate: Promise<void> | null; open: () => void }>();
  const server = createServer(async (req, res) => {
    const name = req.url!.split('/')[1]!;
    const schema = schemas.get(name);
    const stub = stubs.get(name);
    if (!schema || !stub) return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    stub.received.push({ query: body.query, headers: req.headers });
    await gates.get(name)!.gate;
    const result = await graphql({
      schema,
      source: body.query,
      variableValues: body.variables,
      contextValue: {},
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  for (const name of schemas.keys()) {
    const gate = { gate: null as Promise<void> | null, open: () => {} };
    gates.set(name, gate);
    stubs.set(name, {
      url: `http://127.0.0.1:${port}/${name}/graphql`,
      received: [],
      hold() {
        gate.gate = new Promise<void>((resolve) => (gate.open = resolve));
      },
      release() {
        gate.open();
        gate.gate = null;
      },
    });
  }
  const close = () =>
    new Promise<void>((resolve) => {
      for (const gate of gates.values()) gate.open();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { stubs, close };
}

export interface StubSubgraphs {
  /** Subgraph name → the URL its stub serves at. */
  urls: Record<string, string>;
  /** The stub of a subgraph by name (`beijing`, `national` ...). */
  subgraph(name: string): StubSubgraph;
  /** The requests every stub has received so far, together. */
  received(): number;
  close(): Promise<void>;
}

/**
 * Every subgraph as a stub: every region answering `fields` of its registry and `mutations`, the
 * national directory the list of regions.
 */
export async function startStubSubgraphs({
  fields = {},
  mutations = {},
}: { fields?: RegistryFields; mutations?: RegistryFields } = {}): Promise<StubSubgraphs> {
  const schemas = new Map<string, GraphQLSchema>([
    [
      nationalSubgraph.name,
      buildSubgraphSchema({ typeDefs: nationalSubgraphSdl(), resolvers: nationalResolvers() }),
    ],
    ...regions.map(
      (region) =>
        [
          region.slug,
          buildSubgraphSchema({
            typeDefs: registrySubgraphSdl(region),
            resolvers: registryResolvers(region, fields, mutations),
          }),
        ] as const,
    ),
  ]);
  const served = await serveSchemas(schemas);
  return {
    urls: Object.fromEntries([...served.stubs].map(([name, stub]) => [name, stub.url])),
    subgraph(name) {
      const stub = served.stubs.get(name);
      if (!stub) throw new Error(`No stub subgraph ${name}`);
      return stub;
    },
    received: () => [...served.stubs.values()].reduce((sum, stub) => sum + stub.received.length, 0),
    close: served.close,
  };
}

/** Stub subgraphs started before the file's tests and closed after them: `stubs()` gives them. */
export function useStubSubgraphs(
  options: Parameters<typeof startStubSubgraphs>[0],
): () => StubSubgraphs {
  let stubs: StubSubgraphs | undefined;
  beforeAll(async () => {
    stubs = await startStubSubgraphs(options);
  });
  afterAll(async () => {
    await stubs?.close();
  });
  return () => stubs!;
}

/**
 * The real gateway, without a response cache (each answer comes from the subgraphs), in front of
 * `urls`; `env` is added to its environment.
 */
export async function startGatewayBefore(
  urls: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const gateway = await createGateway({
    subgraphUrls: urls,
    env: { ...process.env, RESPONSE_CACHE: 'off', LOG_LEVEL: 'silent', ...env },
  });
  const listening = await listen(gateway.app, 0);
  return {
    url: listening.url,
    async close() {
      await listening.close();
      await gateway.stop();
    },
  };
}

/**
 * For tests of the class cache: `start(entriesPerMinute)` gives the URL of a gateway of the test's
 * own before the stubs, its class cache in memory (its quota of new entries a minute and its
 * counters the test's alone); each is closed after its test.
 */
export function cachingGatewaysBefore(stubs: () => StubSubgraphs): {
  start(entriesPerMinute: number): Promise<string>;
} {
  let gateway: Awaited<ReturnType<typeof startGatewayBefore>> | undefined;
  afterEach(async () => {
    await gateway?.close();
    gateway = undefined;
  });
  return {
    async start(entriesPerMinute) {
      gateway = await startGatewayBefore(stubs().urls, {
        RESPONSE_CACHE: 'on',
        REDIS_URL: '',
        CACHED_RESPONSES_PER_MINUTE: String(entriesPerMinute),
      });
      return gateway.url;
    },
  };
}
