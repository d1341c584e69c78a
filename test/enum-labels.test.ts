import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enumLabel, enumLabels } from '../shared/enum-labels.js';

const sdlEnums = new Map(
  parse(readFileSync('schema/registry.graphql', 'utf8'))
    .definitions.filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION)
    .map((d) => [d.name.value, (d.values ?? []).map((v) => v.name.value)]),
);

describe('the enum labels of the dashboard, the report and the spreadsheets', () => {
  it('label every value of each labelled enum of the schema, and no value it lacks (EXACT needs no word)', () => {
    for (const [name, labels] of Object.entries(enumLabels)) {
      expect(sdlEnums.has(name), name).toBe(true);
      const values = sdlEnums.get(name)!.filter((value) => value !== 'EXACT');
      expect(Object.keys(labels).sort(), name).toEqual([...values].sort());
    }
  });

  it('say a value in either language; a code two enums label differently stays a code', () => {
    expect(enumLabel('TERTIARY', 'zh')).toBe('三级');
    expect(enumLabel('GENERAL_HOSPITAL', 'en')).toBe('General hospital');
    expect(enumLabel('TRAINING_BASE', 'zh')).toBe('培训基地');
    expect(enumLabel('NONE', 'zh')).toBe('NONE');
    expect(enumLabel(null, 'zh')).toBe('—');
  });
});
