import { describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../subgraphs/indicator-catalog.js';
import { indicatorMeasures } from '../subgraphs/registry/src/measures/indicators.js';
import { rateMeasures } from '../subgraphs/registry/src/measures/rates.js';

describe('indicator catalog and registry measures', () => {
  it('marks computable exactly the indicators a registry has a measure for', () => {
    const computable = indicatorCatalog
      .filter((i) => i.computable)
      .map((i) => i.code)
      .sort();
    expect([...Object.keys(indicatorMeasures), ...Object.keys(rateMeasures)].sort()).toEqual(
      computable,
    );
  });

  it('measures ratios as ratios and counts as counts', () => {
    for (const indicator of indicatorCatalog.filter((i) => i.computable && i.kind !== 'RATE')) {
      expect(indicatorMeasures[indicator.code]!.kind, indicator.code).toBe(indicator.kind);
    }
  });

  it('takes every rate per 10,000 residents over a count the registry measures', () => {
    const catalog = new Map(indicatorCatalog.map((i) => [i.code, i]));
    for (const [code, { count }] of Object.entries(rateMeasures)) {
      expect(catalog.get(code)?.kind, code).toBe('RATE');
      expect(catalog.get(code)?.unit, code).toBe('per 10,000 residents');
      expect(indicatorMeasures[count]?.kind, `${code} counts ${count}`).toBe('COUNT');
    }
    expect(catalog.get('RESIDENT_POPULATION')).toMatchObject({
      computable: false,
      unit: 'persons',
    });
  });
});
