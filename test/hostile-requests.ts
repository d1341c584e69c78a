import { expect } from 'vitest';
import { bearer } from './harness.js';

/** What hostile-request tests share, whether the gateway asks stub subgraphs or real ones. */

type Post = (body: unknown, headers?: Record<string, string>) => Promise<Response>;

/** A POST of a JSON body (or of text sent as it is) to the gateway at `url()`. */
export const poster =
  (url: () => string): Post =>
  (body, headers = {}) =>
    fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

/** Nothing of the inside in any answer: no stack, no URL of a subgraph. */
export function expectNothingLeaked(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|at \w+ \(|https?:\/\/127\.0\.0\.1|node_modules/);
}

export type Role = 'anonymous' | 'analyst' | 'editor';

/**
 * Sends a query with variables (an object, or JSON text the test wrote itself) as a caller of this
 * role, with a token signed as `tokenEnv` says, checks that the answer leaks nothing, and gives its
 * status and body.
 */
export function callerMistakes(post: Post, tokenEnv: NodeJS.ProcessEnv = process.env) {
  const headersOf = async (role: Role) =>
    role === 'anonymous'
      ? {}
      : await bearer(
          role === 'editor' ? { role: 'editor', region: 'BJ' } : { role: 'analyst' },
          tokenEnv,
        );
  return async (role: Role, query: string, variables: Record<string, unknown> | string) => {
    const response = await post(
      typeof variables === 'string'
        ? `{"query": ${JSON.stringify(query)}, "variables": ${variables}}`
        : { query, variables },
      await headersOf(role),
    );
    const body = (await response.json()) as {
      data?: unknown;
      errors?: {
        message: string;
        path?: string[];
        extensions?: { code?: string; field?: string };
      }[];
    };
    expectNothingLeaked(body);
    return { status: response.status, body };
  };
}
