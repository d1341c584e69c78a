import {
  DashboardNationalDocument,
  DashboardRegionDocument,
} from '../gateway/dashboard/src/__generated__/graphql.js';
import { ComparisonDocument, SeriesDocument } from '../scripts/report/__generated__/graphql.js';

/**
 * Which operation names become metric labels: only those the federation knows, namely the
 * operations of its own clients (the dashboard's persisted queries, the report's) and those an
 * operator allow-lists in `OPERATION_NAMES` (separated by commas). Any other name a caller sends is
 * `other`, so that no caller can add label values: the number of series stays what the operators
 * chose, and a flood of names never pushes a real one out.
 */
const clientDocuments = [
  DashboardNationalDocument,
  DashboardRegionDocument,
  ComparisonDocument,
  SeriesDocument,
];

export function knownOperationNames(env: NodeJS.ProcessEnv = process.env): Set<string> {
  const names = clientDocuments.flatMap((document) =>
    [...document.toString().matchAll(/\b(?:query|mutation)\s+([A-Za-z_]\w*)/g)].map(
      (match) => match[1]!,
    ),
  );
  const allowListed = (env.OPERATION_NAMES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return new Set([...names, ...allowListed]);
}

/**
 * The label of an operation name. A subgraph sees the gateway's names for its fetches,
 * `<client's name>__<subgraph>__<n>`, which are labelled by the client's name.
 */
export function operationLabeller(known: Set<string>): (name: string | null | undefined) => string {
  return (name) => {
    if (!name) return 'anonymous';
    const clientName = name.replace(/__[a-z]+__\d+$/, '');
    return known.has(clientName) ? clientName : 'other';
  };
}
