import { openDatabaseServer } from '../subgraphs/common/database-server.js';
import { startStack } from './stack.js';

/**
 * `npm start`: PostgreSQL (DATABASE_URL, or the embedded server under .data/), every subgraph and
 * the gateway, until Ctrl-C.
 */
const database = await openDatabaseServer();
console.log(database.embedded ? 'Embedded PostgreSQL started (data in .data/postgres)' : 'Using the PostgreSQL server of DATABASE_URL');
let stack;
try {
  stack = await startStack({ databaseServerUrl: database.url, port: Number(process.env.PORT ?? 4000) });
} catch (error) {
  console.error(error);
  await database.stop();
  process.exit(1);
}
for (const [name, subgraph] of stack.subgraphs) console.log(`  subgraph ${name.padEnd(9)} ${subgraph.url}`);
console.log(`Gateway ready at ${stack.gatewayUrl}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping ...');
    await stack.stop();
    await database.stop();
    process.exit(0);
  });
}
