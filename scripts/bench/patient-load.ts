import { Agent, request } from 'node:http';
import { jittered, retryAfterSeconds } from '../../shared/patient-fetch.js';
import type { HttpLoad } from './load.js';
import { StatusTally, type StatusLoadResult } from './status-tally.js';

/**
 * The load of `loadByStatus` from callers that do what a 503's `Retry-After` asks: a refused
 * caller waits that many seconds (and up to as many again, at random) before it asks again, as the
 * dashboard and the report do (shared/patient-fetch.ts), instead of asking again at once. With
 * node:http on a keep-alive agent of one socket per caller (autocannon's clients cannot wait
 * between requests).
 */
export async function loadPatiently({
  name,
  url,
  body,
  headers = {},
  connections,
  seconds,
}: HttpLoad): Promise<StatusLoadResult> {
  const bodies = Array.isArray(body) ? body : [body];
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  // Every caller's connection open before the clock starts, since autocannon times a request from
  // when it is written on a connected socket: otherwise the first second's refusals took 73–276 ms
  // here, this process opening 200 sockets at once, where the gateway refused in under 41 ms.
  await Promise.all(Array.from({ length: connections }, () => connect(url, agent)));
  const tally = new StatusTally();
  let sent = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const answer = await post(url, bodies[sent++ % bodies.length]!, headers, agent).catch(
          () => undefined,
        );
        const took = performance.now() - started;
        if (!answer) {
          tally.failed();
          continue;
        }
        tally.answer(answer.status, took, answer.text.includes('"errors"'));
        if (answer.status === 503) {
          const wait = jittered(retryAfterSeconds(answer.retryAfter ?? null));
          await new Promise((resolve) =>
            setTimeout(resolve, Math.min(wait, until - performance.now())),
          );
        }
      }
    }),
  );
  agent.destroy();
  return tally.result(name);
}

function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  agent: Agent,
): Promise<{ status: number; retryAfter: string | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    const sending = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', ...headers },
        timeout: 30_000,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            text,
          }),
        );
        response.on('error', reject);
      },
    );
    sending.on('timeout', () => sending.destroy(new Error('timed out')));
    sending.on('error', reject);
    sending.end(body);
  });
}

/** A keep-alive connection of `agent` to the gateway, opened by asking its /health. */
function connect(url: string, agent: Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    request(url.replace('/graphql', '/health'), { agent }, (response) =>
      response.resume().on('end', resolve),
    )
      .on('error', reject)
      .end();
  });
}
