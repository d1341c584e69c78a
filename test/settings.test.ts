import { describe, expect, it } from 'vitest';
import { redisCircuitTimes } from '../gateway/src/cache.js';
import { quotasFromEnv } from '../gateway/src/caller-quota.js';
import { classCacheMaxAge, createClassCache } from '../gateway/src/class-cache/index.js';
import { concurrencyFromEnv } from '../gateway/src/concurrency.js';
import { subgraphTimeoutMs } from '../gateway/src/gateway.js';
import { limitsFromEnv } from '../gateway/src/limits.js';
import { maxQueryLength } from '../gateway/src/query-length.js';
import { schemaCheckSetting } from '../gateway/src/schema-check.js';
import { authConfig } from '../shared/auth.js';
import { ConfigError, onOrOff, readConfig } from '../shared/config.js';
import { createLogger } from '../shared/observability.js';
import { cacheMaxAge } from '../subgraphs/common/cache-policy.js';
import { embeddedPostgresPort } from '../subgraphs/common/database-server.js';
import { migrate } from '../subgraphs/common/migrate.js';

type Read = (env: NodeJS.ProcessEnv) => number | null | undefined;

interface NumericSetting {
  name: string;
  /** How the module that uses the variable reads it. */
  read: Read;
  /** The words of its message after "must be". */
  takes: string;
  /** What it is when unset, as the README says (undefined: the program's own choice). */
  fallback: number | undefined;
  least: number;
  most?: number;
}

const production = { NODE_ENV: 'production', JWT_SECRET: 'y'.repeat(32) };
const limit =
  (key: keyof ReturnType<typeof limitsFromEnv>): Read =>
  (env) =>
    limitsFromEnv(env)[key];

/** The ranges the settings take, in the words of their messages. */
const count = { takes: 'a whole number above 0', least: 1 };
const milliseconds = { takes: 'a whole number of milliseconds above 0', least: 1 };
const seconds = { takes: 'a whole number of seconds above 0', least: 1 };
const bytes = { takes: 'a whole number of bytes above 0', least: 1 };
const secondsOrNone = { takes: 'a whole number of seconds (0 or more)', least: 0 };
const port = { takes: 'a port number from 0 to 65535', least: 0, most: 65_535 };

/**
 * Every whole-number variable, read through the module that uses it: a module that reads another
 * name, range or default than the README gives fails here, without starting anything.
 */
const numeric: NumericSetting[] = [
  { name: 'MAX_QUERY_DEPTH', read: limit('maxDepth'), fallback: 12, ...count },
  { name: 'MAX_QUERY_ALIASES', read: limit('maxAliases'), fallback: 30, ...count },
  { name: 'MAX_QUERY_TOKENS', read: limit('maxTokens'), fallback: 2000, ...count },
  { name: 'MAX_QUERY_DIRECTIVES', read: limit('maxDirectives'), fallback: 20, ...count },
  { name: 'MAX_REPEATED_FIELD', read: limit('maxRepeatedField'), fallback: 3, ...count },
  { name: 'MAX_QUERY_COST', read: limit('maxCost'), fallback: 50_000, ...count },
  {
    name: 'MAX_BODY_BYTES',
    read: limit('maxBodyBytes'),
    fallback: 100_000,
    ...bytes,
  },
  {
    name: 'SUBGRAPH_TIMEOUT_MS',
    read: limit('subgraphTimeoutMs'),
    fallback: 5000,
    ...milliseconds,
  },
  { name: 'MAX_MEASURE_CELLS', read: limit('maxMeasureCells'), fallback: 10_000, ...count },
  {
    name: 'MAX_SUBGRAPH_ANSWER_BYTES',
    read: limit('maxSubgraphAnswerBytes'),
    fallback: 67_108_864,
    ...bytes,
  },
  {
    name: 'SICHUAN_SUBGRAPH_TIMEOUT_MS',
    read: (env) => subgraphTimeoutMs('sichuan', limitsFromEnv(env).subgraphTimeoutMs, env),
    fallback: 5000,
    ...milliseconds,
  },
  {
    name: 'MAX_CONCURRENT_REQUESTS',
    read: (env) => concurrencyFromEnv(env).maxConcurrent,
    fallback: 16,
    ...count,
  },
  {
    name: 'MAX_QUEUED_REQUESTS',
    read: (env) => concurrencyFromEnv(env).maxQueued,
    fallback: 32,
    ...count,
  },
  {
    name: 'MAX_QUERY_LENGTH',
    read: maxQueryLength,
    fallback: 20_000,
    takes: 'a whole number of characters above 0',
    least: 1,
  },
  {
    name: 'PERSISTED_QUERIES_PER_MINUTE',
    read: (env) => quotasFromEnv(env).persistedQueries.perMinute,
    fallback: 30,
    ...count,
  },
  {
    name: 'CACHED_RESPONSES_PER_MINUTE',
    read: (env) => quotasFromEnv(env).responses.perMinute,
    fallback: 120,
    ...count,
  },
  { name: 'CLASS_CACHE_MAX_AGE', read: classCacheMaxAge, fallback: 30, ...secondsOrNone },
  {
    name: 'CACHE_TIMEOUT_MS',
    read: (env) => redisCircuitTimes(env).timeoutMs,
    fallback: 20,
    ...milliseconds,
  },
  {
    name: 'CACHE_RETRY_MS',
    read: (env) => redisCircuitTimes(env).retryMs,
    fallback: 5000,
    ...milliseconds,
  },
  {
    name: 'JWT_MAX_AGE',
    read: (env) => authConfig({ ...production, ...env }).maxAgeSeconds,
    fallback: 86_400,
    ...seconds,
  },
  { name: 'CACHE_MAX_AGE', read: cacheMaxAge, fallback: 30, ...secondsOrNone },
  {
    name: 'EMBEDDED_POSTGRES_PORT',
    read: embeddedPostgresPort,
    fallback: 54_320,
    takes: 'a whole number from 1 to 65535',
    least: 1,
    most: 65_535,
  },
  {
    name: 'WORKERS',
    read: (env) => readConfig(env).workers,
    fallback: 1,
    takes: 'a whole number from 1 to 64',
    least: 1,
    most: 64,
  },
  { name: 'PORT', read: (env) => readConfig(env).port, fallback: undefined, ...port },
  {
    name: 'SICHUAN_PORT',
    read: (env) => readConfig(env).subgraphPort('sichuan'),
    fallback: undefined,
    ...port,
  },
];

