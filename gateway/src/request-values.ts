import {
  getVariableValues,
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { inBoth } from '../../shared/bilingual.js';

/**
 * The values a request sends, checked before anything is planned: a caller's mistake in them is a
 * 400 naming the variable or argument, never an internal error in the gateway or a subgraph.
 */

/** Lists and objects in variables nest at most this deep; the schema's deepest input is far shallower. */
const MAX_VARIABLE_DEPTH = 20;

const badValue = (message: string, field: string) =>
  new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });

/** Strings no text of the registry may hold: PostgreSQL refuses NUL, and nobody types it. */
// eslint-disable-next-line no-control-regex -- NUL is the character this refuses
const forbiddenCharacter = /\u0000/;

/** Walks a variable's value without recursion (a value may be nested 40,000 deep), checking depth and text. */
function checkVariable(name: string, value: unknown): void {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value, path: name, depth: 0 },
  ];
  while (stack.length) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (forbiddenCharacter.test(current))
        throw badValue(
          inBoth({
            zh: `变量“$${path}”含有 NUL 字符（U+0000），任何文本都不能含有它；请删除。`,
            en: `Variable "$${path}" holds a NUL character (U+0000), which no text may hold; remove it.`,
          }),
          name,
        );
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_VARIABLE_DEPTH)
      throw badValue(
        inBoth({
          zh: `变量“$${name}”的列表或对象嵌套超过 ${MAX_VARIABLE_DEPTH} 层；本接口没有这样的输入。`,
          en: `Variable "$${name}" nests lists or objects more than ${MAX_VARIABLE_DEPTH} deep; no input of this API does.`,
        }),
        name,
      );
    for (const [key, child] of Object.entries(current))
      stack.push({
        value: child,
        path: Array.isArray(current) ? `${path}[${key}]` : `${path}.${key}`,
        depth: depth + 1,
      });
  }
}

/** Strings written into the query itself. */
function checkLiterals(operation: OperationDefinitionNode): void {
  visit(operation, {
    [Kind.ARGUMENT](argument) {
      visit(argument.value, {
        [Kind.STRING](node) {
          if (forbiddenCharacter.test(node.value))
            throw badValue(
              inBoth({
                zh: `参数“${argument.name.value}”含有 NUL 字符（U+0000），任何文本都不能含有它；请删除。`,
                en: `Argument "${argument.name.value}" holds a NUL character (U+0000), which no text may hold; remove it.`,
              }),
              argument.name.value,
            );
        },
      });
    },
  });
}

/**
 * The operation's variables coerced to their declared types, or a BAD_USER_INPUT: a value of the
 * wrong type, a required one missing, an unknown enum value or input field. graphql-js names the
 * variable in its message (production strips its suggestions, see errors.ts).
 */
export function checkedVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return variables ?? {};
  for (const [name, value] of Object.entries(variables ?? {})) checkVariable(name, value);
  checkLiterals(operation);
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 10,
  });
  if (result.errors) {
    const [first] = result.errors;
    const variable =
      first!.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION
        ? first!.nodes[0].variable.name.value
        : 'variables';
    throw badValue(first!.message, variable);
  }
  return result.coerced;
}

/**
 * Variables as JSON, or undefined when JSON cannot write them as they are: a number it would write
 * as another value (`1e999` in a body reads as Infinity, which JSON writes as null), or a value
 * nested too deep to write. A key built from it tells apart every two requests that the checks
 * above may answer differently; a request it cannot key is checked and answered afresh.
 */
export function variablesJson(variables: unknown): string | undefined {
  try {
    return JSON.stringify(variables ?? null, finiteNumbers);
  } catch {
    return undefined;
  }
}

function finiteNumbers(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('not finite');
  return value;
}
