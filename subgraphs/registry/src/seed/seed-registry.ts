import type { DataSource } from 'typeorm';
import type { Region } from '../../../regions.js';
import { loadDemoRegistry } from './demo.js';
import { loadPublishedData } from './load-published.js';

/**
 * Published data is loaded on every start (new entries only); demo data only into a registry without
 * any, and never with `DEMO_DATA=off` (a deployment whose registry holds real records).
 */
export async function seedRegistry(db: DataSource, region: Region, env: NodeJS.ProcessEnv = process.env) {
  const published = await loadPublishedData(db, region.slug);
  const demo = env.DEMO_DATA === 'off' ? false : await loadDemoRegistry(db, region);
  return { published, demo };
}
