import type { DataSource } from 'typeorm';
import { readConfig } from '../../../../shared/config.js';
import type { Region } from '../../../regions.js';
import { loadDemoRegistry } from './demo.js';
import { loadPublishedData } from './load-published.js';

/**
 * Published data is loaded on every start (new entries only); demo data only into a registry without
 * any, and only where wanted: by default in development, never by default in production
 * (`NODE_ENV=production`), where a registry holds real records that demo rows, which can only be
 * closed, would mix with. `DEMO_DATA=on` or `off` decides either way (config.ts).
 */
export async function seedRegistry(
  db: DataSource,
  region: Region,
  env: NodeJS.ProcessEnv = process.env,
) {
  const published = await loadPublishedData(db, region.slug);
  const demo = readConfig(env).demoData ? await loadDemoRegistry(db, region) : false;
  return { published, demo };
}
