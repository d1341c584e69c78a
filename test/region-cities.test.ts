import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regions } from '../subgraphs/regions.js';

/** The cities a region's data files and demo plan put its institutions in. */
function citiesInData(slug: string): string[] {
  const folder = new URL(`../subgraphs/${slug}/data/`, import.meta.url);
  const read = (file: string) =>
    existsSync(new URL(file, folder))
      ? JSON.parse(readFileSync(new URL(file, folder), 'utf8'))
      : null;
  const records = [...(read('institutions.json') ?? []), ...(read('programs.json') ?? [])];
  const places: { city?: string | null }[] = read('demo.json')?.places ?? [];
  return [...new Set([...records, ...places].flatMap((r) => (r.city ? [r.city] : [])))];
}

describe("a region's prefecture-level divisions", () => {
  it.each(regions.map((r) => [r.slug, r] as const))(
    '%s lists them, and its data puts no institution outside them',
    (slug, region) => {
      expect(region.cities?.length, slug).toBeGreaterThan(0);
      expect(citiesInData(slug).filter((city) => !region.cities!.includes(city))).toEqual([]);
    },
  );
});
