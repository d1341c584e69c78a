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
  const cause = (error as { cause?: { code?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code;
}

/**
 * Why the report could not be made, in Chinese first whatever the report's language (`--lang`
 * follows the terminal's locale, which says nothing of its reader): no gateway at the address, no
 * such host, an address that answers no GraphQL, or the error itself.
 */
export function failureInWords(error: unknown, gateway: string): string {
  const code = causeCode(error);
  if (code === 'ECONNREFUSED')
    return `${gateway} 没有网关在运行：请先运行 npm start，或用 --gateway 给出网关的地址。No gateway at ${gateway}: start it with npm start, or give its address with --gateway.`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `找不到 ${gateway} 的主机：请检查 --gateway。No host of ${gateway} is found: check --gateway.`;
  if (error instanceof SyntaxError)
    return `${gateway} 的回答不是 GraphQL 的 JSON：请检查 --gateway 是否为网关的 /graphql 地址。What ${gateway} answered is no GraphQL JSON: check that --gateway is the gateway's /graphql address. (${error.message})`;
  // The gateway's words are in both languages: each half goes with its own language's sentence.
  const said = oneLine(error);
  const zh = messageIn(said, 'zh').replace(/[。.]$/, '');
  return `无法从 ${gateway} 取得报告：${zh}。The report could not be made from ${gateway}: ${messageIn(said, 'en')}`;
}
