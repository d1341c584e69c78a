import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { sha256 } from './answers.js';
import { recordGeneration, type CacheQuota, type ClassCacheContext } from './context.js';
import type { WriteGenerations } from './write-generations.js';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

interface StoredFetch {
  response: Pick<SubgraphResponse, 'data' | 'extensions'>;
  /** The subgraph's Cache-Control, which a cached fetch adds to the answer's policy as a fetch would. */
  cacheControl: string;
}

/**
 * Every subgraph fetch of a request the class cache may keep. The subgraph's write generation is
 * read before the fetch is sent, so that an answer made from data older than a write can never be
 * stored as current after it.
 *
 * Where a whole answer is not cached (each request asks a different page, or for other ids), a
 * query's fetches are: by subgraph, query, variables and class, under the subgraph's generation, so
 * a write makes the fetches of its own subgraph stale and no other. The parts of a varied query
 * that go to regions without a write are answered without asking them.
 */
export class SubgraphFetches {
  constructor(
    private readonly generations: WriteGenerations,
    private readonly cache: KeyValueCache<string>,
    private readonly classMaxAgeSeconds: number,
    private readonly mayKeep: CacheQuota,
  ) {}

  async process(
    subgraph: string,
    options: GraphQLDataSourceProcessOptions<ClassCacheContext>,
    fetch: () => Promise<SubgraphResponse>,
  ): Promise<SubgraphResponse> {
    const { context } = options;
    if (!('incomingRequestContext' in options) || !context.visibility) return fetch();
    const generation = await this.generations.current(subgraph);
    recordGeneration(context, subgraph, generation);
    const incoming = options.incomingRequestContext;
    if (incoming.operation?.operation !== 'query') return fetch();
    const { query, variables, operationName } = options.request;
    const key = `class-cache:fetch:${sha256(
      JSON.stringify([
        subgraph,
        context.visibility,
        generation,
        query,
        variables ?? {},
        operationName ?? null,
      ]),
    )}`;
    const stored = await this.cache.get(key);
    if (stored) {
      const { response, cacheControl } = JSON.parse(stored) as StoredFetch;
      (incoming.overallCachePolicy as { restrict(hint: object): void }).restrict(
        hintOf(cacheControl),
      );
      return response;
    }
    const response = await fetch();
    const cacheControl = response.http?.headers.get('cache-control') ?? '';
    const maxAge =
      context.visibility === 'anonymous' ? hintOf(cacheControl).maxAge : this.classMaxAgeSeconds;
    if (!response.errors && maxAge > 0 && this.mayKeep(context, 'fetches')) {
      const entry: StoredFetch = {
        response: { data: response.data, extensions: response.extensions },
        cacheControl,
      };
      await this.cache.set(key, JSON.stringify(entry), { ttl: maxAge });
    }
    return response;
  }
}

/** A Cache-Control header as @apollo/gateway reads a subgraph's: no max-age is 0. */
function hintOf(cacheControl: string): { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } {
  const maxAge = Number(/(?:^|,)\s*max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
  if (/\bprivate\b/.test(cacheControl)) return { maxAge, scope: 'PRIVATE' };
  if (/\bpublic\b/.test(cacheControl)) return { maxAge, scope: 'PUBLIC' };
  return { maxAge };
}
