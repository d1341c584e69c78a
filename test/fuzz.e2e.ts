import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaSdl } from '../scripts/schema/api-changes.js';
import { committedSupergraphSdl } from '../scripts/schema/composition.js';
import { subgraphs } from '../subgraphs/regions.js';
import { bearer, useStack } from './harness.js';

// Production mode, as deployed, on databases of this file's own: the fuzzer writes.
process.env.NODE_ENV = 'production';
process.env.JWT_SECRET = 'fuzz-test-secret-of-thirty-two-bytes-at-least';
for (const subgraph of subgraphs)
  process.env[`${subgraph.name.toUpperCase()}_GATEWAY_SECRET`] = `fuzz-${subgraph.name}`.padEnd(
    32,
    '-',
  );
const federation = useStack({ ownDatabases: 'fuzz' });

/** The public API, from which every mutation and list field, and the types of their arguments, are read. */
const api = buildSchema(apiSchemaSdl(committedSupergraphSdl()));
const fieldsOf = (typeName: string) =>
  Object.values((api.getType(typeName) as GraphQLObjectType).getFields());

/**
 * Characters of every category the registry refuses (see text-hygiene.ts): controls C0 and C1,
 * format characters, private use, lone surrogates, separators, tags, variation selectors, fillers.
 */
const refusedCharacters = [
  '\u0085',
  '\u009B',
  '\u00AD',
  '\u034F',
  '\u061C',
  '\u115F',
  '\u180E',
  '\u200E',
  '\u200F',
  '\u2028',
  '\u2029',
  '\u2062',
  '\u2800',
  '\u3164',
  '\uD800',
  '\uDFFF',
  '\uE000',
  '\uFE0F',
  '\uFFFD',
  '\u{E0041}',
  '\u{F0000}',
];
/** Text as hostile callers send it: any code point, NUL, direction overrides, very long, digits past a bigint. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(...refusedCharacters),
      fc.string({ maxLength: 8 }),
    )
    .map(([before, character, after]) => `天津${before}${character}${after}机构`),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202E机构',
    '\u200B',
    '9999999999999999999',
    '-1',
    '0',
    '2023-02-30',
    '0001-01-01',
    '9999-12-31',
    'null',
    '天津市',
  ),
  fc.string({ minLength: 300, maxLength: 600 }),
  fc.bigInt({ min: 0n, max: 10n ** 25n }).map(String),
);

/** A value for an argument of this type: often valid, often not, sometimes of another type altogether. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner))
    value = fc.array(valueFor(inner.ofType as GraphQLInputType, depth + 1), { maxLength: 4 });
  else if (isEnumType(inner))
    value = fc.oneof(fc.constantFrom(...inner.getValues().map((v) => v.name)), hostileText);
  else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    value =
      depth > 3
        ? fc.constant({})
        : fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), {
            requiredKeys: [],
          });
  } else if (inner.name === 'Int')
    value = fc.oneof(fc.integer({ min: -5, max: 150 }), fc.integer(), fc.double(), hostileText);
  else if (inner.name === 'Float')
    value = fc.oneof(
      fc.double(),
      fc.integer({ min: -1, max: 101 }),
      fc.constant(1e300),
      hostileText,
    );
  else if (inner.name === 'Boolean') value = fc.oneof(fc.boolean(), hostileText);
  else value = fc.oneof(hostileText, fc.integer({ min: 1, max: 50 }).map(String));
  return nullable
    ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: value })
    : value;
}

const argumentsOf = (field: GraphQLField<unknown, unknown>) =>
  fc.record(
    Object.fromEntries(field.args.map((a: GraphQLArgument) => [a.name, valueFor(a.type)])),
    { requiredKeys: [] },
  );

/**
 * A valid input for each mutation that creates a record: random values alone almost never make a
 * whole valid write, so half the runs start from one of these and change at most one field to a
 * random value. Without them no run would write, and "never half a write" would never be checked
 * on a write.
 */
const validInputs: Record<string, Record<string, unknown>> = {
  createInstitution: {
    name: '天津市模糊测试社会工作服务中心',
    kind: 'SOCIAL_WORK_AGENCY',
    city: '天津市',
  },
  registerSocialWorker: { name: '模糊测试社工' },
  createProgram: { name: '模糊测试项目', kind: 'TRAINING' },
  recordFigure: {
    indicator: 'SOCIAL_WORK_STATIONS',
    value: 250,
    unit: 'stations',
    asOf: '2026-06',
    quote: '建成社工站250个',
    source: { title: '模糊测试来源', document: 'fuzz.txt' },
  },
  setTarget: {
    indicator: 'SOCIAL_WORK_STATIONS',
    targetValue: 320,
    unit: 'stations',
    targetYear: 2030,
    description: '模糊测试目标',
  },
};

