import { LRUCache } from 'lru-cache';
import { callerFrom, type AuthConfig, type Caller } from '../../../shared/auth.js';

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

/** A verified token is trusted this long at most, so that a key taken out of a JWKS stops it soon. */
const REVERIFY_MS = 60_000;

/**
 * The class of a request's Authorization header, verified with the same keys and checks as the
 * subgraphs (shared/auth.ts). A refused token has no class (null): its request goes through the
 * whole pipeline, and the subgraphs refuse it as before. Verified tokens are remembered until they
 * expire (or a minute), so that a cache hit does not pay for a signature check each time.
 */
export class ClassResolver {
  readonly #verified = new LRUCache<string, { visibility: VisibilityClass; until: number }>({
    max: 10_000,
  });

  constructor(
    private readonly auth: AuthConfig,
    /** False: signed-in callers get no class, so nothing of theirs is cached (`CLASS_CACHE=off`). */
    private readonly signedIn: boolean,
  ) {}

  async classOf(authorization: string | undefined): Promise<VisibilityClass | null> {
    if (!authorization) return 'anonymous';
    if (!this.signedIn) return null;
    const known = this.#verified.get(authorization);
    if (known && known.until > Date.now()) return known.visibility;
    let caller: Caller;
    try {
      caller = await callerFrom(authorization, this.auth);
    } catch {
      return null;
    }
    const visibility = classOf(caller);
    this.#verified.set(authorization, {
      visibility,
      until: Math.min(Date.now() + REVERIFY_MS, expiryOf(authorization)),
    });
    return visibility;
  }
}

/** The token's `exp` in milliseconds (it was verified just before), or never. */
function expiryOf(authorization: string): number {
  const payload = authorization.split(' ')[1]?.split('.')[1];
  const exp = payload
    ? (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp?: number }).exp
    : undefined;
  return typeof exp === 'number' ? exp * 1000 : Infinity;
}
