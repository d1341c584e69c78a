import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../../common/bad-user-input.js';
import { isRecordId } from './record-ids.js';

import { MAX_PAGE_SIZE } from '../../../shared/page-size.js';

export { MAX_PAGE_SIZE };

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  /** Called by GraphQL's default resolver only when the client selects it, so the count costs nothing otherwise. */
  totalCount: () => Promise<number>;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** PUBLISHED_ONLY where an anonymous caller's list leaves records out, so that the answer says so. */
  visibility: Visibility;
}

export type Visibility = 'ALL' | 'PUBLISHED_ONLY';

export function checkPageSize(first: number | null | undefined, field = 'first'): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(field, {
      zh: `须在 1 到 ${MAX_PAGE_SIZE} 之间，收到的是 ${size}。`,
      en: `must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`,
    });
  }
  return size;
}

export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const match = /^id:(\d+)$/.exec(decoded);
  if (!match || !isRecordId(match[1]))
    throw badUserInput('after', {
      zh: '不是本接口返回的游标；请传入 pageInfo.endCursor。',
      en: 'is not a cursor returned by this API; pass a pageInfo.endCursor',
    });
  return match[1]!;
}

/**
 * Keyset pagination on the primary key: the page costs the same at row 10 and row 1,000,000,
 * unlike OFFSET.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  { first, after }: PageArgs,
  visibility: Visibility = 'ALL',
): Promise<Connection<T>> {
  const size = checkPageSize(first);
  const alias = query.alias;
  const countQuery = query.clone();
  if (after) query.andWhere(`${alias}.id > :after`, { after: decodeCursor(after) });
  const rows = await query
    .orderBy(`${alias}.id`, 'ASC')
    .limit(size + 1)
    .getMany();
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    totalCount: () => countQuery.getCount(),
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    visibility,
  };
}
