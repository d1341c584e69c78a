import { afterAll, beforeAll, inject } from 'vitest';
import { startStack, type Stack } from '../scripts/stack.js';
import { issueToken, type TokenClaims } from '../shared/auth.js';
import { dropDatabase } from '../subgraphs/common/database-server.js';
import { openRegistryDatabase } from '../subgraphs/registry/src/database.js';
import { subgraphs } from '../subgraphs/regions.js';
import { testDatabasePrefix } from './database-prefix.js';
import { pick, restore, type SavedEnvironment } from './environment.js';
import { namespaceOfTheRun } from './run-redis-namespace.js';
import {
  copyDatabase,
  copySeededDatabase,
  databaseName,
  emptyRegistryTemplate,
} from './template-databases.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function graphql<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/**
 * A token for tests: signed as `npm run token` signs it, with the development secret or the
 * `JWT_SECRET` of `env` (a gateway's of the test's own).
 */
export async function bearer(
  claims: Omit<TokenClaims, 'subject'> & { subject?: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<string, string>> {
  return {
    authorization: `Bearer ${await issueToken({ subject: `test-${claims.role}`, ...claims }, env)}`,
  };
}

/** The data of a response that must have no errors. */
export async function data<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await graphql<T>(url, query, variables, headers);
  if (response.errors?.length)
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data!;
}

type Query = <T = any>(q: string, v?: Record<string, unknown>) => Promise<T>;

/**
 * The whole federation for one test file, on the run's database server (seeded once by the global
 * setup), on free ports. `query` asks as an analyst, who reads every record but no personal data;
 * `as` asks with other headers (`{}` for anonymous). `prepare` is given the file's own databases
 * once copied, before any subgraph opens them: a region's registry as an earlier release left it.
 */
export function useStack(
  options: { ownDatabases?: string; prepare?: (serverUrl: string) => Promise<void> } = {},
): {
  readonly stack: Stack;
  query: Query;
  as: (headers: Record<string, string>) => Query;
} {
  let stack: Stack | undefined;
  // The e2e files share their worker's process one after another (vitest.config.ts): what this
  // file sets in the environment is put back as it was once its stack has stopped.
  let before: SavedEnvironment = {};
  beforeAll(async () => {
    before = pick(process.env, ['REDIS_NAMESPACE', 'DATABASE_PREFIX']);
    const serverUrl = inject('databaseServerUrl');
    // With REDIS_URL (CI), every file's gateway would share one cache and one write generation: a
    // write in one file would make another file's cached answers stale under it.
    process.env.REDIS_NAMESPACE = namespaceOfTheRun();
    if (options.ownDatabases) {
      // A file that writes gets databases of its own, copies of the seeded ones, so that the data
      // the other files assert on never changes under them.
      process.env.DATABASE_PREFIX = `${testDatabasePrefix}${options.ownDatabases}_`;
      await Promise.all(subgraphs.map((subgraph) => copySeededDatabase(serverUrl, subgraph)));
      await options.prepare?.(serverUrl);
    } else {
      // The run's shared databases, which every other file reads, are never prepared.
      if (options.prepare) throw new Error('useStack prepares only databases of its own');
      process.env.DATABASE_PREFIX = testDatabasePrefix;
    }
    stack = await startStack({ databaseServerUrl: serverUrl, port: 0, seed: false });
  });
  afterAll(async () => {
    await stack?.stop();
    restore(before);
  });
  return {
    get stack() {
      if (!stack) throw new Error('The stack is not started yet');
      return stack;
    },
    query: async (q, v) => data(stack!.gatewayUrl, q, v, await bearer({ role: 'analyst' })),
    as: (headers) => (q, v) => data(stack!.gatewayUrl, q, v, headers),
  };
}

type OpenedRegistry = Awaited<ReturnType<typeof openRegistryDatabase>>;

/**
 * A registry database of the test file's own (`test_<name>`), migrated and empty (a copy of the
 * template the global setup migrated), for tests that need data nobody else touches; `drop` removes
 * it afterwards (a million rows, say).
 */
export function useRegistryDatabase(
  name: string,
  { poolSize = 2, drop = false } = {},
): OpenedRegistry {
  let opened: OpenedRegistry | undefined;
  const url = () => {
    const server = new URL(inject('databaseServerUrl'));
    server.pathname = `/${testDatabasePrefix}${name}`;
    return server.href;
  };
  beforeAll(async () => {
    await copyDatabase(inject('databaseServerUrl'), emptyRegistryTemplate, databaseName(url()));
    opened = await openRegistryDatabase(url(), poolSize);
  });
  afterAll(async () => {
    await opened?.dataSource.destroy();
    if (drop) await dropDatabase(url());
  });
  return {
    get dataSource() {
      if (!opened) throw new Error(`The database test_${name} is not open yet`);
      return opened.dataSource;
    },
    get statements() {
      if (!opened) throw new Error(`The database test_${name} is not open yet`);
      return opened.statements;
    },
  };
}
