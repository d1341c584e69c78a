import type { Region } from '../../regions.js';
import { globalId } from './global-ids.js';

/**
 * What keeps a programme from being withdrawn: the standing records that refer to it, a social
 * worker it placed, a project under it, a target or a figure that counts it. Withdrawn, it would
 * leave them counting what counts nowhere. A withdrawn figure or target, or a withdrawn project
 * under it, holds nothing: kept for the record, it may point to a programme kept for the record.
 * The published data's withdrawals (seed/program-withdrawals.ts) and the team's (`withdrawProgram`)
 * read the same list, so that neither withdraws what the other would keep.
 */

/** The records that refer to a programme, each kind as the column that names it. */
const REFERENCES = [
  { entity: 'social_worker', table: 'social_worker', column: 'program_id', standing: 'true' },
  { entity: 'program', table: 'program', column: 'parent_id', standing: 'r.withdrawn_at IS NULL' },
  {
    entity: 'target',
    table: 'target',
    column: 'scope_program_id',
    standing: 'r.withdrawn_at IS NULL',
  },
  {
    entity: 'figure',
    table: 'figure',
    column: 'scope_program_id',
    standing: 'r.withdrawn_at IS NULL',
  },
] as const;

type Referring = (typeof REFERENCES)[number]['entity'];

/** The records of one kind that refer to a programme: how many, and the first few by id. */
export interface Holders {
  entity: Referring;
  count: number;
  ids: string[];
}

const FIRST_FEW = 3;

/**
 * Each kind's references to the programme whose id is the SQL expression `program`, counted in
 * SQL, as a JSON array of the kinds that have any.
 */
export const holdersOf = (program: string) =>
  `(SELECT coalesce(json_agg(h ORDER BY h.entity), '[]'::json) FROM (${REFERENCES.map(
    ({ entity, table, column, standing }) =>
      `SELECT '${entity}' AS entity,
       (SELECT count(*)::int FROM ${table} r WHERE r.${column} = ${program} AND ${standing}) AS count,
       ARRAY(SELECT r.id::text FROM ${table} r WHERE r.${column} = ${program} AND ${standing}
         ORDER BY r.id LIMIT ${FIRST_FEW}) AS ids`,
  ).join(' UNION ALL ')}) h WHERE h.count > 0)`;

const words: Record<Referring, { zh: string; en: [string, string] }> = {
  social_worker: { zh: '社工', en: ['social worker', 'social workers'] },
  program: { zh: '下属项目', en: ['project under it', 'projects under it'] },
  target: { zh: '目标', en: ['target', 'targets'] },
  figure: { zh: '公开数据', en: ['figure', 'figures'] },
};

/** Workers and programmes are numbered within the region; targets and figures have ids of their own. */
const idOf = (region: Region, entity: Referring, id: string) =>
  entity === 'social_worker' || entity === 'program' ? globalId(region, id) : id;

/** Each kind of holder in Chinese: `社工 BJ-3、BJ-4 等（共 5 条）`. */
export const holdersZh = (holders: Holders[], region: Region): string[] =>
  holders.map(({ entity, count, ids }) => {
    const listed = ids.map((id) => idOf(region, entity, id)).join('、');
    return `${words[entity].zh} ${listed}${count > ids.length ? ` 等（共 ${count} 条）` : ''}`;
  });

/** Each kind of holder in English: `social workers BJ-3, BJ-4 and 3 more`. */
export const holdersEn = (holders: Holders[], region: Region): string[] =>
  holders.map(({ entity, count, ids }) => {
    const listed = ids.map((id) => idOf(region, entity, id)).join(', ');
    return `${words[entity].en[count === 1 ? 0 : 1]} ${listed}${count > ids.length ? ` and ${count - ids.length} more` : ''}`;
  });

/** Who refers to a programme, as a start's warning says it in each language, or null: none does. */
export const referredBy = (holders: Holders[], region: Region) =>
  holders.length
    ? {
        zh: `被${holdersZh(holders, region).join('、')}引用`,
        en: `referred to by ${holdersEn(holders, region).join(', ')}`,
      }
    : null;

/**
 * The Chinese of one kind of holder as `holdersEn` says it, for a write's message, which is made in
 * English (writes/messages-zh.ts); the English as it came if it is none.
 */
export function holderInChinese(english: string): string {
  const [, kind, listed, more] = /^(.+?) (\S+(?:, \S+)*?)(?: and (\d+) more)?$/.exec(english) ?? [];
  const entity = (Object.keys(words) as Referring[]).find((e) => words[e].en.includes(kind!));
  if (!entity || !listed) return english;
  const ids = listed.split(', ');
  return `${words[entity].zh} ${ids.join('、')}${more ? ` 等（共 ${ids.length + Number(more)} 条）` : ''}`;
}

/**
 * A programme as a start's warning names it: its id, then its files' id where it has one (one the
 * team created has none) and its name.
 */
export function programmeNamed(
  region: Region,
  programme: { id: string; key: string | null; name: string },
): { zh: string; en: string } {
  const named = (separator: string) =>
    [programme.key, programme.name].filter(Boolean).join(separator);
  const id = globalId(region, programme.id);
  return { zh: `项目 ${id}（${named('，')}）`, en: `programme ${id} (${named(', ')})` };
}
