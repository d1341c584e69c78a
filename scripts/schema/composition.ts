import { readFileSync } from 'node:fs';
import { composeServices, type CompositionResult } from '@apollo/composition';
import type { DocumentNode } from 'graphql';
import { nationalSubgraphSdl } from '../../subgraphs/national/src/schema.js';
import { registrySubgraphSdl } from '../../subgraphs/registry/src/schema.js';
import { nationalSubgraph, regions } from '../../subgraphs/regions.js';

export const supergraphPath = new URL('../../schema/supergraph.graphql', import.meta.url);

export interface SubgraphDefinition {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

/** Every subgraph's SDL as its server builds it, with its default local URL. */
export function subgraphDefinitions(): SubgraphDefinition[] {
  return [
    {
      name: nationalSubgraph.name,
      url: `http://localhost:${nationalSubgraph.port}/graphql`,
      typeDefs: nationalSubgraphSdl(),
    },
    ...regions.map((region) => ({
      name: region.slug,
      url: `http://localhost:${region.port}/graphql`,
      typeDefs: registrySubgraphSdl(region),
    })),
  ];
}

export function composeSupergraph(definitions = subgraphDefinitions()): CompositionResult {
  return composeServices(definitions);
}

/** The supergraph as composed now; throws with every composition error when it does not compose. */
export function composedSupergraphSdl(): string {
  const result = composeSupergraph();
  if (result.errors) {
    throw new Error(
      `子图无法组合（以下为 Apollo 组合的原文）。Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  return result.supergraphSdl;
}

export function committedSupergraphSdl(): string {
  return readFileSync(supergraphPath, 'utf8');
}
