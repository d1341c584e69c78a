import {
  Kind,
  parse,
  type DefinitionNode,
  type DocumentNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { registryTypeName, type Region } from '../regions.js';

/** `enum RegionCode`, generated from the list of regions so that no SDL lists them. */
export function regionCodeEnum(regions: readonly Region[]): DefinitionNode {
  const values = regions.map((r) => `  "${r.nameZh} ${r.nameEn}"\n  ${r.code}`).join('\n');
  return parse(
    `"联邦中一个地区的代码。Code of a region of the federation."\nenum RegionCode {\n${values}\n}`,
  ).definitions[0]!;
}

function findInterface(document: DocumentNode, name: string): InterfaceTypeDefinitionNode {
  const found = document.definitions.find(
    (d): d is InterfaceTypeDefinitionNode =>
      d.kind === Kind.INTERFACE_TYPE_DEFINITION && d.name.value === name,
  );
  if (!found) throw new Error(`The SDL declares no interface ${name}`);
  return found;
}

/**
 * `type <Slug>Registry implements Registry @key(fields: "code") { ...every field of Registry }`.
 * The concrete type repeats the interface's fields, so it is generated from them and cannot drift.
 */
export function registryImplementation(
  document: DocumentNode,
  region: Pick<Region, 'slug' | 'nameEn' | 'nameZh'>,
): ObjectTypeDefinitionNode {
  const registry = findInterface(document, 'Registry');
  const typeName = registryTypeName(region);
  const shell = parse(
    `"${region.nameZh}的登记库。The registry of ${region.nameEn} (${region.nameZh})."\n` +
      `type ${typeName} implements Registry @key(fields: "code") { code: RegionCode! }`,
  ).definitions[0] as ObjectTypeDefinitionNode;
  return { ...shell, fields: registry.fields };
}

export function withDefinitions(
  document: DocumentNode,
  definitions: DefinitionNode[],
): DocumentNode {
  return { ...document, definitions: [...document.definitions, ...definitions] };
}
