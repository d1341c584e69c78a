import { compareRegions } from './bench/comparison.js';
import { usageError } from '../shared/cli.js';
import { benchOptions, benchUsage, startFederation, type Federation } from './bench/federation.js';
import { compareGateways } from './bench/gateways.js';
import { overload } from './bench/overload.js';
import { redisOutage } from './bench/redis-outage.js';

/**
 * `npm run bench [-- --scale 100000 --seconds 10 --connections 10 --only overload,redis-outage,gateways]`:
 * the federation on a registry of `scale` social workers (databases prefixed bench_), every
 * subgraph and gateway in a process of its own, loaded by one scenario of scripts/bench/ after
 * another (those named by `--only`, or all). Each writes its own section of BENCHMARKS.md and
 * prints its figures; a new scenario is a line here.
 */
const scenarios: Record<string, (federation: Federation) => Promise<void>> = {
  federation: compareRegions,
  overload,
  'redis-outage': redisOutage,
  gateways: compareGateways,
};

const options = benchOptions();
const unknown = options.only.filter((name) => !scenarios[name]);
if (unknown.length)
  usageError(
    benchUsage,
    `没有基准场景 ${unknown.join(', ')}：请从 ${Object.keys(scenarios).join(', ')} 中选择。No bench scenario ${unknown.join(', ')}: choose among ${Object.keys(scenarios).join(', ')}.`,
  );
const federation = await startFederation(options);
try {
  for (const [name, run] of Object.entries(scenarios))
    if (!options.only.length || options.only.includes(name)) await run(federation);
} finally {
  await federation.stop();
}
