import { describe, expect, it } from 'vitest';
import { bearer, graphql, useStack } from './harness.js';

/**
 * A programme that places social workers (Ningxia's 2025 "three areas" plan dispatches 30) is
 * measured by the workers it placed: a target scoped to it counts them. A region's team records
 * the placement on the worker (`programId`), as it registers or corrects one; before, only the
 * demo data could, and a team's real postings counted toward no target.
 */
const federation = useStack({ ownDatabases: 'worker_programmes' });

const editor = (region: string) => bearer({ role: 'editor', region, subject: `editor-${region}` });
const asNingxia = async (query: string, variables?: Record<string, unknown>) =>
  graphql(federation.stack.gatewayUrl, query, variables, await editor('NX'));

/** The dispatch target's progress, and the plan it is scoped to. */
async function dispatched() {
  const { ningxia } = await federation.query(`{ ningxia {
    targets(indicator: "DISPATCHED_WORKERS") { progress { value } scope { program { id } } } } }`);
  const [target] = ningxia.targets;
  return { value: target.progress.value as number, plan: target.scope.program.id as string };
}

const register = (input: Record<string, unknown>) =>
  asNingxia(
    `mutation ($input: SocialWorkerInput!) { ningxia { registerSocialWorker(input: $input) { id version programId: program { id } } } }`,
    { input },
  );

describe("a social worker's programme", () => {
  it('counts a worker the team registers on the dispatch plan toward its target, and one corrected onto it', async () => {
    const before = await dispatched();
    const placed = await register({
      name: '选派社工甲',
      employment: 'DISPATCHED',
      programId: before.plan,
      startedOn: '2025-08-01',
    });
    expect(placed.errors).toBeUndefined();
    expect(placed.data.ningxia.registerSocialWorker.programId).toEqual({ id: before.plan });
    expect((await dispatched()).value).toBe(before.value + 1);

    const unplaced = await register({
      name: '选派社工乙',
      employment: 'DISPATCHED',
      startedOn: '2025-08-01',
    });
    const { id, version } = unplaced.data.ningxia.registerSocialWorker;
    const corrected = await asNingxia(
      `mutation ($id: ID!, $version: Int!, $input: SocialWorkerInput!) {
        ningxia { updateSocialWorker(id: $id, version: $version, input: $input) { id } } }`,
      { id, version, input: { programId: before.plan } },
    );
    expect(corrected.errors).toBeUndefined();
    expect((await dispatched()).value).toBe(before.value + 2);

    // Taken off it again: what frees a programme for its withdrawal (withdrawProgram).
    const takenOff = await asNingxia(
      `mutation ($id: ID!, $version: Int!) {
        ningxia { updateSocialWorker(id: $id, version: $version, input: { programId: null }) { program { id } } } }`,
      { id, version: version + 1 },
    );
    expect(takenOff.errors).toBeUndefined();
    expect(takenOff.data.ningxia.updateSocialWorker.program).toBeNull();
    expect((await dispatched()).value).toBe(before.value + 1);
  });

  it("refuses another region's programme and a withdrawn one, naming it, and writes nothing", async () => {
    const { plan } = await dispatched();
    const { beijing } = await federation.query(
      `{ beijing { programs(first: 1) { edges { node { id } } } } }`,
    );
    const beijingProgramme = beijing.programs.edges[0].node.id as string;
    const created = await asNingxia(
      `mutation { ningxia { createProgram(input: { name: "误建选派项目", kind: TRAINING }) { id version } } }`,
    );
    const mistaken = created.data.ningxia.createProgram;
    expect(
      (
        await asNingxia(
          `mutation ($id: ID!, $version: Int!) { ningxia { withdrawProgram(id: $id, version: $version, reason: "误建") { id } } }`,
          mistaken,
        )
      ).errors,
    ).toBeUndefined();
    const count = async () =>
      (
        await asNingxia(
          `{ ningxia { socialWorkers(filter: { nameContains: "选派社工丙" }) { totalCount } } }`,
        )
      ).data.ningxia.socialWorkers.totalCount as number;
    for (const [programId, message] of [
      [
        beijingProgramme,
        /^所属项目（input\.programId）：不是本地区记录的编号（编号带有地区代码，例如北京的 BJ-5）。input\.programId: is not the id of a record of this region/,
      ],
      [
        mistaken.id,
        new RegExp(
          `^所属项目（input\\.programId）：项目 ${mistaken.id} 已撤回。input\\.programId: programme ${mistaken.id} was withdrawn$`,
        ),
      ],
    ] as const) {
      const refused = await register({ name: '选派社工丙', programId });
      expect(refused.errors?.[0]?.message).toMatch(message);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await count()).toBe(0);
    expect(plan).toBeTruthy();
  });
});
