import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';

/**
 * Apollo Server reports usage to Apollo when `APOLLO_KEY` and `APOLLO_GRAPH_REF` are in its
 * environment, and its schema with `APOLLO_SCHEMA_REPORTING=true`. A registry's servers send
 * nothing out of the system, whatever an environment carries: both are turned off in every server,
 * gateway and subgraphs (test/outbound-connections.*).
 */
export function noApolloReporting<Context extends BaseContext>(): ApolloServerPlugin<Context>[] {
  return [
    ApolloServerPluginUsageReportingDisabled() as ApolloServerPlugin<Context>,
    ApolloServerPluginSchemaReportingDisabled() as ApolloServerPlugin<Context>,
  ];
}
