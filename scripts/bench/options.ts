import { commandLine, countArgument } from '../../shared/cli.js';

/**
 * The bench's command line, apart from the federation it starts: read by modules that load
 * nothing else, so that `--help` and a usage mistake are answered before the libraries load.
 */
export interface BenchOptions {
  scale: number;
  seconds: number;
  connections: number;
  /** The scenarios to run, by name; all when empty. */
  only: string[];
}

export const benchUsage = `用法 Usage: npm run bench [-- --scale 100000 --seconds 10 --connections 10 --only 场景,… --verbose]
  在 --scale 名社工规模的登记库上加载整个联邦，逐个运行场景（--only 只运行所列的），各写入 BENCHMARKS.md 的一节 (load the federation on a registry of --scale social workers, scenario after scenario, those of --only alone if given; each writes its section of BENCHMARKS.md)
  场景 scenarios: federation, overload, redis-outage, gateways
  --seconds 每次加载的秒数 (seconds of each load)  --connections 并发连接数 (concurrent connections)  --verbose 显示各服务的日志 (show the services' logs)`;

/** `--scale 100000 --seconds 10 --connections 10 [--only overload,redis-outage] [--verbose]`. */
export function benchOptions(): BenchOptions {
  const values = commandLine(benchUsage, {
    scale: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    only: { type: 'string', default: '' },
    verbose: { type: 'boolean', default: false },
  });
  process.env.DATABASE_PREFIX = 'bench_';
  // The figures, not the servers' logs: warnings and errors only, unless --verbose (or LOG_LEVEL).
  process.env.LOG_LEVEL ??= values.verbose ? 'info' : 'warn';
  return {
    scale: countArgument(benchUsage, '--scale', values.scale, 100_000),
    seconds: countArgument(benchUsage, '--seconds', values.seconds, 10),
    connections: countArgument(benchUsage, '--connections', values.connections, 10),
    only: values.only.split(',').filter(Boolean),
  };
}
