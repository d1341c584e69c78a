import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { nationalSubgraph, registryTypeName, regions } from '../../subgraphs/regions.js';

/**
 * `@apollo/gateway` gives every region's error in a national list the path of the list's first
 * entry (`registries[0]`), whichever region failed: each region is fetched alone, as entity 0 of its
 * own fetch. The error names its subgraph, so its path is set to that region's entry: by the entry's
 * `code` or `__typename` where the query asked for them, otherwise by the national directory's order
 * (by code).
 *
 * A subgraph that could not be reached at all (`SUBGRAPH_UNAVAILABLE`, `SUBGRAPH_TIMEOUT`) gives an
 * error with no path: it gets the path of the field it would have served, so that a client knows
 * which part of the answer is missing.
 */
const byCode = [...regions].sort((a, b) => a.code.localeCompare(b.code));

export function regionErrorPaths(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors && operation)
            result.errors = result.errors.map((error) => withServedPath(error, operation));
          const list = (result.data as { registries?: unknown } | null | undefined)?.registries;
          if (!result.errors || !Array.isArray(list)) return;
          const entryOf = (slug: string) => {
            const region = regions.find((r) => r.slug === slug);
            if (!region) return -1;
            const named = list.findIndex(
              (e: { code?: string; __typename?: string } | null) =>
                e?.code === region.code || e?.__typename === registryTypeName(region),
            );
            return named >= 0 ? named : byCode.indexOf(region);
          };
          result.errors = result.errors.map((error): GraphQLFormattedError => {
            const [root, index, ...rest] = error.path ?? [];
            const service = error.extensions?.serviceName;
            if (root !== 'registries' || typeof index !== 'number' || typeof service !== 'string')
              return error;
            const entry = entryOf(service);
            return entry < 0 ? error : { ...error, path: ['registries', entry, ...rest] };
          });
        },
      };
    },
  };
}

const nationalRootFields = new Set(['registries', 'registry', 'indicators', 'indicator']);

/** A path-less error of a subgraph: the path of the first root field of the query it serves. */
function withServedPath(
  error: GraphQLFormattedError,
  operation: OperationDefinitionNode,
): GraphQLFormattedError {
  const service = error.extensions?.serviceName;
  if (error.path || typeof service !== 'string') return error;
  const roots = operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD
      ? [{ name: selection.name.value, key: selection.alias?.value ?? selection.name.value }]
      : [],
  );
  const served = (name: string) =>
    service === nationalSubgraph.name ? nationalRootFields.has(name) : name === service;
  // A region's fields are also reached through the national list or one entry of the directory.
  const root =
    roots.find((field) => served(field.name)) ??
    roots.find((field) => nationalRootFields.has(field.name) && field.name.startsWith('registr'));
  if (!root) return error;
  // The national list's entry is set to the region's by regionErrorPaths, from this index.
  return { ...error, path: root.name === 'registries' ? [root.key, 0] : [root.key] };
}
