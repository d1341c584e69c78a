import { Agent, request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { jittered, retryAfterSeconds } from '../../shared/patient-fetch.js';
import { percentile, type HttpLoad, type StatusLoadResult } from './load.js';

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
  const answered: number[] = [];
  const refused: number[] = [];
  let failed = 0;
  let sent = 0;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const answer = await post(url, bodies[sent++ % bodies.length]!, headers, agent).catch(
          () => undefined,
        );
        const took = performance.now() - started;
        if (!answer) failed++;
        else if (answer.status === 503) {
          refused.push(took);
          const wait = jittered(retryAfterSeconds(answer.retryAfter ?? null));
          await new Promise((resolve) =>
            setTimeout(resolve, Math.min(wait, until - performance.now())),
          );
        } else if (answer.status < 300 && !answer.text.includes('"errors"')) answered.push(took);
        else failed++;
      }
    }),
  );
  delay.disable();
  agent.destroy();
  return {
    name,
    answered: answered.length,
    refused: refused.length,
    failed,
    p50: percentile(answered, 0.5),
    p99: percentile(answered, 0.99),
    refusedP99: percentile(refused, 0.99),
    generatorDelayP99: Math.round(delay.percentile(99) / 1e6),
  };
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
