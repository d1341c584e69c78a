import { regions, subgraphs, type SubgraphInfo } from '../regions.js';
import { ArchiveUnreadable, backupKind, readManifest } from './archive-format.js';
import { onServerOf, subgraphDatabaseUrl, withClient } from './database-server.js';
import { runTool, toolFor } from './postgres-tools.js';

/**
 * What `npm run restore` checks before it changes anything: that the file is a dump, which
 * region's database it was taken of, and that the database it would replace may be replaced.
 */

/** A refusal: said as it is, in Chinese and English, with nothing on the server changed. */
export class RestoreRefused extends Error {}

/** What a dump says of itself: the database it was taken of, and when. */
export interface DumpSource {
  /** The database read (after any DATABASE_PREFIX), as the dump's header or manifest names it. */
  database: string;
  /** When the backup began: the moment of the snapshot the dump holds. */
  createdAt: Date;
}

/**
 * The header of a custom-format dump, read with `pg_restore --list`, which reads the file and
 * touches no database, or an archive's manifest (archive-format.ts). A file that is neither, or
 * that pg_restore cannot read (a CSV, a plain SQL dump, a truncated copy), is refused here, before
 * a database is created for it. pg_restore prints the dump's time in its own time zone, with an
 * abbreviation that may be ambiguous (CST): it is asked for UTC.
 */
