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

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDashboard();
