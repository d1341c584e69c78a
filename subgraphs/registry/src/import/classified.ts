import type { Conflict, RowProblem, ValueChange } from './import-report.js';
import type { NewRow } from './insert-rows.js';
import type { ProgramOfCell } from './program-references.js';

/** What the matching of a chunk's rows to the registry's records gives the writing of them. */

export interface PlannedUpdate {
  line: number;
  /** The record's id in this region's table. */
  id: string;
  version: number;
  /** The changed fields, as the update mutation takes them. */
  input: Record<string, unknown>;
  changes: ValueChange[];
  current: Record<string, unknown>;
  /** The record is one a document names (provenance PUBLISHED), which a change makes the region's own. */
  published: boolean;
}

/** What the rows of one chunk come to, before anything is written. */
export interface Classified {
  problems: RowProblem[];
  /** Values kept, refusing nothing: leading zeros a spreadsheet removed. */
  warnings: RowProblem[];
  conflicts: Conflict[];
  creates: NewRow[];
  /** The ids of the records the rows name, by id or key: the file's part of the registry. */
  namedIds: string[];
  /** How many rows give an id: a file of the registry's records (an export), not of new ones alone. */
  rowsWithId: number;
  /** Rows refused for changing a record they name by id in a file without a version column. */
  unversioned: number;
  updates: PlannedUpdate[];
  references: Map<string, { id: string; status: string }>;
  /** The programmes the rows name, by their cells (program-references.ts). */
  programs: Map<string, ProgramOfCell>;
  unchanged: number;
  valid: number;
  /**
   * Rows that name a record an earlier chunk's row named (more than a chunk apart): that row was
   * already written, so the file can be written only whole or not at all.
   */
  repeatsEarlierChunk: boolean;
}
