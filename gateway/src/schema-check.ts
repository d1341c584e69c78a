import { printSchema, Supergraph } from '@apollo/federation-internals';
import { GraphQLError, Kind, parse, print, type DocumentNode } from 'graphql';
import { inBoth } from '../../shared/bilingual.js';
import { oneOf } from '../../shared/config.js';
import { subgraphNames } from '../../subgraphs/regions.js';
import type { Fetch } from './subgraph-transport.js';

/**
 * Whether a subgraph serves the schema the gateway plans with. A subgraph deployed with another
 * release's SDL (a field removed, a type changed) would fail some queries at run time in ways no
 * caller can understand; the gateway asks each subgraph for its SDL (`_service { sdl }`) before its
 * first query and compares it with that subgraph's part of the supergraph: every type, field with
 * its arguments and type, enum value and union member, federation's own machinery left out.
 * `SUBGRAPH_SCHEMA_CHECK`: `refuse` (the default in production) answers that subgraph's part of a
 * query with an error naming the region and the difference; `warn` logs it and goes on; `off`, the
 * default elsewhere.
 */
export type SchemaCheck = 'refuse' | 'warn' | 'off';

export function schemaCheckSetting(env: NodeJS.ProcessEnv): SchemaCheck {
  // Off in development, where the subgraphs come from this checkout and every request counts in
  // the tests that count a subgraph's requests.
  const fallback = env.NODE_ENV === 'production' ? 'refuse' : 'off';
  return oneOf(env, 'SUBGRAPH_SCHEMA_CHECK', ['refuse', 'warn', 'off'], fallback);
}

const federationMachinery = /^(_|link__|federation__|join__)/;

/** `Type.field(arg: T): R`, `Enum.VALUE`, `Union = A | B`: what a schema offers, one line each. */
export function schemaCoordinates(document: DocumentNode): Set<string> {
  const coordinates = new Set<string>();
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name) continue;
    const type = definition.name.value;
    if (federationMachinery.test(type)) continue;
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION:
        for (const field of definition.fields ?? []) {
          if (federationMachinery.test(field.name.value)) continue;
          const args =
            'arguments' in field && field.arguments?.length
              ? `(${field.arguments.map((a) => `${a.name.value}: ${print(a.type)}`).join(', ')})`
              : '';
          coordinates.add(`${type}.${field.name.value}${args}: ${print(field.type)}`);
        }
        break;
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_EXTENSION:
        for (const value of definition.values ?? []) coordinates.add(`${type}.${value.name.value}`);
        break;
      case Kind.UNION_TYPE_DEFINITION:
      case Kind.UNION_TYPE_EXTENSION:
        for (const member of definition.types ?? [])
          coordinates.add(`${type} = ${member.name.value}`);
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
        coordinates.add(`scalar ${type}`);
        break;
    }
  }
  return coordinates;
}

/** Each subgraph's part of the supergraph, as coordinates. */
export function plannedCoordinates(supergraphSdl: string): Map<string, Set<string>> {
  const planned = new Map<string, Set<string>>();
  for (const subgraph of Supergraph.build(supergraphSdl).subgraphs())
    planned.set(subgraph.name, schemaCoordinates(parse(printSchema(subgraph.schema))));
  return planned;
}

/** The difference, for a person: what the supergraph expects and the subgraph lacks, and the reverse. */
export function schemaDifference(planned: Set<string>, served: Set<string>): string | null {
  const missing = [...planned].filter((c) => !served.has(c)).sort();
  const unexpected = [...served].filter((c) => !planned.has(c)).sort();
  if (!missing.length && !unexpected.length) return null;
  const list = (items: string[]) =>
    items.slice(0, 10).join('; ') + (items.length > 10 ? `; and ${items.length - 10} more` : '');
  return [
    missing.length ? `missing ${list(missing)}` : '',
    unexpected.length ? `not in the supergraph ${list(unexpected)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

export function schemaMismatchError(name: string, difference: string): GraphQLError {
  return new GraphQLError(
    inBoth({
      zh: `${subgraphNames(name).zh}的架构与网关规划查询所用的超级图不一致（${difference}）：请部署两者相匹配的版本。`,
      en: `The ${subgraphNames(name).en} serves a schema other than the supergraph the gateway plans with (${difference}): deploy the matching release of one or the other.`,
    }),
    { extensions: { code: 'SUBGRAPH_SCHEMA_MISMATCH', serviceName: name } },
  );
}

async function servedSdl(
  url: string,
  fetch: Fetch,
  headers: Record<string, string>,
): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
    signal: AbortSignal.timeout(5000),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`answered HTTP ${response.status} without its SDL`);
  return sdl;
}

/**
 * For each subgraph, a check to run before a query is sent to it: the first one asks the subgraph
 * for its SDL and keeps the verdict; a subgraph that cannot be asked is asked again next time (the
 * query itself then says it is unreachable).
 */
export function schemaVerifier(
  supergraphSdl: string,
  env: NodeJS.ProcessEnv,
  fetch: Fetch,
  warn: (message: string) => void,
): (name: string, url: string, headers: Record<string, string>) => () => Promise<void> {
  const setting = schemaCheckSetting(env);
  if (setting === 'off') return () => async () => {};
  const planned = plannedCoordinates(supergraphSdl);
  return (name, url, headers) => {
    let verdict: Promise<string | null> | undefined;
    return async () => {
      verdict ??= servedSdl(url, fetch, headers).then(
        (sdl) => {
          const difference = schemaDifference(
            planned.get(name) ?? new Set(),
            schemaCoordinates(parse(sdl)),
          );
          if (difference) warn(schemaMismatchError(name, difference).message);
          return difference;
        },
        () => {
          verdict = undefined;
          return null;
        },
      );
      const difference = await verdict;
      if (difference && setting === 'refuse') throw schemaMismatchError(name, difference);
    };
  };
}
