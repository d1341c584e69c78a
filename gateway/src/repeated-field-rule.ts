import { GraphQLError, Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { inBoth } from '../../shared/bilingual.js';

/** Refuses a selection set that repeats one field past the limit (`{ __typename __typename … }`). */
export function repeatedFieldRule(max: number): ValidationRule {
  return (context) => ({
    SelectionSet(node: SelectionSetNode) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === max + 1) {
          context.reportError(
            new GraphQLError(
              inBoth({
                zh: `字段“${key}”在同一选择集中重复超过 ${max} 次；请只请求一次。`,
                en: `Field "${key}" is repeated more than ${max} times in one selection; ask for it once.`,
              }),
              {
                nodes: [selection],
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              },
            ),
          );
        }
      }
    },
  });
}
