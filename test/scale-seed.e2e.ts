import { beforeAll, describe, expect, it } from 'vitest';
import { regionBySlug } from '../subgraphs/regions.js';
import { seedScale } from '../subgraphs/registry/src/seed/scale.js';
import { seedRegistry } from '../subgraphs/registry/src/seed/seed-registry.js';
import { useRegistryDatabase } from './harness.js';

const region = regionBySlug('ningxia');
const opened = useRegistryDatabase('scale_seed');

beforeAll(async () => {
  await seedRegistry(opened.dataSource, region);
});

const counts = async () => {
  const [row] = await opened.dataSource.query(
    `SELECT (SELECT count(*) FROM institution)::int AS institutions, (SELECT count(*) FROM social_worker)::int AS workers,
            (SELECT count(*) FROM program)::int AS programs,
            (SELECT count(*) FROM social_worker WHERE key LIKE 'demo-%')::int AS demo_workers`,
  );
  return row;
};

describe('npm run seed -- --scale', () => {
  it('adds the requested social workers beside the demo registry, and a second run adds nothing', async () => {
    const before = await counts();
    const steps: number[] = [];
    const first = await seedScale(opened.dataSource, region, 1234, ({ done }) => steps.push(done));
    expect(first.socialWorkers).toBe(1234);
    expect(steps.at(-1)).toBe(1234);
    const after = await counts();
    expect(after.workers - before.workers).toBe(1234);
    expect(after.demo_workers).toBe(before.demo_workers);
    expect(after.institutions).toBe(before.institutions + first.institutions);
    expect(after.programs).toBe(before.programs + first.programs);

    const second = await seedScale(opened.dataSource, region, 1234);
    expect(second).toEqual(first);
    expect(await counts()).toEqual(after);
  });

  it('grows a smaller run to a larger one without rewriting what is there', async () => {
    const grown = await seedScale(opened.dataSource, region, 2000);
    expect(grown.socialWorkers).toBe(2000);
    const [{ duplicates }] = await opened.dataSource.query(
      `SELECT count(*)::int AS duplicates FROM (SELECT certificate_number FROM social_worker WHERE certificate_number IS NOT NULL
         GROUP BY 1 HAVING count(*) > 1) d`,
    );
    expect(duplicates).toBe(0);
  });
});
