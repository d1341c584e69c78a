import type { DataSource } from 'typeorm';
import { authConfig } from '../shared/auth.js';
import { gatewaySecret } from '../shared/gateway-headers.js';
import { metricsSecret } from '../shared/metrics-secret.js';
import { ensureDatabase, subgraphDatabaseUrl } from './common/database-server.js';
import type { StatementCounter } from './common/data-source.js';
import type { SubgraphApp } from './common/subgraph-app.js';
import { openNationalDatabase } from './national/src/database.js';
import { syncDirectory } from './national/src/seed.js';
import { createNationalSubgraph } from './national/src/server.js';
import { nationalSubgraph, regionBySlug, type Region } from './regions.js';
import { openRegistryDatabase } from './registry/src/database.js';
import { claimRegistry } from './registry/src/registry-identity.js';
import { seedRegistry } from './registry/src/seed/seed-registry.js';
import { createRegistrySubgraph } from './registry/src/server.js';

export interface OpenSubgraph {
  name: string;
  app: SubgraphApp;
  db: DataSource;
  statements: StatementCounter;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Load published and demo data into an empty registry. */
  seed?: boolean;
  poolSize?: number;
}

/** A region's registry database on the server: created if it is missing, migrated. */
export async function openRegionDatabase(serverUrl: string, region: Region, poolSize?: number) {
  const url = subgraphDatabaseUrl(serverUrl, { name: region.slug, ...region });
  await ensureDatabase(url);
  const opened = await openRegistryDatabase(url, poolSize);
  try {
    await claimRegistry(opened.dataSource, region);
  } catch (error) {
    await opened.dataSource.destroy();
    throw error;
  }
  return opened;
}

/**
 * Everything a subgraph needs before it can serve: its database (created if missing), migrations,
 * seed data, and its HTTP application (built, not listening).
 */
export async function openSubgraph(
  name: string,
  serverUrl: string,
  { seed = true, poolSize }: OpenOptions = {},
): Promise<OpenSubgraph> {
  refuseMissingSettings(name);
  if (name === nationalSubgraph.name) {
    const url = subgraphDatabaseUrl(serverUrl, nationalSubgraph);
    await ensureDatabase(url);
    const { dataSource, statements } = await openNationalDatabase(url, poolSize);
    await syncDirectory(dataSource);
    const app = await createNationalSubgraph(dataSource);
    return { name, app, db: dataSource, statements, close: () => closeAll(app, dataSource) };
  }
  const region = regionBySlug(name);
  const { dataSource, statements } = await openRegionDatabase(serverUrl, region, poolSize);
  if (seed) await seedRegistry(dataSource, region);
  const app = await createRegistrySubgraph(region, dataSource);
  return { name, app, db: dataSource, statements, close: () => closeAll(app, dataSource) };
}

/**
 * The settings a subgraph cannot serve without (its gateway secret, the key that verifies tokens,
 * a metrics secret that is none of its others), checked before it creates, migrates or seeds its database, which a start refused for want of
 * them left written; every one missing named at once, not one per attempt.
 */
export function refuseMissingSettings(name: string, env: NodeJS.ProcessEnv = process.env): void {
  const checks = [() => gatewaySecret(name, env), () => authConfig(env), () => metricsSecret(env)];
  const problems = checks.flatMap((check) => {
    try {
      check();
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  });
  if (problems.length) throw new Error(problems.join('\n'));
}

async function closeAll(app: SubgraphApp, db: DataSource): Promise<void> {
  await app.stop();
  await db.destroy();
}
