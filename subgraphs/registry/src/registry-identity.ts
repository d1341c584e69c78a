import type { DataSource } from 'typeorm';
import { withClient } from '../../common/database-server.js';
import { RestoreRefused } from '../../common/restore-target.js';
import { regionByCode, type Region } from '../../regions.js';

/**
 * Claims a registry database for `region` the first time the region opens it, and refuses one that
 * is another region's: a `<SLUG>_DATABASE_URL` naming the wrong database would otherwise serve, and
 * write into, another region's records as this region's.
 */
export async function claimRegistry(db: DataSource, region: Region): Promise<void> {
  await db.query(
    `INSERT INTO registry_identity (region) VALUES ($1) ON CONFLICT (one) DO NOTHING`,
    [region.code],
  );
  const [claimed] = (await db.query(`SELECT region FROM registry_identity`)) as {
    region: string;
  }[];
  if (claimed!.region !== region.code) {
    const [{ database }] = (await db.query(`SELECT current_database() AS database`)) as [
      { database: string },
    ];
    const owner = regionByCode(claimed!.region);
    throw new Error(
      `数据库 ${database} 是${owner?.nameZh ?? claimed!.region}的登记库，不是${region.nameZh}的：请检查 ${region.slug.toUpperCase()}_DATABASE_URL 指向的数据库。` +
        `The database ${database} is ${owner?.nameEn ?? claimed!.region}'s registry, not ${region.nameEn}'s: check the database ${region.slug.toUpperCase()}_DATABASE_URL names.`,
    );
  }
}

/**
 * The region whose registry the database at `url` is, or null: no registry claimed it yet (one
 * made before this table, or never opened by a region), or it is no registry (the directory).
 */
export async function registryRegionOf(url: string): Promise<string | null> {
  return withClient(url, async (client) => {
    const table = await client.query(
      `SELECT to_regclass('registry_identity') IS NOT NULL AS found`,
    );
    if (!table.rows[0].found) return null;
    const rows = await client.query<{ region: string }>(`SELECT region FROM registry_identity`);
    return rows.rows[0]?.region ?? null;
  });
}

/**
 * Refuses a restored registry that is another region's than the database it would replace, or the
 * region it is restored for: names are no guide (`GUANGXI_DATABASE_URL` may name any database),
 * and Guangxi's workers restored over Beijing's registry were served as Beijing's. Either side not
 * yet claimed (a dump from before the claim, a new name) is not refused here.
 */
export async function refuseOtherRegionsRegistry(
  restoredUrl: string,
  /** The database replaced, if it exists; the region's code it is restored for, if any. */
  target: { url: string | null; database: string; region: string | undefined },
): Promise<void> {
  const restored = await registryRegionOf(restoredUrl);
  if (!restored) return;
  const replaced = target.url ? await registryRegionOf(target.url) : null;
  const expected = replaced ?? target.region ?? null;
  if (!expected || expected === restored) return;
  const [of, into] = [regionByCode(restored), regionByCode(expected)];
  throw new RestoreRefused(
    `此备份是${of?.nameZh ?? restored}的登记库，不能恢复到${into?.nameZh ?? expected}的数据库 ${target.database}。` +
      `The dump is ${of?.nameEn ?? restored}'s registry: it cannot be restored into ${target.database}, ${into?.nameEn ?? expected}'s.`,
  );
}
