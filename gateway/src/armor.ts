import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { Limits } from './limits.js';
import { repeatedFieldRule } from './repeated-field-rule.js';

/** Depth, aliases and directives (GraphQL Armor). */
export function armor(
  limits: Limits,
  production: boolean,
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    // An IDE's introspection query is 15 deep; production refuses introspection, so only there must
    // the depth limit also stop the introspection-based circular query.
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: !production, flattenFragments: true },
    // Aliases of __typename count too: graphql-cop's alias overloading is made of them.
    maxAliases: { n: limits.maxAliases, allowList: [] },
    // Tokens are limited by the parser itself (parseOptions.maxTokens), whose errors are 400s.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    // Suggestions are taken out of every message in production by the gateway's error mask
    // (errors.ts), the enum values' among them. Armor's for Apollo would leave a "?" after its mask
    // ("[Suggestion hidden]?"), English that a caller cannot act on.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // GraphQL Armor's types name Apollo Server's CommonJS build; the plugins are the same objects.
  return {
    plugins: plugins as unknown as ApolloServerPlugin[],
    validationRules: [...validationRules, repeatedFieldRule(limits.maxRepeatedField)],
  };
}
