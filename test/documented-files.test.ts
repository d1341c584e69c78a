import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/**
 * The files the documentation points a reader to exist: a test renamed or a module moved took the
 * README's pointer with it (it named `test/deduplication.e2e.ts` and `test/caller-mistakes.e2e.ts`
 * long after they had become `.test.ts` files).
 */
const documents = ['README.md', 'CONTRIBUTING.md', 'BENCHMARKS.md'];
const root = fileURLToPath(new URL('..', import.meta.url));
/** A path that starts at a top-level folder (not inside another path) and ends in a file's extension. */
const pathPattern =
  /(?<![\w./-])(?:test|scripts|gateway|subgraphs|shared|schema|deploy)\/[\w./-]+\.(?:ts|tsx|js|json|graphql|md|ya?ml|csv|png|html|css|example)\b/g;

it.each(documents)('%s names only files that exist', (document) => {
  const named = new Set(readFileSync(`${root}${document}`, 'utf8').match(pathPattern));
  expect(named.size).toBeGreaterThan(0);
  expect([...named].filter((path) => !existsSync(`${root}${path}`))).toEqual([]);
});
