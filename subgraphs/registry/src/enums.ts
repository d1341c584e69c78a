import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import type * as Sdl from './__generated__/schema-types.js';

const shared = parse(
  readFileSync(new URL('../../../schema/registry.graphql', import.meta.url), 'utf8'),
);

/** The enums validation reads from the SDL, with the types generated from the same SDL. */
interface SdlEnums {
  CertificateLevel: Sdl.CertificateLevel;
  FigureKind: Sdl.FigureKind;
  Employment: Sdl.Employment;
  HospitalGrade: Sdl.HospitalGrade;
  InstitutionKind: Sdl.InstitutionKind;
  ProgramKind: Sdl.ProgramKind;
  ProgramRole: Sdl.ProgramRole;
  Qualifier: Sdl.Qualifier;
  RecruitmentSource: Sdl.RecruitmentSource;
  ServiceField: Sdl.ServiceField;
  SocialWorkSetup: Sdl.SocialWorkSetup;
  SupervisorRank: Sdl.SupervisorRank;
  TargetQualifier: Sdl.TargetQualifier;
}

/** The values of an enum of the shared SDL, so that validation never lists them a second time. */
export function enumValues<Name extends keyof SdlEnums>(
  name: Name,
): [SdlEnums[Name], ...SdlEnums[Name][]] {
  const definition = shared.definitions.find(
    (d): d is EnumTypeDefinitionNode =>
      d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name,
  );
  const values = definition?.values?.map((v) => v.name.value) ?? [];
  if (!values.length) throw new Error(`schema/registry.graphql has no enum ${name}`);
  // Read from the SDL the type was generated from (test/codegen.test.ts keeps the two the same).
  return values as [SdlEnums[Name], ...SdlEnums[Name][]];
}

/** Kinds that are medical and health institutions: only they have a hospital grade. */
export const medicalKinds: readonly string[] = [
  'GENERAL_HOSPITAL',
  'SPECIALTY_HOSPITAL',
  'TCM_HOSPITAL',
  'PRIMARY_CARE',
  'PUBLIC_HEALTH',
];
