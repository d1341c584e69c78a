import type { DataSource } from 'typeorm';
import type { DirectoryRegion } from '../../regions.js';
import { IndicatorEntity, RegionEntity, type IndicatorRow } from './entities.js';

/**
 * The national directory as the database holds it: the list of regions and the indicator catalog,
 * each in code order, and each entry by its code. Every request shares the rows, and
 * @apollo/subgraph sets `__typename` on an entity it resolves: they must stay writable (not frozen).
 */
export interface Directory {
  regions: DirectoryRegion[];
  indicators: IndicatorRow[];
  region: ReadonlyMap<string, DirectoryRegion>;
  indicator: ReadonlyMap<string, IndicatorRow>;
}

export interface NationalContext {
  directory: Directory;
}

/**
 * The directory, read once when the subgraph starts. The database mirrors national configuration
 * (the list of regions, the catalog file), brought in line with it at start (seed.ts), and nothing
 * writes it while the subgraph runs; reading it again for every request was most of the national
 * subgraph's time (1.1–1.3 ms a request, one connection), and the whole of it sits before every
 * national query's regional fetches.
 */
export async function readDirectory(db: DataSource): Promise<Directory> {
  const [regions, indicators] = await Promise.all([
    db.getRepository(RegionEntity).createQueryBuilder('r').orderBy('r.code').getMany(),
    db.getRepository(IndicatorEntity).createQueryBuilder('i').orderBy('i.code').getMany(),
  ]);
  return {
    regions,
    indicators,
    region: new Map(regions.map((r) => [r.code, r])),
    indicator: new Map(indicators.map((i) => [i.code, i])),
  };
}
