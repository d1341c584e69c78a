import type { DataSource } from 'typeorm';
import type { Region } from '../../../regions.js';
import { loadDemoRegistry } from './demo.js';
import { loadPublishedData } from './load-published.js';

/** Published data is loaded on every start (new entries only); demo data only into a registry without any. */
export async function seedRegistry(db: DataSource, region: Region) {
  const published = await loadPublishedData(db, region.slug);
  const demo = await loadDemoRegistry(db, region);
  return { published, demo };
}
