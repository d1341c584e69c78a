import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { DirectoryRegion } from '../../regions.js';
import { IndicatorEntity, RegionEntity, type IndicatorRow } from './entities.js';

export interface NationalContext {
  db: DataSource;
  loaders: {
    region: DataLoader<string, DirectoryRegion | null>;
    indicator: DataLoader<string, IndicatorRow | null>;
  };
}

export function createNationalContext(db: DataSource): NationalContext {
  return {
    db,
    loaders: {
      region: new DataLoader(async (codes) => {
        const rows = await db
          .getRepository(RegionEntity)
          .createQueryBuilder('r')
          .where('r.code IN (:...codes)', { codes: [...codes] })
          .getMany();
        return codes.map((code) => rows.find((r) => r.code === code) ?? null);
      }),
      indicator: new DataLoader(async (codes) => {
        const rows = await db
          .getRepository(IndicatorEntity)
          .createQueryBuilder('i')
          .where('i.code IN (:...codes)', { codes: [...codes] })
          .getMany();
        return codes.map((code) => rows.find((r) => r.code === code) ?? null);
      }),
    },
  };
}
