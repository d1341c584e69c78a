import type { DataSource } from 'typeorm';

export interface RemovedDemo {
  institutions: number;
  socialWorkers: number;
  programs: number;
  auditRecords: number;
  /**
   * The demo institutions kept, by global id: a registered worker left a post there, which no API
   * edits, and the worker's history and past counts would lose it. They stay demo records.
   */
  keptInstitutions: string[];
}

/** What the removal says of the demo institutions it kept, in Chinese first; none where it kept none. */
export function keptMessage({ keptInstitutions: kept }: RemovedDemo): string | null {
  if (!kept.length) return null;
  const listed = kept.slice(0, 10).join('、') + (kept.length > 10 ? '…' : '');
  return (
    `保留了 ${kept.length} 个演示机构（${listed}）：已登记的社工调离前曾在这些机构任职，删除会抹去其任职经历及当时的测算值；它们仍计为演示记录，无需处理。` +
    `Kept ${kept.length} demo ${kept.length === 1 ? 'institution' : 'institutions'} (${listed.replaceAll('、', ', ')}): registered social workers worked there before moving, and removing them would erase those posts and the counts of those days; they still count as demo records, and nothing needs doing.`
  );
}

type Entity = 'institution' | 'social_worker' | 'program' | 'target' | 'figure';

/** What each kind of record is called, for the messages that name them. */
const kinds: Record<Entity, { zh: string; en: string }> = {
  institution: { zh: '机构', en: 'institution' },
  social_worker: { zh: '社工', en: 'social worker' },
  program: { zh: '项目', en: 'programme' },
  target: { zh: '目标', en: 'target' },
  figure: { zh: '公开数字', en: 'figure' },
};

/**
 * Removes a registry's demo rows (generated at start, and the `scale-` rows of `npm run seed`) with
 * the audit records of any edit made to them, in one transaction: afterwards the registry holds its
 * published and registered records only. A registered record that refers to a demo one (a worker
 * registered in a demo institution) stops it, and nothing is removed; so does a demo record the
 * region's team has edited (a pilot corrects exported demo rows into its own), unless
 * `includeEdited`: its edits would go with it, unsaid. A demo institution where a registered worker
 * held a post it left (AddPostingHistory) stays, with its edits, and the result names it: no API
 * edits a post left, and a transfer keeps one, so nothing else would let the removal through.
 */
