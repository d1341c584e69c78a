import { describe, expect, it } from 'vitest';
import { openDatabaseServer } from '../subgraphs/common/database-server.js';

/** A regional tool on a region's own host, whose container is given its database alone. */
describe("a tool's database server", () => {
  const env = {
    GUANGXI_DATABASE_URL: 'postgres://registry:secret@db.guangxi.example:5432/registry_guangxi',
    DATABASE_URL: 'postgres://postgres@elsewhere.example:5432/postgres',
  };

  it("is the region's own database's server, when the tool works on that region", async () => {
    const server = await openDatabaseServer(env, { existing: true, of: { name: 'guangxi' } });
    expect(server).toMatchObject({
      url: 'postgres://registry:secret@db.guangxi.example:5432/postgres',
      embedded: false,
    });
  });

  it("is DATABASE_URL's for another region, or none named", async () => {
    for (const of of [{ name: 'beijing' }, undefined])
      expect((await openDatabaseServer(env, { existing: true, of })).url).toBe(env.DATABASE_URL);
  });
});
