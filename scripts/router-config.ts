import { stringify } from 'yaml';
import { subgraphs } from '../subgraphs/regions.js';

/**
 * router.yaml: the same supergraph on Apollo Router, with the gateway's duties: each subgraph's
 * secret, the caller's token and request id forwarded, the same limits, nothing internal exposed.
 */
export function routerConfig(): string {
  const config = {
    supergraph: { listen: '0.0.0.0:4000', path: '/graphql', introspection: false },
    sandbox: { enabled: false },
    homepage: { enabled: false },
    include_subgraph_errors: { all: false },
    // The compose host names by default; `<NAME>_SUBGRAPH_URL` as for the Node gateway, where they differ.
    override_subgraph_url: Object.fromEntries(
      subgraphs.map((s) => [
        s.name,
        `\${env.${s.name.toUpperCase()}_SUBGRAPH_URL:-http://${s.name}:${s.port}/graphql}`,
      ]),
    ),
    headers: {
      all: {
        request: [
          { propagate: { named: 'authorization' } },
          { propagate: { named: 'x-request-id' } },
        ],
      },
      subgraphs: Object.fromEntries(
        subgraphs.map((s) => [
          s.name,
          {
            request: [
              {
                insert: {
                  name: 'x-gateway-secret',
                  value: `\${env.${s.name.toUpperCase()}_GATEWAY_SECRET}`,
                },
              },
            ],
          },
        ]),
      ),
    },
    // Router 2.15 and later; the operation limits (depth, aliases) need a GraphOS plan.
    limits: {
      router: {
        max_depth: 12,
        max_aliases: 30,
        http_max_request_bytes: 100000,
        parser_max_tokens: 2000,
      },
    },
    traffic_shaping: { all: { timeout: '5s' } },
    csrf: { unsafe_disabled: false },
    apq: { enabled: true },
    health_check: { listen: '0.0.0.0:8088', enabled: true },
  };
  return `# Generated from subgraphs/regions.json by \`npm run deployment-files\`; do not edit by hand.
# Apollo Router in place of the Node gateway, on the committed supergraph:
#   router --config router.yaml --supergraph schema/supergraph.graphql
# The subgraph secrets come from the same environment as the gateway's (.env).
${stringify(config, { aliasDuplicateObjects: false, lineWidth: 0 })}`;
}
