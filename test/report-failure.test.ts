import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { failureInWords } from '../scripts/report/gateway-failure.js';
import { AnswerError } from '../scripts/report/format.js';

describe('why a report could not be made', () => {
  it("says the gateway's words each in its own language's sentence", () => {
    const error = new Error('查询有误：未知字段。The query is wrong: unknown field.');
    expect(failureInWords(error, 'http://127.0.0.1:4000/graphql')).toBe(
      '无法从 http://127.0.0.1:4000/graphql 取得报告：查询有误：未知字段。The report could not be made from http://127.0.0.1:4000/graphql: The query is wrong: unknown field.',
    );
  });
});

/** Servers that are not a gateway, each answering as one kind of wrong address does. */
const servers: Server[] = [];
async function serving(handle: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** What the report says when asking `url` fails as the report asks it. */
async function failureAt(url: string): Promise<string> {
  try {
    const response = await fetch(url, { method: 'POST', body: '{}' });
    await response.json();
  } catch (error) {
    return failureInWords(error, url);
  }
  throw new Error(`${url} answered JSON`);
}

describe('why a report could not be made, in Chinese, whatever failed', () => {
  it('a connection closed unanswered', async () => {
    const host = await serving((request) => request.socket.destroy());
    expect(await failureAt(`http://${host}/graphql`)).toMatch(
      /^http:\S+ 接受了连接，却没有回答就断开了：.+。http:\S+ took the connection and closed it unanswered/,
    );
  });

  it('an answer that is no JSON', async () => {
    const host = await serving((_, response) => response.end('<html>hello</html>'));
    expect(await failureAt(`http://${host}/graphql`)).toMatch(
      /^http:\S+ 的回答不是 GraphQL 的 JSON：请检查 --gateway/,
    );
  });

  it('https to a server that speaks no TLS', async () => {
    const host = await serving((_, response) => response.end('{}'));
    expect(await failureAt(`https://${host}/graphql`)).toMatch(
      /^与 https:\S+ 的 TLS 连接失败（.+）：.+。The TLS connection to https:\S+ failed/,
    );
  });

  it('a request that timed out', () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }),
    });
    expect(failureInWords(error, 'http://10.0.0.9:4000/graphql')).toMatch(
      /^http:\S+ 没有及时回答：.+。http:\S+ did not answer in time/,
    );
    const aborted = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(failureInWords(aborted, 'http://10.0.0.9:4000/graphql')).toMatch(
      /^http:\S+ 没有及时回答/,
    );
  });

  it("a subgraph's address, whose GraphQL knows none of the report's fields", () => {
    const error = new AnswerError('Cannot query field "measure" on type "Registry".', false);
    expect(failureInWords(error, 'http://127.0.0.1:4012/graphql')).toMatch(
      /^http:\S+ 不是网关：它有 GraphQL，却不认识报告查询的字段（可能是子图的地址）；请检查 --gateway .+。http:\S+ is not the gateway/,
    );
  });

  it('an answer with neither data nor errors, and a failure of no known cause', () => {
    expect(failureInWords(new AnswerError('HTTP 404', false), 'http://h/graphql')).toMatch(
      /^http:\/\/h\/graphql 以 HTTP 404 回答，没有 GraphQL 的数据：/,
    );
    const error = new TypeError('fetch failed', { cause: new Error('something new') });
    expect(failureInWords(error, 'http://h/graphql')).toMatch(
      /^无法连接 http:\/\/h\/graphql：请检查 --gateway .+。Cannot connect to http:\/\/h\/graphql: .+ \(something new\)$/,
    );
  });
});
