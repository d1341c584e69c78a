import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createMetrics, observabilityPlugin } from '../shared/observability.js';

/**
 * The line a failed request logs: each message once, since a region's database away fails every
 * field of it with the same message (fifteen times over in one dashboard query).
 */
describe('the log line of a failed request', () => {
  it('says each message once, with the codes the caller got', async () => {
    const lines: { msg: string; messages?: string[]; errors?: string[] }[] = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    const plugin = observabilityPlugin(logger, createMetrics('request-log-test'), {});
    const away = new GraphQLError(
      '广西壮族自治区登记库子图的数据库暂不可用。The Guangxi database is unavailable.',
      {
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      },
    );
    const timeout = new GraphQLError('天津市登记库子图超时。The Tianjin subgraph timed out.', {
      extensions: { code: 'SUBGRAPH_TIMEOUT' },
    });
    const errors = [away, away, timeout, away];
    const hooks = await plugin.requestDidStart!({ contextValue: { requestId: 'r-1' } } as never);
    await hooks!.willSendResponse!({
      request: {},
      errors,
      operationName: 'Dashboard',
      response: { body: { kind: 'single', singleResult: { errors } } },
    } as never);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request failed',
      errors: ['DATABASE_UNAVAILABLE', 'SUBGRAPH_TIMEOUT'],
      messages: [away.message, timeout.message],
    });
  });
});
