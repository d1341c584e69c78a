import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { registryTypeName, regions } from '../../subgraphs/regions.js';

/**
 * `@apollo/gateway` gives every region's error in a national list the path of the list's first
 * entry (`registries[0]`), whichever region failed: each region is fetched alone, as entity 0 of its
 * own fetch. The error names its subgraph, so its path is set to that region's entry: by the entry's
 * `code` or `__typename` where the query asked for them, otherwise by the national directory's order
 * (by code).
 */
const byCode = [...regions].sort((a, b) => a.code.localeCompare(b.code));

export function regionErrorPaths(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
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
