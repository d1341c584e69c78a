import '../shared/tool-errors.js';
import { commandLine, usageError } from '../shared/cli.js';
import { configOrExit } from '../shared/config.js';
import { regionNamed, regions } from '../subgraphs/regions.js';

/**
 * `npm run demo -- --remove --region guangxi`: takes a region's demo rows (and scale rows) out of its
 * registry, with their audit, in one transaction, leaving its published and registered records.
 */
const usage = `用法 Usage: npm run demo -- --remove --region <${regions.map((r) => r.slug).join('|')}> [--include-edited]  删除一个地区的演示数据；本地区修改过的演示记录须加 --include-edited 才一并删除 (remove a region's demo rows; those its team edited only with --include-edited)`;
const values = commandLine(usage, {
  remove: { type: 'boolean', default: false },
  region: { type: 'string' },
  'include-edited': { type: 'boolean', default: false },
});
// Each mistake said, not the usage alone.
if (!values.remove)
  usageError(
    usage,
    '缺少 --remove：本命令只删除演示数据。No --remove: this command only removes demo rows.',
  );
if (!values.region) usageError(usage, '缺少 --region：请写明哪个地区。No --region given.');
const region = regionNamed(values.region);
if (!region) usageError(usage, `未知地区 unknown region: ${values.region}`);
// The libraries load once the command line is read, so that --help answers at once.
const { openDatabaseServer } = await import('../subgraphs/common/database-server.js');
const { openRegionDatabase } = await import('../subgraphs/open.js');
const { keptMessage, removeDemoRows } =
  await import('../subgraphs/registry/src/seed/remove-demo.js');

const server = await openDatabaseServer(process.env, { existing: true });
const { dataSource } = await openRegionDatabase(server.url, region, 1);
try {
  const removed = await removeDemoRows(dataSource, {
    regionCode: region.code,
    includeEdited: values['include-edited'],
  });
  console.log(
    `已删除${region.nameZh}的演示数据：机构 ${removed.institutions} 个、社工 ${removed.socialWorkers} 名、项目 ${removed.programs} 个、修改记录 ${removed.auditRecords} 条。` +
      `${region.nameEn}: removed ${removed.institutions} demo institutions, ${removed.socialWorkers} social workers, ` +
      `${removed.programs} programmes and ${removed.auditRecords} audit records of edits to them.`,
  );
  const kept = keptMessage(removed);
  if (kept) console.log(kept);
  if (configOrExit().demoData) {
    console.log(
      '非生产环境下次启动时会重新生成演示数据；设置 DEMO_DATA=off 可不再生成。' +
        'Outside production the demo is generated again at the next start: set DEMO_DATA=off to keep it out.',
    );
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await dataSource.destroy();
  await server.stop();
}
