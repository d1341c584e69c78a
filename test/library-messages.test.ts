import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { inChineseToo } from '../gateway/src/messages-zh.js';
import { notChineseThenEnglish } from './bilingual-messages.js';
import { startGatewayBefore, startStubSubgraphs, type StubSubgraphs } from './stub-subgraphs.js';

/**
 * Every message graphql-js's validation rules and Apollo Server's checks of a request's shape can
 * make gets its own Chinese from the gateway's catalog (gateway/src/*messages-zh.ts), not the
 * Chinese of its code alone, which only points to the English after it.
 */

/** A schema that has what each rule speaks of: a subscription, an interface, a @oneOf input. */
const schema = buildSchema(`
  interface Named { name: String }
  type Dog implements Named { name: String, barks: Boolean }
  type Cat implements Named { name: String }
  input Pick @oneOf { a: Int, b: String }
  type Query {
    dog: Dog
    cat: Cat
    named: Named
    count(at: Int!, pick: Pick): Int
  }
  type Subscription { dog: Dog, cat: Cat }
`);

/** For each rule of specifiedRules, documents it refuses: every message it can make, or nearly. */
const refusedBy: Record<string, string[]> = {
  ExecutableDefinitionsRule: [
    '{ dog { name } } type T { a: Int }',
    '{ dog { name } } schema { query: Query }',
  ],
  UniqueOperationNamesRule: ['query A { dog { name } } query A { cat { name } }'],
  LoneAnonymousOperationRule: ['{ dog { name } } query A { cat { name } }'],
  SingleFieldSubscriptionsRule: [
    'subscription { dog { name } cat { name } }',
    'subscription S { dog { name } cat { name } }',
    'subscription { __typename }',
    'subscription S { __typename }',
  ],
  KnownTypeNamesRule: ['query ($x: Nope) { dog { name } }'],
  FragmentsOnCompositeTypesRule: [
    '{ dog { ... on Int { name } } }',
    'fragment F on Int { a } { ...F }',
  ],
  VariablesAreInputTypesRule: ['query ($x: Dog) { dog { name } }'],
  ScalarLeafsRule: ['{ dog }', '{ dog { name { a } } }'],
  FieldsOnCorrectTypeRule: ['{ dog { nope } }'],
  UniqueFragmentNamesRule: [
    'fragment F on Dog { name } fragment F on Dog { barks } { dog { ...F } }',
  ],
  KnownFragmentNamesRule: ['{ dog { ...Missing } }'],
  NoUnusedFragmentsRule: ['fragment F on Dog { name } { dog { name } }'],
  PossibleFragmentSpreadsRule: [
    'fragment F on Cat { name } { dog { ...F } }',
    '{ dog { ... on Cat { name } } }',
  ],
  NoFragmentCyclesRule: [
    'fragment F on Dog { ...F } { dog { ...F } }',
    'fragment F on Dog { ...G } fragment G on Dog { ...H } fragment H on Dog { ...F } { dog { ...F } }',
  ],
  UniqueVariableNamesRule: ['query ($x: Int, $x: Int) { count(at: $x) }'],
  NoUndefinedVariablesRule: ['{ count(at: $x) }', 'query A { count(at: $x) }'],
  NoUnusedVariablesRule: ['query ($x: Int) { dog { name } }', 'query A ($x: Int) { dog { name } }'],
  KnownDirectivesRule: ['{ dog @nope { name } }', '{ dog @deprecated { name } }'],
  UniqueDirectivesPerLocationRule: ['{ dog @skip(if: true) @skip(if: false) { name } }'],
  KnownArgumentNamesRule: ['{ dog(x: 1) { name } }', '{ dog @skip(if: true, x: 1) { name } }'],
  UniqueArgumentNamesRule: ['{ count(at: 1, at: 2) }'],
  ValuesOfCorrectTypeRule: [
    '{ count(at: "one") }',
    '{ count(at: 1, pick: { a: 1, b: "x" }) }',
    '{ count(at: 1, pick: { a: null }) }',
    '{ count(at: 1, pick: { c: 1 }) }',
  ],
  ProvidedRequiredArgumentsRule: ['{ count }', '{ dog @skip { name } }'],
  VariablesInAllowedPositionRule: [
    'query ($x: Int) { count(at: $x) }',
    'query ($x: Int) { count(at: 1, pick: { a: $x }) }',
  ],
  OverlappingFieldsCanBeMergedRule: ['{ dog { name: barks name } }'],
  UniqueInputFieldNamesRule: ['{ count(at: 1, pick: { a: 1, a: 2 }) }'],
  MaxIntrospectionDepthRule: [
    '{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }',
  ],
};

