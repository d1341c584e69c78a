import { describe, expect, it } from 'vitest';
import { checkSubgraphUrl } from '../gateway/src/subgraph-transport.js';

/** In production the gateway sends no secret or token in clear text to another machine. */
describe('subgraph URLs in production', () => {
  const production = { NODE_ENV: 'production' };

  it('refuses http:// to another machine, naming the subgraph and what to do', () => {
    expect(() =>
      checkSubgraphUrl('guangxi', 'http://subgraph.guangxi.example:4012/graphql', production),
    ).toThrow(
      /^The guangxi subgraph's URL http:\/\/subgraph\.guangxi\.example:4012\/graphql is plain HTTP to another machine: use https:\/\/.*ALLOW_INSECURE_SUBGRAPHS=true/,
    );
    expect(() => checkSubgraphUrl('guangxi', 'http://10.0.0.5:4012/graphql', production)).toThrow();
  });

  it('accepts https://, this machine, a private network said so, and development', () => {
    for (const [url, env] of [
      ['https://subgraph.guangxi.example:4012/graphql', production],
      ['http://127.0.0.1:4012/graphql', production],
      ['http://localhost:4012/graphql', production],
      ['http://[::1]:4012/graphql', production],
      ['http://guangxi:4012/graphql', { ...production, ALLOW_INSECURE_SUBGRAPHS: 'true' }],
      ['http://guangxi:4012/graphql', {}],
    ] as const)
      expect(() => checkSubgraphUrl('guangxi', url, env)).not.toThrow();
  });
});
