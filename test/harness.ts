import { afterAll, beforeAll, inject } from 'vitest';
import { startStack, type Stack } from '../scripts/stack.js';
import { testDatabasePrefix } from './database-prefix.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function graphql<T = any>(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The data of a response that must have no errors. */
export async function data<T = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await graphql<T>(url, query, variables);
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data!;
}

/**
 * The whole federation for one test file, on the run's database server (seeded once by the global
 * setup), on free ports.
 */
export function useStack(): { readonly stack: Stack; query: <T = any>(q: string, v?: Record<string, unknown>) => Promise<T> } {
  let stack: Stack | undefined;
  beforeAll(async () => {
    process.env.DATABASE_PREFIX = testDatabasePrefix;
    stack = await startStack({ databaseServerUrl: inject('databaseServerUrl'), port: 0, seed: false });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  return {
    get stack() {
      if (!stack) throw new Error('The stack is not started yet');
      return stack;
    },
    query: (q, v) => data(stack!.gatewayUrl, q, v),
  };
}
