import { describe, expect, it } from 'vitest';
import { bearer, useStack } from './harness.js';

const federation = useStack();

/** Beijing's general hospitals, as the IDE's first example lists them, and its programmes. */
const lists = `{ beijing {
  institutions(filter: { kind: [GENERAL_HOSPITAL] }) { totalCount visibility }
  programs { totalCount visibility } } }`;

describe('a list that hides records from an anonymous caller', () => {
  it('says so in its answer, and says nothing is hidden from an analyst, who sees more', async () => {
    const anonymous = (await federation.as({})(lists)).beijing;
    const analyst = (await federation.as(await bearer({ role: 'analyst' }))(lists)).beijing;
    expect(anonymous.institutions.visibility).toBe('PUBLISHED_ONLY');
    expect(anonymous.programs.visibility).toBe('PUBLISHED_ONLY');
    expect(analyst.institutions.visibility).toBe('ALL');
    expect(analyst.programs.visibility).toBe('ALL');
    expect(analyst.institutions.totalCount).toBeGreaterThan(anonymous.institutions.totalCount);
  });

  it('hides nothing from an anonymous caller who asks for published records only', async () => {
    const { beijing } = await federation.as({})(
      `{ beijing { institutions(filter: { provenance: PUBLISHED }) { visibility } } }`,
    );
    expect(beijing.institutions.visibility).toBe('ALL');
  });
});
