import { openRegionDatabase } from '../subgraphs/open.js';
import type { Region } from '../subgraphs/regions.js';
import { readDemoPlan } from '../subgraphs/registry/src/seed/demo-plan.js';
import { seedScale, type ScaleResult } from '../subgraphs/registry/src/seed/scale.js';
import { seedRegistry } from '../subgraphs/registry/src/seed/seed-registry.js';

/**
 * Seeds the chosen regions (published and demo data) and adds `total` scale social workers shared
 * evenly among them, all regions at once. For `npm run seed` and `npm run bench`.
 */
export async function scaleRegistries(
  serverUrl: string,
  chosen: readonly Region[],
  total: number,
  progress: (region: Region, done: number, share: number) => void = () => {},
): Promise<ScaleResult[]> {
  const planned = chosen.filter((region) => readDemoPlan(region.slug));
  const without = chosen.filter((region) => !planned.includes(region));
  if (without.length) {
    console.log(
      `${without.map((r) => r.slug).join('、')} 没有演示数据方案（subgraphs/<slug>/data/demo.json），不生成规模测试数据。No demo plan for ${without.map((r) => r.slug).join(', ')} (subgraphs/<slug>/data/demo.json): left out of the scale demo.`,
    );
  }
  return Promise.all(
    planned.map(async (region, index) => {
      const share = Math.floor(total / planned.length) + (index < total % planned.length ? 1 : 0);
      const { dataSource } = await openRegionDatabase(serverUrl, region, 2);
      try {
        await seedRegistry(dataSource, region);
        return await seedScale(dataSource, region, share, ({ done }) =>
          progress(region, done, share),
        );
      } finally {
        await dataSource.destroy();
      }
    }),
  );
}
