import { createHash } from 'node:crypto';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { VisibilityClass } from './visibility-class.js';
import type { WriteGenerations } from './write-generations.js';

/** A whole answer as the gateway sent it, and what it was made from. */
export interface StoredAnswer {
  /** The response body, byte for byte. */
  body: string;
  cacheControl: string;
  /** Milliseconds since the epoch, for the `age` header. */
  storedAt: number;
  /** Subgraph → the write generation it was fetched under. */
  generations: Record<string, string>;
}

/** What identifies a request's answer for one class: its document, operation and variables. */
export interface AnswerRequest {
  /** SHA-256 of the query text, which is also its persisted-query hash. */
  documentHash: string;
  operationName: string | null;
  variables: Record<string, unknown>;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function answerKey(visibility: VisibilityClass, request: AnswerRequest): string {
  return `class-cache:answer:${sha256(
    JSON.stringify([visibility, request.documentHash, request.operationName, request.variables]),
  )}`;
}

/**
 * Derived from the answer's key, the write generations of the subgraphs it involved and its body:
 * a write to one of them changes it, and so does an answer changed by something that bypassed the
 * gateway (an import), once the old one expired.
 */
export const etagOf = (key: string, answer: StoredAnswer) =>
  `"${sha256(JSON.stringify([key, answer.generations, answer.body])).slice(0, 32)}"`;

export class Answers {
  constructor(
    private readonly cache: KeyValueCache<string>,
    private readonly generations: WriteGenerations,
  ) {}

  /** The stored answer, when every subgraph it involved has had no write since. */
  async current(key: string): Promise<StoredAnswer | undefined> {
    const stored = await this.cache.get(key);
    if (!stored) return undefined;
    const answer = JSON.parse(stored) as StoredAnswer;
    return (await this.generations.allCurrent(answer.generations)) ? answer : undefined;
  }

  store(key: string, answer: StoredAnswer, maxAgeSeconds: number): Promise<void> {
    return this.cache.set(key, JSON.stringify(answer), { ttl: maxAgeSeconds });
  }
}
