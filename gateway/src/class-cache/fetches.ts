import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { recordGeneration, type ClassCacheContext } from './context.js';
import type { WriteGenerations } from './write-generations.js';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * Every subgraph fetch of a request the class cache may keep: the subgraph's write generation is
 * read before the fetch is sent, so that an answer made from data older than a write can never be
 * stored as current after it.
 */
export class SubgraphFetches {
  constructor(private readonly generations: WriteGenerations) {}

  async process(
    subgraph: string,
    options: GraphQLDataSourceProcessOptions<ClassCacheContext>,
    fetch: () => Promise<SubgraphResponse>,
  ): Promise<SubgraphResponse> {
    const { context } = options;
    if (!('incomingRequestContext' in options) || !context.visibility) return fetch();
    recordGeneration(context, subgraph, await this.generations.current(subgraph));
    return fetch();
  }
}
