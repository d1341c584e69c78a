import { wholeNumber } from '../../shared/config.js';
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
  /** The largest answer read from a subgraph: a subgraph's fault cannot fill the gateway's memory. */
  maxSubgraphAnswerBytes: number;
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
  maxSubgraphAnswerBytes: 64 * 1024 * 1024,
  maxMeasureCells: DEFAULT_MAX_MEASURE_CELLS,
};

/** Each limit's variable, and what it counts where its name does not say. */
const variables: Record<keyof Limits, { name: string; unit?: string }> = {
  maxDepth: { name: 'MAX_QUERY_DEPTH' },
  maxAliases: { name: 'MAX_QUERY_ALIASES' },
  maxTokens: { name: 'MAX_QUERY_TOKENS' },
  maxDirectives: { name: 'MAX_QUERY_DIRECTIVES' },
  maxRepeatedField: { name: 'MAX_REPEATED_FIELD' },
  maxCost: { name: 'MAX_QUERY_COST' },
  maxBodyBytes: { name: 'MAX_BODY_BYTES', unit: 'bytes' },
  subgraphTimeoutMs: { name: 'SUBGRAPH_TIMEOUT_MS', unit: 'milliseconds' },
  maxSubgraphAnswerBytes: { name: 'MAX_SUBGRAPH_ANSWER_BYTES', unit: 'bytes' },
  maxMeasureCells: { name: 'MAX_MEASURE_CELLS' },
};

/** The limits from their variables (`MAX_QUERY_DEPTH`, …), each a whole number above 0. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const limits = { ...defaults };
  for (const limit of Object.keys(variables) as (keyof Limits)[]) {
    const { name, unit } = variables[limit];
    limits[limit] = wholeNumber(env, name, { fallback: defaults[limit], min: 1, unit });
  }
  return limits;
}