/** What `run` threw; undefined when it threw nothing. */
async function thrownBy(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Refused with a ConfigError that says the rule in Chinese first, then `english`. */
async function expectRefused(run: () => unknown, english: string): Promise<void> {
  const error = await thrownBy(run);
  expect(error).toBeInstanceOf(ConfigError);
  const name = english.split(' ')[0]!;
  const value = /not "(.*)"\.$/.exec(english)![1]!;
  const { message } = error as Error;
  expect(message.endsWith(`，不能是“${value}”。${english}`), message).toBe(true);
  expect(message.startsWith(`环境变量 ${name} 有误：须为`), message).toBe(true);
}

describe.each(numeric)('$name', ({ name, read, takes, fallback, least, most }) => {
  const outOfRange = [least - 1, ...(most === undefined ? [] : [most + 1])].filter((n) => n >= 0);

  it.each(['abc', '-1', '1.5', '1e3', ' 7', ...outOfRange.map(String)])(
    'refuses "%s", naming the variable and what it takes',
    async (value) => {
      await expectRefused(
        () => read({ [name]: value }),
        `${name} must be ${takes}, not "${value}".`,
      );
    },
  );

  it('reads a whole number in its range, and its default when unset or empty', () => {
    expect(read({ [name]: '7' })).toBe(7);
    expect(read({ [name]: String(least) })).toBe(least);
    if (most !== undefined) expect(read({ [name]: String(most) })).toBe(most);
    expect(read({})).toBe(fallback);
    expect(read({ [name]: '' })).toBe(fallback);
  });
});

describe('on/off switches', () => {
  it.each([
    'RESPONSE_CACHE',
    'CLASS_CACHE',
    'SUBGRAPH_DEDUPLICATION',
    'AGGREGATE_CACHE',
    'BACKUP_BEFORE_MIGRATE',
  ])(
    '%s takes on or off, its default when unset or empty, and refuses any other word',
    async (name) => {
      expect(onOrOff({ [name]: 'on' }, name, false)).toBe(true);
      expect(onOrOff({ [name]: 'off' }, name, true)).toBe(false);
      expect(onOrOff({}, name, true)).toBe(true);
      expect(onOrOff({ [name]: '' }, name, false)).toBe(false);
      for (const value of ['of', 'false', 'ON'])
        await expectRefused(
          () => onOrOff({ [name]: value }, name, true),
          `${name} must be on or off, not "${value}".`,
        );
    },
  );

  it('are read by the modules that use them', async () => {
    const unused = {} as never;
    await expectRefused(
      () => createClassCache({ RESPONSE_CACHE: 'no' }, unused, unused, [], unused),
      'RESPONSE_CACHE must be on or off, not "no".',
    );
    expect(
      await createClassCache({ RESPONSE_CACHE: 'off' }, unused, unused, [], unused),
    ).toBeUndefined();

    let migrated = false;
    const dataSource = {
      showMigrations: () => Promise.reject(new Error('not asked with BACKUP_BEFORE_MIGRATE=off')),
      // A database with no `migrations` table: nothing a newer release left.
      query: async () => [{ exists: null }],
      migrations: [],
      runMigrations: async () => {
        migrated = true;
        return [];
      },
    } as never;
    await expectRefused(
      () => migrate(dataSource, 'postgres://nowhere/registry', { BACKUP_BEFORE_MIGRATE: 'false' }),
      'BACKUP_BEFORE_MIGRATE must be on or off, not "false".',
    );
    expect(migrated).toBe(false);
    await migrate(dataSource, 'postgres://nowhere/registry', { BACKUP_BEFORE_MIGRATE: 'off' });
    expect(migrated).toBe(true);
  });
});

describe('settings that take one of a few words', () => {
  it('SUBGRAPH_SCHEMA_CHECK takes refuse, warn or off; refuse by default in production only', async () => {
    expect(schemaCheckSetting({ SUBGRAPH_SCHEMA_CHECK: 'warn' })).toBe('warn');
    expect(schemaCheckSetting({ SUBGRAPH_SCHEMA_CHECK: '' })).toBe('off');
    expect(schemaCheckSetting({ NODE_ENV: 'production' })).toBe('refuse');
    await expectRefused(
      () => schemaCheckSetting({ SUBGRAPH_SCHEMA_CHECK: 'strict' }),
      'SUBGRAPH_SCHEMA_CHECK must be refuse, warn or off, not "strict".',
    );
  });

  it("LOG_LEVEL takes pino's levels, info by default", async () => {
    expect(createLogger('test', { LOG_LEVEL: 'silent' }).level).toBe('silent');
    expect(createLogger('test', { LOG_LEVEL: '' }).level).toBe('info');
    await expectRefused(
      () => createLogger('test', { LOG_LEVEL: 'verbose' }),
      'LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent, not "verbose".',
    );
  });
});
