import { describe, expect, it } from 'vitest';
import {
  committedSupergraphSdl,
  composeSupergraph,
  subgraphDefinitions,
} from '../scripts/schema/composition.js';
import { registryTypeName, regions } from '../subgraphs/regions.js';

/** Composition errors as readable lines, so a failure says what broke rather than "expected object". */
function composed() {
  const result = composeSupergraph();
  expect(result.errors?.map((e) => e.message) ?? []).toEqual([]);
  return result.supergraphSdl!;
}

describe('composition', () => {
  it('composes the national directory and every region from the one list', () => {
    const sdl = composed();
    expect(subgraphDefinitions().map((s) => s.name)).toEqual([
      'national',
      ...regions.map((r) => r.slug),
    ]);
    for (const region of regions) {
      expect(sdl).toContain(`type ${registryTypeName(region)} implements Registry`);
      expect(sdl).toMatch(new RegExp(`^\\s+${region.code}\\b`, 'm'));
    }
  });

  it('matches the committed schema/supergraph.graphql (run `npm run compose` when this fails)', () => {
    expect(committedSupergraphSdl()).toBe(composed());
  });
});
