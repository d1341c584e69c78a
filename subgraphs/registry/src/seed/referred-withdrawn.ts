import type { EntityManager } from 'typeorm';
import type { Region } from '../../../regions.js';
import { holdersOf, programmeNamed, referredBy, type Holders } from '../program-holders.js';

/**
 * Withdrawn programmes that standing records still refer to. Neither a withdrawal refuses nor leaves
 * one so, but the files can make one: they load a new figure, target or project for a programme the
 * region's team withdrew (the team's from then on, which the files change no more). Such a record
 * counts what counts nowhere (a target scoped to it measures nothing), so a start says so each time
 * until the team withdraws the record or the files stop giving it.
 */
export interface ReferredWithdrawn {
  id: string;
  key: string | null;
  name: string;
  holders: Holders[];
}

export function referredWithdrawn(db: EntityManager): Promise<ReferredWithdrawn[]> {
  return db.query(
    `SELECT p.id::text AS id, p.key, p.name, h.holders FROM program p,
       LATERAL (SELECT ${holdersOf('p.id')} AS holders) h
     WHERE p.withdrawn_at IS NOT NULL AND h.holders::text <> '[]'
     ORDER BY p.id`,
  );
}

/** The line a start logs while records refer to withdrawn programmes, naming both. Chinese first. */
export function referredWithdrawnLine(held: ReferredWithdrawn[], region: Region): string {
  // Each is held, or it would not be listed.
  const zh = held
    .map((p) => `${programmeNamed(region, p).zh}：${referredBy(p.holders, region)!.zh}`)
    .join('；');
  const en = held
    .map((p) => `${programmeNamed(region, p).en}: ${referredBy(p.holders, region)!.en}`)
    .join('; ');
  return (
    `已撤回的 ${held.length} 个项目仍被有效记录引用，这些记录所计的项目不计入任何测算：${zh}。请撤回这些记录，或核实该项目是否应当撤回。` +
    `${held.length} withdrawn ${held.length === 1 ? 'programme is' : 'programmes are'} still referred to by standing records, which count what counts nowhere: ${en}. Withdraw those records, or check whether the programme should have been withdrawn.`
  );
}
