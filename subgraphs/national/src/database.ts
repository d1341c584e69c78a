import { createDataSource } from '../../common/data-source.js';
import { migrate } from '../../common/migrate.js';
import { IndicatorEntity, RegionEntity } from './entities.js';
import { CreateDirectory1763800000000 } from './migrations/1763800000000-CreateDirectory.js';
import { AddAmountKindAndChineseDefinitions1764200000000 } from './migrations/1764200000000-AddAmountKindAndChineseDefinitions.js';
import { AddStockOrFlow1764700000000 } from './migrations/1764700000000-AddStockOrFlow.js';
import { AddRateKind1764750000000 } from './migrations/1764750000000-AddRateKind.js';

export async function openNationalDatabase(url: string, poolSize?: number) {
  const opened = createDataSource({
    url,
    entities: [RegionEntity, IndicatorEntity],
    migrations: [
      CreateDirectory1763800000000,
      AddAmountKindAndChineseDefinitions1764200000000,
      AddStockOrFlow1764700000000,
      AddRateKind1764750000000,
    ],
    poolSize,
  });
  await opened.dataSource.initialize();
  await migrate(opened.dataSource, url);
  return opened;
}
