import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { expect, it } from 'vitest';
import { chineseFieldNames } from '../subgraphs/registry/src/field-labels.js';
import { apiMessageInChinese } from '../subgraphs/registry/src/writes/api-message-zh.js';

/**
 * A write's problem names its field in Chinese, its path after it (`截至日期（input.asOf）：…`): every
 * field of an input type of the registry's schema and every argument of its mutations has a Chinese
 * name, those of the records only the API writes (figures, targets) as much as the spreadsheets'.
 */
const schema = parse(readFileSync(new URL('../schema/registry.graphql', import.meta.url), 'utf8'));

it("names every field a registry's caller writes in Chinese", () => {
  const fields = new Set<string>();
  for (const definition of schema.definitions) {
    if (definition.kind === 'InputObjectTypeDefinition')
      for (const field of definition.fields ?? []) fields.add(field.name.value);
    if (definition.kind === 'ObjectTypeDefinition' && definition.name.value.endsWith('Mutations'))
      for (const field of definition.fields ?? [])
        for (const argument of field.arguments ?? []) fields.add(argument.name.value);
  }
  // The whole input, whose fields are named each.
  fields.delete('input');
  expect([...fields].filter((field) => !chineseFieldNames[field])).toEqual([]);
  expect(apiMessageInChinese('input.periodStart: must not be after asOf (2025)')).toBe(
    '开始时间（input.periodStart）：不能晚于截至日期（2025）',
  );
  // A figure's field in a figure's words: its period starts at its 统计起点.
  expect(
    apiMessageInChinese('input.periodStart: must not be after asOf (2025)', [
      'tianjin',
      'recordFigure',
    ]),
  ).toBe('统计起点（input.periodStart）：不能晚于截至日期（2025）');
});
