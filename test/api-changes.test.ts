import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  apiSchemaSdl,
  baselineFile,
  breakingChanges,
  unacknowledgedBreakingChanges,
} from '../scripts/schema/api-changes.js';
import { composedSupergraphSdl } from '../scripts/schema/composition.js';

const baseline = readFileSync(baselineFile, 'utf8');

/** The fields of `Figure` in an SDL, sorted: what the edits below must have changed. */
const figureFields = (sdl: string) =>
  Object.keys((buildSchema(sdl).getType('Figure') as GraphQLObjectType).getFields()).sort();

describe('breaking changes to the public API', () => {
  it('has none that is not acknowledged in schema/acknowledged-breaking-changes.json', () => {
    expect(unacknowledgedBreakingChanges(apiSchemaSdl(composedSupergraphSdl()))).toEqual([]);
  });

  it('would catch a field removed from a type clients read', () => {
    const withoutQuote = baseline.replace(
      /^(type Figure \{[\s\S]*?)\n {2}"""The original Chinese sentence\."""\n {2}quote: String!/m,
      '$1',
    );
    expect(withoutQuote).not.toBe(baseline);
    expect(figureFields(withoutQuote)).toEqual(figureFields(baseline).filter((f) => f !== 'quote'));
    expect(breakingChanges(baseline, withoutQuote)).toEqual([
      'FIELD_REMOVED: Figure.quote was removed.',
    ]);
  });

  it('lets new fields through', () => {
    const withMore = baseline.replace('type Figure {', 'type Figure {\n  confidence: Float');
    // The change must have been made, or the check below would compare the baseline with itself.
    expect(withMore).not.toBe(baseline);
    expect(figureFields(withMore)).toEqual([...figureFields(baseline), 'confidence'].sort());
    expect(breakingChanges(baseline, withMore)).toEqual([]);
  });
});
