import type { RegistryContext } from './context.js';
import { readsPersonalData, requireSignedIn } from './access.js';
import { checkPageSize } from './pagination.js';
import { badUserInput } from '../../common/bad-user-input.js';
import { globalId, localId } from './global-ids.js';
import { changedFields, recordState } from './record-states.js';

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

/** Entities whose ids are row numbers of the region's tables. */
const numbered = new Set(['institution', 'social_worker', 'program']);

/** An ISO 8601 date or time, as the instant PostgreSQL will read; anything else is the caller's mistake. */
function isoTime(value: string): string {
  const time =
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
      ? new Date(value)
      : null;
  if (!time || Number.isNaN(time.getTime()))
    throw badUserInput('since', {
      zh: `${JSON.stringify(value)} 不是 ISO 8601 时间；请给出如 2026-01-01T00:00:00Z 这样的时间。`,
      en: `${JSON.stringify(value)} is not an ISO 8601 time; give one such as 2026-01-01T00:00:00Z.`,
    });
  return time.toISOString();
}

export async function changes(
  context: RegistryContext,
  args: { since?: string | null; after?: string | null; first?: number },
) {
  requireSignedIn(context, { zh: '变更记录', en: 'Changes' });
  const first = checkPageSize(args.first ?? 100);
  const since = args.since == null ? null : isoTime(args.since);
  const after = args.after == null ? null : localId(context.region, args.after);
  if (args.after != null && after === null)
    throw badUserInput('after', {
      zh: `须为本登记库某条变更的编号，例如 ${globalId(context.region, '42')}。`,
      en: `must be the id of a change of this registry, such as ${globalId(context.region, '42')}.`,
    });
  // One row beyond the page says whether more follow.
  const rows: AuditRow[] = await context.db.query(
    `SELECT id, at, actor, action, entity, entity_id, before, after FROM audit
     WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::bigint IS NULL OR id > $2) ORDER BY id LIMIT $3`,
    [since, after, first + 1],
  );
  const page = rows.slice(0, first);
  const personal = readsPersonalData(context);
  return {
    hasMore: rows.length > first,
    lastId: page.length ? globalId(context.region, String(page.at(-1)!.id)) : null,
    changes: page.map((row) => {
      const before = recordState(row.entity, row.before, context.region, personal);
      const after = recordState(row.entity, row.after, context.region, personal)!;
      return {
        id: globalId(context.region, String(row.id)),
        at: new Date(row.at).toISOString(),
        actor: row.actor,
        action: row.action,
        entity: row.entity,
        // Rows numbered per region carry the region's code; figures and targets have ids of their own.
        entityId: numbered.has(row.entity)
          ? globalId(context.region, row.entity_id)
          : row.entity_id,
        changedFields: changedFields(before, after),
        before,
        after,
      };
    }),
  };
}
