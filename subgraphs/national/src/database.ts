import { createDataSource } from '../../common/data-source.js';
import { migrate } from '../../common/migrate.js';
import { IndicatorEntity, RegionEntity } from './entities.js';
import { nationalMigrations } from './migrations/index.js';

export async function openNationalDatabase(url: string, poolSize?: number) {
  const opened = createDataSource({
    url,
    entities: [RegionEntity, IndicatorEntity],
    migrations: nationalMigrations,
    poolSize,
  });
  await opened.dataSource.initialize();
  // A database it may not migrate (a newer release's) is refused: its connections go with it.
  await migrate(opened.dataSource, url).catch(async (error: unknown) => {
    await opened.dataSource.destroy();
    throw error;
  });
  return opened;
}
