import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { regionBySlug } from '../subgraphs/regions.js';
import { bearer, useStack } from './harness.js';

/** Writes to Guangxi through the gateway, on databases of this file's own. */
const federation = useStack({ ownDatabases: 'class_cache' });

const editorOf = (region: string, subject = `editor-${region}`) =>
  bearer({ role: 'editor', region, subject });
const analyst = (subject = 'analyst') => bearer({ role: 'analyst', subject });

async function post(query: string, headers: Record<string, string>, variables?: object) {
  const response = await fetch(federation.stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

/** A number the gateway's /metrics reports, summed over its labels. */
async function metric(name: string, labels = ''): Promise<number> {
  const text = await (
    await fetch(federation.stack.gatewayUrl.replace('/graphql', '/metrics'))
  ).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(name) && line.includes(labels))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}
/** A committed write in a region, by its editor: a social work agency named `name` and the time. */
async function createAgency(slug: string, name: string, city: string) {
  const created = await post(
    `mutation ($input: InstitutionInput!) { ${slug} { createInstitution(input: $input) { id } } }`,
    await editorOf(regionBySlug(slug).code),
    { input: { name: `${name}${Date.now()}`, kind: 'SOCIAL_WORK_AGENCY', city } },
  );
  expect(created.body.errors).toBeUndefined();
}

const subgraphFetches = () => metric('subgraph_fetch_duration_seconds_count');
const pipelineRequests = () => metric('graphql_requests_total');

const workers = `query Workers { guangxi { socialWorkers(first: 20) { edges { node { id name certificateNumber } } } } }`;
const names = (body: { data?: any }) =>
  (
    body.data.guangxi.socialWorkers.edges as {
      node: { name: string | null; certificateNumber: string | null };
    }[]
  ).flatMap(({ node }) => [node.name, node.certificateNumber]);

describe('answers cached by visibility class', () => {
  it('never lets a personal field cross from an editor of GX to an analyst or an editor of NX', async () => {
    const warm = await post(workers, await editorOf('GX'));
    expect(warm.body.errors).toBeUndefined();
    expect(names(warm.body).filter(Boolean).length).toBeGreaterThan(0);
    const warmed = await post(workers, await editorOf('GX', 'another-editor-of-GX'));
    // Another editor of the same region is the same class: the cached answer, personal data and all.
    expect(warmed.response.headers.get('age')).not.toBeNull();
    expect(warmed.body).toEqual(warm.body);
    expect(warmed.response.headers.get('cache-control')).toBe('private, no-cache');

    for (const headers of [await analyst(), await editorOf('NX'), await analyst('someone-else')]) {
      const other = await post(workers, headers);
      expect(other.body.errors).toBeUndefined();
      expect(names(other.body).length).toBe(names(warm.body).length);
      expect(names(other.body).filter((value) => value !== null)).toEqual([]);
    }
    // The analysts' class has an answer of its own by now, still without personal data.
    const analystAgain = await post(workers, await analyst('a-third-analyst'));
    expect(analystAgain.response.headers.get('age')).not.toBeNull();
    expect(names(analystAgain.body).filter((value) => value !== null)).toEqual([]);
  });

  it('answers a cached request before the pipeline, with the headers of the answer it stored', async () => {
    const query = '{ ningxia { institutions(first: 3) { totalCount edges { node { name } } } } }';
    const headers = await analyst();
    const miss = await post(query, headers);
    const [pipeline, fetches] = [await pipelineRequests(), await subgraphFetches()];
    const hit = await post(query, headers);
    expect(hit.body).toEqual(miss.body);
    expect(await pipelineRequests()).toBe(pipeline);
    expect(await subgraphFetches()).toBe(fetches);
    expect(await metric('class_cache_answers_total', 'outcome="hit"')).toBeGreaterThan(0);
    for (const name of ['content-type', 'cache-control', 'x-request-id'])
      expect([name, hit.response.headers.has(name)]).toEqual([
        name,
        miss.response.headers.has(name),
      ]);
    expect(hit.response.headers.get('content-type')).toBe(
      miss.response.headers.get('content-type'),
    );
    expect(hit.response.headers.get('cache-control')).toBe(
      miss.response.headers.get('cache-control'),
    );
    expect(hit.response.headers.get('x-request-id')).not.toBe(
      miss.response.headers.get('x-request-id'),
    );
    // A token the gateway refuses is never answered from the cache: the subgraphs refuse it.
    const forged = await post(query, {
      authorization: `${headers.authorization!.slice(0, -4)}AAAA`,
    });
    expect(forged.body.errors).toBeDefined();
    expect(forged.response.headers.get('age')).toBeNull();
  });

  it('makes class-cached answers of a region stale with a committed write, and keeps the others', async () => {
    const count = '{ guangxi { institutions(first: 1) { totalCount } } }';
    const elsewhere = '{ sichuan { institutions(first: 1) { totalCount } } }';
    const headers = await analyst();
    const before = await post(count, headers);
    await post(elsewhere, headers);
    expect((await post(count, headers)).response.headers.get('age')).not.toBeNull();

    const refused = await post(
      'mutation { guangxi { createInstitution(input: { name: "分析员写入" }) { id } } }',
      headers,
    );
    expect(refused.body.errors).toBeDefined();
    // A mutation that committed nothing leaves every answer cached.
    expect((await post(count, headers)).response.headers.get('age')).not.toBeNull();

    await createAgency('guangxi', '广西类别缓存测试机构', '南宁市');

    const after = await post(count, headers);
    expect(after.response.headers.get('age')).toBeNull();
    expect(after.body.data.guangxi.institutions.totalCount).toBe(
      before.body.data.guangxi.institutions.totalCount + 1,
    );
    // Sichuan had no write: its answer is still the cached one.
    expect((await post(elsewhere, headers)).response.headers.get('age')).not.toBeNull();
  });
});

describe('subgraph fetches cached by visibility class', () => {
  it('answers a varied query from the fetches of regions that did not change', async () => {
    const query = `query Varied($first: Int) {
      guangxi { institutions(first: $first) { totalCount } }
      tianjin { institutions(first: 1) { totalCount } } }`;
    const headers = await analyst();
    const fetchesOf = (subgraph: string) =>
      metric('subgraph_fetch_duration_seconds_count', `subgraph="${subgraph}"`);
    expect((await post(query, headers, { first: 1 })).body.errors).toBeUndefined();
    const [guangxi, tianjin] = [await fetchesOf('guangxi'), await fetchesOf('tianjin')];
    const varied = await post(query, headers, { first: 2 });
    expect(varied.body.errors).toBeUndefined();
    expect(varied.response.headers.get('age')).toBeNull();
    // A new page of Guangxi's; Tianjin's part is the same fetch as before.
    expect(await fetchesOf('guangxi')).toBe(guangxi + 1);
    expect(await fetchesOf('tianjin')).toBe(tianjin);

    await createAgency('tianjin', '天津类别缓存测试机构', '天津市');
    const afterWrite = await post(query, headers, { first: 3 });
    expect(await fetchesOf('tianjin')).toBe(tianjin + 2);
    expect(afterWrite.body.data.tianjin.institutions.totalCount).toBe(
      varied.body.data.tianjin.institutions.totalCount + 1,
    );
  });
});

describe('ETags for persisted queries over GET', () => {
  it('answers If-None-Match with 304 without asking a subgraph, until a write changes the region', async () => {
    const query = 'query Dashboard { guangxi { institutions(first: 2) { totalCount } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const headers = { ...(await analyst()), 'apollo-require-preflight': 'true' };
    const get = (extra: Record<string, string> = {}) =>
      fetch(
        `${federation.stack.gatewayUrl}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`,
        { headers: { ...headers, ...extra } },
      );
    expect((await post(query, headers)).body.errors).toBeUndefined();
    const first = await get();
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);

    const fetches = await subgraphFetches();
    const unchanged = await get({ 'if-none-match': etag! });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(await unchanged.text()).toBe('');
    expect(await subgraphFetches()).toBe(fetches);

    await createAgency('guangxi', '广西标签测试机构', '南宁市');
    const changed = await get({ 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await subgraphFetches()).toBeGreaterThan(fetches);
  });
});
