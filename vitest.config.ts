import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/longest-first.js';
import { runRedisNamespace } from './test/run-redis-namespace.js';
import { runTemporaryFolder } from './test/run-temporary-folder.js';

/**
 * The e2e files that set the environment of the whole process when they load (production mode,
 * secrets, a backup folder, a subgraph's gateway secret): each runs in a process of its own.
 */
const ownEnvironment = [
  'test/hostile-queries.e2e.ts',
  'test/fuzz.e2e.ts',
  'test/backup.e2e.ts',
  'test/subgraph-access.e2e.ts',
];

/**
 * Three projects: `*.test.ts` needs nothing running; `*.e2e.ts` runs against real PostgreSQL
 * (DATABASE_URL, or an embedded server started for the run) through the real gateway, in two
 * projects. The e2e files share their worker's module graph, one file after another, which spares
 * re-importing the gateway, the subgraphs and Apollo for every file (the e2e imports: 70 s isolated,
 * 17 s shared, on 2 cores); what they set in the environment is put back after them (useStack's
 * database prefix and Redis namespace), and a file that leaves it changed fails
 * (test/environment-guard.ts). Those of `ownEnvironment` keep a process each.
 */
export default defineConfig({
  // graphql 16 has no exports map: Node loads its CommonJS build for everyone, Vite would give our
  // sources its ESM build. Two copies break `instanceof` between the gateway's schema and our code,
  // so tests resolve it as Node does.
  resolve: {
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // Request logs of every test would drown the report; warnings and errors still show.
    // A Redis namespace of the run's own, so that no cached answer outlives the run that made it;
    // its keys are removed when it ends (test/run-redis-namespace.ts).
    // Subgraphs get a minute to answer: on a busy machine the 5 s default fails requests that no
    // test is about; a test of the timeout sets its own (<NAME>_SUBGRAPH_TIMEOUT_MS).
    env: {
      LOG_LEVEL: 'warn',
      REDIS_NAMESPACE: runRedisNamespace,
      SUBGRAPH_TIMEOUT_MS: '60000',
      // What every gateway sets when it is built (gateway/src/gateway.ts), set before: building one
      // then changes no file's environment (test/environment-guard.ts).
      APOLLO_TELEMETRY_DISABLED: 'true',
      // A temporary folder of the run's own, removed when it ends (test/run-temporary-folder.ts).
      TMPDIR: runTemporaryFolder,
    },
    // The longest files first in each group (test/longest-first.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          globalSetup: [
            'test/run-temporary-folder.ts',
            'test/run-redis-namespace.ts',
            'test/compiled-tools.ts',
          ],
          // One module graph per worker rather than per file: these files share no state (no
          // environment set at import, no module mocks), and re-importing the gateway and Apollo
          // for each file was half of the project's time (64 s isolated, 32 s not, on 2 cores).
          // The e2e files set the environment of their stacks and stay isolated.
          isolate: false,
          // A guard against a hang, not a speed check: composing the supergraph takes seconds on a
          // busy two-core machine, past vitest's 5 s default.
          testTimeout: 60_000,
          // Gateways before stub subgraphs are built in hooks: seconds on a busy machine, too.
          hookTimeout: 60_000,
          // vitest's default is a worker fewer than the cores: one, on 2 cores. Two took 35.1 and
          // 30.9 s against 43.0 and 39.1 s, run alternately (its files wait on processes they start).
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.ts'],
          exclude: ownEnvironment,
          isolate: false,
          setupFiles: ['test/wait-for-databases.ts', 'test/environment-guard.ts'],
          globalSetup: [
            'test/run-temporary-folder.ts',
            'test/run-redis-namespace.ts',
            'test/global-setup.ts',
            'test/compiled-tools.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts a whole federation; two at once is what two cores carry well.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-own-environment',
          include: ownEnvironment,
          setupFiles: ['test/wait-for-databases.ts'],
          globalSetup: [
            'test/run-temporary-folder.ts',
            'test/run-redis-namespace.ts',
            'test/global-setup.ts',
            'test/compiled-tools.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // With the other e2e files, sharing their two workers: a long one of these need not wait for
          // them all to end, and run last while the other worker has nothing left.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
