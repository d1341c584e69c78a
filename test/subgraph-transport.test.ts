import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { getGlobalDispatcher } from 'undici';
import { describe, expect, it } from 'vitest';
import { subgraphRequest } from '../gateway/src/subgraph-request.js';
import {
  checkSubgraphUrl,
  fetchThrough,
  subgraphDispatcher,
  subgraphUrl,
} from '../gateway/src/subgraph-transport.js';
import { ConfigError } from '../shared/config.js';
import { GATEWAY_SECRET_HEADER } from '../shared/gateway-headers.js';

/** A subgraph's address or certificate the gateway cannot use is a configuration mistake, in both. */
describe("the subgraphs' settings", () => {
  const refused = (make: () => unknown) => {
    try {
      make();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  it('says a missing or malformed subgraph URL in Chinese first', () => {
    expect(refused(() => subgraphUrl('guangxi', undefined, { env: {} }))).toBe(
      '没有广西壮族自治区登记库子图的地址：请设置 GUANGXI_SUBGRAPH_URL。No URL for subgraph guangxi: set GUANGXI_SUBGRAPH_URL.',
    );
    expect(
      refused(() => subgraphUrl('guangxi', undefined, { env: { GUANGXI_SUBGRAPH_URL: 'nope' } })),
    ).toMatch(
      /^广西壮族自治区登记库子图的地址“nope”不是网址：.+。The guangxi subgraph's URL "nope" is not a URL/,
    );
  });

  it('says a certificate without its key, or one that cannot be read, in Chinese first', () => {
    expect(refused(() => subgraphDispatcher({ TLS_CLIENT_CERT_FILE: '/x' }, 1000))).toMatch(
      /^要用双向 TLS，须同时设置 TLS_CLIENT_CERT_FILE 和 TLS_CLIENT_KEY_FILE.+。Set both/,
    );
    expect(refused(() => subgraphDispatcher({ TLS_CA_FILE: '/nonexistent/ca.pem' }, 1000))).toMatch(
      /^TLS_CA_FILE 指定的 \/nonexistent\/ca\.pem 无法读取（文件不存在）：请检查路径和权限。TLS_CA_FILE names/,
    );
  });
});

/** In production the gateway sends no secret or token in clear text to another machine. */
describe('subgraph URLs in production', () => {
  const production = { NODE_ENV: 'production' };

  it('refuses http:// to another machine, naming the subgraph and what to do', () => {
    expect(() =>
      checkSubgraphUrl('guangxi', 'http://subgraph.guangxi.example:4012/graphql', production),
    ).toThrow(
      /^广西壮族自治区登记库子图的地址 http:\/\/subgraph\.guangxi\.example:4012\/graphql 是发往另一台机器的明文 HTTP：.+。The guangxi subgraph's URL http:\/\/subgraph\.guangxi\.example:4012\/graphql is plain HTTP to another machine: use https:\/\/.*ALLOW_INSECURE_SUBGRAPHS=true/,
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

/** A subgraph's redirect never carries the secret elsewhere: health and schema checks refuse it. */
describe('a redirect from a subgraph', () => {
  it('is an error, and the place it points to receives nothing', async () => {
    const reached: string[] = [];
    const elsewhere = createServer((req, res) => {
      reached.push(String(req.headers[GATEWAY_SECRET_HEADER]));
      res.end('{}');
    });
    const subgraph = createServer((_req, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${port(elsewhere)}/steal` }).end();
    });
    for (const server of [elsewhere, subgraph])
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const fetch = fetchThrough(getGlobalDispatcher());
      await expect(
        fetch(`http://127.0.0.1:${port(subgraph)}/ready`, {
          headers: { [GATEWAY_SECRET_HEADER]: 'secret' },
        }),
      ).rejects.toThrow();
      const answer = await subgraphRequest(getGlobalDispatcher(), 1_000_000)(
        `http://127.0.0.1:${port(subgraph)}/graphql`,
        { method: 'POST', headers: { [GATEWAY_SECRET_HEADER]: 'secret' }, body: '{}' },
      );
      expect(answer.status).toBe(302);
      expect(reached).toEqual([]);
    } finally {
      for (const server of [elsewhere, subgraph]) {
        server.closeAllConnections();
        server.close();
      }
    }
  });

  it('asks health and schema checks uncompressed, with the headers it was given', async () => {
    const seen: { encoding?: string; secret?: string }[] = [];
    const subgraph = createServer((req, res) => {
      seen.push({
        encoding: req.headers['accept-encoding'],
        secret: String(req.headers[GATEWAY_SECRET_HEADER]),
      });
      res.end('{}');
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    try {
      const answer = await fetchThrough(getGlobalDispatcher())(
        `http://127.0.0.1:${port(subgraph)}/ready`,
        { headers: { [GATEWAY_SECRET_HEADER]: 'secret' } },
      );
      expect(answer.status).toBe(200);
      expect(seen).toEqual([{ encoding: 'identity', secret: 'secret' }]);
    } finally {
      subgraph.closeAllConnections();
      subgraph.close();
    }
  });

  it('refuses a compressed answer to a health or schema check unread', async () => {
    const subgraph = createServer((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('{}'));
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    try {
      await expect(
        fetchThrough(getGlobalDispatcher())(`http://127.0.0.1:${port(subgraph)}/ready`),
      ).rejects.toThrow('The subgraph answered compressed (content-encoding gzip), asked not to.');
    } finally {
      subgraph.closeAllConnections();
      subgraph.close();
    }
  });
});

const port = (server: Server) => (server.address() as AddressInfo).port;
