import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';

let server: Listening;
/** Ends the answer to /streaming that is being written; set while it is. */
let finishStreaming: (() => void) | undefined;
beforeAll(async () => {
  server = await listen(
    (req, res) => {
      if (req.url !== '/streaming') return res.end('ok');
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first part;');
      finishStreaming = () => res.end('last part');
    },
    0,
    '127.0.0.1',
  );
});
afterAll(() => server.close());

/** What the server answers to `request`, sent as it is on a connection of its own. */
const answerTo = (request: string) =>
  new Promise<string>((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });

const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

it("answers what Node's parser refuses with a status, a code and words, as every other refusal", async () => {
  const tooLarge = await answerTo(
    `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
  );
  expect(tooLarge).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
  expect(bodyOf(tooLarge).errors[0]).toEqual({
    message: '请求头过大。The request headers are too large.',
    extensions: { code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' },
  });
  for (const malformed of [
    'NOT A REQUEST\r\n\r\n',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  ]) {
    const answer = await answerTo(malformed);
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(bodyOf(answer).errors[0].extensions.code).toBe('BAD_REQUEST');
  }
  // A request Node can parse is the application's, as before.
  expect(await answerTo('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/ok$/);
});

it('never writes a refusal into an answer being written: the connection is cut, as Node cuts it', async () => {
  // A request answered in parts, and a malformed one pipelined after it on the same connection.
  const answer = await answerTo('GET /streaming HTTP/1.1\r\nHost: x\r\n\r\nNOT A REQUEST\r\n\r\n');
  finishStreaming?.();
  // Cut before or after the first part reached the client: never with a refusal in it.
  expect(answer).not.toContain('400 Bad Request');
  expect(answer).not.toContain('BAD_REQUEST');
});
