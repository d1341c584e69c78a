import { createHash } from 'node:crypto';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { LRUCache } from 'lru-cache';
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
  /** The variables as JSON (`variablesJson`, request-values.ts), `{}` when there are none. */
  variables: string;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function answerKey(visibility: VisibilityClass, request: AnswerRequest): string {
  return `class-cache:answer:${sha256(
    `${JSON.stringify([visibility, request.documentHash, request.operationName])}\n${request.variables}`,
  )}`;
}

/**
 * Derived from the answer's key, the write generations of the subgraphs it involved and its body:
 * a write to one of them changes it, and so does an answer changed by something that bypassed the
 * gateway (an import), once the old one expired.
 */
export const etagOf = (key: string, answer: StoredAnswer) =>
  `"${sha256(JSON.stringify([key, answer.generations, answer.body])).slice(0, 32)}"`;

/** A stored answer as a hit sends it: decoded once in this process, not at every hit. */
export interface ServedAnswer {
  answer: StoredAnswer;
  /** The body in UTF-8, as sent. */
  bytes: Buffer;
  etag: string;
}

/** Bodies kept decoded beside the cache: the hot answers, far fewer than the cache holds. */
const DECODED_BYTES = 16 * 1024 * 1024;

export class Answers {
  /**
   * Key → the stored text last read and what was decoded from it. A hit had parsed the stored JSON
   * (its body an escaped string), encoded the body and, for a GET, hashed it for the ETag, each
   * time; now only when the stored text differs from the one decoded (a new answer, or a Redis read
   * of another replica's).
   */
  readonly #decoded = new LRUCache<string, { stored: string; served: ServedAnswer }>({
    maxSize: DECODED_BYTES,
    sizeCalculation: ({ stored, served }) =>
      (stored.length + served.answer.body.length) * 2 + served.bytes.length,
  });

  constructor(
    private readonly cache: KeyValueCache<string>,
    private readonly generations: WriteGenerations,
  ) {}

  /** The stored answer, when every subgraph it involved has had no write since. */
  async current(key: string): Promise<ServedAnswer | undefined> {
    const stored = await this.cache.get(key);
    if (!stored) return undefined;
    let decoded = this.#decoded.get(key);
    if (decoded?.stored !== stored) {
      const answer = JSON.parse(stored) as StoredAnswer;
      decoded = {
        stored,
        served: { answer, bytes: Buffer.from(answer.body), etag: etagOf(key, answer) },
      };
      this.#decoded.set(key, decoded);
    }
    const { served } = decoded;
    return (await this.generations.allCurrent(served.answer.generations)) ? served : undefined;
  }

  store(key: string, answer: StoredAnswer, maxAgeSeconds: number): Promise<void> {
    return this.cache.set(key, JSON.stringify(answer), { ttl: maxAgeSeconds });
  }
}
