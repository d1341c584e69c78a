import { commandLine, outputFile, usageError } from '../shared/cli.js';
import { backupDatabase } from '../subgraphs/common/backup.js';
import { openDatabaseServer, subgraphDatabaseUrl } from '../subgraphs/common/database-server.js';
import { regionNamed, subgraphs } from '../subgraphs/regions.js';

/**
 * `npm run backup -- --region guangxi --out guangxi.dump`: one subgraph's database (`national` for
 * the directory) dumped in PostgreSQL's custom format, from `<SLUG>_DATABASE_URL`, DATABASE_URL's
 * server or the embedded one. `npm run restore` reads it back.
 */
const usage = `用法 Usage: npm run backup -- --region <${subgraphs.map((s) => s.name).join('|')}> --out <file.dump>  备份一个地区的数据库`;
const values = commandLine(usage, {
  region: { type: 'string' },
  out: { type: 'string' },
});
const subgraph = subgraphs.find(
  (s) => s.name === (regionNamed(values.region)?.slug ?? values.region),
);
if (!subgraph) usageError(usage, `未知地区 unknown region: ${values.region ?? '(none)'}`);
if (!values.out) usageError(usage, '缺少 --out (no output file given)');
const out = outputFile(usage, values.out);
const server = await openDatabaseServer();
try {
  const url = subgraphDatabaseUrl(server.url, subgraph);
  await backupDatabase(url, out);
  const database = new URL(url).pathname.slice(1);
  console.log(`已将 ${database} 备份到 ${out}。Backed up ${database} to ${out}.`);
} finally {
  await server.stop();
}
