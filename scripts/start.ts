import '../shared/cli-errors.js';
import cluster, { type Worker } from 'node:cluster';
import { oneLine } from '../shared/one-line.js';
import { stopOnSignals } from '../shared/shutdown.js';
import { commandLine } from '../shared/cli.js';
import { ConfigError, configOrExit } from '../shared/config.js';
import { removeStackFile, writeStackFile } from '../subgraphs/common/stack-file.js';

/**
 * `npm start`: PostgreSQL (DATABASE_URL, or the embedded server under .data/), every subgraph and
 * the gateway, until Ctrl-C. It writes where they run to `.data/stack.json` for the other tools.
 *
 * With `WORKERS=N` (N > 1), N processes each run the whole federation on the same ports (node:cluster
 * shares them), the databases prepared once beforehand; one process is the default because it
 * served the most on two cores (`npm run bench:processes`, README's Performance section).
 */
commandLine(
  `用法 Usage: npm start
  启动整个联邦：PostgreSQL（DATABASE_URL，或 .data/ 下的内置服务器）、各子图和网关，直到按 Ctrl-C；WORKERS、PORT 等环境变量见 README (start the whole federation: PostgreSQL, DATABASE_URL's or the embedded one under .data/, every subgraph and the gateway, until Ctrl-C; WORKERS, PORT and the other variables are in README)`,
  {},
);
const config = configOrExit();
const port = config.port ?? 4000;
// What serves (Apollo, TypeORM, the embedded server) is loaded once the configuration holds, so
// that a mistake in it is told in a fraction of a second rather than after seconds of loading.
const { openDatabaseServer } = await import('../subgraphs/common/database-server.js');
const { prepareDatabases, startStack } = await import('./stack.js');

/** What a worker tells the primary once its stack listens, or why it could not start. */
type WorkerReport = { gatewayUrl: string; subgraphs: [string, string][] } | { error: string };

function portInUse(error: unknown): string | null {
  const { code, port: busy } = error as { code?: string; port?: number };
  return code === 'EADDRINUSE'
    ? `端口 ${busy} 已被占用：是否另有 npm start 在运行？请停止它，或另选端口（网关用 PORT，子图用 <NAME>_PORT，PORT=0 则自动选用空闲端口）。Port ${busy} is in use: is another \`npm start\` running? Stop it, or choose other ports (PORT for the gateway, <NAME>_PORT for a subgraph, PORT=0 for any free one).`
    : null;
}

/** A worker of a WORKERS=N stack: the whole federation on the databases the primary prepared. */
async function serveAsWorker(): Promise<void> {
  let stack;
  try {
    stack = await startStack({
      databaseServerUrl: config.stackDatabaseUrl!,
      port,
      seed: false,
    });
  } catch (error) {
    process.send!({
      error: portInUse(error) ?? String((error as Error).stack ?? error),
    } satisfies WorkerReport);
    process.exit(1);
  }
  process.send!({
    gatewayUrl: stack.gatewayUrl,
    subgraphs: [...stack.subgraphs].map(([name, s]) => [name, s.url]),
  } satisfies WorkerReport);
  stopOnSignals([() => stack.stop()]);
}