describe('the Chinese of every validation rule of graphql-js', () => {
  it('has a refused document for each rule, so that a rule a new graphql-js adds is covered', () => {
    expect(specifiedRules.map((rule) => rule.name).sort()).toEqual(Object.keys(refusedBy).sort());
  });

  it.each(specifiedRules.map((rule) => [rule.name, rule] as const))(
    '%s: each message says its own Chinese first',
    (name, rule) => {
      for (const query of refusedBy[name]!) {
        const errors = validate(schema, parse(query), [rule]);
        expect(errors.length, query).toBeGreaterThan(0);
        for (const { message } of errors) {
          const said = inChineseToo({
            message,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }).message;
          expect(notChineseThenEnglish(said), said).toBeNull();
        }
      }
    },
  );
});

let stubs: StubSubgraphs;
let gateway: Awaited<ReturnType<typeof startGatewayBefore>>;
beforeAll(async () => {
  stubs = await startStubSubgraphs({ fields: { measure: () => ({ value: 1 }) } });
  gateway = await startGatewayBefore(stubs.urls);
});
afterAll(async () => {
  await gateway?.close();
  await stubs?.close();
});

const json = { 'content-type': 'application/json' };
const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { ...json, ...headers },
  body: JSON.stringify(body),
});

/** A request the gateway refuses, as sent: its search (after /graphql) and its fetch options. */
const requests: [string, string, RequestInit][] = [
  ['a PUT', '', { method: 'PUT', headers: json, body: '{}' }],
  ['a query that is a number', '', post({ query: 5 })],
  ['an operationName that is a number', '', post({ query: '{ __typename }', operationName: 5 })],
  ['variables as a string', '', post({ query: '{ __typename }', variables: '{}' })],
  ['variables as a list', '', post({ query: '{ __typename }', variables: [1] })],
  ['extensions as a string', '', post({ query: '{ __typename }', extensions: '{}' })],
  ['extensions as a number', '', post({ query: '{ __typename }', extensions: 5 })],
  ['query given twice', '?query={__typename}&query={__typename}', { headers: json }],
  ['variables that are no object', '?query={__typename}&variables=[1]', { headers: json }],
  ['an Accept that takes no JSON', '', post({ query: '{ __typename }' }, { accept: 'image/png' })],
  [
    'two operations and no operationName',
    '',
    post({ query: 'query A { __typename } query B { __typename }' }),
  ],
  ['a fragment spread within itself', '', post({ query: 'fragment F on Query { ...F } { ...F }' })],
  [
    'a fragment spread where it cannot be',
    '',
    post({ query: 'fragment F on Registry { code } { ...F }' }),
  ],
  ['a variable of an output type', '', post({ query: 'query ($x: Registry) { __typename }' })],
  ['a directive out of place', '', post({ query: '{ __typename @deprecated }' })],
  [
    'a directive twice at one place',
    '',
    post({ query: '{ __typename @skip(if: false) @skip(if: false) }' }),
  ],
];

describe("the Chinese of Apollo Server's refusals of a request", () => {
  it.each(requests)('says %s in its own Chinese, then in English', async (_, search, init) => {
    const response = await fetch(`${gateway.url}${search}`, init);
    // The gateway's own answer to an address it does not serve says both already.
    expect(response.status).not.toBe(404);
    const answer = (await response.json()) as { errors?: { message: string }[] };
    expect(answer.errors?.length, JSON.stringify(answer)).toBeGreaterThan(0);
    for (const { message } of answer.errors!) {
      expect(notChineseThenEnglish(message), message).toBeNull();
    }
  });

  it('keeps the Chinese of its code for a message it does not know', () => {
    expect(
      inChineseToo({ message: 'A new refusal.', extensions: { code: 'BAD_REQUEST' } }).message,
    ).toBe('请求有误（详见后面的英文说明）。A new refusal.');
  });
});
