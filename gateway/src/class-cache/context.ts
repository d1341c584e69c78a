import type { VisibilityClass } from './visibility-class.js';

/** What the class cache keeps of one request, in the gateway's context. */
export interface ClassCacheContext {
  /** The caller's class, computed once at the HTTP layer; null when nothing of theirs is cached. */
  visibility?: VisibilityClass | null;
  /** The key the HTTP layer looked up and did not find current: the answer is stored under it. */
  answerKey?: string;
  /** A GET: its answer carries an ETag. */
  wantsEtag?: boolean;
  /** Subgraph → the write generation its fetches were made under. */
  generations?: Record<string, string>;
  /** A subgraph's generation changed between two of its fetches: the answer mixes before and after. */
  generationChanged?: boolean;
  /** Subgraphs that said this request committed a write. */
  committedWrites?: Set<string>;
  /** Who is asking, for the quota on new entries: the client's address. */
  callerAddress?: string;
  /** Whether this request may add entries, decided once (cache-quotas.ts) for its answer and fetches. */
  mayAddEntries?: boolean;
}

/**
 * Whether this request may add entries (cache-quotas.ts): asked right before an answer or a fetch
 * is stored, so that no one caller evicts the others' entries faster than a set rate.
 */
export type CacheQuota = (context: ClassCacheContext, cache: 'responses' | 'fetches') => boolean;

/** Notes the generation a subgraph is fetched under; a second fetch under another spoils the answer. */
export function recordGeneration(
  context: ClassCacheContext,
  subgraph: string,
  generation: string,
): void {
  context.generations ??= {};
  const earlier = context.generations[subgraph];
  if (earlier !== undefined && earlier !== generation) context.generationChanged = true;
  context.generations[subgraph] = generation;
}
