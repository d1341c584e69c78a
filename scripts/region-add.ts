import '../shared/tool-errors.js';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { commandLine, usageError } from '../shared/cli.js';
import { throughTsx } from './programs.js';
import { fileURLToPath } from 'node:url';
import {
  administrativeLevels,
  isAdministrativeLevel,
  type RegionsFile,
} from '../subgraphs/regions.js';

/**
 * `npm run region:add -- --code GD --slug guangdong --name-zh 广东省 --name-en Guangdong --province-code 44 --cities 广州市,深圳市,… [--level PROVINCE] [--port 4017]`
 *
 * A new region needs no code of its own: the shared factory builds its subgraph from the one list
 * of regions, its migrations are the factory's, and the national directory reads the same list. So
 * this adds the region to the list, gives it a data folder, regenerates what the list drives (the
 * supergraph, docker-compose.yml, .env.example, router.yaml), and says what is left by hand.
 */
const root = new URL('../', import.meta.url);
const listFile = new URL('subgraphs/regions.json', root);
const usage =
  '用法 Usage: npm run region:add -- --code GD --slug guangdong --name-zh 广东省 --name-en Guangdong --province-code 44 --cities 广州市,深圳市,… [--level PROVINCE] [--port 4017]  新增地区；--cities 列出其地级行政区，机构的所在城市须为其中之一 (add a region; --cities lists its prefecture-level divisions, the cities its institutions may be in)';
const values = commandLine(usage, {
  code: { type: 'string' },
  slug: { type: 'string' },
  'name-zh': { type: 'string' },
  'name-en': { type: 'string' },
  level: { type: 'string', default: 'PROVINCE' },
  'province-code': { type: 'string' },
  port: { type: 'string' },
  cities: { type: 'string' },
});

const list = JSON.parse(readFileSync(listFile, 'utf8')) as RegionsFile;
const { code, slug, level } = values;
const nameZh = values['name-zh']?.trim();
const nameEn = values['name-en']?.trim();
if (!code || !/^[A-Z]{2}$/.test(code))
  usageError(
    usage,
    '--code 须为两个大写字母，如 GD。--code must be two capital letters, for example GD.',
  );
if (!slug || !/^[a-z]{3,20}$/.test(slug) || slug === list.national.name)
  usageError(
    usage,
    '--slug 须为 3 到 20 个小写字母，如 guangdong。--slug must be 3 to 20 lower-case letters, for example guangdong.',
  );
if (!nameZh || !nameEn)
  usageError(usage, '须给出 --name-zh 和 --name-en。--name-zh and --name-en are required.');
if (!level || !isAdministrativeLevel(level))
  usageError(
    usage,
    `--level 须为以下之一：${administrativeLevels.join('、')}。--level must be one of ${administrativeLevels.join(', ')}.`,
  );
// Without them the region would take any city as one more prefecture covered.
const cities = [
  ...new Set(
    (values.cities ?? '')
      .split(/[,，、;；]/)
      .map((city) => city.trim())
      .filter(Boolean),
  ),
];
if (!cities.length)
  usageError(
    usage,
    "须给出 --cities：该地区的地级行政区，如 广州市,深圳市；直辖市写其本身。--cities is required: the region's prefecture-level divisions (a municipality: itself).",
  );
// Written as the API and the import take them, whole: 广州 would make every 广州市 a mistake.
// 林区 and 县 too: 神农架林区 and Hainan's counties stand directly under their province.
const PREFECTURE_ENDINGS = /(市|自治州|地区|盟|新区|林区|县)$/;
const cut = cities.filter((city) => !PREFECTURE_ENDINGS.test(city));
if (cut.length)
  usageError(
    usage,
    `--cities 须写地级行政区的全称（以 市、自治州、地区、盟、新区、林区 或 县 结尾），如 广州市，而不是：${cut.join('、')}。--cities takes the full names of prefecture-level divisions (ending in 市, 自治州, 地区, 盟, 新区, 林区 or 县), such as 广州市, not: ${cut.join(', ')}.`,
  );
const provinceCode = values['province-code'];
if (!provinceCode || !/^[1-9]\d$/.test(provinceCode))
  usageError(
    usage,
    '--province-code 须为统一社会信用代码所含的两位 GB/T 2260 省级代码，如广东为 44。--province-code must be the two digits of GB/T 2260 its credit codes carry, for example 44 for Guangdong.',
  );
const holder = list.regions.find((r) => r.code === code);
if (holder)
  usageError(
    usage,
    `代码 ${code} 已被 ${holder.slug} 占用。The code ${code} is already ${holder.slug}'s.`,
  );
