import path from 'node:path';
import { openDatabaseServer } from '../subgraphs/common/database-server.js';
import { removeStackFile, writeStackFile } from '../subgraphs/common/stack-file.js';
import { startStack } from './stack.js';

/**
 * `npm start`: PostgreSQL (DATABASE_URL, or the embedded server under .data/), every subgraph and
 * the gateway, until Ctrl-C. It writes where they run to `.data/stack.json` for the other tools.
 */
let database;
try {
  database = await openDatabaseServer();
} catch (error) {
  const message = (error as Error).message;
  console.error(message);
  if (/postmaster\.pid|lock file/.test(message)) {
    console.error('Another PostgreSQL runs on this data folder (another `npm start`?): stop it, or give this one EMBEDDED_POSTGRES_DIR and EMBEDDED_POSTGRES_PORT of its own.');
  }
  process.exit(1);
}
const dataDir = path.resolve(process.env.EMBEDDED_POSTGRES_DIR || '.data/postgres');
console.log(database.embedded ? `Embedded PostgreSQL running (data in ${dataDir})` : 'Using the PostgreSQL server of DATABASE_URL');
let stack;
try {
  stack = await startStack({ databaseServerUrl: database.url, port: Number(process.env.PORT ?? 4000) });
} catch (error) {
  const { code, port } = error as { code?: string; port?: number };
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is in use: is another \`npm start\` running? Stop it, or choose other ports (PORT for the gateway, <NAME>_PORT for a subgraph, PORT=0 for any free one).`
      : error,
  );
  await database.stop();
  process.exit(1);
}
for (const [name, subgraph] of stack.subgraphs) console.log(`  subgraph ${name.padEnd(9)} ${subgraph.url}`);
writeStackFile({ gatewayUrl: stack.gatewayUrl, databaseUrl: database.url, pid: process.pid });
console.log(`Gateway ready at ${stack.gatewayUrl}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping ...');
    removeStackFile();
    await stack.stop();
    await database.stop();
    process.exit(0);
  });
}
