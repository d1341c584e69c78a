import type { PolicyResolvers, SourceResolvers } from '../__generated__/resolvers-types.js';
import type { RegistryContext } from '../context.js';

/** The source whose page prints a title the document itself does not. */
const titleCitedIn = (
  record: { titleCitedInId: string | null },
  _: unknown,
  { loaders }: RegistryContext,
) => (record.titleCitedInId ? loaders.source.load(record.titleCitedInId) : null);

export const Source: SourceResolvers = { titleCitedIn };

export const Policy: PolicyResolvers = { titleCitedIn };