export async function dumpSource(file: string, serverUrl: string): Promise<DumpSource> {
  const kind = backupKind(file);
  if (kind === 'archive') {
    try {
      const manifest = await readManifest(file);
      return { database: manifest.database, createdAt: new Date(manifest.createdAt) };
    } catch (error) {
      if (error instanceof ArchiveUnreadable)
        throw new RestoreRefused(error.message, { cause: error });
      throw error;
    }
  }
  if (kind === 'other')
    throw notABackup(
      file,
      '它的开头既不是 PGDMP 也不是 gzip。It begins as neither PGDMP nor gzip.',
    );
  const pgRestore = await toolFor('pg_restore', serverUrl);
  let listing: string;
  try {
    ({ stdout: listing } = await runTool(pgRestore, ['--list', file], {
      env: { ...process.env, TZ: 'UTC' },
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    const said = String((error as { stderr?: string }).stderr || (error as Error).message).trim();
    throw notABackup(file, said, error);
  }
  const database = /^;\s+dbname: (.*)$/m.exec(listing)?.[1]?.trim() ?? '';
  const created = /^; Archive created at (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC$/m.exec(listing)?.[1];
  return {
    database,
    createdAt: created ? new Date(`${created.replace(' ', 'T')}Z`) : new Date(Number.NaN),
  };
}

const notABackup = (file: string, said: string, cause?: unknown) =>
  new RestoreRefused(
    `无法恢复 ${file}：它不是 npm run backup 生成的备份（PostgreSQL 自定义格式的转储，或登记库自己的归档）。` +
      `Cannot restore: ${file} is not a backup made by npm run backup (a PostgreSQL custom-format dump, or the registries' own archive).\n${said}`,
    { cause },
  );

/**
 * The subgraph whose database `name` is: the one this environment gives it (`<SLUG>_DATABASE_URL`,
 * else DATABASE_PREFIX and `registry_<slug>` on the server), else the one whose `registry_<slug>` it
 * ends with, after whatever prefix the machine that named it used (`test_registry_tianjin`). A
 * scratch name (`registry_guangxi_check`) is no subgraph's.
 */
export function subgraphOfDatabase(
  name: string,
  serverUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphInfo | undefined {
  const own = (subgraph: SubgraphInfo) =>
    decodeURIComponent(new URL(subgraphDatabaseUrl(serverUrl, subgraph, env)).pathname.slice(1));
  return subgraphs.find((s) => own(s) === name) ?? subgraphs.find((s) => name.endsWith(s.database));
}

/**
 * A subgraph's database as messages name it: 天津市登记库 and Tianjin's registry, the dump's; 广西壮族自治区
 * and Guangxi's, the target's.
 */
function names(subgraph: SubgraphInfo) {
  const region = regions.find((r) => r.slug === subgraph.name);
  return region
    ? {
        zh: `${region.nameZh}登记库`,
        en: `${region.nameEn}'s registry`,
        place: region.nameZh,
        whose: `${region.nameEn}'s`,
      }
    : {
        zh: '全国目录',
        en: 'the national directory',
        place: '全国目录',
        whose: "the national directory's",
      };
}

/**
 * A dump restored into a subgraph's own database must be that subgraph's: Tianjin's registry
 * restored over Guangxi's would have the Guangxi subgraph serve Tianjin's records under GX ids.
 * Regions are compared, not names, so that a prefix or a `<SLUG>_DATABASE_URL` of its own changes
 * nothing. A dump whose database names no subgraph goes into a scratch database only.
 */
export function checkDumpFitsTarget(
  dump: DumpSource,
  target: { database: string; subgraph: SubgraphInfo | undefined },
  serverUrl: string,
): void {
  if (!target.subgraph) return;
  const from = subgraphOfDatabase(dump.database, serverUrl);
  if (from?.name === target.subgraph.name) return;
  const into = names(target.subgraph);
  if (!from)
    throw new RestoreRefused(
      `此备份取自数据库 ${dump.database || '（未写明）'}，看不出是哪个地区的登记库，不能恢复到${into.place}（${target.database}）；可先用 --database 恢复到一个新数据库核对。` +
        `This backup is of the database ${dump.database || '(unnamed)'}, which is no region's registry as far as can be told: it cannot be restored into ${into.whose} (${target.database}). Restore it into a new database with --database to look at it.`,
    );
  throw new RestoreRefused(
    `此备份是${names(from).zh}的（${dump.database}），不能恢复到${into.place}（${target.database}）。` +
      `This backup is of ${names(from).en} (${dump.database}); it cannot be restored into ${into.whose} (${target.database}).`,
  );
}

/**
 * Whether `name` may be restored into, checked before anything is created or closed:
 * - never the server's own databases: `postgres`, the one this tool connects to in order to create,
 *   rename and drop databases (closed to writes, it would lock the tool out of undoing that), nor a
 *   template (`template0`, `template1`: every new database is copied from one);
 * - a database that exists only if it is a registry's: a subgraph's own by its name, or one holding
 *   the `migrations` table the subgraphs keep (a drill's scratch copy, a `registry_guangxi_before`),
 *   so that `--yes` never drops another application's database on the same server. A name that
 *   does not exist yet is a scratch database and always allowed.
 */
export async function checkTarget(url: string, isSubgraphs: boolean): Promise<void> {
  const { exists, template } = await onServerOf(url, async (client, name) => {
    const { rows } = await client.query<{ datistemplate: boolean }>(
      `SELECT datistemplate FROM pg_database WHERE datname = $1`,
      [name],
    );
    return { exists: rows.length > 0, template: rows[0]?.datistemplate === true };
  });
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (name === 'postgres')
    throw new RestoreRefused(
      `不能恢复到 ${name}：它是服务器的维护数据库，本工具经由它创建、改名和删除数据库。请给一个登记库或新数据库的名称。` +
        `Cannot restore into ${name}: it is the server's maintenance database, through which this tool creates, renames and drops databases. Name a registry's database or a new one.`,
    );
  if (template || name === 'template0' || name === 'template1')
    throw new RestoreRefused(
      `不能恢复到 ${name}：它是服务器的模板数据库，新数据库都由模板复制而来。请给一个登记库或新数据库的名称。` +
        `Cannot restore into ${name}: it is one of the server's template databases, which new databases are copied from. Name a registry's database or a new one.`,
    );
  if (!exists || isSubgraphs) return;
  const registry = await withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT to_regclass('public.migrations') IS NOT NULL AS yes`,
    );
    return rows[0]?.yes === true;
  }).catch(() => false);
  if (!registry)
    throw new RestoreRefused(
      `不能恢复到 ${name}：它已存在，且不是登记库（其中没有登记库的 migrations 表），覆盖它会删掉别的数据。请恢复到一个新名称。` +
        `Cannot restore into ${name}: it exists and is not a registry's database (it has no registry migrations table); replacing it would drop someone else's data. Restore into a new name.`,
    );
}
