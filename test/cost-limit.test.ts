import { ApolloServer } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { costLimitPlugin } from '../gateway/src/cost-limit.js';
import { queryCost } from '../gateway/src/query-cost.js';

const typeDefs = `
  type Query { items(first: Int = 10, label: String): [Item!]! }
  type Item { name: String! children(first: Int = 10): [Item!]! }
`;
const query =
  'query Items($first: Int, $label: String) { items(first: $first, label: $label) { name children { name } } }';
/** The limit is what a page of 10 costs: 10 passes, 11 does not. */
const maxCost = queryCost(buildSchema(typeDefs), parse(query), { first: 10 });

async function costLimitedServer() {
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { items: () => [] } },
    plugins: [costLimitPlugin(maxCost, 10_000)],
  });
  await server.start();
  return server;
}

/** The first error's extensions of the answer, or none when it passed. */
async function refusal(server: ApolloServer, variables: Record<string, unknown>) {
  const { body } = await server.executeOperation({ query, variables });
  if (body.kind !== 'single') throw new Error('expected a single result');
  return body.singleResult.errors?.[0]?.extensions;
}

async function ask(server: ApolloServer, variables: Record<string, unknown>) {
  return (await refusal(server, variables))?.code ?? 'passed';
}

/**
 * A query asked again with the operation and variables it passed with is not checked again
 * (gateway/src/cost-limit.ts): what passed must never let through what would not.
 */
describe('the checks a query passed', () => {
  let server: ApolloServer;
  beforeEach(async () => {
    server = await costLimitedServer();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('still refuse the same query with other variables, however often it passed', async () => {
    expect(await ask(server, { first: 10 })).toBe('passed');
    expect(await ask(server, { first: 10 })).toBe('passed');
    expect(await ask(server, { first: 11 })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask(server, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await ask(server, { first: 10, label: 'a\u0000b' })).toBe('BAD_USER_INPUT');
    expect(await ask(server, { first: 10 })).toBe('passed');
  });

  it('tell a number JSON cannot write from null', async () => {
    // A page of null is the default page, which passes; `1e999` in a request body reads as Infinity.
    expect(await ask(server, { first: null })).toBe('passed');
    // Refused by the gateway's check, which names the variable, not only later by execution.
    expect(await refusal(server, { first: Infinity })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('refuse a request again that they refused (only what passed is kept)', async () => {
    expect(await ask(server, { first: 11 })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask(server, { first: 11 })).toBe('QUERY_TOO_COMPLEX');
  });

  it('check variables too large to keep every time', async () => {
    const large = 'x'.repeat(5000);
    expect(await ask(server, { first: 10, label: large })).toBe('passed');
    expect(await ask(server, { first: 11, label: large })).toBe('QUERY_TOO_COMPLEX');
  });
});
