import type { DataSource } from 'typeorm';
import type { Region } from '../../../regions.js';
import { loadPublishedData } from './load-published.js';

/** Published data is loaded on every start (new entries only); demo data only into an empty registry. */
export async function seedRegistry(db: DataSource, region: Region) {
  const published = await loadPublishedData(db, region.slug);
  return { published };
}
