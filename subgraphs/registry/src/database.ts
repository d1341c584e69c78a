import { createDataSource } from '../../common/data-source.js';
import { migrate } from '../../common/migrate.js';
import { registryEntities } from './entities/index.js';
import { registryMigrations } from './migrations/index.js';

/** Connects to a region's database and brings its schema up to date. */
export async function openRegistryDatabase(url: string, poolSize?: number) {
  const opened = createDataSource({
    url,
    entities: registryEntities,
    migrations: registryMigrations,
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
