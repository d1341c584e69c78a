import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dashboardSource = new URL('../gateway/dashboard/', import.meta.url);
const dashboardDist = new URL('../gateway/dashboard/dist/', import.meta.url);

/**
 * Bundles the dashboard, ECharts included, into `gateway/dashboard/dist`: the page needs no CDN and
 * works offline. `npm start` runs it first; the gateway serves the result at /dashboard.
 */
export async function buildDashboard(): Promise<void> {
  const out = fileURLToPath(dashboardDist);
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('src/main.ts', dashboardSource))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile: `${out}dashboard.js`,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'dashboard.css'])
    copyFileSync(new URL(file, dashboardSource), new URL(file, dashboardDist));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { commandLine } = await import('../shared/cli.js');
  commandLine(
    `用法 Usage: npm run build:dashboard
  将统计看板（含 ECharts）打包到 gateway/dashboard/dist，网关在 /dashboard 提供；npm start 会先运行它 (bundle the dashboard, ECharts included, into gateway/dashboard/dist, which the gateway serves at /dashboard; npm start runs it first)`,
    {},
  );
  await buildDashboard();
}
