import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSchemaSdl, baselineFile, breakingChanges, unacknowledgedBreakingChanges } from '../gateway/src/api-changes.js';
import { composedSupergraphSdl } from '../gateway/src/compose.js';

const baseline = readFileSync(baselineFile, 'utf8');

describe('breaking changes to the public API', () => {
  it('has none that is not acknowledged in schema/acknowledged-breaking-changes.json', () => {
    expect(unacknowledgedBreakingChanges(apiSchemaSdl(composedSupergraphSdl()))).toEqual([]);
  });

  it('would catch a field removed from a type clients read', () => {
    const withoutQuote = baseline.replace(/^(type Figure \{[\s\S]*?)\n  """The original Chinese sentence\."""\n  quote: String!/m, '$1');
    expect(withoutQuote).not.toBe(baseline);
    expect(breakingChanges(baseline, withoutQuote)).toEqual(['FIELD_REMOVED: Figure.quote was removed.']);
  });

  it('lets new fields through', () => {
    const withMore = baseline.replace('type Figure {', 'type Figure {\n  confidence: Float');
    expect(breakingChanges(baseline, withMore)).toEqual([]);
  });
});
