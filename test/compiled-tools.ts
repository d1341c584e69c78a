import { readFile } from 'node:fs/promises';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { processAlive } from '../shared/process-alive.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's compiled tools. */
    compiledTools: string;
  }
}

/**
 * The tools the tests run in processes of their own, as a team runs them with `npm run`. Under tsx
 * each spends a second or two of CPU loading before it does anything, since tsx's hooks see every
 * one of the ~1,500 modules it loads, its dependencies' too; the suite runs them about a hundred
 * times, a third of its CPU. So the run compiles the sources once, file by file as tsx does (with
 * esbuild, by the same tsconfig), and runs the tools from the JavaScript: the same modules, loaded
 * in the same order by Node itself, in half the CPU (`npm run export` of Ningxia's institutions:
 * 1.7 s of CPU against 3.0 s). A tool not named here runs through tsx, as do those run in a copy of
 * the project (test/region-add.e2e.ts), whose sources are not these.
 */
const tools = [
  'scripts/start.ts',
  'scripts/restore.ts',
  'scripts/backup.ts',
  'scripts/export.ts',
  'scripts/import.ts',
  'scripts/report.ts',
  'scripts/token.ts',
  'scripts/seed.ts',
  'scripts/demo.ts',
  'subgraphs/main.ts',
  'gateway/src/main.ts',
  'scripts/bench/measures.ts',
];
/** Every folder of sources a tool may import from. */
const sources = ['gateway/src', 'gateway/dashboard/src', 'scripts', 'shared', 'subgraphs'];

/**
 * Each module keeps its own `import.meta.url`, which its code reads files beside (the SDL, the
 * seeds, the regions' list): compiled elsewhere, it would name the compiled file.
 */
const sourceImportMetaUrl: Plugin = {
  name: 'source-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => ({
      contents: (await readFile(file, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(file).href),
      ),
      loader: 'ts',
    }));
  },
};

/**
 * Inside node_modules, so that the compiled modules' imports of packages resolve as the sources'
 * do; one folder per run, named after the process running vitest (where global setups run).
 */
const parent = path.resolve('node_modules/.cache/compiled-tools');
const folder = path.join(parent, String(process.pid));

/** The compiled `script` in a run's folder, if the run compiles it. */
export const compiledTool = (script: string, within: string) =>
  tools.includes(script) ? path.join(within, script.replace(/\.ts$/, '.js')) : undefined;

/** Global setup of the projects whose tests run tools: the sources compiled once for the run. */
export default async function setup(project: TestProject) {
  const shared = globalThis as { compiledTools?: Promise<void> };
  shared.compiledTools ??= compile();
  await shared.compiledTools;
  project.provide('compiledTools', folder);
}

async function compile(): Promise<void> {
  // A run killed before it exits leaves its folder: it goes with the next run's start.
  if (existsSync(parent))
    for (const name of readdirSync(parent))
      if (!processAlive(Number(name))) rmSync(path.join(parent, name), { recursive: true });
  mkdirSync(folder, { recursive: true });
  // Node reads no package.json inside node_modules for the project's: this one says ES modules.
  writeFileSync(path.join(folder, 'package.json'), '{ "type": "module" }\n');
  await build({
    entryPoints: sources.flatMap((source) =>
      readdirSync(source, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
        .map((file) => path.join(source, file)),
    ),
    outdir: folder,
    outbase: '.',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [sourceImportMetaUrl],
    logLevel: 'warning',
  });
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
}
