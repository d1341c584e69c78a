import '../shared/cli-errors.js';
import { listen } from '../shared/listen.js';
import { stopOnSignals } from '../shared/shutdown.js';
import { commandArguments, usageError } from '../shared/cli.js';
import { configOrExit } from '../shared/config.js';
import { subgraphs } from './regions.js';

/** `npm run subgraph -- guangxi`: one subgraph alone, as a regional team runs it. */
const usage = `用法 Usage: npm run subgraph -- <名称 name>
  单独运行一个子图，如一个地区的团队所运行的；名称为以下之一 (run one subgraph alone, as a regional team runs it; the name one of): ${subgraphs.map((s) => s.name).join(', ')}`;
const name = commandArguments(usage, {}, { positionals: 1 }).positionals[0];
const info = subgraphs.find((s) => s.name === name);
if (!info)
  usageError(
    usage,
    name ? `没有子图 ${name}。There is no subgraph ${name}.` : '缺少子图名称。No subgraph named.',
  );
// A database of its own (`<NAME>_DATABASE_URL`, as in docker-compose) needs no server started here.
const config = configOrExit();
// Apollo, TypeORM and the embedded server are loaded once the name and the configuration hold.
const { openDatabaseServer } = await import('./common/database-server.js');
const { openSubgraph } = await import('./open.js');
const own = config.subgraphDatabaseUrl(info.name);
const database = own
  ? { url: own, embedded: false, stop: async () => {} }
  : await openDatabaseServer();
const subgraph = await openSubgraph(info.name, database.url);
const port = config.port ?? info.port;
const listening = await listen(subgraph.app.app, port, config.host).catch(
  async (error: unknown) => {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    // Said in one line with what to do, as `npm start` says it: the usual cause is a running stack
    // whose subgraph has the port (a restore drill beside it).
    console.error(
      `端口 ${port} 已被占用：是否 npm start 正在运行（其中的 ${info.name} 子图用的就是它）？请用 PORT 另选端口（如 PORT=${port + 500}），PORT=0 则自动选用空闲端口。` +
        `Port ${port} is in use: is \`npm start\` running (its ${info.name} subgraph listens there)? Choose another with PORT (PORT=${port + 500}, say), or PORT=0 for any free one.`,
    );
    await subgraph.close();
    await database.stop();
    process.exit(1);
  },
);
console.log(`子图 ${info.name} 已就绪 Subgraph ${info.name} ready at ${listening.url}`);

stopOnSignals([() => listening.close(), () => subgraph.close(), () => database.stop()]);
