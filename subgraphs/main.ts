import '../shared/cli-errors.js';
import { listen } from '../shared/listen.js';
import { stopOnSignals } from '../shared/shutdown.js';
import { configOrExit } from '../shared/config.js';
import { subgraphs } from './regions.js';

/** `npm run subgraph -- guangxi`: one subgraph alone, as a regional team runs it. */
const name = process.argv[2];
const info = subgraphs.find((s) => s.name === name);
if (!info) {
  console.error(
    `用法 Usage: npm run subgraph -- <name>，名称为以下之一 one of: ${subgraphs.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
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
const listening = await listen(subgraph.app.app, config.port ?? info.port, config.host);
console.log(`子图 ${info.name} 已就绪 Subgraph ${info.name} ready at ${listening.url}`);

stopOnSignals([() => listening.close(), () => subgraph.close(), () => database.stop()]);
