import { describe, expect, it } from 'vitest';
import { readDemoPlan } from '../subgraphs/registry/src/seed/demo-plan.js';
import { scalePlan } from '../subgraphs/registry/src/seed/scale.js';
import { regions } from '../subgraphs/regions.js';

describe('scale plan', () => {
  it.each(regions.map((r) => [r.slug] as const))(
    '%s grows to exactly the requested number of workers, groups in proportion',
    (slug) => {
      const plan = readDemoPlan(slug)!;
      for (const workers of [1_000, 166_667]) {
        const scaled = scalePlan(plan, workers);
        expect(scaled.groups.reduce((n, g) => n + g.workers, 0)).toBe(workers);
        for (const group of scaled.groups) {
          expect(group.certifiedWorkers).toBeLessThanOrEqual(group.workers);
          const original = plan.groups.find((g) => g.key === group.key)!;
          if (original.workers === 0) expect(group.workers).toBe(0);
        }
      }
    },
  );

  it("keeps each group's share of workers", () => {
    const plan = readDemoPlan('beijing')!;
    const scaled = scalePlan(plan, 546_000);
    const planned = plan.groups.reduce((n, g) => n + g.workers, 0);
    const agency = scaled.groups.find((g) => g.key === 'agency')!;
    expect(agency.workers / 546_000).toBeCloseTo(240 / planned, 3);
    expect(agency.count).toBe(Math.round(30 * (546_000 / planned)));
  });
});
