import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';

/**
 * The public API as released (`schema/api-baseline.graphql`) against the API the subgraphs compose
 * to now. A breaking change (a field, type or argument removed, a type changed) fails the check
 * unless `schema/acknowledged-breaking-changes.json` names it with a reason; `npm run schema:release`
 * makes the current API the baseline once it is deployed.
 */
export const baselineFile = new URL('../../schema/api-baseline.graphql', import.meta.url);
export const acknowledgedFile = new URL(
  '../../schema/acknowledged-breaking-changes.json',
  import.meta.url,
);

export interface Acknowledgement {
  change: string;
  reason: string;
}

/** The API clients see: the supergraph without its federation machinery, printed in a stable order. */
export function apiSchemaSdl(supergraphSdl: string): string {
  return printSchema(
    lexicographicSortSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()),
  );
}

export function breakingChanges(baselineSdl: string, currentSdl: string): string[] {
  return findBreakingChanges(buildSchema(baselineSdl), buildSchema(currentSdl)).map(
    (change) => `${change.type}: ${change.description}`,
  );
}

function acknowledgedChanges(): Acknowledgement[] {
  return JSON.parse(readFileSync(acknowledgedFile, 'utf8')) as Acknowledgement[];
}

/** Breaking changes of `currentSdl` that nobody acknowledged. */
export function unacknowledgedBreakingChanges(currentApiSdl: string): string[] {
  const acknowledged = new Set(
    acknowledgedChanges()
      .filter((a) => a.reason.trim())
      .map((a) => a.change),
  );
  return breakingChanges(readFileSync(baselineFile, 'utf8'), currentApiSdl).filter(
    (change) => !acknowledged.has(change),
  );
}
