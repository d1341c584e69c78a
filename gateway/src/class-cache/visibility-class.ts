import type { Caller } from '../../../shared/auth.js';

/**
 * What a caller may see, and so what an answer depends on: not who asks, only what the subgraphs'
 * access rules (subgraphs/registry/src/access.ts) let them see. Every analyst sees what every
 * analyst sees; an editor sees their own region's personal data besides; an admin sees everything.
 */
export type VisibilityClass = 'anonymous' | 'analyst' | 'admin' | `editor:${string}`;

/**
 * The claims of a token (as `callerFrom` reads them into a Caller) that a class is made of: the
 * ones the access rules read. A test fails when a rule reads any other.
 */
export const CLASS_CLAIMS = ['role', 'region'] as const satisfies readonly (keyof Caller)[];

export function classOf(caller: Caller): VisibilityClass {
  if (caller.role === null) return 'anonymous';
  // Only an editor's region changes what the rules allow; an analyst's or an admin's is ignored.
  if (caller.role === 'editor') return `editor:${caller.region}`;
  return caller.role;
}

/**
 * The class of a request, from its caller as the gateway read it (authentication.ts): none, so that
 * nothing of the request is cached, for a token the gateway has no keys to verify (undefined), or
 * for every signed-in caller when `signedIn` is false (`CLASS_CACHE=off`).
 */
export function visibilityOf(
  caller: Caller | undefined,
  signedIn: boolean,
): VisibilityClass | null {
  if (!caller || (caller.role !== null && !signedIn)) return null;
  return classOf(caller);
}
