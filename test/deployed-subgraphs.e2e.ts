import { execFile, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTool, toolArguments } from './tool-command.js';
import { subgraphObjects } from '../scripts/kubernetes-workloads.js';
import { issueToken } from '../shared/auth.js';
import { dropDatabase } from '../subgraphs/common/database-server.js';
import { subgraphs, type SubgraphInfo } from '../subgraphs/regions.js';
import { testDatabasePrefix } from './database-prefix.js';
import {
  composeEnvironment,
  deploymentKeys,
  imageEnvironment,
  kubernetesEnvironment,
  secretFor,
} from './deployment-environment.js';
import { copyDatabase, databaseUrl, seededTemplate } from './template-databases.js';

/**
 * A subgraph started as the deployment files start it, in a process of its own: in production
 * (the image's `ENV`), with exactly the environment its docker-compose.yml service or Kubernetes
 * Deployment gives it and nothing of this process's, a value for each secret it requires. Only
 * its database (a copy of the seeded one), its port, its address, its log level and its temporary
 * folder are the test's. A setting it requires in production and the files leave out fails here,
 * not on a host. The gateway's own test is test/deployed-gateway.test.ts.
 */
const beijing = subgraphs.find((s) => s.name === 'beijing')!;
const national = subgraphs.find((s) => s.name === 'national')!;
const databaseOf = (subgraph: SubgraphInfo) => `${testDatabasePrefix}deployed_${subgraph.database}`;

/** Every program a test started, ready or not: each is stopped after its test, whatever happened. */
const started = new Set<ChildProcess>();
beforeAll(async () => {
  for (const subgraph of [beijing, national])
    await copyDatabase(inject('databaseServerUrl'), seededTemplate(subgraph), databaseOf(subgraph));
});
afterEach(async () => {
  for (const child of started) {
    started.delete(child);
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }
});
afterAll(async () => {
  for (const subgraph of [beijing, national])
    await dropDatabase(databaseUrl(inject('databaseServerUrl'), databaseOf(subgraph)));
});

/** The subgraph started with `env` (its deployment's), on the test's database; its URL. */
async function start(subgraph: SubgraphInfo, env: Record<string, string>): Promise<string> {
  const { url } = await startTool('subgraphs/main.ts', [subgraph.name], {
    inheritEnv: false,
    onSpawn: (child) => started.add(child),
    env: {
      ...imageEnvironment(),
      ...env,
      [`${subgraph.name.toUpperCase()}_DATABASE_URL`]: databaseUrl(
        inject('databaseServerUrl'),
        databaseOf(subgraph),
      ),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // The run's temporary folder, removed after it (tsx keeps its cache there): not a setting of the deployment.
      TMPDIR: process.env.TMPDIR,
    },
  });
  return url;
}

/** Asks the subgraph as the gateway does (its secret), with an analyst's token signed with the deployment's private key. */
async function ask(url: string, subgraph: SubgraphInfo, query: string, asGateway = true) {
  const upper = subgraph.name.toUpperCase();
  const token = await issueToken(
    { subject: 'deployment-test', role: 'analyst' },
    { JWT_PRIVATE_KEY_FILE: deploymentKeys().privateKey },
  );
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(asGateway ? { 'x-gateway-secret': secretFor(`${upper}_GATEWAY_SECRET`) } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: unknown },
  };
}

/** Beijing's institutions as an analyst counts them: more than the 12 published an anonymous caller sees. */
const institutions = '{ beijing { code institutions(first: 1) { totalCount } } }';

describe('a subgraph as the deployment files start it', () => {
  it('starts with its docker-compose.yml service’s environment, serves the gateway in production, and no one else', async () => {
    const url = await start(beijing, composeEnvironment('beijing'));
    const { status, body } = await ask(url, beijing, institutions);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.beijing.code).toBe('BJ');
    // The token was verified with the deployment's key: an analyst sees more than the published.
    expect(body.data.beijing.institutions.totalCount).toBeGreaterThan(12);
    expect((await ask(url, beijing, institutions, false)).status).toBe(403);
  });

  it('starts the national directory with its docker-compose.yml service’s environment', async () => {
    const url = await start(national, composeEnvironment('national'));
    const { status, body } = await ask(url, national, '{ registries { code } }');
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.registries).toHaveLength(6);
  });

  it('starts with its Kubernetes Deployment’s environment and serves the gateway', async () => {
    const url = await start(beijing, kubernetesEnvironment(subgraphObjects(beijing)));
    const { status, body } = await ask(url, beijing, institutions);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.beijing.institutions.totalCount).toBeGreaterThan(12);
  });
});

describe('a subgraph started beside a running stack, as the restore drill starts one', () => {
  it('says in one line that its port is taken and which variable chooses another, exit code 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const failed = await promisify(execFile)(
        process.execPath,
        [...toolArguments('subgraphs/main.ts'), beijing.name],
        {
          env: {
            ...process.env,
            PORT: String(port),
            BEIJING_DATABASE_URL: databaseUrl(inject('databaseServerUrl'), databaseOf(beijing)),
          },
          timeout: 120_000,
        },
      ).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr.trim()).toBe(
        `端口 ${port} 已被占用：是否 npm start 正在运行（其中的 beijing 子图用的就是它）？请用 PORT 另选端口（如 PORT=${port + 500}），PORT=0 则自动选用空闲端口。` +
          `Port ${port} is in use: is \`npm start\` running (its beijing subgraph listens there)? Choose another with PORT (PORT=${port + 500}, say), or PORT=0 for any free one.`,
      );
    } finally {
      taken.close();
    }
  });
});
