import '../../shared/cli-errors.js';
import { commandLine } from '../../shared/cli.js';
import { configOrExit } from '../../shared/config.js';
import { listen } from '../../shared/listen.js';
import { stopOnSignals } from '../../shared/shutdown.js';
import { limitsFromEnv } from './limits.js';

/** Runs the gateway alone, against subgraph URLs from the environment (`<NAME>_SUBGRAPH_URL`). */
commandLine(
  `用法 Usage: npm run gateway
  单独运行网关，子图地址取自 <NAME>_SUBGRAPH_URL（未设置时取超图中的地址）；端口取自 PORT，默认 4000 (run the gateway alone, against the subgraph URLs in <NAME>_SUBGRAPH_URL, else the supergraph's; on PORT, 4000 unless set)`,
  {},
);
const config = configOrExit();
// Apollo is loaded once the configuration and the limits hold: a mistake in either is told at once.
limitsFromEnv();
const { createGateway } = await import('./gateway.js');
const gateway = await createGateway();
const listening = await listen(gateway.app, config.port ?? 4000, config.host);
console.log(`网关已就绪 Gateway ready at ${listening.url}`);

stopOnSignals([() => listening.close(), () => gateway.stop()]);
