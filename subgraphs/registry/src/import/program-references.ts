import type { DataSource, EntityManager } from 'typeorm';
import { globalId, localId, RECORD_ID_SHAPE } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import { recordIdAsTyped, type ImportKind } from './columns.js';
import type { MatchedRow } from './match-records.js';
import type { ParsedRow } from './parse-row.js';
import type { StoredRecord } from './record-rows.js';

/**
 * The programme that placed a social worker, as a file names it: by its key, the name a programme
 * keeps from one import to the next, or, for one without a key, by its record id (NX-12), as an
 * export writes it. Looked up apart from the institutions a row names: a key may be written like
 * anything, a credit code or an institution's record id too.
 */

/** A programme a cell names. */
export interface NamedProgram {
  id: string;
  withdrawn: boolean;
}

/** What a cell names: a programme, or two, one by its key and another by its record id. */
export type ProgramOfCell = NamedProgram | { twoNamed: { byKey: string; byId: string } };

/**
 * A record id after `#` (#NX-12, or ＃nx-12, which the cell reads as #) names no key: no key may
 * hold a `#`, whereas a key written before keys shaped like record ids were refused may be another
 * programme's record id, which the cell without `#` would name too.
 */
const ID_ONLY = /^#/;

/** A cell as a record id of this region (nx-12, ＮＸ－１２, #NX-12), or null: a bare number is a key. */
const idOfCell = (region: Region, cell: string) => {
  const typed = recordIdAsTyped(cell.replace(ID_ONLY, ''));
  return RECORD_ID_SHAPE.test(typed) ? localId(region, typed) : null;
};

/**
 * The programmes that rows name, by the cell that names them, each locked FOR SHARE as the API's
 * check locks it (writes/references.ts): none can be withdrawn until the import commits, and a
 * withdrawal in flight is waited for and read withdrawn. A cell that names none is not in the map.
 */
export async function referencedPrograms(
  tx: EntityManager,
  kind: ImportKind,
  rows: MatchedRow[],
  region: Region,
): Promise<Map<string, ProgramOfCell>> {
  const cells = [
    ...new Set(
      rows.flatMap((row) =>
        Object.keys(kind.programReferences)
          .map((column) => row.values[column])
          // PostgreSQL's text holds no NUL: a cell with one names no programme.
          .filter((cell): cell is string => typeof cell === 'string' && !cell.includes('\u0000')),
      ),
    ),
  ];
  if (!cells.length) return new Map();
  const ids = cells.map((cell) => idOfCell(region, cell)).filter((id) => id !== null);
  const found: { id: string; key: string | null; withdrawn: boolean }[] = await tx.query(
    // Programmes before the workers the rows update, as updateSocialWorker locks them.
    `SELECT id::text AS id, key, withdrawn_at IS NOT NULL AS withdrawn FROM program
     WHERE key = ANY($1) OR id = ANY($2::bigint[]) ORDER BY id FOR SHARE`,
    [cells, ids],
  );
  const named = new Map<string, ProgramOfCell>();
  for (const cell of cells) {
    const byKey = ID_ONLY.test(cell) ? undefined : found.find((program) => program.key === cell);
    const byId = found.find((program) => program.id === idOfCell(region, cell));
    if (byKey && byId && byKey.id !== byId.id)
      named.set(cell, {
        twoNamed: { byKey: globalId(region, byKey.id), byId: globalId(region, byId.id) },
      });
    else if (byKey ?? byId) {
      const { id, withdrawn } = (byKey ?? byId)!;
      named.set(cell, { id, withdrawn });
    }
  }
  return named;
}

/**
 * A row's programme, judged as the API judges `programId`: a programme of this registry, one cell
 * naming one programme, and not withdrawn where the row places the worker there. A worker it
 * placed already keeps it, as an update leaving `programId` out does.
 */
export function programProblems(
  kind: ImportKind,
  row: ParsedRow,
  programs: Map<string, ProgramOfCell>,
  record: StoredRecord | undefined,
): [string, string][] {
  return Object.keys(kind.programReferences).flatMap((column): [string, string][] => {
    const cell = row.values[column];
    if (typeof cell !== 'string') return [];
    const program = programs.get(cell);
    if (!program) return [[column, `no programme of this registry has the key or id ${cell}`]];
    if ('twoNamed' in program) {
      const { byKey, byId } = program.twoNamed;
      return [
        [
          column,
          `${cell} names two programmes, ${byKey} by its key and ${byId} by its id: write ${byKey} for the first, or #${byId} for the second (after #, a record id is never read as a key)`,
        ],
      ];
    }
    const placedAlready = record?.programId != null && String(record.programId) === program.id;
    return program.withdrawn && !placedAlready
      ? [[column, `the programme ${cell} was withdrawn: a withdrawn programme places no worker`]]
      : [];
  });
}

/**
 * How a file names the programmes that records refer to, by programme id: its key, or NX-12 where
 * it has none, #NX-12 where another programme's key is NX-12 (one written before such keys were
 * refused), so that the cell comes back naming it alone. A withdrawn one too: a worker it still
 * holds is exported as it is, and comes back unchanged.
 */
export async function programCellsOf(
  db: DataSource | EntityManager,
  records: StoredRecord[],
  region: Region,
): Promise<Map<string, string>> {
  const ids = [
    ...new Set(records.map((record) => record.programId).filter((id) => id != null)),
  ].map(String);
  if (!ids.length) return new Map();
  const rows: { id: string; key: string | null }[] = await db.query(
    `SELECT id::text AS id, key FROM program WHERE id = ANY($1::bigint[])`,
    [ids],
  );
  const keyless = rows.filter((row) => row.key === null).map((row) => globalId(region, row.id));
  const taken: { key: string }[] = keyless.length
    ? await db.query(`SELECT key FROM program WHERE key = ANY($1)`, [keyless])
    : [];
  const keys = new Set(taken.map((row) => row.key));
  const cellOf = (id: string) => (keys.has(id) ? `#${id}` : id);
  return new Map(rows.map((row) => [row.id, row.key ?? cellOf(globalId(region, row.id))]));
}
