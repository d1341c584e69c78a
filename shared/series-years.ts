/**
 * The most years a `YEAR` series holds: the subgraphs refuse a longer one, and the gateway counts
 * at most these in a breakdown's cells (gateway/src/measure-cells.ts), before planning.
 */
export const MAX_SERIES_YEARS = 100;
