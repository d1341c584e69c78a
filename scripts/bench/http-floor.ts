import { readFileSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { refuse } from '../../gateway/src/concurrency.js';
import { requestIdOf } from '../../shared/observability.js';

/**
 * The floor of an answer from Node's HTTP server on this machine: a process that reads each
 * request's body and answers with the bytes of `ANSWER_FILE` (a cached answer of the gateway's), and
 * does nothing else. The gateways scenario loads it as it loads a gateway, so that what a cache hit
 * costs can be read beside what any answer of a Node server costs here. With `REFUSE_ALL=on` it
 * refuses every request at once as a full gateway does (503, `Retry-After`), the overload
 * scenario's floor of a refusal.
 */
function answering(file: string): RequestListener {
  const answer = readFileSync(file);
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': answer.length,
  };
  return (req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, headers).end(answer));
  };
}

const server = createServer(
  process.env.REFUSE_ALL === 'on'
    ? (req, res) => refuse(res, requestIdOf(req))
    : answering(process.env.ANSWER_FILE!),
);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(
    `HTTP 对照服务已就绪 HTTP floor ready at http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
