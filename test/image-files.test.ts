import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The image holds every module its programs load. Each stage of the Dockerfile copies some folders;
 * the modules an entry point reaches through its imports (static and dynamic, as TypeScript resolves
 * them) must lie in them, or the service fails at start with a module not found.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

/**
 * What a stage of the Dockerfile (`AS name`, or the last) copies from the build context to the same
 * place under its work folder: `COPY shared shared`, `COPY package.json tsconfig.json ./`,
 * `COPY scripts/build-dashboard.ts scripts/`. A source copied elsewhere counts for nothing.
 */
function copiedBy(stageName?: string): string[] {
  const stages = readFileSync(path.join(root, 'Dockerfile'), 'utf8')
    .split(/^FROM /m)
    .slice(1);
  const stage = stageName
    ? stages.find((text) => new RegExp(`^\\S+ AS ${stageName}\\b`).test(text))
    : stages.at(-1);
  if (!stage) throw new Error(`The Dockerfile has no stage ${stageName}`);
  return [...stage.matchAll(/^COPY (?!--from)(.+)$/gm)].flatMap((line) => {
    const words = line[1]!.trim().split(/\s+/);
    const destination = path.posix.normalize(words.at(-1)!).replace(/\/$/, '');
    return words
      .slice(0, -1)
      .filter(
        (source) =>
          destination === path.posix.normalize(source).replace(/\/$/, '') ||
          destination === path.posix.dirname(source),
      );
  });
}

/** What .dockerignore keeps out of the build context (its plain paths; it has no patterns). */
const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

const { options } = ts.parseJsonConfigFileContent(
  ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile).config,
  ts.sys,
  root,
);

/**
 * The repository's own modules that `entries` load, themselves included, as paths from the root,
 * and the imports of ours that resolve to no file (each would fail in the image as it fails here).
 */
function reachedFrom(entries: string[]): { reached: Set<string>; unresolved: string[] } {
  const reached = new Set<string>();
  const unresolved: string[] = [];
  const pending = entries.map((entry) => path.join(root, entry));
  while (pending.length) {
    const file = pending.pop()!;
    if (reached.has(relative(file))) continue;
    reached.add(relative(file));
    if (!/\.[cm]?ts$/.test(file)) continue;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport) pending.push(resolved.resolvedFileName);
      else if (!resolved && fileName.startsWith('.'))
        unresolved.push(`${relative(file)}: ${fileName}`);
    }
  }
  return { reached, unresolved };
}

const under = (file: string, folders: string[]) =>
  folders.some((folder) => file === folder || file.startsWith(`${folder}/`));
const outside = (files: Set<string>, copied: string[]) =>
  [...files].filter((file) => !under(file, copied) || under(file, ignored));

describe('the image', () => {
  const [dashboardStage, serviceStage] = [copiedBy('dashboard'), copiedBy()];

  it('holds every module of the services and of the tools a regional team runs beside them', () => {
    const tools = readdirSync(path.join(root, 'scripts'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `scripts/${name}`);
    const { reached, unresolved } = reachedFrom([
      'gateway/src/main.ts',
      'subgraphs/main.ts',
      ...tools,
    ]);
    expect(reached.size).toBeGreaterThan(100);
    expect(unresolved).toEqual([]);
    expect(outside(reached, serviceStage)).toEqual([]);
  });

  it('builds the dashboard from modules its build stage copies', () => {
    const { reached, unresolved } = reachedFrom([
      'scripts/build-dashboard.ts',
      'gateway/dashboard/src/main.ts',
    ]);
    expect(reached).toContain('gateway/dashboard/src/api.ts');
    expect(unresolved).toEqual([]);
    expect(outside(reached, dashboardStage)).toEqual([]);
  });
});
