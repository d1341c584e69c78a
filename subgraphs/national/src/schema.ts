import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import { regionCodeEnum, registryImplementation, withDefinitions } from '../../common/sdl.js';
import { regions } from '../../regions.js';

/** The national SDL before the regions' definitions are added. */
export const nationalSdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** The national SDL plus the RegionCode enum and one registry type per region, from the list of regions. */
export function nationalSubgraphSdl(): DocumentNode {
  const document = parse(nationalSdl);
  return withDefinitions(document, [
    regionCodeEnum(regions),
    ...regions.map((region) => registryImplementation(document, region)),
  ]);
}
