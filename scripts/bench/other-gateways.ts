import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../shared/listen.js';

/**
 * Other vendors' gateways for the bench's `gateways` scenario, installed with npm into a scratch folder
 * (never into the project) and started there over the same subgraphs and supergraph. Each function
 * throws with the reason when its gateway cannot be installed or started; the bench then skips it.
 */
export const scratch = join(os.tmpdir(), 'registry-bench-gateways');
const HIVE = '@graphql-hive/gateway@2.15.1';
const GRAFBASE = '@grafbase/cli-x86_64-unknown-linux-musl';

export interface Gateway {
  name: string;
  url: string;
  pid: number;
}

/** Installs a package into the scratch folder (once); throws with npm's reason when it cannot. */
function install(spec: string): void {
  try {
    execFileSync('npm', ['install', '--prefix', scratch, '--no-audit', '--no-fund', spec], {
      stdio: 'pipe',
    });
  } catch (error) {
    throw new Error(
      `${spec} 无法安装 could not be installed: ${String((error as { stderr?: Buffer }).stderr ?? error).slice(0, 300)}`,
      { cause: error },
    );
  }
}

/** Hive Gateway on the committed supergraph (copied into the scratch folder by the bench). */
export async function hive(children: ChildProcess[]): Promise<Gateway> {
  install(HIVE);
  // Hive Gateway forwards no header by default: the caller's token, as this gateway forwards it.
  writeFileSync(
    join(scratch, 'gateway.config.mjs'),
    `export const gatewayConfig = { supergraph: './supergraph.graphql', logging: 'error',
  propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }) } };\n`,
  );
  const port = await freePort();
  return spawned(
    children,
    'Hive Gateway',
    join(scratch, 'node_modules/.bin/hive-gateway'),
    ['supergraph', '--port', String(port)],
    port,
  );
}

/** The Grafbase gateway (`grafbase dev`) on a static configuration naming each subgraph. */
export async function grafbase(
  urls: Record<string, string>,
  children: ChildProcess[],
): Promise<Gateway> {
  install(GRAFBASE);
  // A static configuration: each subgraph's URL, introspected at start; the caller's token forwarded.
  writeFileSync(
    join(scratch, 'grafbase.toml'),
    [
      '[[headers]]\nrule = "forward"\nname = "authorization"\n',
      ...Object.entries(urls).map(
        ([name, url]) => `[subgraphs.${name}]\nurl = "${url}"\nintrospection_url = "${url}"\n`,
      ),
    ].join('\n'),
  );
  const port = await freePort();
  return spawned(
    children,
    'Grafbase gateway',
    join(scratch, 'node_modules', GRAFBASE, 'grafbase'),
    ['dev', '--port', String(port)],
    port,
  );
}

/** Another vendor's gateway in the scratch folder, once it answers a query; throws after a minute. */
async function spawned(
  children: ChildProcess[],
  name: string,
  command: string,
  args: string[],
  port: number,
): Promise<Gateway> {
  const child = spawn(command, args, { cwd: scratch, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.on('error', (error) => (stderr = error.message));
  child.stderr!.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-500)));
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let tries = 0; tries < 120 && child.exitCode === null && !child.killed; tries++) {
    const answered = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ registries { code } }' }),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (answered) return { name, url, pid: child.pid! };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGTERM');
  throw new Error(
    `${name} 未能启动 did not start: ${stderr.trim() || '一分钟内没有应答 no answer within a minute'}`,
  );
}
