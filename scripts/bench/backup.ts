import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { commandArguments, countArgument } from '../../shared/cli.js';

/**
 * `npm run bench:backup [-- WORKERS]`: Guangxi's registry with WORKERS scale social workers (100,000
 * unless given) backed up and restored both ways: as the registries' archive, and by pg_dump and
 * pg_restore, its floor, where a pg_dump reads the server. On DATABASE_URL's server, else on an
 * embedded PostgreSQL of the bench's own (whose version no Debian 12 pg_dump reads: the archive
 * only). Writes its section of BENCHMARKS.md.
 */
const usage = `用法 Usage: npm run bench:backup [-- 社工人数 WORKERS]
  以 WORKERS 名社工（默认 100000）的广西登记库计时备份与恢复：登记库的归档格式，以及 pg_dump/pg_restore；写入 BENCHMARKS.md 的一节 (time backing Guangxi's registry of WORKERS social workers, 100,000 unless given, up and restoring it, as the archive and by pg_dump and pg_restore; writes its section of BENCHMARKS.md)`;
const workers = countArgument(
  usage,
  'WORKERS',
  commandArguments(usage, {}, { positionals: 1 }).positionals[0],
  100_000,
);
// The libraries load once the command line is read, so that --help answers at once.
const { freePort } = await import('../../shared/listen.js');
const { backupDatabase, backupMethod, restoreDatabase } =
  await import('../../subgraphs/common/backup.js');
const { dropDatabase, ensureDatabase, startEmbeddedPostgres, withClient } =
  await import('../../subgraphs/common/database-server.js');
const { nationalMigrations } = await import('../../subgraphs/national/src/migrations/index.js');
const { regionBySlug } = await import('../../subgraphs/regions.js');
const { registryMigrations } = await import('../../subgraphs/registry/src/migrations/index.js');
const { openRegistryDatabase } = await import('../../subgraphs/registry/src/database.js');
const { seedScale } = await import('../../subgraphs/registry/src/seed/scale.js');
const { seedRegistry } = await import('../../subgraphs/registry/src/seed/seed-registry.js');
const folder = mkdtempSync(join(tmpdir(), 'bench-backup-'));
// The server runs as its own user when the bench runs as root: it must be able to enter the folder.
chmodSync(folder, 0o755);
const embedded = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dataDir: join(folder, 'postgres'), port: await freePort() });
const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
const urlOf = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).href;
const load = loadavg()[0]!.toFixed(1);
const rows: string[] = [];
let version: string;

async function timed(what: string, work: () => Promise<unknown>, file?: string) {
  const start = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const size = file ? `${(statSync(file).size / 1e6).toFixed(1)} MB` : '–';
  rows.push(`| ${what} | ${seconds.toFixed(1)} s | ${size} |`);
  console.log(`${what}: ${seconds.toFixed(1)} s${file ? `, ${size}` : ''}`);
}

try {
  const source = urlOf('bench_backup_source');
  await dropDatabase(source);
  await ensureDatabase(source);
  const { dataSource } = await openRegistryDatabase(source, 2);
  const guangxi = regionBySlug('guangxi');
  await seedRegistry(dataSource, guangxi);
  await seedScale(dataSource, guangxi, workers);
  await dataSource.query('VACUUM ANALYZE');
  await dataSource.destroy();
  version = await withClient(
    source,
    async (client) =>
      (await client.query(`SELECT current_setting('server_version') AS v`)).rows[0].v,
  );

  const method = await backupMethod(source);
  const ways = [
    { name: 'archive', method: { kind: 'archive', why: '' } as const },
    ...(method.kind === 'pg_dump' ? [{ name: 'pg_dump -Fc / pg_restore', method }] : []),
  ];
  for (const way of ways) {
    const file = join(folder, `${way.name.split(' ')[0]}.dump`);
    await timed(`back up: ${way.name}`, () => backupDatabase(source, file, way.method), file);
    const target = urlOf('bench_backup_restored');
    await dropDatabase(target);
    await ensureDatabase(target);
    await timed(`restore: ${way.name}`, () =>
      restoreDatabase(file, target, [registryMigrations, nationalMigrations]),
    );
    await dropDatabase(target);
  }
  if (method.kind !== 'pg_dump') console.log(`没有 pg_dump 的对照 No pg_dump floor: ${method.why}`);
  await dropDatabase(source);
} finally {
  await embedded?.stop();
  rmSync(folder, { recursive: true, force: true });
}

writeBenchmarkSection(
  'bench:backup',
  `## Backup and restore (\`npm run bench:backup\`)

Written by \`npm run bench:backup -- ${workers}\` on ${new Date().toISOString()}: Guangxi's registry with
${workers.toLocaleString('en')} scale social workers on PostgreSQL ${version}, ${availableParallelism()} cores (load average ${load} at the start).
The archive is what \`npm run backup\` writes where no \`pg_dump\` reads the server; \`pg_dump -Fc\` and
\`pg_restore\` are its floor (none where no \`pg_dump\` reads the server). A restore here is
\`restoreDatabase\`, into a new database: the archive's runs the migrations before its rows go in.

| step | time | file |
| --- | --- | --- |
${rows.join('\n')}`,
);
