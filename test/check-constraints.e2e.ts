import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { medicalKinds } from '../subgraphs/registry/src/enums.js';
import { useRegistryDatabase } from './harness.js';

/**
 * The SDL's enums are the values a registry takes; the migrations repeat them as SQL `CHECK (x IN
 * …)` lists. This reads the check constraints of a freshly migrated registry database and compares
 * each list with its enum, so that an enum value the database would refuse, or a value the database
 * takes that the API cannot say, fails here with the enum and the value.
 */
const database = useRegistryDatabase('check_constraints');

const sdl = parse(readFileSync(new URL('../schema/registry.graphql', import.meta.url), 'utf8'));

function sdlEnum(name: string): string[] {
  const definition = sdl.definitions.find(
    (d): d is EnumTypeDefinitionNode =>
      d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name,
  );
  if (!definition) throw new Error(`schema/registry.graphql has no enum ${name}`);
  return (definition.values ?? []).map((v) => v.name.value);
}

/**
 * The enum of each column a CHECK lists the values of, and the values of the enum the column may
 * not hold, with the reason.
 */
const columnEnums: Record<string, { enum: string; except?: Record<string, string> }> = {
  'institution.kind': { enum: 'InstitutionKind' },
  'institution.grade': { enum: 'HospitalGrade' },
  'institution.social_work_setup': { enum: 'SocialWorkSetup' },
  'institution.status': { enum: 'InstitutionStatus' },
  'institution.provenance': { enum: 'Provenance' },
  'social_worker.certificate_level': { enum: 'CertificateLevel' },
  'social_worker.employment': { enum: 'Employment' },
  'social_worker.recruitment_source': { enum: 'RecruitmentSource' },
  'social_worker.supervisor_rank': { enum: 'SupervisorRank' },
  'social_worker.provenance': { enum: 'Provenance' },
  'program.kind': { enum: 'ProgramKind' },
  'program.role': { enum: 'ProgramRole' },
  'program.provenance': { enum: 'Provenance' },
  'figure.qualifier': { enum: 'Qualifier' },
  'figure.kind': { enum: 'FigureKind' },
  'figure.provenance': {
    enum: 'Provenance',
    except: {
      DEMO: 'demo records are generated institutions, workers and programmes; a figure is published or registered',
    },
  },
  'target.qualifier': { enum: 'TargetQualifier' },
};

interface ValueList {
  constraint: string;
  column: string;
  values: string[];
}

/** The CHECK constraints of the registry's tables that only list a column's values. */
async function valueLists(): Promise<ValueList[]> {
  const rows: { constraint: string; table: string; definition: string }[] =
    await database.dataSource.query(
      `SELECT c.conname AS constraint, t.relname AS table, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE c.contype = 'c' AND n.nspname = current_schema()
       ORDER BY t.relname, c.conname`,
    );
  // PostgreSQL prints `x IN ('A','B')` back as `CHECK ((x = ANY (ARRAY['A'::text, 'B'::text])))`.
  const list = /^CHECK \(\((\w+) = ANY \(ARRAY\[(.*)\]\)\)\)$/;
  return rows.flatMap(({ constraint, table, definition }) => {
    const match = list.exec(definition);
    if (!match) return [];
    const values = [...match[2]!.matchAll(/'([^']*)'::text/g)].map((m) => m[1]!);
    return [{ constraint, column: `${table}.${match[1]}`, values }];
  });
}

describe('CHECK constraints and the SDL enums', () => {
  it('finds the value lists of a migrated database', async () => {
    const columns = (await valueLists()).map((list) => list.column);
    expect(columns).toEqual(expect.arrayContaining(Object.keys(columnEnums)));
  });

  it('list every value of the enum a column holds, and no other', async () => {
    const problems: string[] = [];
    for (const { constraint, column, values } of await valueLists()) {
      const mapped = columnEnums[column];
      if (!mapped) {
        problems.push(
          `${constraint} lists the values of ${column}, which names no SDL enum here: add it to columnEnums`,
        );
        continue;
      }
      const expected = sdlEnum(mapped.enum).filter((value) => !mapped.except?.[value]);
      for (const value of expected.filter((v) => !values.includes(v)))
        problems.push(`${mapped.enum}.${value} is missing from ${constraint} on ${column}`);
      for (const value of values.filter((v) => !expected.includes(v)))
        problems.push(`${constraint} on ${column} takes ${value}, which enum ${mapped.enum} lacks`);
    }
    expect(problems).toEqual([]);
  });

  it('grade only medical institutions, the kinds the code calls medical', async () => {
    const [{ definition }] = await database.dataSource.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE conname = 'institution_grade_only_medical'`,
    );
    const kinds = [...String(definition).matchAll(/'([^']*)'::text/g)].map((m) => m[1]);
    expect(kinds.sort()).toEqual([...medicalKinds].sort());
  });
});
