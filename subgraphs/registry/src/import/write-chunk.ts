import type { EntityManager } from 'typeorm';
import { globalId } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import type { Classified } from './classified.js';
import { importKinds } from './columns.js';
import type { ImportReport } from './import-report.js';
import { insertRows } from './insert-rows.js';
import { updateRow } from './update-row.js';

/**
 * A chunk's rows written, once classified: the new ones inserted, the changed ones updated through
 * the update mutations, each counted in the report. Apart from the reading and matching of the
 * rows, which write nothing.
 */

/** Writes a chunk's rows and counts them in the report; returns the ids of the records it created. */
export async function writeChunk(
  tx: EntityManager,
  classified: Classified,
  report: ImportReport,
  options: { kind: string; region: Region; actor: string; dryRun?: boolean },
): Promise<string[]> {
  const kind = importKinds[options.kind]!;
  report.problems.push(...classified.problems);
  if (classified.warnings.length) (report.warnings ??= []).push(...classified.warnings);
  report.conflicts.push(...classified.conflicts);
  report.unchanged += classified.unchanged;
  report.valid += classified.valid;
  const inserted = await insertRows(
    tx,
    kind,
    classified.creates,
    classified.references,
    classified.programs,
    options.actor,
    options.dryRun,
  );
  // A natural key a concurrent writer took since the rows were matched: left as it is.
  report.ignored += classified.creates.length - inserted.length;
  report.created += inserted.length;
  report.createdRows.push(
    ...inserted.map(({ line, id }) => ({ line, id: globalId(options.region, id) })),
  );
  for (const update of classified.updates) {
    const result = await updateRow(
      tx,
      options.kind,
      update.id,
      update.version,
      update.input,
      options.region,
      options.actor,
    );
    const id = globalId(options.region, update.id);
    if (result.conflict)
      report.conflicts.push({
        line: update.line,
        id,
        message: result.conflict,
        current: update.current,
      });
    else if (result.problems.length) {
      report.valid -= 1;
      report.problems.push(
        ...result.problems.map((p) => ({
          line: update.line,
          column: p.path,
          message: `${id}: ${p.message}`,
        })),
      );
    } else
      report.updated.push({
        line: update.line,
        id,
        fields: Object.keys(update.input),
        changes: update.changes,
        cleared: Object.entries(update.input)
          .filter(([, value]) => value == null || (Array.isArray(value) && !value.length))
          .map(([field]) => field),
        published: update.published,
      });
  }
  return inserted.map(({ id }) => String(id));
}
