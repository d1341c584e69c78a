import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, type ZlibOptions } from 'node:zlib';
import { request, type Dispatcher } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

/**
 * How the gateway sends a query to a subgraph: undici's `request`, its answer read whole. Apollo's
 * data source reads a status, two or three headers and the body as JSON; WHATWG `fetch` built a
 * request, a response, web streams and a `Headers` for each of the seven fetches of a national
 * query, a fifth of the gateway's CPU in a profile of it answering one at a time. `dispatcher`
 * carries the TLS settings and cuts an answer at `maxAnswerBytes` (subgraph-transport.ts); a
 * compressed answer is held to the same size once decompressed (see `decodedBody`).
 */
export function subgraphRequest(dispatcher: Dispatcher, maxAnswerBytes: number): Fetcher {
  return async (url, init = {}) => {
    const signal = init.signal as AbortSignal | undefined;
    signal?.throwIfAborted();
    const sent = request(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      // Compressing answers that cross a data centre's network costs both ends more CPU than it
      // saves; an answer compressed anyway is read below.
      headers: { ...init.headers, 'accept-encoding': 'identity' },
      body: init.body,
      signal,
      dispatcher,
    });
    const answer = await (signal ? untilAborted(sent, signal) : sent);
    const body = await decodedBody(answer, maxAnswerBytes);
    // What the body was on the wire no longer describes the text it is now.
    const { 'content-encoding': _encoding, 'content-length': _length, ...headers } = answer.headers;
    return new ReadAnswer(url, answer.statusCode, headers, body);
  };
}

const decoders: Record<string, (bytes: Buffer, options: ZlibOptions) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** An answer the gateway cannot read: compressed in an encoding it does not know, or corrupt. */
export class UnreadableAnswer extends Error {
  override readonly name = 'UnreadableAnswer';
}

/**
 * The answer's body as text. The gateway asks for none (`accept-encoding: identity`, above)
 * and the subgraphs compress nothing, but a proxy between them may: gzip, deflate and Brotli are
 * decompressed, to at most `maxAnswerBytes`, so that a small compressed answer cannot expand past the
 * limit its plain size is held to (undici's error for that, which the data source reports as
 * `SUBGRAPH_ANSWER_TOO_LARGE`). Any other encoding is an `UnreadableAnswer`.
 */
async function decodedBody(
  answer: Dispatcher.ResponseData,
  maxAnswerBytes: number,
): Promise<string> {
  const encoding = String(answer.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (!encoding || encoding === 'identity') return answer.body.text();
  const decode = decoders[encoding];
  if (!decode) {
    await answer.body.dump().catch(() => {});
    throw new UnreadableAnswer(`content-encoding ${encoding}`);
  }
  const compressed = Buffer.from(await answer.body.arrayBuffer());
  try {
    return (await decode(compressed, { maxOutputLength: maxAnswerBytes })).toString('utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw Object.assign(new Error('decompressed answer over the limit'), {
        code: 'UND_ERR_RES_EXCEEDED_MAX_SIZE',
      });
    throw new UnreadableAnswer(`${encoding} that does not decompress`);
  }
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
