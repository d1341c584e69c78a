import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { inBoth } from '../../shared/bilingual.js';
import { COMMITTED_WRITES_HEADER, GATEWAY_SECRET_HEADER } from '../../shared/gateway-headers.js';
import { REQUEST_ID_HEADER, type Metrics } from '../../shared/observability.js';
import { subgraphNames } from '../../subgraphs/regions.js';
import type { ClassCacheContext } from './class-cache/context.js';
import type { SubgraphFetches } from './class-cache/fetches.js';
import { deduplicating } from './deduplication.js';
import { UnreadableAnswer } from './subgraph-request.js';

/** What the gateway keeps of an incoming request to pass on to subgraphs. */
export interface GatewayContext extends ClassCacheContext {
  requestId: string;
  authorization?: string;
  /** Who is asking, for quotas: the client's address. */
  callerAddress: string;
}

export interface SubgraphSourceOptions {
  name: string;
  url: string;
  secret: string | undefined;
  timeoutMs: number;
  /** What the dispatcher cuts an answer at (MAX_SUBGRAPH_ANSWER_BYTES), for the error that says so. */
  maxAnswerBytes: number;
  metrics: Metrics;
  /** Identical queries in flight at once share one fetch (`SUBGRAPH_DEDUPLICATION=off` turns it off). */
  deduplicate: boolean;
  /** How a query is sent, on the connections that carry the gateway's TLS settings (subgraph-request.ts). */
  fetch: RemoteGraphQLDataSource['fetcher'];
  /** Throws when the subgraph serves another schema than the supergraph's (schema-check.ts). */
  verifySchema: () => Promise<void>;
  /** The class cache's view of every fetch (class-cache/fetches.ts); none with `RESPONSE_CACHE=off`. */
  fetches?: SubgraphFetches;
}

type FetchOutcome = 'ok' | 'timeout' | 'too-large' | 'unreadable' | 'unreachable';

function outcomeOf(error: unknown): Exclude<FetchOutcome, 'ok'> {
  if ((error as Error).name === 'TimeoutError') return 'timeout';
  if ((error as { code?: string }).code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return 'too-large';
  if (error instanceof UnreadableAnswer) return 'unreadable';
  return 'unreachable';
}

function subgraphError(
  outcome: Exclude<FetchOutcome, 'ok'>,
  { name, timeoutMs, maxAnswerBytes }: SubgraphSourceOptions,
): GraphQLError {
  const extensions = { serviceName: name };
  const names = subgraphNames(name);
  if (outcome === 'timeout')
    return new GraphQLError(
      inBoth({
        zh: `${names.zh}未在 ${timeoutMs} 毫秒内应答。`,
        en: `The ${names.en} did not answer within ${timeoutMs} ms.`,
      }),
      { extensions: { code: 'SUBGRAPH_TIMEOUT', ...extensions } },
    );
  if (outcome === 'too-large')
    return new GraphQLError(
      inBoth({
        zh: `${names.zh}的应答超过 ${maxAnswerBytes} 字节（MAX_SUBGRAPH_ANSWER_BYTES）：请减小分页或少请求一些字段。`,
        en: `The ${names.en}'s answer is larger than ${maxAnswerBytes} bytes (MAX_SUBGRAPH_ANSWER_BYTES): ask for smaller pages or fewer fields.`,
      }),
      { extensions: { code: 'SUBGRAPH_ANSWER_TOO_LARGE', ...extensions } },
    );
  if (outcome === 'unreadable')
    return new GraphQLError(
      inBoth({
        zh: `${names.zh}的应答无法读取（采用了网关无法读取的压缩格式，或已损坏；网关能读取 gzip、deflate 和 br）：请让子图返回未压缩的应答。`,
        en: `The ${names.en}'s answer cannot be read (compressed in an encoding the gateway does not read, or corrupt; it reads one of gzip, deflate or br): serve it uncompressed.`,
      }),
      { extensions: { code: 'SUBGRAPH_ANSWER_UNREADABLE', ...extensions } },
    );
  return new GraphQLError(
    inBoth({ zh: `无法连接${names.zh}。`, en: `The ${names.en} is unreachable.` }),
    { extensions: { code: 'SUBGRAPH_UNAVAILABLE', ...extensions } },
  );
}

/** The HTTP errors of a subgraph whose message and code reach the caller, by status. */
const passedOn: Record<number, string> = { 401: 'UNAUTHENTICATED', 503: 'AUTH_UNAVAILABLE' };

/**
 * How the gateway calls one subgraph: the caller's token and request id forwarded, the gateway's
 * secret for this subgraph attached, and a timeout (`@apollo/gateway` has none), after which the
 * query goes on without this subgraph and says which one failed.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SubgraphSourceOptions) {
    const timedFetch: RemoteGraphQLDataSource['fetcher'] = async (url, init) => {
      await options.verifySchema();
      const started = performance.now();
      let outcome: FetchOutcome = 'ok';
      try {
        return await options.fetch(url, {
          ...init,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        outcome = outcomeOf(error);
        throw subgraphError(outcome, options);
      } finally {
        options.metrics.subgraphFetches.observe(
          { subgraph: options.name, outcome },
          (performance.now() - started) / 1000,
        );
      }
    };
    super({
      url: options.url,
      fetcher: options.deduplicate
        ? deduplicating(timedFetch, () =>
            options.metrics.subgraphFetchesDeduplicated.inc({ subgraph: options.name }),
          )
        : timedFetch,
    });
  }

  override process(options: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0]) {
    const { fetches } = this.options;
    return fetches
      ? fetches.process(this.options.name, options, () => super.process(options))
      : super.process(options);
  }

  /**
   * A subgraph that answers with an HTTP error: what the caller can act on (a refused token, or
   * tokens that cannot be verified for now) keeps the subgraph's message and code; anything else is
   * the federation's problem, an internal error naming the subgraph, without its URL or body.
   */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ) {
    const body = (await this.parseBody(response).catch(() => null)) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    } | null;
    const reported = body?.errors?.[0];
    const code = reported?.extensions?.code;
    if (code && passedOn[response.status] === code) {
      return new GraphQLError(reported.message, {
        extensions: { code, serviceName: this.options.name },
      });
    }
    const { name } = this.options;
    const names = subgraphNames(name);
    // The subgraph's own refusal of the gateway (subgraph-routes.ts): the region is unavailable to
    // callers until the two sides' secret or certificate agree, and the log says which it is.
    if (response.status === 403)
      return new GraphQLError(
        inBoth({
          zh: `${names.zh}暂不可用：它不接受本网关的密钥或证书。`,
          en: `The ${names.en} is unavailable: it does not accept this gateway's secret or certificate.`,
        }),
        { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name } },
      );
    return new GraphQLError(
      inBoth({
        zh: `${names.zh}返回了 HTTP ${response.status}。`,
        en: `The ${names.en} answered HTTP ${response.status}.`,
      }),
      { extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: name } },
    );
  }

  override async didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    if (Number(response.http?.headers.get(COMMITTED_WRITES_HEADER)) > 0)
      (context.committedWrites ??= new Set()).add(this.options.name);
    return response;
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context?.authorization) headers.set('authorization', context.authorization);
    if (context?.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    if (this.options.secret) headers.set(GATEWAY_SECRET_HEADER, this.options.secret);
  }
}
