import type { EntityManager } from 'typeorm';
import { globalId } from '../global-ids.js';
import {
  changedFields,
  keyProblem,
  valueChanges,
  withKeptCertificateDate,
} from './changed-fields.js';
import { checkReferences } from './check-references.js';
import { importKinds } from './columns.js';
import type { Classified } from './classified.js';
import { withTyped, type RowProblem } from './import-report.js';
import type { SheetRow } from './opened-file.js';
import { alternateOfKeyedRow, existingRecords, referencedInstitutions } from './match-records.js';
import { parseRow } from './parse-row.js';
import { readOnlyProblems } from './read-only-columns.js';
import { repeatProblems } from './repeat-problems.js';
import {
  columnOfField,
  institutionReferencesOf,
  rowOfRecord,
  type StoredRecord,
} from './record-rows.js';
import { programCellsOf, referencedPrograms } from './program-references.js';
import { otherProblems, validateNew } from './validate-new-rows.js';
import { lockNamedPlaces, type NamedPlace } from '../writes/institutions.js';
import type { Region } from '../../../regions.js';

interface Context {
  kindName: string;
  region: Region;
  mode: 'create' | 'update' | 'upsert';
}

/**
 * Reads, validates and matches one chunk of rows against the registry: each is invalid, a
 * conflict, unchanged, to create or to update.
 */
