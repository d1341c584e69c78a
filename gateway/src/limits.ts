import { DEFAULT_MAX_MEASURE_CELLS } from './measure-cells.js';

/**
 * What one request may ask of the federation. Every limit has a clear error and a setting
 * (the README lists them); the defaults leave room for the dashboards' and analysts' queries.
 */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** The same field asked for more times than this in one selection set. */
  maxRepeatedField: number;
  maxCost: number;
  maxBodyBytes: number;
  subgraphTimeoutMs: number;
  /** The cells one measure's breakdown may hold (see measure-cells.ts). */
  maxMeasureCells: number;
}

const defaults: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxDirectives: 20,
  maxRepeatedField: 3,
  maxCost: 50_000,
  maxBodyBytes: 100_000,
  subgraphTimeoutMs: 5_000,
  maxMeasureCells: DEFAULT_MAX_MEASURE_CELLS,
};

const variables: Record<keyof Limits, string> = {
  maxDepth: 'MAX_QUERY_DEPTH',
  maxAliases: 'MAX_QUERY_ALIASES',
  maxTokens: 'MAX_QUERY_TOKENS',
  maxDirectives: 'MAX_QUERY_DIRECTIVES',
  maxRepeatedField: 'MAX_REPEATED_FIELD',
  maxCost: 'MAX_QUERY_COST',
  maxBodyBytes: 'MAX_BODY_BYTES',
  subgraphTimeoutMs: 'SUBGRAPH_TIMEOUT_MS',
  maxMeasureCells: 'MAX_MEASURE_CELLS',
};

/** The limits from their variables (`MAX_QUERY_DEPTH`, …), each a whole number above 0. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const limits = { ...defaults };
  for (const [name, variable] of Object.entries(variables) as [keyof Limits, string][]) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1)
      throw new Error(`${variable} must be a whole number above 0, not "${value}"`);
    limits[name] = number;
  }
  return limits;
}