/** A valid input with at most one of its fields given a random value of that field's type. */
function validInputWithOneChange(field: GraphQLField<unknown, unknown>) {
  const base = validInputs[field.name]!;
  const input = field.args.find((a) => a.name === 'input')!;
  const inputType = getNamedType(input.type);
  if (!isInputObjectType(inputType))
    throw new Error(`${field.name}'s input is not an input object`);
  return fc
    .oneof(
      fc.constant(base),
      ...Object.values(inputType.getFields()).map((f) =>
        valueFor(f.type).map((value) => ({ ...base, [f.name]: value })),
      ),
    )
    .map((changed) => ({ input: changed }));
}

const selection = (field: GraphQLField<unknown, unknown>) =>
  isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
const operation = (
  kind: 'query' | 'mutation',
  root: string,
  field: GraphQLField<unknown, unknown>,
) => {
  const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${declared ? ` (${declared})` : ''} { ${root} { ${field.name}${passed ? `(${passed})` : ''} ${selection(field)} } }`;
};

async function tianjinRows(): Promise<number[]> {
  const [row] = await federation.stack.subgraphs.get('tianjin')!.db.query(
    `SELECT (SELECT count(*) FROM audit)::int AS audit, (SELECT count(*) FROM institution)::int AS institutions,
       (SELECT count(*) FROM social_worker)::int AS workers, (SELECT count(*) FROM program)::int AS programs,
       (SELECT count(*) FROM figure)::int AS figures, (SELECT count(*) FROM target)::int AS targets,
       (SELECT count(*) FROM figure WHERE withdrawn_at IS NOT NULL)::int AS withdrawn_figures,
       (SELECT count(*) FROM target WHERE withdrawn_at IS NOT NULL)::int AS withdrawn_targets,
       (SELECT coalesce(sum(version), 0) FROM institution)::int + (SELECT coalesce(sum(version), 0) FROM social_worker)::int
         + (SELECT coalesce(sum(version), 0) FROM program)::int + (SELECT coalesce(sum(version), 0) FROM target)::int AS versions`,
  );
  return Object.values(row) as number[];
}

/** Never a 500, never an internal error: whatever was sent, the answer says what was wrong with it. */
async function send(query: string, variables: unknown, headers: Record<string, string>) {
  const response = await fetch(federation.stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, Record<string, unknown> | null> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const internal = (body.errors ?? []).filter(
    (e) =>
      e.extensions?.code === 'INTERNAL_SERVER_ERROR' || /internal server error/i.test(e.message),
  );
  const sent = JSON.stringify({ query, variables }).slice(0, 800);
  expect(response.status, sent).toBeLessThan(500);
  expect(internal, sent).toEqual([]);
  return body;
}

describe('random values to every mutation and every list, in production mode', () => {
  it.each(fieldsOf('RegistryMutations').map((field) => [field.name, field] as const))(
    '%s: never a 500, never an internal error, never half a write',
    async (_, field) => {
      const editor = await bearer({ role: 'editor', region: 'TJ' });
      const creates = field.name in validInputs;
      let writes = 0;
      await fc.assert(
        fc.asyncProperty(
          creates
            ? fc.oneof(argumentsOf(field), validInputWithOneChange(field))
            : argumentsOf(field),
          async (args) => {
            const before = await tianjinRows();
            const body = await send(operation('mutation', 'tianjin', field), args, editor);
            const after = await tianjinRows();
            const wrote = body.data?.tianjin?.[field.name] != null;
            // A refused write changes nothing; a write changes its rows and adds exactly one audit record.
            if (!wrote) expect(after).toEqual(before);
            else expect(after[0]).toBe(before[0]! + 1);
            if (wrote) writes += 1;
          },
        ),
        { numRuns: 25, seed: 20261126 },
      );
      // The check of a write above was made at least once for every mutation that creates.
      if (creates) expect(writes, `${field.name}: no run wrote`).toBeGreaterThan(0);
    },
  );

  const lists = fieldsOf('TianjinRegistry').filter((field) => field.args.length > 0);

  it.each(lists.map((field) => [field.name, field] as const))(
    '%s: never a 500, never an internal error',
    async (_, field) => {
      const analyst = await bearer({ role: 'analyst' });
      await fc.assert(
        fc.asyncProperty(argumentsOf(field), async (args) => {
          await send(operation('query', 'tianjin', field), args, analyst);
        }),
        { numRuns: 25, seed: 20261126 },
      );
    },
  );
});
