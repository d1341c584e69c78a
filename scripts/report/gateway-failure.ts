import { messageIn } from '../../shared/bilingual.js';
import { oneLine } from '../../shared/one-line.js';

/** Whether `--gateway` is an address the report can ask: http or https. */
export function isGatewayAddress(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The code of a failed fetch's cause: Node's own, or the first of the addresses it tried. */
function causeCode(error: unknown): string | undefined {
  const { name, code, cause } = error as {
    name?: string;
    code?: string;
    cause?: { name?: string; code?: string; errors?: { code?: string }[] };
  };
  if (name === 'TimeoutError' || cause?.name === 'TimeoutError') return 'ETIMEDOUT';
  return cause?.code ?? cause?.errors?.[0]?.code ?? code;
}

/** Causes that say the connection was made and then lost, or never answered in time. */
const lost = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const timedOut = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const unreachable = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

/** A TLS failure: a certificate not trusted, expired or for another name, or no TLS at all. */
const tlsFailure = (code: string) =>
  /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|EPROTO/.test(code);

/** What a fetch that failed says, its cause's message where the fetch says only `fetch failed`. */
const causeText = (error: unknown) => {
  const cause = (error as { cause?: unknown }).cause;
  return oneLine(cause instanceof Error ? cause : error);
};

/**
 * Why the report could not be made, in Chinese first whatever the report's language (`--lang`
 * follows the terminal's locale, which says nothing of its reader): no gateway at the address, no
 * such host, a connection lost, timed out or refused by TLS, an address that answers no GraphQL or
 * a GraphQL that is not the gateway's (a subgraph's), or the error itself.
 */
export function failureInWords(error: unknown, gateway: string): string {
  const code = causeCode(error);
  const check = `请检查 --gateway 是否为网关的 /graphql 地址（npm start 启动时打印的地址）。`;
  const checkEn = `check that --gateway is the gateway's /graphql address (the one npm start prints).`;
  if (code === 'ECONNREFUSED')
    return `${gateway} 没有网关在运行：请先运行 npm start，或用 --gateway 给出网关的地址。No gateway at ${gateway}: start it with npm start, or give its address with --gateway.`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `找不到 ${gateway} 的主机：请检查 --gateway。No host of ${gateway} is found: check --gateway.`;
  if (code && lost.has(code))
    return `${gateway} 接受了连接，却没有回答就断开了：那里可能不是网关，或网关正在重启；${check}${gateway} took the connection and closed it unanswered: it may not be the gateway, or the gateway is restarting; ${checkEn} (${causeText(error)})`;
  if (code && timedOut.has(code))
    return `${gateway} 没有及时回答：网关可能过忙，或地址、防火墙有误；请稍后重试，并检查 --gateway。${gateway} did not answer in time: the gateway may be too busy, or the address or a firewall is wrong; try again later, and check --gateway. (${causeText(error)})`;
  if (code && unreachable.has(code))
    return `无法到达 ${gateway}：网络不通；请检查 --gateway 和网络。${gateway} cannot be reached: no route to it; check --gateway and the network. (${causeText(error)})`;
  if (code && tlsFailure(code))
    return `与 ${gateway} 的 TLS 连接失败（证书不受信任、已过期或不属于此主机，或那里不是 HTTPS）：请检查地址用 http:// 还是 https://，以及证书（NODE_EXTRA_CA_CERTS 可加入自己的 CA）。The TLS connection to ${gateway} failed (a certificate not trusted, expired or for another host, or no HTTPS there): check http:// or https:// in the address, and the certificate (NODE_EXTRA_CA_CERTS adds a CA of your own). (${causeText(error)})`;
  if (error instanceof SyntaxError)
    return `${gateway} 的回答不是 GraphQL 的 JSON：${check}What ${gateway} answered is no GraphQL JSON: ${checkEn} (${error.message})`;
  const said = oneLine(error);
  // A GraphQL server that does not know the report's fields is not the gateway: a subgraph, say.
  if (/Cannot query field "\w+" on type "\w+"/.test(said))
    return `${gateway} 不是网关：它有 GraphQL，却不认识报告查询的字段（可能是子图的地址）；${check}${gateway} is not the gateway: it speaks GraphQL but not the fields the report asks for (a subgraph's address, say); ${checkEn} (${said})`;
  const status = /^HTTP (\d+)$/.exec(said)?.[1];
  if (status)
    return `${gateway} 以 HTTP ${status} 回答，没有 GraphQL 的数据：${check}${gateway} answered HTTP ${status}, with no GraphQL data: ${checkEn}`;
  if (said === 'fetch failed' || /^fetch failed\b/.test(said))
    return `无法连接 ${gateway}：${check}Cannot connect to ${gateway}: ${checkEn} (${causeText(error)})`;
  // The gateway's words are in both languages: each half goes with its own language's sentence.
  const zh = messageIn(said, 'zh').replace(/[。.]$/, '');
  return `无法从 ${gateway} 取得报告：${zh}。The report could not be made from ${gateway}: ${messageIn(said, 'en')}`;
}
