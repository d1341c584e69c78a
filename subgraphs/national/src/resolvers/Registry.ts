import type { RegionRegistryResolvers } from '../__generated__/resolvers-types.js';
import { registryTypeName, regions } from '../../../regions.js';
import type { NationalContext } from '../context.js';
import type { DirectoryRegion } from '../../../regions.js';

const typeNames = new Map(regions.map((r) => [r.code, registryTypeName(r)]));

/** The directory's part of a region's registry: its name and level. */
const directoryFields: RegionRegistryResolvers = {
  __resolveReference: (ref: { code: string }, { directory }: NationalContext) =>
    directory.region.get(ref.code) ?? null,
  name: (r: DirectoryRegion) => r.nameEn,
};

export const Registry = {
  __resolveType: (r: DirectoryRegion) => typeNames.get(r.code) ?? null,
};

/** Every region's concrete registry type shares the directory's resolvers. */
export const regionTypes = Object.fromEntries(
  regions.map((r) => [registryTypeName(r), directoryFields]),
);
