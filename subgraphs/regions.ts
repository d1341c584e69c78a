import { readFileSync } from 'node:fs';

/**
 * The one list of regions. Everything that varies by region (subgraph factory, gateway service list,
 * composition, docker-compose, tests) is derived from `regions.json`; nothing else lists them.
 * It is JSON rather than TypeScript so that `npm run region:add` can edit it safely.
 */

export const administrativeLevels = [
  'MUNICIPALITY',
  'PROVINCE',
  'AUTONOMOUS_REGION',
  'NEW_AREA',
] as const;
export type AdministrativeLevel = (typeof administrativeLevels)[number];

export const isAdministrativeLevel = (level: string): level is AdministrativeLevel =>
  (administrativeLevels as readonly string[]).includes(level);

export interface Region {
  /** Two-letter code, the value of the `RegionCode` enum. */
  code: string;
  /** Lower-case name used for the subgraph, its root field, its folder and its environment variables. */
  slug: string;
  nameEn: string;
  nameZh: string;
  level: AdministrativeLevel;
  /**
   * The two digits of GB/T 2260 that its institutions' unified social credit codes carry (digits 3–4):
   * 45 for Guangxi, 13 (Hebei) for Xiong'an.
   */
  provinceCode: string;
  port: number;
  database: string;
  /**
   * Its prefecture-level divisions (地级行政区), as an institution's `city` is written: 南宁市,
   * 凉山彝族自治州; a municipality's own name. An institution's city is one of them, so that a city
   * written short (南宁) or another region's (银川市) never counts as one more prefecture covered.
   * A region added without them takes any city.
   */
  cities?: string[];
}

/** What the national directory keeps of a region: its table's row, the parent of its resolvers. */
export type DirectoryRegion = Pick<Region, 'code' | 'slug' | 'nameEn' | 'nameZh' | 'level'>;

/** A subgraph as the gateway, composition and the process launcher see it. */
export interface SubgraphInfo {
  name: string;
  port: number;
  database: string;
}

/** `regions.json`: the national directory's subgraph and the regions. */
export interface RegionsFile {
  national: SubgraphInfo;
  regions: Region[];
}

const file = JSON.parse(
  readFileSync(new URL('./regions.json', import.meta.url), 'utf8'),
) as RegionsFile;

export const regions: readonly Region[] = file.regions;

/**
 * The region a person names on a command line: by its slug (`ningxia`), its code in any case (`NX`,
 * `nx`), its English name or its Chinese name, whole or as people shorten it (`宁夏`), as tokens
 * take the code and the tools the slug.
 */
export function regionNamed(given: string | undefined): Region | undefined {
  const name = given?.trim();
  if (!name) return undefined;
  return regions.find(
    (r) =>
      r.slug === name.toLowerCase() ||
      r.code === name.toUpperCase() ||
      r.nameEn.toLowerCase() === name.toLowerCase() ||
      r.nameZh === name ||
      (name.length >= 2 && r.nameZh.startsWith(name)),
  );
}
export const nationalSubgraph: SubgraphInfo = file.national;

/** Every subgraph, the national directory first. */
export const subgraphs: readonly SubgraphInfo[] = [
  file.national,
  ...file.regions.map((r) => ({ name: r.slug, port: r.port, database: r.database })),
];

/** `xiongan` → `XionganRegistry`: the region's concrete GraphQL type. */
export function registryTypeName(region: Pick<Region, 'slug'>): string {
  return `${region.slug[0]!.toUpperCase()}${region.slug.slice(1)}Registry`;
}

export function regionBySlug(slug: string): Region {
  const region = regions.find((r) => r.slug === slug);
  if (!region) {
    throw new Error(
      `Unknown region "${slug}". Known regions: ${regions.map((r) => r.slug).join(', ')}`,
    );
  }
  return region;
}

export function regionByCode(code: string): Region | undefined {
  return regions.find((r) => r.code === code);
}

/**
 * A subgraph as a message names it, in Chinese and in English: `天津市登记库子图` and `Tianjin
 * subgraph`, `全国目录子图` and `national directory subgraph`. English pages say places in English,
 * not by the slugs of settings (`extensions.serviceName` keeps the slug for programs).
 */
export function subgraphNames(name: string): { zh: string; en: string } {
  if (name === nationalSubgraph.name)
    return { zh: '全国目录子图', en: 'national directory subgraph' };
  const region = regions.find((r) => r.slug === name);
  return region
    ? { zh: `${region.nameZh}登记库子图`, en: `${region.nameEn} subgraph` }
    : { zh: `${name} 子图`, en: `${name} subgraph` };
}
