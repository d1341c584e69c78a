import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { subgraphs } from '../../subgraphs/regions.js';

export const supergraphFile = new URL('../../schema/supergraph.graphql', import.meta.url);

export interface GatewayOptions {
  /** Subgraph name → URL. Missing names fall back to `<NAME>_SUBGRAPH_URL`, then to the supergraph's URL. */
  subgraphUrls?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
}

export function subgraphUrl(name: string, fallback: string | undefined, options: GatewayOptions): string {
  const env = options.env ?? process.env;
  const url = options.subgraphUrls?.[name] ?? env[`${name.toUpperCase()}_SUBGRAPH_URL`] ?? fallback;
  if (!url) throw new Error(`No URL for subgraph ${name}: set ${name.toUpperCase()}_SUBGRAPH_URL`);
  return url;
}

/**
 * The gateway's HTTP application, built but not listening. The supergraph comes from the committed
 * file, never from introspecting the subgraphs, so a subgraph that is down at boot cannot stop it.
 */
export async function createGateway(options: GatewayOptions = {}) {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphFile, 'utf8'),
    buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: subgraphUrl(name, url, options) }),
  });
  const server = new ApolloServer({ gateway, stopOnTerminationSignals: false });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraphs: subgraphs.map((s) => s.name) });
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(server));
  return { app, stop: () => server.stop() };
}
