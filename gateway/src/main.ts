import '../../shared/cli-errors.js';
import { listen } from '../../shared/listen.js';
import { stopOnSignals } from '../../shared/shutdown.js';
import { createGateway } from './gateway.js';

/** Runs the gateway alone, against subgraph URLs from the environment (`<NAME>_SUBGRAPH_URL`). */
const gateway = await createGateway();
const listening = await listen(gateway.app, Number(process.env.PORT ?? 4000));
console.log(`Gateway ready at ${listening.url}`);

stopOnSignals([() => listening.close(), () => gateway.stop()]);
