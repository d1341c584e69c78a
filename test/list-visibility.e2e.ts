import { describe, expect, it } from 'vitest';
import { bearer, useStack } from './harness.js';
import { chinaYear } from '../shared/china-day.js';

// Databases of its own: a test registers a social worker.
const federation = useStack({ ownDatabases: 'list_visibility' });

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

describe("an institution's count of social workers", () => {
  it('counts for an anonymous caller only the published ones, as the lists show', async () => {
    // Every record, and those in post today: both published only for an anonymous caller.
    const count = (headers: Record<string, string>, id: string) =>
      federation.as(headers)(
        `{ tianjin { institution(id: "${id}") { socialWorkerCount inPost: socialWorkerCount(asOf: "${chinaYear()}") } } }`,
      );
    const published = await federation.as({})(
      `{ tianjin { institutions(first: 1, filter: { provenance: PUBLISHED }) { edges { node { id } } } } }`,
    );
    const id: string = published.tianjin.institutions.edges[0].node.id;
    const analyst = await bearer({ role: 'analyst' });
    const before = await count(analyst, id);
    const anonymousBefore = await count({}, id);
    // A worker the region's team registers at a published institution is not published.
    const editor = await bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });
    const registered = await federation.as(editor)(
      `mutation { tianjin { registerSocialWorker(input: { name: "计数测试社工", institutionId: "${id}" }) { provenance } } }`,
    );
    expect(registered.tianjin.registerSocialWorker.provenance).toBe('REGISTERED');
    expect((await count(analyst, id)).tianjin.institution).toEqual({
      socialWorkerCount: before.tianjin.institution.socialWorkerCount + 1,
      inPost: before.tianjin.institution.inPost + 1,
    });
    expect(await count({}, id)).toEqual(anonymousBefore);
  });
});
