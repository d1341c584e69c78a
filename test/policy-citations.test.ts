import { describe, expect, it } from 'vitest';
import { policyCitationMismatches } from '../subgraphs/registry/src/seed/policy-citations.js';
import { readPublishedData, readSources } from '../subgraphs/registry/src/seed/published-data.js';
import { regions } from '../subgraphs/regions.js';

const sources = new Map(readSources().map((source) => [source.id, source]));
const [opinion] = readPublishedData('beijing').targets.filter(
  (target) => target.policy.titleCitedIn,
);

describe("a policy's title, said of one document in two files", () => {
  it('agrees in every region', () => {
    for (const { slug } of regions)
      expect([slug, policyCitationMismatches(readPublishedData(slug).targets, sources)]).toEqual([
        slug,
        [],
      ]);
  });

  it("is refused where the policy says otherwise than its source: Beijing's opinion, its title cited or made", () => {
    expect(opinion).toBeDefined();
    const uncited = { ...opinion!, policy: { ...opinion!.policy, titleCitedIn: null } };
    expect(policyCitationMismatches([uncited], sources)).toEqual([
      `${opinion!.id} (policy.titleCitedIn null; its source bj-msw-development-opinion says "gyst-20231024-beijing-45-msw-projects")`,
    ]);
    const made = { ...opinion!, policy: { ...opinion!.policy, titleConstructed: true } };
    expect(policyCitationMismatches([made], sources)).toEqual([
      `${opinion!.id} (policy.titleConstructed true; its source bj-msw-development-opinion says false)`,
    ]);
  });

  it('leaves a policy reported under another headline to its own words (Guangxi’s plan on a newspaper page)', () => {
    const [plan] = readPublishedData('guangxi').targets;
    expect(sources.get(plan!.source)!.title).not.toBe(plan!.policy.title);
    const cited = { ...plan!, policy: { ...plan!.policy, titleConstructed: true } };
    expect(policyCitationMismatches([cited], sources)).toEqual([]);
  });
});
