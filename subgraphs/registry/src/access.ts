import { forbidden } from '../../../shared/auth.js';
import type { RegistryContext } from './context.js';

/**
 * Who may see and change what in a region's registry:
 * - anyone, signed in or not: aggregates (measures, counts), figures, targets and PUBLISHED records;
 * - analysts: every record, but social workers' personal data (names, certificate numbers) stays hidden;
 * - the region's editors: everything of their region, and they alone (with admins) may write it;
 * - admins: everything everywhere.
 */

export const isSignedIn = ({ caller }: RegistryContext) => caller.role !== null;

/** Whether the caller may see this record: without a token, published records only. */
export const canSee = (context: RegistryContext, record: { provenance: string }) =>
  isSignedIn(context) || record.provenance === 'PUBLISHED';

export function readsPersonalData({ caller, region }: RegistryContext): boolean {
  return caller.role === 'admin' || (caller.role === 'editor' && caller.region === region.code);
}

/** Records that are not published (demo or registered ones) need a signed-in caller. */
export function requireSignedIn(context: RegistryContext, what: string): void {
  if (!isSignedIn(context))
    throw forbidden(
      `${what} are readable when signed in; without a token only published records, figures, targets and measures are.`,
    );
}

export function requireWriter(context: RegistryContext): void {
  const { caller, region } = context;
  if (caller.role === 'admin' || (caller.role === 'editor' && caller.region === region.code))
    return;
  if (caller.role === 'editor') {
    throw forbidden(
      `An editor of ${caller.region} cannot write to the ${region.nameEn} registry (${region.code}); nothing was written.`,
    );
  }
  throw forbidden(
    `Writing to the ${region.nameEn} registry needs an editor token for ${region.code} or an admin token; nothing was written.`,
  );
}
