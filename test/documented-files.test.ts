import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

/**
 * The files the documentation points a reader to exist: a test renamed or a module moved took the
 * README's pointer with it (it named `test/deduplication.e2e.ts` and `test/caller-mistakes.e2e.ts`
 * long after they had become `.test.ts` files).
 */
const documents = ['README.md', 'CONTRIBUTING.md', 'BENCHMARKS.md'];
const pathPattern =
  /\b(?:test|scripts|gateway|subgraphs|shared|schema)\/[\w./-]+\.(?:ts|json|graphql|md|yml|csv)\b/g;

it.each(documents)('%s names only files that exist', (document) => {
  const named = new Set(readFileSync(document, 'utf8').match(pathPattern));
  expect(named.size).toBeGreaterThan(0);
  expect([...named].filter((path) => !existsSync(path))).toEqual([]);
});
