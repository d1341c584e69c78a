import { forbidden } from '../../../shared/auth.js';
import type { Bilingual } from '../../../shared/bilingual.js';
import type { RegistryContext } from './context.js';
import { regions } from '../../regions.js';

/**
 * Who may see and change what in a region's registry:
 * - anyone, signed in or not: aggregates (measures, counts), figures, targets and PUBLISHED records;
 * - analysts: every record, but social workers' personal data (names, certificate numbers) stays hidden;
 * - the region's editors: everything of their region, and they alone (with admins) may write it;
 * - admins: everything everywhere.
 */

export const isSignedIn = ({ caller }: RegistryContext) => caller.role !== null;

/** Whether the caller may see this record: without a token, published records only. */
export const canSee = (context: RegistryContext, record: { provenance: string }) =>
  isSignedIn(context) || record.provenance === 'PUBLISHED';

/**
 * A record another names by id (a programme's host, a figure's or a target's scope), or null
 * where the caller may not see it: a public record never shows an unpublished one through a link.
 */
export async function linkedRecord<T extends { provenance: string }>(
  context: RegistryContext,
  id: string | null,
  load: (id: string) => Promise<T | null>,
): Promise<T | null> {
  const record = id ? await load(id) : null;
  return record && canSee(context, record) ? record : null;
}

export function readsPersonalData({ caller, region }: RegistryContext): boolean {
  return caller.role === 'admin' || (caller.role === 'editor' && caller.region === region.code);
}

/** Social workers, as a refusal names what it refuses. */
export const socialWorkerRecords: Bilingual = { zh: '社工记录', en: 'Social workers' };

/** Records that are not published (demo or registered ones) need a signed-in caller. */
export function requireSignedIn(context: RegistryContext, what: Bilingual): void {
  if (!isSignedIn(context))
    throw forbidden({
      zh: `${what.zh}须登录后才能读取；不带令牌只能读取已公开的记录、公开数据、目标和测算。`,
      en: `${what.en} are readable when signed in; without a token only published records, figures, targets and measures are.`,
    });
}

export function requireWriter(context: RegistryContext): void {
  const { caller, region } = context;
  if (caller.role === 'admin' || (caller.role === 'editor' && caller.region === region.code))
    return;
  if (caller.role === 'editor') {
    // The caller's region by name where it is one of the federation's (a token may name any code).
    const own = regions.find((r) => r.code === caller.region);
    throw forbidden({
      zh: `${own ? `${own.nameZh}（${own.code}）的` : `${caller.region} 的`}编辑不能写入${region.nameZh}登记库（${region.code}）；未写入任何内容。`,
      en: `An editor of ${own ? `${own.nameEn} (${own.code})` : caller.region} cannot write to the ${region.nameEn} registry (${region.code}); nothing was written.`,
    });
  }
  throw forbidden({
    zh: `写入${region.nameZh}登记库需要 ${region.code} 的编辑令牌或管理员令牌；未写入任何内容。`,
    en: `Writing to the ${region.nameEn} registry needs an editor token for ${region.code} or an admin token; nothing was written.`,
  });
}