export async function removeDemoRows(
  dataSource: DataSource,
  { regionCode, includeEdited = false }: { regionCode: string; includeEdited?: boolean },
): Promise<RemovedDemo> {
  return dataSource.transaction(async (db) => {
    const kept: { id: string }[] = await db.query(`
      SELECT DISTINCT i.id FROM social_worker_past_post pp
        JOIN social_worker w ON w.id = pp.worker_id JOIN institution i ON i.id = pp.institution_id
      WHERE w.provenance <> 'DEMO' AND i.provenance = 'DEMO' ORDER BY i.id`);
    const keptIds = kept.map((row) => String(row.id));
    const editedRows: { entity: Entity; id: string }[] = await db.query(`
      SELECT DISTINCT a.entity, a.entity_id::bigint AS id FROM audit a
      WHERE (a.entity = 'institution' AND a.entity_id IN (SELECT id::text FROM institution WHERE provenance = 'DEMO'))
         OR (a.entity = 'social_worker' AND a.entity_id IN (SELECT id::text FROM social_worker WHERE provenance = 'DEMO'))
         OR (a.entity = 'program' AND a.entity_id IN (SELECT id::text FROM program WHERE provenance = 'DEMO'))
      ORDER BY a.entity, id`);
    // A kept institution keeps its edits.
    const edited = editedRows.filter(
      (row) => row.entity !== 'institution' || !keptIds.includes(String(row.id)),
    );
    const named = (records: { entity: Entity; id: string }[], language: 'zh' | 'en') => {
      const listed = records
        .slice(0, 10)
        // A target's id is its own text; the others are numbered within the region.
        .map(
          (record) =>
            `${kinds[record.entity][language]} ${record.entity === 'target' || record.entity === 'figure' ? record.id : `${regionCode}-${record.id}`}`,
        );
      return listed.join(language === 'zh' ? '、' : ', ') + (records.length > 10 ? '…' : '');
    };
    if (edited.length && !includeEdited) {
      throw new Error(
        `${edited.length} 条演示记录已被本地区修改（${named(edited, 'zh')}）：删除演示数据会连同这些修改一并删除。若它们已是本地区的真实记录，请先将其作为新记录录入；确认一并删除请加 --include-edited。未删除任何内容。` +
          `${edited.length} demo records were edited by the region (${named(edited, 'en')}): removing the demo rows removes those edits with them. If they are the region's own records now, enter them as new records first; to remove them anyway, add --include-edited. Nothing was removed.`,
      );
    }
    // The records that are not demo and refer to one, each with the demo record it refers to.
    const referring: { entity: Entity; id: string; demoEntity: Entity; demoId: string }[] =
      await db.query(`
      SELECT * FROM (
      SELECT 'social_worker' AS entity, w.id::text AS id, 'institution' AS "demoEntity", i.id::text AS "demoId"
        FROM social_worker w JOIN institution i ON i.id = w.institution_id WHERE w.provenance <> 'DEMO' AND i.provenance = 'DEMO'
      UNION ALL SELECT 'social_worker', w.id::text, 'program', p.id::text
        FROM social_worker w JOIN program p ON p.id = w.program_id WHERE w.provenance <> 'DEMO' AND p.provenance = 'DEMO'
      UNION ALL SELECT 'program', p.id::text, 'institution', i.id::text
        FROM program p JOIN institution i ON i.id = p.host_institution_id WHERE p.provenance <> 'DEMO' AND i.provenance = 'DEMO'
      UNION ALL SELECT 'program', p.id::text, 'program', parent.id::text
        FROM program p JOIN program parent ON parent.id = p.parent_id WHERE p.provenance <> 'DEMO' AND parent.provenance = 'DEMO'
      UNION ALL SELECT 'target', t.id, 'program', p.id::text
        FROM target t JOIN program p ON p.id = t.scope_program_id WHERE p.provenance = 'DEMO'
      UNION ALL SELECT 'figure', f.id, 'program', p.id::text
        FROM figure f JOIN program p ON p.id = f.scope_program_id WHERE p.provenance = 'DEMO'
      UNION ALL SELECT 'figure', f.id, 'institution', i.id::text
        FROM figure f JOIN institution i ON i.id = f.scope_institution_id WHERE i.provenance = 'DEMO'
      ) referring ORDER BY entity, length(id), id`);
    if (referring.length > 0) {
      const pairs = (language: 'zh' | 'en') =>
        referring
          .slice(0, 10)
          .map(
            (r) =>
              `${named([r], language)} → ${named([{ entity: r.demoEntity, id: r.demoId }], language)}`,
          )
          .join(language === 'zh' ? '；' : '; ') + (referring.length > 10 ? '…' : '');
      // A worker's current post is pointed elsewhere by either write, and only one of them lets the
      // demo institution go: a transfer leaves a past post there, which the removal then keeps.
      const atDemo = referring.some(
        (r) => r.entity === 'social_worker' && r.demoEntity === 'institution',
      );
      throw new Error(
        `已公布或已登记的记录有 ${referring.length} 处引用了演示记录（${pairs('zh')}）：请先将其改为引用本地区的真实记录（已关闭的记录也须如此）。` +
          (atDemo
            ? '当前任职机构为演示机构的社工，请用 updateSocialWorker(institutionId) 更正其当前任职，不会留下过往任职；transferSocialWorker 则会在该演示机构留下一段过往任职，删除时该演示机构将被保留。'
            : '') +
          '未删除任何内容。' +
          `Published or registered records refer to demo records ${referring.length === 1 ? 'once' : `${referring.length} times`} (${pairs('en')}): point them at the region's own records first (closed records too).` +
          (atDemo
            ? ' For a social worker whose current institution is demo, updateSocialWorker(institutionId) corrects the current post and leaves no past post; transferSocialWorker leaves a past post at the demo institution, and the removal would then keep that institution.'
            : '') +
          ' Nothing was removed.',
      );
    }
    const removed = async (table: string, entity: string, except: string[] = []) => {
      // TypeORM answers a DELETE with its returned rows and the count.
      const [rows]: [{ id: string }[], number] = await db.query(
        `DELETE FROM ${table} WHERE provenance = 'DEMO' AND id <> ALL($1::bigint[]) RETURNING id`,
        [except],
      );
      const [, audit]: [unknown, number] = await db.query(
        `DELETE FROM audit WHERE entity = $1 AND entity_id = ANY($2::text[])`,
        [entity, rows.map((r) => String(r.id))],
      );
      return { count: rows.length, audit };
    };
    // Workers first, then programmes (children before their schemes), then the institutions they point to.
    const workers = await removed('social_worker', 'social_worker');
    await db.query(`UPDATE program SET parent_id = NULL WHERE provenance = 'DEMO'`);
    const programs = await removed('program', 'program');
    const institutions = await removed('institution', 'institution', keptIds);
    return {
      institutions: institutions.count,
      socialWorkers: workers.count,
      programs: programs.count,
      auditRecords: workers.audit + programs.audit + institutions.audit,
      keptInstitutions: keptIds.map((id) => `${regionCode}-${id}`),
    };
  });
}
