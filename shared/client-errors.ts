import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { inBoth } from './bilingual.js';
import { errorBody } from './http-answers.js';

/**
 * What Node's HTTP parser refuses before any route sees the request, answered as every other
 * refusal is: a status, a JSON body with a code, in Chinese then English. Node's own answers say
 * nothing (a 431 or 400 with an empty body). The cases are Node's: headers too large (431), chunk
 * extensions too large (413), a request that did not arrive in time (408, `headersTimeout` and
 * `requestTimeout`), anything else it cannot parse (400: a malformed request line, Content-Length
 * with Transfer-Encoding).
 */
const answers: Record<string, { status: number; code: string; zh: string; en: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
    zh: '请求头过大。',
    en: 'The request headers are too large.',
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    zh: '分块扩展过大。',
    en: 'The chunk extensions are too large.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'REQUEST_TIMEOUT',
    zh: '请求未在限定时间内到达。',
    en: 'The request did not arrive in time.',
  },
};
const malformed = {
  status: 400,
  code: 'BAD_REQUEST',
  zh: '无法解析此 HTTP 请求。',
  en: 'This HTTP request cannot be parsed.',
};

export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection the client reset has no one to tell; one whose answer to an earlier request is
    // being written (a pipelined request after it) is cut, as Node cuts it: a refusal written
    // there would land inside that answer.
    const answering = (socket as Duplex & { _httpMessage?: { _headerSent?: boolean } })._httpMessage
      ?._headerSent;
    if (error.code === 'ECONNRESET' || !socket.writable || answering) return socket.destroy();
    const { status, code, zh, en } = answers[error.code ?? ''] ?? malformed;
    const body = errorBody(inBoth({ zh, en }), code);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
