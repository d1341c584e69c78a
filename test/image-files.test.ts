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

/** What each stage of the Dockerfile copies from the build context (not from another stage). */
function copiedByStage(): string[][] {
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
  return dockerfile
    .split(/^FROM /m)
    .slice(1)
    .map((stage) =>
      [...stage.matchAll(/^COPY (?!--from)(.+)$/gm)].flatMap((line) =>
        line[1]!.trim().split(/\s+/).slice(0, -1),
      ),
    );
}

const { options } = ts.parseJsonConfigFileContent(
  ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile).config,
  ts.sys,
  root,
);

/** The repository's own modules that `entries` load, themselves included, as paths from the root. */
function reachedFrom(entries: string[]): Set<string> {
  const reached = new Set<string>();
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
    }
  }
  return reached;
}

const outside = (files: Set<string>, copied: string[]) =>
  [...files].filter(
    (file) => !copied.some((source) => file === source || file.startsWith(`${source}/`)),
  );

describe('the image', () => {
  const [, dashboardStage, serviceStage] = copiedByStage();

  it('holds every module of the services and of the tools a regional team runs beside them', () => {
    const tools = readdirSync(path.join(root, 'scripts'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `scripts/${name}`);
    const reached = reachedFrom(['gateway/src/main.ts', 'subgraphs/main.ts', ...tools]);
    expect(reached.size).toBeGreaterThan(100);
    expect(outside(reached, serviceStage!)).toEqual([]);
  });

  it('builds the dashboard from modules its build stage copies', () => {
    const reached = reachedFrom(['scripts/build-dashboard.ts', 'gateway/dashboard/src/main.ts']);
    expect(reached).toContain('gateway/dashboard/src/api.ts');
    expect(outside(reached, dashboardStage!)).toEqual([]);
  });
});