export async function classifyRows(
  tx: EntityManager,
  rows: SheetRow[],
  columns: string[],
  context: Context,
): Promise<Classified> {
  const kind = importKinds[context.kindName]!;
  const result: Classified = {
    problems: [],
    warnings: [],
    conflicts: [],
    creates: [],
    namedIds: [],
    rowsWithId: 0,
    unversioned: 0,
    updates: [],
    references: new Map(),
    programs: new Map(),
    unchanged: 0,
    valid: 0,
    repeatsEarlierChunk: false,
  };
  const read = rows.map((row) => {
    const problems: RowProblem[] = [];
    return { parsed: parseRow(kind, row, columns, context, problems), problems };
  });
  result.rowsWithId = read.filter(({ parsed }) => parsed.id !== null).length;
  const earlier = await repeatProblems(tx, kind, read);
  result.repeatsEarlierChunk = earlier.length > 0;
  result.problems.push(...earlier);
  const parsed = read.filter((r) => !r.problems.length).map((r) => r.parsed);
  const refused = read.filter((r) => r.problems.length);
  // A new institution without a credit code waits for a mutation registering the same name and
  // place, and holds off any other until the import ends, before it looks for one: one of the two
  // then finds the other's rather than registering it twice.
  if (context.kindName === 'institutions')
    await lockNamedPlaces(
      tx,
      parsed
        .filter((row) => row.id === null && row.key === null && typeof row.values.name === 'string')
        .map((row) => row.values as unknown as NamedPlace),
    );
  const { byId, byKey, byAlternate, keyedAlike } = await existingRecords(
    tx,
    context.kindName,
    kind,
    [...parsed, ...refused.map((r) => r.parsed)],
  );
  result.references = await referencedInstitutions(tx, kind, parsed, context.region);
  result.programs = await referencedPrograms(tx, kind, parsed, context.region);
  const records = [...byId.values(), ...byKey.values(), ...[...byAlternate.values()].flat()];
  const institutionReferences = await institutionReferencesOf(tx, records, context.region);
  const programCells = await programCellsOf(tx, records, context.region);
  const asRow = (record: StoredRecord) =>
    rowOfRecord(context.kindName, record, institutionReferences, programCells);
  // A refused row says what else it would be refused for, so that one round of corrections is enough.
  for (const { parsed: row, problems } of refused) {
    // An id cell, even one that is no id of this registry, names a record: the row creates none.
    const matched =
      row.id !== null ||
      problems.some((p) => p.column === 'id') ||
      (row.key && byKey.has(row.key)) ||
      byAlternate.has(row.alternate ?? '');
    const record = row.id !== null ? byId.get(row.id) : row.key ? byKey.get(row.key) : undefined;
    problems.push(
      ...otherProblems(
        kind,
        row,
        problems,
        context.region,
        !matched && context.mode !== 'update'
          ? { creates: true }
          : {
              creates: false,
              record: record ? asRow(record) : null,
            },
      ),
    );
    result.problems.push(...problems);
    // A refused row of a record is still in the file: not a record the file leaves out.
    if (row.id !== null) result.namedIds.push(row.id);
    else if (row.key && byKey.has(row.key)) result.namedIds.push(String(byKey.get(row.key)!.id));
  }
  for (const row of parsed) {
    const problem = (column: string, message: string) =>
      result.problems.push({ line: row.line, column, message });
    if (row.id === null && context.mode === 'update') {
      problem(
        'id',
        'is required in update mode: a row without an id cannot name the record it changes (import it with --mode upsert or create)',
      );
      continue;
    }
    const alike = row.id === null && row.alternate ? (byAlternate.get(row.alternate) ?? []) : [];
    if (alike.length > 1) {
      problem(
        kind.alternateKey![0]!,
        `names ${alike.length} records (${alike.map((r) => globalId(context.region, r.id)).join(', ')}) by ${kind.alternateKey!.join(' and ')}: give the row the id of the one it means (export them to get their ids), or a ${kind.naturalKey.column}`,
      );
      continue;
    }
    const keyed =
      kind.keylessRowOfKeyedRefused && row.id === null && !row.key && row.alternate && !alike.length
        ? (keyedAlike.get(row.alternate) ?? [])
        : [];
    if (keyed.length) {
      problem(
        kind.naturalKey.column,
        `is empty, and the row's ${kind.alternateKey!.join(' and ')} are those of ${keyed.map((r) => globalId(context.region, r.id)).join(', ')}, which has one: give the row its ${kind.naturalKey.column} or its id, so as not to register it twice`,
      );
      continue;
    }
    // A code written into the row of a record registered without one, with no id to say which:
    // created, the row would register that record twice.
    const keyedRowAlternate = alternateOfKeyedRow(kind, row);
    const keyless =
      keyedRowAlternate !== null && !byKey.has(row.key!)
        ? (byAlternate.get(keyedRowAlternate) ?? [])
        : [];
    if (keyless.length) {
      problem(
        kind.naturalKey.column,
        `names no record, and the row's ${kind.alternateKey!.join(' and ')} are those of ${keyless.map((r) => globalId(context.region, r.id)).join(', ')}, registered without a ${kind.naturalKey.column}: to record it, give the row that record's id (export them to get their ids), so as not to register it twice`,
      );
      continue;
    }
    const match = row.id !== null ? byId.get(row.id) : row.key ? byKey.get(row.key) : alike[0];
    if (row.id !== null && !match) {
      problem(
        'id',
        `${globalId(context.region, row.id)} is not a record of this registry (it may have been removed since the file was exported): export again, or clear the id and version to add the row as a new record`,
      );
      continue;
    }
    // The record the row is of, by its id or its key: in the file, whichever names it.
    if (match) result.namedIds.push(String(match.id));
    const referenceProblems = checkReferences(kind, row, result.references, result.programs, match);
    if (referenceProblems.length) {
      referenceProblems.forEach(([column, message]) => problem(column, message));
      continue;
    }
    const readOnly = readOnlyProblems(row, match ?? null, context.region);
    if (!match) {
      const created = readOnly.length
        ? { problems: readOnly }
        : validateNew(kind, row, context.region);
      if ('problems' in created) created.problems.forEach(([c, m]) => problem(c, m));
      else {
        result.creates.push({ line: row.line, values: created.values });
        result.valid += 1;
      }
      continue;
    }
    const id = globalId(context.region, match.id);
    // A key changed or cleared in the row of a record named by its id, which no update writes.
    const wrongKey = keyProblem(kind, row, columns, match, context.region, result.warnings);
    if (wrongKey) {
      problem('key', wrongKey);
      continue;
    }
    const current = asRow(match);
    const input = changedFields(
      kind,
      row,
      columns,
      match,
      current,
      result.references,
      result.programs,
      result.warnings,
    );
    const stale = row.version !== null && row.version !== match.version;
    // Against a record changed since the export, a read-only cell may say what it was then: the
    // row is a conflict (below), as one that changes a field.
    if (readOnly.length && !stale) {
      readOnly.forEach(([column, message]) => problem(column, message));
      continue;
    }
    // Create mode adds records only. A row of a registered record that says something else is a
    // correction the team typed: never dropped in silence, each changed cell said with the mode
    // that writes it (a stale row is a conflict, as in the other modes).
    if (context.mode === 'create' && Object.keys(input).length && !stale) {
      for (const field of Object.keys(input))
        problem(
          columnOfField(field),
          `differs from ${id} as registered: create mode only adds new records, so this row was not written; import with --mode upsert to write the change`,
        );
      continue;
    }
    // A row that changes a record it names by id says the version it was exported at, or nothing
    // tells whether someone changed the record since: written, it would undo their change in
    // silence. (A row without an id, matched by its key, is the team's own list, not an export.)
    if (row.id !== null && row.version === null && Object.keys(input).length) {
      if (columns.includes('version'))
        problem(
          'version',
          `is empty, and the row names ${id} by its id: without the version the record was exported at, the import cannot tell whether someone changed it since, so the row was not written; keep the version column as exported, or export the records again and make the change there`,
        );
      else {
        result.unversioned += 1;
        problem(
          'version',
          `${id} is named by its id, and the file has no version column: the row was not written`,
        );
      }
      continue;
    }
    result.valid += 1;
    // A stale version matters only to a row that would change the record: it would undo a change.
    if (!Object.keys(input).length && !readOnly.length) result.unchanged += 1;
    else if (stale)
      result.conflicts.push({
        line: row.line,
        id,
        // A version above the record's is none it had (typed over, or another registry's file),
        // not a change made since the export.
        message:
          row.version! > match.version
            ? `${id} is at version ${match.version}, and was never at version ${row.version}, which the file gives: keep the version column as exported, or export the records again; nothing of this row was written`
            : `${id} is at version ${match.version}, the file has version ${row.version}: the record changed since the file was exported; nothing of this row was written`,
        current,
      });
    else
      result.updates.push({
        line: row.line,
        id: match.id,
        version: match.version,
        input: withKeptCertificateDate(row, input),
        changes: valueChanges(input, row, current),
        current,
        published: match.provenance === 'PUBLISHED',
      });
  }
  withTyped(result.problems, rows, columns);
  return result;
}
