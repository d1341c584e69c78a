import type { RegistryContext } from './context.js';
import { readsPersonalData, requireSignedIn } from './access.js';
import { checkPageSize } from './pagination.js';
import { badUserInput } from './errors.js';
import { isRecordId } from './record-ids.js';

/** Fields that are personal data, per audited table: removed from the feed for readers without the right. */
const personalFields: Record<string, string[]> = { social_worker: ['name', 'certificateNumber'] };

interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

function redact(record: Record<string, unknown> | null, hidden: string[]) {
  if (!record) return null;
  return Object.fromEntries(Object.entries(record).filter(([field]) => !hidden.includes(field)));
}

/** Fields whose values differ, bookkeeping (version, updatedAt) left out. */
function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter(
    (field) => !['version', 'updatedAt', 'createdAt'].includes(field) && JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after[field] ?? null),
  );
}

/** An ISO 8601 date or time, as the instant PostgreSQL will read; anything else is the caller's mistake. */
function isoTime(value: string): string {
  const time = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? new Date(value) : null;
  if (!time || Number.isNaN(time.getTime())) throw badUserInput('since', `${JSON.stringify(value)} is not an ISO 8601 time; give one such as 2026-01-01T00:00:00Z.`);
  return time.toISOString();
}

export async function changes(context: RegistryContext, args: { since?: string | null; after?: string | null; first?: number }) {
  requireSignedIn(context, 'Changes');
  const first = checkPageSize(args.first ?? 100);
  const since = args.since == null ? null : isoTime(args.since);
  if (args.after && !isRecordId(args.after)) throw badUserInput('after', 'must be the id of a change.');
  const rows: AuditRow[] = await context.db.query(
    `SELECT id, at, actor, action, entity, entity_id, before, after FROM audit
     WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::bigint IS NULL OR id > $2) ORDER BY id LIMIT $3`,
    [since, args.after ?? null, first],
  );
  const personal = readsPersonalData(context);
  return rows.map((row) => {
    const hidden = personal ? [] : (personalFields[row.entity] ?? []);
    const before = redact(row.before, hidden);
    const after = redact(row.after, hidden)!;
    return {
      id: String(row.id),
      at: new Date(row.at).toISOString(),
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      changedFields: changedFields(before, after),
      before: before && JSON.stringify(before),
      after: JSON.stringify(after),
    };
  });
}
