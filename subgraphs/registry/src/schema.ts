import { existsSync, readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import type { Region } from '../../regions.js';
import { regionCodeEnum, registryImplementation, withDefinitions } from '../../common/sdl.js';
import { regions } from '../../regions.js';

/** The SDL every regional subgraph shares, before the factory adds a region's own definitions. */
export const sharedRegistrySdl = readFileSync(
  new URL('../../../schema/registry.graphql', import.meta.url),
  'utf8',
);

/** A region may extend its own concrete type in `subgraphs/<slug>/schema.graphql`. */
export function regionExtensionPath(region: Region): URL {
  return new URL(`../../${region.slug}/schema.graphql`, import.meta.url);
}

/**
 * The SDL of one region's subgraph: the shared SDL, the RegionCode enum, the region's concrete
 * registry type and its root field, and the region's own extension if it has one.
 */
export function registrySubgraphSdl(region: Region): DocumentNode {
  const shared = parse(sharedRegistrySdl);
  const implementation = registryImplementation(shared, region);
  const root = parse(
    `type Query {\n  "${region.nameZh}的登记库。The registry of ${region.nameEn}."\n  ${region.slug}: ${implementation.name.value}\n}\n` +
      `type Mutation {\n  "写入${region.nameZh}的登记库：仅限该地区的编辑和管理员。Writes to the registry of ${region.nameEn}: its editors and admins only."\n  ${region.slug}: RegistryMutations\n}`,
  );
  const extensionPath = regionExtensionPath(region);
  const extension = existsSync(extensionPath)
    ? parse(readFileSync(extensionPath, 'utf8')).definitions
    : [];
  return withDefinitions(shared, [
    regionCodeEnum(regions),
    implementation,
    ...root.definitions,
    ...extension,
  ]);
}
