import { z } from 'zod';

/**
 * The environment variables a process reads when it starts, checked in one place: a wrong value is
 * one line that names the variable and says what it takes. Read when a process (or a test's stack)
 * starts, never when a module is imported: tests set DATABASE_PREFIX and REDIS_NAMESPACE between
 * files. Modules that take an `env` argument (auth, limits, cache, TLS, logging) read their own
 * variables from the environment given them, through `wholeNumber`, `oneOf` and `onOrOff` below,
 * so that a wrong value is refused in the same words wherever it is read.
 */
const unset = (value: unknown) => (value === '' ? undefined : value);

/** What a whole-number variable takes, said in its message. */
export interface WholeNumberRule {
  min: number;
  max?: number;
  /** What the number counts (`seconds`, `milliseconds`), when that is not plain from the name. */
  unit?: string;
}

/**
 * A rule's words in both languages, carried through zod as one message and parted again where the
 * line is made (`parsed`): what the variable must be, with no value and no end of sentence.
 */
const rule = (zh: string, en: string) => `${zh}\u0000${en}`;

/** Digits only: `Number` would also take ` 12`, `1e3` and `0x1f`, which no one means for a limit. */
const digits = (message: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(
    unset,
    z
      .string()
      .regex(/^\d+$/, message)
      .transform(Number)
      .pipe(z.number().min(min, message).max(max, message))
      .optional(),
  );

/** The units whole-number settings count, in Chinese. */
const unitsZh: Record<string, string> = {
  seconds: '秒',
  milliseconds: '毫秒',
  bytes: '字节',
  characters: '字符',
  yuan: '元',
};

/** Its message says the range: `from 1 to 64`, `above 0` or `(0 or more)`. */
const wholeNumberSchema = (name: string, { min, max, unit }: WholeNumberRule) => {
  const range =
    max !== undefined ? `from ${min} to ${max}` : min === 0 ? '(0 or more)' : `above ${min - 1}`;
  const rangeZh =
    max !== undefined
      ? ` ${min} 到 ${max} 之间的整数`
      : min === 0
        ? ' 0 或更大的整数'
        : `大于 ${min - 1} 的整数`;
  const unitZh = unit ? `（单位：${unitsZh[unit] ?? unit}）` : '';
  return digits(
    rule(
      `须为${rangeZh}${unitZh}`,
      `${name} must be a whole number${unit ? ` of ${unit}` : ''} ${range}`,
    ),
    min,
    max,
  );
};

/** One of a few words, listed in its message: `refuse, warn or off`. */
const oneOfSchema = <Word extends string>(
  name: string,
  words: readonly [Word, Word, ...Word[]],
) => {
  const listed = `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
  const listedZh = `${words.slice(0, -1).join('、')} 或 ${words.at(-1)}`;
  return z.preprocess(
    unset,
    z.enum(words, { error: rule(`须为 ${listedZh}`, `${name} must be ${listed}`) }).optional(),
  );
};

const port = (name: string) =>
  digits(
    rule('须为 0 到 65535 之间的端口号', `${name} must be a port number from 0 to 65535`),
    0,
    65535,
  );

const schema = z.object({
  NODE_ENV: z.preprocess(unset, z.string().optional()),
  PORT: port('PORT'),
  HOST: z.preprocess(unset, z.string().default('127.0.0.1')),
  WORKERS: wholeNumberSchema('WORKERS', { min: 1, max: 64 }),
  STACK_DATABASE_URL: z.preprocess(unset, z.string().optional()),
  GATEWAY_URL: z.preprocess(
    unset,
    z.url({ error: rule('须为网址（URL）', 'GATEWAY_URL must be a URL') }).optional(),
  ),
  DEMO_DATA: oneOfSchema('DEMO_DATA', ['on', 'off']),
  TLS_CLIENT_CA_FILE: z.preprocess(unset, z.string().optional()),
  BENCHMARKS_FILE: z.preprocess(unset, z.string().default('BENCHMARKS.md')),
});

export interface Config {
  production: boolean;
  /** PORT: where the gateway (or a subgraph run alone) listens; unset, its usual port. */
  port: number | undefined;
  /** HOST: the address every listener binds (`0.0.0.0` in containers). */
  host: string;
  /** WORKERS: processes `npm start` runs the federation in. */
  workers: number;
  /** STACK_DATABASE_URL: the database server a worker of `npm start` is given by its primary. */
  stackDatabaseUrl: string | undefined;
  gatewayUrl: string | undefined;
  /** DEMO_DATA: demo rows for empty registries; on outside production unless set. */
  demoData: boolean;
  /** TLS_CLIENT_CA_FILE set: subgraphs require the gateway's client certificate. */
  mutualTls: boolean;
  benchmarksFile: string;
  /** `<NAME>_DATABASE_URL`: a subgraph's own database, as in docker-compose. */
  subgraphDatabaseUrl(name: string): string | undefined;
  /** `<NAME>_PORT`: a subgraph's port in `npm start`. */
  subgraphPort(name: string): number | undefined;
}

/** Thrown for a variable with a value the process cannot use; its message names the variable. */
export class ConfigError extends Error {}

function parsed<T>(result: z.ZodSafeParseResult<T>, given: Record<string, unknown>): T {
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const value = String(given[name]);
    const [zh, en] = issue.message.includes('\u0000')
      ? issue.message.split('\u0000')
      : [null, issue.message];
    const english = en!.startsWith(name) ? en : `${name}: ${en}`;
    return `环境变量 ${name} 有误${zh ? `：${zh}` : ''}，不能是“${value}”。${english}, not "${value}".`;
  });
  throw new ConfigError(lines.join(' '));
}

/** One variable, checked by its schema; undefined when unset or empty. */
function variable<T>(env: NodeJS.ProcessEnv, name: string, schema: z.ZodType<T>): T | undefined {
  return parsed(z.object({ [name]: schema }).safeParse({ [name]: env[name] }), env)[name];
}

/**
 * A whole-number setting read where it is used (`MAX_QUERY_DEPTH`, `CACHE_MAX_AGE`): the fallback
 * when unset or empty; otherwise a ConfigError such as
 * `环境变量 CACHE_MAX_AGE 有误：须为 0 或更大的整数（单位：秒），不能是“-1”。CACHE_MAX_AGE must be a
 * whole number of seconds (0 or more), not "-1".`
 */
export function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  { fallback, ...rule }: WholeNumberRule & { fallback: number },
): number {
  return variable(env, name, wholeNumberSchema(name, rule)) ?? fallback;
}

/** A setting that takes one of a few words (`SUBGRAPH_SCHEMA_CHECK`): the fallback when unset or empty. */
export function oneOf<Word extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  words: readonly [Word, Word, ...Word[]],
  fallback: Word,
): Word {
  return variable(env, name, oneOfSchema(name, words)) ?? fallback;
}

/**
 * An `on`/`off` switch (`RESPONSE_CACHE`): whether it is on, the fallback when unset or empty. Any
 * other word is refused rather than taken as one or the other.
 */
export function onOrOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  return oneOf(env, name, ['on', 'off'], fallback ? 'on' : 'off') === 'on';
}

/** The configuration of this process from its environment (process.env unless another is given). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const values = parsed(schema.safeParse(env), env);
  const production = values.NODE_ENV === 'production';
  return {
    production,
    port: values.PORT,
    host: values.HOST,
    workers: values.WORKERS ?? 1,
    stackDatabaseUrl: values.STACK_DATABASE_URL,
    gatewayUrl: values.GATEWAY_URL,
    demoData: values.DEMO_DATA ? values.DEMO_DATA === 'on' : !production,
    mutualTls: values.TLS_CLIENT_CA_FILE !== undefined,
    benchmarksFile: values.BENCHMARKS_FILE,
    subgraphDatabaseUrl: (name) => unset(env[`${name.toUpperCase()}_DATABASE_URL`]) as string,
    subgraphPort: (subgraph) => {
      const name = `${subgraph.toUpperCase()}_PORT`;
      return variable(env, name, port(name));
    },
  };
}

/**
 * The configuration of a program about to start: a variable it cannot use is said in one line and
 * the program ends with exit code 2, as for a usage mistake, before anything has started.
 */
export function configOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return readConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
