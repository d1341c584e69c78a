import { GraphQLError } from 'graphql';
import { z } from 'zod';

/**
 * Every write input is checked before anything is written, by its entity's schema and rules
 * (institution-input.ts, …) through the functions here. A failure is a BAD_USER_INPUT
 * whose `field` is the argument path (`input.creditCode`) and whose message says what to fix;
 * `extensions.problems` lists every problem, not only the first.
 */

export const idempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{8,200}$/, 'must be 8 to 200 letters, digits or . _ : -');

export interface Problem {
  path: string;
  message: string;
}

export function badInput(problems: Problem[]): GraphQLError {
  const [first] = problems;
  return new GraphQLError(
    `${first!.path}: ${first!.message}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''}`,
    {
      extensions: { code: 'BAD_USER_INPUT', field: first!.path, problems },
    },
  );
}

/** Parses an argument with its schema, or throws BAD_USER_INPUT with the paths under `argument`. */
export function parseArgument<S extends z.ZodType>(
  schema: S,
  value: unknown,
  argument: string,
): z.output<S> {
  return parseRecord(schema, value, argument, () => []);
}

/**
 * A field's path as every message writes it, an item of a list by its index in brackets
 * (`input.milestones[0].year`, `input.policy.issuers[1]`), as the rules over fields write theirs.
 */
const fieldPath = (argument: string, path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (text, step) => (typeof step === 'number' ? `${text}[${step}]` : `${text}.${String(step)}`),
    argument,
  );

/**
 * A required field left out, or cleared with null (an import's empty cell on a record's kind), is
 * said to be required, not in zod's words for a wrong type or value (`Invalid option: expected one
 * of "GENERAL_HOSPITAL"|…`), which a team could not act on. A field's own message for it (a
 * certificate level cleared) comes first, as zod asks a schema's messages before this one.
 */
const missingIsRequired: z.core.$ZodErrorMap = (issue) =>
  issue.input == null && (issue.code === 'invalid_type' || issue.code === 'invalid_value')
    ? 'is required'
    : undefined;

/**
 * Parses a record and checks the rules over its fields, reporting the problems of both at once: a
 * record whose fields do not parse is still judged by the rules, on what was sent.
 */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  value: unknown,
  argument: string,
  rules: (record: z.output<S>) => Problem[],
): z.output<S> {
  const parsed = schema.safeParse(value, { error: missingIsRequired });
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          path: fieldPath(argument, issue.path),
          message: issue.message,
        }))),
    ...(parsed.success || (value !== null && typeof value === 'object')
      ? rules((parsed.success ? parsed.data : value) as z.output<S>)
      : []
    ).map((p) => ({
      ...p,
      path: `${argument}.${p.path}`,
    })),
  ];
  if (problems.length) throw badInput(problems);
  return parsed.data as z.output<S>;
}

/** Cross-field problems of a record, reported under the argument that carried it. */
export function assertRules(problems: Problem[], argument: string): void {
  if (problems.length)
    throw badInput(problems.map((p) => ({ ...p, path: `${argument}.${p.path}` })));
}
