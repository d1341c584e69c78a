import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { request, type Dispatcher } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

/**
 * How the gateway sends a query to a subgraph: undici's `request`, its answer read whole. Apollo's
 * data source reads a status, two or three headers and the body as JSON; WHATWG `fetch` built a
 * request, a response, web streams and a `Headers` for each of the seven fetches of a national
 * query, a fifth of the gateway's CPU in a profile of it answering one at a time. `dispatcher`
 * carries the TLS settings (subgraph-transport.ts).
 */
export function subgraphRequest(dispatcher: Dispatcher): Fetcher {
  return async (url, init = {}) => {
    const signal = init.signal as AbortSignal | undefined;
    signal?.throwIfAborted();
    const sent = request(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body,
      signal,
      dispatcher,
    });
    const answer = await (signal ? untilAborted(sent, signal) : sent);
    return new ReadAnswer(url, answer.statusCode, answer.headers, await answer.body.text());
  };
}

/**
 * `sent`, or the signal's reason once it fires: undici heeds a request's signal only once the
 * request is on a connected socket, so a subgraph whose host drops connection attempts would hold
 * the caller for undici's connect timeout (10 s) instead of the subgraph's own. An answer that comes
 * after all is discarded.
 */
function untilAborted(
  sent: Promise<Dispatcher.ResponseData>,
  signal: AbortSignal,
): Promise<Dispatcher.ResponseData> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      reject(signal.reason as Error);
      sent.then(
        (late) => late.body.destroy(),
        () => {},
      );
    };
    signal.addEventListener('abort', abort, { once: true });
    sent.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * A subgraph's answer, its body already read: what `FetcherResponse` asks of a response, from a
 * string that every reader (the data source, deduplicated callers) parses for itself.
 */
export class ReadAnswer implements FetcherResponse {
  readonly headers: AnswerHeaders;
  readonly redirected = false;
  readonly bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    headers: Record<string, string | string[] | undefined>,
    private readonly body: string,
  ) {
    this.headers = new AnswerHeaders(headers);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get statusText(): string {
    return '';
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): ReadAnswer {
    return new ReadAnswer(this.url, this.status, this.headers.record(), this.body);
  }
}

/** The answer's headers as undici gives them (lower-case names), behind the `Headers` interface. */
class AnswerHeaders implements FetcherHeaders {
  private readonly byName: Map<string, string>;

  constructor(headers: Record<string, string | string[] | undefined>) {
    this.byName = new Map();
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined)
        this.byName.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
  }

  record(): Record<string, string> {
    return Object.fromEntries(this.byName);
  }

  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }

  append(name: string, value: string): void {
    const present = this.get(name);
    this.set(name, present === null ? value : `${present}, ${value}`);
  }

  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }

  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }

  keys(): IterableIterator<string> {
    return this.byName.keys();
  }

  values(): IterableIterator<string> {
    return this.byName.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}
