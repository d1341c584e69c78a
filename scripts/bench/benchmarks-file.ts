import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readConfig } from '../../shared/config.js';

/**
 * Each bench owns one section of BENCHMARKS.md, between markers, and rewrites only it: the figures
 * of `npm run bench`, `bench:measures` and `bench:processes` stand side by side, each from its last run.
 * `BENCHMARKS_FILE` writes elsewhere (the tests do).
 */
export function writeBenchmarkSection(
  name: string,
  markdown: string,
  file = readConfig().benchmarksFile,
): void {
  const begin = `<!-- ${name}: written by its bench -->`;
  const end = `<!-- /${name} -->`;
  const section = `${begin}\n${markdown.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(begin);
  const stop = current.indexOf(end);
  writeFileSync(
    file,
    start >= 0 && stop > start
      ? current.slice(0, start) + section + current.slice(stop + end.length)
      : `${current.trimEnd()}\n\n${section}\n`,
  );
}
