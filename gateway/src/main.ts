import '../../shared/cli-errors.js';
import { configOrExit } from '../../shared/config.js';
import { listen } from '../../shared/listen.js';
import { stopOnSignals } from '../../shared/shutdown.js';
import { limitsFromEnv } from './limits.js';

/** Runs the gateway alone, against subgraph URLs from the environment (`<NAME>_SUBGRAPH_URL`). */
const config = configOrExit();
// Apollo is loaded once the configuration and the limits hold: a mistake in either is told at once.
limitsFromEnv();
const { createGateway } = await import('./gateway.js');
const gateway = await createGateway();
const listening = await listen(gateway.app, config.port ?? 4000, config.host);
console.log(`网关已就绪 Gateway ready at ${listening.url}`);

stopOnSignals([() => listening.close(), () => gateway.stop()]);
