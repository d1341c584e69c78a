/**
 * The largest page a connection serves. The subgraphs refuse a larger `first:`; the gateway refuses
 * it before planning, so that a bad request costs no subgraph a fetch.
 */
export const MAX_PAGE_SIZE = 100;