if (list.regions.some((r) => r.slug === slug))
  usageError(usage, `地区 ${slug} 已在列表中。The region ${slug} is already in the list.`);
// A credit code is checked against its region's province code alone: two regions of one code would
// each take the other's institutions, and a code could be registered in both.
const sharing = list.regions.find((r) => r.provinceCode === provinceCode);
if (sharing)
  usageError(
    usage,
    `省级代码 ${provinceCode} 已由 ${sharing.slug}（${sharing.nameZh}）使用：两个地区共用省级代码，同一个统一社会信用代码就能在两地各登记一次。The province code ${provinceCode} is ${sharing.slug}'s (${sharing.nameEn}): with two regions of one code, one credit code could be registered in both.`,
  );
const ports = [list.national.port, ...list.regions.map((r) => r.port)];
const port = values.port ? Number(values.port) : Math.max(...ports) + 1;
if (!Number.isInteger(port) || port < 1024 || port > 65535 || ports.includes(port))
  usageError(
    usage,
    `--port ${values.port} 不是大于 1023 的空闲端口。--port ${values.port} is not a free port above 1023.`,
  );

list.regions.push({
  code,
  slug,
  nameEn,
  nameZh,
  level,
  provinceCode,
  port,
  database: `registry_${slug}`,
  cities,
});
/** One object per line, as the list is written by hand. */
const line = (entry: object) =>
  `{ ${Object.entries(entry)
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(', ')} }`;
writeFileSync(
  listFile,
  `{\n  "national": ${line(list.national)},\n  "regions": [\n${list.regions.map((r) => `    ${line(r)}`).join(',\n')}\n  ]\n}\n`,
);
console.log(
  `已将${nameZh}（${code}）加入 subgraphs/regions.json：子图 ${slug}，端口 ${port}，数据库 registry_${slug}。\n` +
    `Added ${nameEn} (${code}) to subgraphs/regions.json: subgraph ${slug} on port ${port}, database registry_${slug}.`,
);

const dataFolder = new URL(`subgraphs/${slug}/data/`, root);
mkdirSync(dataFolder, { recursive: true });
for (const file of ['figures', 'targets', 'institutions', 'programs']) {
  const url = new URL(`${file}.json`, dataFolder);
  if (!existsSync(url)) writeFileSync(url, '[]\n');
}
console.log(
  `数据目录 subgraphs/${slug}/data/ 已备好（原有文件保留）。Data folder subgraphs/${slug}/data/ is ready (files that were there are kept).`,
);

// The list is read when modules load, so what it drives is regenerated by fresh processes.
for (const script of ['scripts/compose.ts', 'scripts/deployment-files.ts']) {
  const run = spawnSync(process.execPath, throughTsx(script), {
    cwd: fileURLToPath(root),
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(
      `${script} 失败；该地区已在列表中，请解决问题后重新运行 ${script}。${script} failed; the region is in the list, fix the problem and run it again.`,
    );
    process.exit(1);
  }
}

console.log(`
尚需手工完成：
  1. 将${nameZh}已公布的数字、目标、机构和项目放入 subgraphs/${slug}/data/，每项引用 subgraphs/sources.json 中的来源（新的来源文件先登记在其中）。
  2. 可选：演示数据计划 subgraphs/${slug}/data/demo.json（参见 subgraphs/beijing/data/demo.json）。
  3. 在部署的 .env 中加入 ${slug.toUpperCase()}_DB_PASSWORD 和 ${slug.toUpperCase()}_GATEWAY_SECRET。
  4. 运行 \`npm test\`，部署前运行 \`npm run compose -- --check\`，然后提交。
  5. 该地区团队运行 \`npm run subgraph -- ${slug}\`（或 docker-compose.yml 中的 ${slug} 服务）；网关重启时从 schema/supergraph.graphql 读取。
  6. 部署后，\`npm run compose -- --release\` 将新的 API 作为基线。

Left to do by hand:
  1. Put ${nameEn}'s published figures, targets, institutions and programmes in subgraphs/${slug}/data/,
     each citing a source of subgraphs/sources.json (add its documents there).
  2. Optionally, a demo plan in subgraphs/${slug}/data/demo.json (see subgraphs/beijing/data/demo.json).
  3. Add ${slug.toUpperCase()}_DB_PASSWORD and ${slug.toUpperCase()}_GATEWAY_SECRET to the .env of the deployment.
  4. Run \`npm test\`, then \`npm run compose -- --check\` before deploying, and commit.
  5. The region's team runs \`npm run subgraph -- ${slug}\` (or the ${slug} service of docker-compose.yml);
     the gateway picks it up from schema/supergraph.graphql when it restarts.
  6. After the deploy, \`npm run compose -- --release\` makes the new API the baseline.`);
