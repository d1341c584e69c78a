import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';

let server: Listening;
beforeAll(async () => {
  server = await listen((_, res) => res.end('ok'), 0, '127.0.0.1');
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