async function serve(): Promise<void> {
  const workers = config.workers;
  let database;
  try {
    database = await openDatabaseServer();
  } catch (error) {
    // A configuration mistake (a port another data folder's PostgreSQL holds) ends as every one does.
    if (error instanceof ConfigError) throw error;
    const message = oneLine(error);
    console.error(
      /postmaster\.pid|lock file/.test(message)
        ? `此数据目录已有 PostgreSQL 在运行（另一个 npm start？）：请停止它，或为本次另设 EMBEDDED_POSTGRES_DIR 和 EMBEDDED_POSTGRES_PORT。Another PostgreSQL runs on this data folder (another \`npm start\`?): stop it, or give this one EMBEDDED_POSTGRES_DIR and EMBEDDED_POSTGRES_PORT of its own. (${message})`
        : message,
    );
    process.exit(1);
  }
  if (database.notice) console.log(database.notice);
  console.log(
    database.embedded
      ? `内置 PostgreSQL 已运行 Embedded PostgreSQL running (data in ${database.dataDir})`
      : '使用 DATABASE_URL 的 PostgreSQL 服务器 Using the PostgreSQL server of DATABASE_URL',
  );

  let running: { gatewayUrl: string; subgraphs: [string, string][]; stop(): Promise<void> };
  try {
    running =
      workers === 1 ? await inThisProcess(database.url) : await inWorkers(database.url, workers);
  } catch (error) {
    console.error(portInUse(error) ?? (error as Error).message ?? error);
    await database.stop();
    process.exit(1);
  }
  for (const [name, url] of running.subgraphs)
    console.log(`  子图 subgraph ${name.padEnd(9)} ${url}`);
  writeStackFile({
    gatewayUrl: running.gatewayUrl,
    subgraphUrls: Object.fromEntries(running.subgraphs),
    databaseUrl: database.url,
    pid: process.pid,
  });
  console.log(
    `网关已就绪 Gateway ready at ${running.gatewayUrl}${workers > 1 ? ` (${workers} 个进程 workers)` : ''}`,
  );

  stopOnSignals([
    () => console.log('正在停止 Stopping ...'),
    removeStackFile,
    () => running.stop(),
    () => database.stop(),
  ]);
}

async function inThisProcess(databaseServerUrl: string) {
  const stack = await startStack({ databaseServerUrl, port });
  return {
    gatewayUrl: stack.gatewayUrl,
    subgraphs: [...stack.subgraphs].map(([name, s]): [string, string] => [name, s.url]),
    stop: () => stack.stop(),
  };
}

async function inWorkers(databaseServerUrl: string, count: number) {
  await prepareDatabases(databaseServerUrl);
  const started: Worker[] = [];
  /** Workers that have served: only they are replaced when they die, so a worker that cannot start is not forked again and again. */
  const serving = new Set<Worker>();
  const stopAll = () =>
    Promise.all(
      started.map((worker) =>
        worker.isDead()
          ? Promise.resolve()
          : new Promise((resolve) => (worker.once('exit', resolve), worker.kill('SIGTERM'))),
      ),
    );
  const fork = () => {
    const worker = cluster.fork({ STACK_DATABASE_URL: databaseServerUrl });
    started.push(worker);
    return new Promise<Extract<WorkerReport, { gatewayUrl: string }>>((resolve, reject) => {
      worker.once('message', (report: WorkerReport) => {
        if ('error' in report) return reject(new Error(report.error));
        serving.add(worker);
        resolve(report);
      });
      worker.once('exit', (code, signal) =>
        reject(
          new Error(
            `工作进程在就绪前退出（${signal ?? code}）。A worker exited with ${signal ?? code} before it was ready.`,
          ),
        ),
      );
    });
  };
  let reports;
  try {
    reports = await Promise.all(Array.from({ length: count }, fork));
  } catch (error) {
    await stopAll();
    throw error;
  }
  let stopping = false;
  // A worker that dies while serving is replaced; the others serve meanwhile.
  cluster.on('exit', (worker, code, signal) => {
    if (started.includes(worker)) started.splice(started.indexOf(worker), 1);
    if (stopping || !serving.delete(worker)) return;
    console.error(
      `一个工作进程已退出（${signal ?? code}），正在启动新进程。A worker exited (${signal ?? code}); starting another.`,
    );
    fork().then(
      () => console.log('新进程已接替。A new worker serves in its place.'),
      (error: Error) => {
        // Stopping kills a worker still starting: that is no failure to report.
        if (!stopping)
          console.error(
            `新进程未能启动，无进程接替。The new worker could not start, so none replaces it: ${error.message}`,
          );
      },
    );
  });
  return {
    ...reports[0]!,
    async stop() {
      stopping = true;
      await stopAll();
    },
  };
}

if (cluster.isWorker) await serveAsWorker();
else await serve();
