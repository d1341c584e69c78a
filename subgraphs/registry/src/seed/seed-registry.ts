import type { DataSource } from 'typeorm';
import type { Region } from '../../../regions.js';
import { loadDemoRegistry } from './demo.js';
import { loadPublishedData } from './load-published.js';

/**
 * Generated demo rows only where asked: by default in development, never by default in production
 * (`NODE_ENV=production`), where a registry holds real records that demo rows, which can only be
 * closed, would mix with. `DEMO_DATA=on` or `off` decides either way.
 */
function demoDataWanted(env: NodeJS.ProcessEnv): boolean {
  if (env.DEMO_DATA === 'on') return true;
  if (env.DEMO_DATA === 'off') return false;
  return env.NODE_ENV !== 'production';
}

/**
 * Published data is loaded on every start (new entries only); demo data only into a registry without
 * any, and only where wanted (see demoDataWanted).
 */
export async function seedRegistry(
  db: DataSource,
  region: Region,
  env: NodeJS.ProcessEnv = process.env,
) {
  const published = await loadPublishedData(db, region.slug);
  const demo = demoDataWanted(env) ? await loadDemoRegistry(db, region) : false;
  return { published, demo };
}
