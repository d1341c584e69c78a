import '../shared/tool-errors.js';
import { commandLine, usageError } from '../shared/cli.js';
import { inWords } from '../shared/fatal-errors.js';
import { regionNamed, regions } from '../subgraphs/regions.js';

/**
 * `npm run seed -- --scale 1000000 [--region sichuan]`: a large demo registry, the social workers
 * shared evenly among the chosen regions, institutions and programmes in proportion.
 */
const usage =
  '用法 Usage: npm run seed -- --scale N [--region <slug>]   (共 N 名社工 N social workers in all, for example 1000000)';
const values = commandLine(usage, {
  scale: { type: 'string' },
  region: { type: 'string' },
});
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > 100_000_000)
  usageError(
    usage,
    '--scale 须为 1 到 100000000 的整数 --scale must be a whole number of social workers from 1 to 100000000.',
  );
const named = regionNamed(values.region);
const chosen = values.region ? (named ? [named] : []) : regions;
if (!chosen.length)
  usageError(
    usage,
    `未知地区 Unknown region ${values.region}; one of: ${regions.map((r) => r.slug).join(', ')}`,
  );
// The libraries load once the command line is read, so that --help answers at once.
const { default: cliProgress } = await import('cli-progress');
const { openDatabaseServer } = await import('../subgraphs/common/database-server.js');
const { scaleRegistries } = await import('./scale-registries.js');

const server = await openDatabaseServer(process.env, { existing: true });
const bars = new cliProgress.MultiBar(
  {
    format: '{region} [{bar}] {percentage}% | {value}/{total} 名社工 social workers',
    hideCursor: true,
    clearOnComplete: false,
    // Without a terminal (CI, a pipe), a line every few seconds rather than nothing until the end.
    noTTYOutput: true,
    notTTYSchedule: 3000,
  },
  cliProgress.Presets.shades_classic,
);
const started = performance.now();
try {
  const bar = new Map(
    chosen.map((region) => [region.slug, bars.create(1, 0, { region: region.slug.padEnd(8) })]),
  );
  const results = await scaleRegistries(server.url, chosen, scale, (region, done, share) => {
    bar.get(region.slug)!.setTotal(share);
    bar.get(region.slug)!.update(done);
  });
  bars.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    '\n规模测试数据 scale rows in the registry\n地区 region  机构 institutions  社工 social workers  项目 programmes',
  );
  // Padded to the headings' widths on a terminal, where a Chinese character takes two columns.
  for (const r of results) {
    console.log(
      `${r.region.padEnd(11)}  ${String(r.institutions).padStart(17)}  ${String(r.socialWorkers).padStart(19)}  ${String(r.programs).padStart(15)}`,
    );
  }
  const total = results.reduce((n, r) => n + r.socialWorkers, 0);
  console.log(
    `共 ${total} 名规模测试社工，${chosen.length} 个地区，用时 ${seconds.toFixed(1)} 秒。` +
      `${total} scale social workers in ${chosen.length} region(s); ${seconds.toFixed(1)} s.`,
  );
} catch (error) {
  bars.stop();
  console.error(`错误 Error: ${inWords(error)}`);
  process.exitCode = 1;
} finally {
  await server.stop();
}
