import { describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../subgraphs/indicator-catalog.js';
import { indicatorMeasures } from '../subgraphs/registry/src/measures/indicators.js';

describe('indicator catalog and registry measures', () => {
  it('marks computable exactly the indicators a registry has a measure for', () => {
    const computable = indicatorCatalog
      .filter((i) => i.computable)
      .map((i) => i.code)
      .sort();
    expect(Object.keys(indicatorMeasures).sort()).toEqual(computable);
  });

  it('measures ratios as ratios and counts as counts', () => {
    for (const indicator of indicatorCatalog.filter((i) => i.computable)) {
      expect(indicatorMeasures[indicator.code]!.kind, indicator.code).toBe(indicator.kind);
    }
  });
});
