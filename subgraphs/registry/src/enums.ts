import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';

const shared = parse(readFileSync(new URL('../../../schema/registry.graphql', import.meta.url), 'utf8'));

/** The values of an enum of the shared SDL, so that validation never lists them a second time. */
export function enumValues(name: string): [string, ...string[]] {
  const definition = shared.definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name,
  );
  const values = definition?.values?.map((v) => v.name.value) ?? [];
  if (!values.length) throw new Error(`schema/registry.graphql has no enum ${name}`);
  return values as [string, ...string[]];
}

/** Kinds that are medical and health institutions: only they have a hospital grade. */
export const medicalKinds = ['GENERAL_HOSPITAL', 'SPECIALTY_HOSPITAL', 'TCM_HOSPITAL', 'PRIMARY_CARE', 'PUBLIC_HEALTH'];
