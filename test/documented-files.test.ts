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

/** The records of one of a region's data files; none where the region has no such file. */
const records = (slug: string, file: string): { indicator?: string }[] => {
  const path = `${root}subgraphs/${slug}/data/${file}`;
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as { indicator?: string }[])
    : [];
};

it("README's table of what each region's data files hold counts what they hold", () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const header = '| region | figures | targets | named institutions | named programmes |';
  const lines = readme.slice(readme.indexOf(header)).split('\n').slice(2);
  const rows = lines.slice(
    0,
    lines.findIndex((line) => !line.startsWith('|')),
  );
  // A row may hold several regions, its cells a value for each: "Guangdong, Henan, Jiangsu (…)".
  const table = rows.flatMap((row) => {
    const [names, ...cells] = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const regions = names!.replace(/ \(.*\)$/, '').split(', ');
    const values = cells.map((cell) => (regions.length > 1 ? cell.split(', ') : [cell]));
    return regions.map((name, i) => [name, values.map((value) => value[i]).join(' | ')]);
  });
  const files = table.map(([name]) => {
    const slug = name!.toLowerCase().replace(/'/g, '');
    const figures = records(slug, 'figures.json');
    const populations = figures.filter((f) => f.indicator === 'RESIDENT_POPULATION').length;
    return [
      name,
      [
        `${figures.length - populations}${populations ? `, and ${populations} resident populations` : ''}`,
        records(slug, 'targets.json').length,
        records(slug, 'institutions.json').length,
        records(slug, 'programs.json').length,
      ].join(' | '),
    ];
  });
  expect(table.length).toBe(9);
  expect(table).toEqual(files);
});
