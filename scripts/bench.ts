import { usageError } from '../shared/cli.js';
import { benchOptions, benchUsage } from './bench/options.js';
import type { Federation } from './bench/federation.js';

type Scenario = (federation: Federation) => Promise<void>;

/**
 * `npm run bench [-- --scale 100000 --seconds 10 --connections 10 --only overload,redis-outage,gateways]`:
 * the federation on a registry of `scale` social workers (databases prefixed bench_), every
 * subgraph and gateway in a process of its own, loaded by one scenario of scripts/bench/ after
 * another (those named by `--only`, or all). Each writes its own section of BENCHMARKS.md and
 * prints its figures; a new scenario is a line here. A scenario's module, and the federation's,
 * load once the command line is read, so that `--help` and a mistaken `--only` answer at once.
 */
const scenarios: Record<string, () => Promise<Scenario>> = {
  federation: async () => (await import('./bench/comparison.js')).compareRegions,
  overload: async () => (await import('./bench/overload.js')).overload,
  'redis-outage': async () => (await import('./bench/redis-outage.js')).redisOutage,
  gateways: async () => (await import('./bench/gateways.js')).compareGateways,
};

const options = benchOptions();
const unknown = options.only.filter((name) => !scenarios[name]);
if (unknown.length)
  usageError(
    benchUsage,
    `没有基准场景 ${unknown.join(', ')}：请从 ${Object.keys(scenarios).join(', ')} 中选择。No bench scenario ${unknown.join(', ')}: choose among ${Object.keys(scenarios).join(', ')}.`,
  );
const { startFederation } = await import('./bench/federation.js');
const federation = await startFederation(options);
try {
  for (const [name, scenario] of Object.entries(scenarios))
    if (!options.only.length || options.only.includes(name)) await (await scenario())(federation);
} finally {
  await federation.stop();
}
