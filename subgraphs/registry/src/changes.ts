import type { RegistryContext } from './context.js';
import { readsPersonalData, requireSignedIn } from './access.js';
import { checkPageSize } from './pagination.js';
import { badUserInput } from './errors.js';

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

export async function changes(context: RegistryContext, args: { since?: string | null; after?: string | null; first?: number }) {
  requireSignedIn(context, 'Changes');
  const first = checkPageSize(args.first ?? 100);
  if (args.since && Number.isNaN(Date.parse(args.since))) throw badUserInput('since', 'must be an ISO 8601 time, for example 2026-01-01T00:00:00Z.');
  if (args.after && !/^\d{1,19}$/.test(args.after)) throw badUserInput('after', 'must be the id of a change.');
  const rows: AuditRow[] = await context.db.query(
    `SELECT id, at, actor, action, entity, entity_id, before, after FROM audit
     WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::bigint IS NULL OR id > $2) ORDER BY id LIMIT $3`,
    [args.since ?? null, args.after ?? null, first],
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
