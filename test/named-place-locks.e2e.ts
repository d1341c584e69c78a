import { describe, expect, it } from 'vitest';
import { lockNamedPlaces } from '../subgraphs/registry/src/writes/institutions.js';
import { useRegistryDatabase } from './harness.js';

/**
 * The locks a write takes on the names and places of institutions without a credit code live in
 * PostgreSQL's one lock table, shared by every database of the server: an import of 15,000 new
 * stations, a lock each, ran out of it ("out of shared memory").
 */
const registry = useRegistryDatabase('named_place_locks');

const stations = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `社工站${i}`,
    city: '南宁市',
    county: '青秀区',
    township: `街道${i}`,
  }));

const advisoryLocksHeld = async (tx: { query: (sql: string) => Promise<{ held: number }[]> }) =>
  (
    await tx.query(
      `SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`,
    )
  )[0]!.held;

describe('the locks of names and places', () => {
  it('holds a bounded number however many new institutions an import registers', async () => {
    await registry.dataSource.transaction(async (tx) => {
      await lockNamedPlaces(tx, stations(5_000));
      expect(await advisoryLocksHeld(tx)).toBeLessThanOrEqual(256);
    });
  });

  it('still makes two writers of one name and place wait on each other', async () => {
    const [place] = stations(1);
    await registry.dataSource.transaction(async (first) => {
      await lockNamedPlaces(first, [place!]);
      await registry.dataSource.transaction(async (second) => {
        await second.query(`SET LOCAL lock_timeout = '200ms'`);
        await expect(lockNamedPlaces(second, [{ ...place!, name: '社工站0' }])).rejects.toThrow(
          /lock timeout/,
        );
      });
    });
  });
});
