import type { EntityManager } from 'typeorm';
import type { Institution } from '../entities/Institution.js';
import { startDay } from '../dates.js';
import { isRecordId } from '../record-ids.js';
import { recordName } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import { badInput } from './validation.js';

/**
 * An institution's history (AddInstitutionHistory): a change dated by `effectiveOn`, or a
 * reopening dated by `reopenedOn`, ends the current spell and keeps it in `institution_past_spell`
 * as it was, so that the days before count the institution as it was on them.
 */

/** What a dated change dates: the fields the measures read that change over an institution's life. */
export const datedFields = [
  'kind',
  'grade',
  'city',
  'county',
  'socialWorkSetup',
  'socialWorkSince',
  'serviceFields',
] as const;

const spellColumns = `kind, grade, city, county, social_work_setup, social_work_since, social_work_from,
  service_fields`;

/**
 * Keeps the current spell as a past one, ending on the day before the next spell (a dated change's
 * `effectiveOn`) or on its closing (a reopening's). Run once the row is locked and the change
 * checked, before the row takes its new attributes.
 */
export async function keepCurrentSpell(
  tx: EntityManager,
  id: string,
  end: { nextFrom: string } | { closedOn: string },
): Promise<void> {
  const lastDay = 'nextFrom' in end ? `$2::date - 1` : `$2::date`;
  await tx.query(
    `INSERT INTO institution_past_spell (institution_id, spell_from, spell_until, ended_by_closing, ${spellColumns})
     SELECT id, current_since, ${lastDay}, ${'closedOn' in end}, ${spellColumns} FROM institution WHERE id = $1`,
    [id, 'nextFrom' in end ? end.nextFrom : end.closedOn],
  );
}

/** The last day of an institution's first period, where it has kept one: its founding is not after it. */
export async function firstPeriodEnd(tx: EntityManager, id: string): Promise<string | null> {
  if (!isRecordId(id)) return null;
  const [row] = await tx.query(
    `SELECT min(spell_until)::text AS until FROM institution_past_spell WHERE institution_id = $1`,
    [id],
  );
  return row?.until ?? null;
}

/** A corrected founding that starts after the first period ended, which would then hold no day. */
export function foundingProblems(merged: Institution, firstEnd: string | null) {
  return firstEnd && merged.foundedOn && startDay(merged.foundedOn) > firstEnd
    ? [
        {
          path: 'input.foundedOn',
          message: `must not be after the last day of its first period (${firstEnd})`,
        },
      ]
    : [];
}

/**
 * A founding cleared counts from the day the registry first knew of the institution, which may be
 * after its first period ended: refused, as a founding given after it is (foundingProblems).
 */
export async function assertFirstPeriodHoldsADay(
  tx: EntityManager,
  id: string,
  firstEnd: string,
): Promise<void> {
  const [row] = await tx.query(
    `SELECT founded_from::text AS day FROM institution WHERE id = $1 AND founded_from > $2`,
    [id, firstEnd],
  );
  if (row)
    throw badInput([
      {
        path: 'input.foundedOn',
        message: `must be given, and not after the last day of its first period (${firstEnd}): without it the institution counts from ${row.day}`,
      },
    ]);
}

/** The first day the institution counts, as the measures read it: its founding, or the day it was first known. */
export async function firstDayCounted(tx: EntityManager, id: string): Promise<string | null> {
  const [row] = await tx.query(`SELECT founded_from::text FROM institution WHERE id = $1`, [id]);
  return row?.founded_from ?? null;
}

const doesSocialWork = (setup: string | null | undefined) =>
  setup === 'DEPARTMENT' || setup === 'POSTS';

/** Whether a partial date (`2020`, `2020-05`, `2020-05-01`) ends before a day. */
const endsBefore = (partial: string, day: string) =>
  partial.slice(0, day.length) < day.slice(0, partial.length);

/**
 * The problems of a change dated `effectiveOn`, with the record as it was and as it will be: the
 * day falls within the current spell (after it began, by its closing if closed), and the change
 * changes what it dates. Social work taken up that day starts that day, unless given later.
 */
export function datedChangeProblems(
  was: Institution,
  merged: Institution,
  effectiveOn: string,
  firstDay: string | null,
): { path: string; message: string }[] {
  const began = was.currentSince ?? firstDay;
  if (began && effectiveOn <= began)
    return [
      {
        path: 'effectiveOn',
        message: was.currentSince
          ? `must be after currentSince (${was.currentSince}), the day its current attributes took effect: a change from that day or before is a correction, given without effectiveOn`
          : `must be after the first day the institution counts (${began}): a change from that day or before is a correction, given without effectiveOn`,
      },
    ];
  if (was.closedOn && effectiveOn > was.closedOn)
    return [{ path: 'effectiveOn', message: `must not be after closedOn (${was.closedOn})` }];
  if (datedFields.every((field) => sameValue(was[field], merged[field])))
    return [
      {
        path: 'effectiveOn',
        message: `dates a change of ${datedFields.join(', ')}, and the input changes none of them`,
      },
    ];
  const takenUp = doesSocialWork(merged.socialWorkSetup) && !doesSocialWork(was.socialWorkSetup);
  if (takenUp && merged.socialWorkSince && endsBefore(merged.socialWorkSince, effectiveOn))
    return [
      {
        path: 'input.socialWorkSince',
        message: `must not be before effectiveOn (${effectiveOn}), the day the setup is taken up`,
      },
    ];
  return [];
}

/** A change's fields, given `socialWorkSince` where social work is taken up on the day and no start is given. */
export function withSocialWorkStart(
  was: Institution,
  changes: Partial<Institution>,
  effectiveOn: string,
): Partial<Institution> {
  const setup =
    changes.socialWorkSetup !== undefined ? changes.socialWorkSetup : was.socialWorkSetup;
  const takenUp = doesSocialWork(setup) && !doesSocialWork(was.socialWorkSetup);
  return takenUp && changes.socialWorkSince === undefined
    ? { ...changes, socialWorkSince: effectiveOn }
    : changes;
}

const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A correction of `socialWorkSince` (a change given without `effectiveOn`) reaches the past spells
 * of the same run of social work that had the start corrected (`previousStart`): theirs is the
 * current one's, copied when they ended, and a correction left there would count the department
 * from the day the team has just corrected. A start a dated change gave within the run is another.
 */
export async function correctSocialWorkRun(
  tx: EntityManager,
  id: string,
  previousStart: string | null,
): Promise<void> {
  await tx.query(
    `UPDATE institution_past_spell p SET social_work_since = i.social_work_since,
       social_work_from = i.social_work_from
     FROM institution i
     WHERE i.id = $1 AND p.institution_id = i.id
       AND i.social_work_setup IN ('DEPARTMENT', 'POSTS') AND p.social_work_setup IN ('DEPARTMENT', 'POSTS')
       AND p.spell_until > coalesce((SELECT max(q.spell_until) FROM institution_past_spell q
         WHERE q.institution_id = $1 AND (q.social_work_setup IN ('DEPARTMENT', 'POSTS')) IS NOT TRUE), '-infinity')
       AND p.social_work_since IS NOT DISTINCT FROM $2`,
    [id, previousStart],
  );
}

/** The problems of a reopening dated `reopenedOn`: after the closing it ends. */
export function assertReopenedAfterClosing(was: Institution, reopenedOn: string): void {
  if (was.closedOn && reopenedOn <= was.closedOn)
    throw badInput([
      {
        path: 'reopenedOn',
        message: `must be after closedOn (${was.closedOn}): to withdraw a closing made by mistake, give no reopenedOn`,
      },
    ]);
}

/** The period a withdrawal gives back: the latest kept, and whether the current one began with a reopening. */
interface PeriodKept {
  id: string;
  from: string | null;
  until: string;
  socialWorkFrom: string | null;
  reopening: boolean;
  restored: Partial<Institution>;
}

/** The latest period kept, read before the lock; the version, checked under it, says it still is. */
export async function latestPeriodKept(tx: EntityManager, id: string): Promise<PeriodKept | null> {
  if (!isRecordId(id)) return null;
  const [row] = await tx.query(
    `SELECT p.id::text, p.spell_from::text AS from, p.spell_until::text AS until,
       p.social_work_from::text AS social_work_from, p.ended_by_closing AS reopening,
       p.kind, p.grade, p.city, p.county, p.social_work_setup, p.social_work_since, p.service_fields
     FROM institution_past_spell p WHERE p.institution_id = $1 ORDER BY p.spell_until DESC LIMIT 1`,
    [id],
  );
  if (!row) return null;
  return {
    id: row.id,
    from: row.from,
    until: row.until,
    socialWorkFrom: row.social_work_from,
    reopening: row.reopening,
    restored: {
      kind: row.kind,
      grade: row.grade,
      city: row.city,
      county: row.county,
      socialWorkSetup: row.social_work_setup,
      socialWorkSince: row.social_work_since,
      serviceFields: row.service_fields,
      currentSince: row.from,
      ...(row.reopening ? { status: 'CLOSED' as const, closedOn: row.until } : {}),
    },
  };
}

/**
 * The period given back, as it was: a department of unknown start counts again from the day the
 * registry learned of it, which giving the setup back would otherwise date today (the trigger of
 * InferSocialWorkStarts), and the period is kept no more.
 */
export async function restorePeriod(tx: EntityManager, id: string, kept: PeriodKept) {
  await tx.query(
    `UPDATE institution SET social_work_recorded_on = $2
     WHERE id = $1 AND social_work_since IS NULL AND social_work_setup IN ('DEPARTMENT', 'POSTS')`,
    [id, kept.socialWorkFrom],
  );
  await tx.query(`DELETE FROM institution_past_spell WHERE id = $1`, [kept.id]);
}

/**
 * A worker's first day at an institution (a registration's `startedOn`, a transfer's `on`) is not
 * in a spell it was closed, between a closing and a dated reopening: no worker counts there then.
 */
export async function assertOpenOn(
  tx: EntityManager,
  institutionId: string | null | undefined,
  day: string | null | undefined,
  path: string,
  region: Region,
): Promise<void> {
  if (!institutionId || !day || !isRecordId(institutionId)) return;
  const [gap] = await tx.query(
    `SELECT closed::text, reopened::text FROM (
       SELECT p.spell_until AS closed,
         (SELECT min(start) FROM (SELECT q.spell_from AS start FROM institution_past_spell q
             WHERE q.institution_id = p.institution_id AND q.spell_from > p.spell_until
           UNION ALL SELECT i.current_since FROM institution i
             WHERE i.id = p.institution_id AND i.current_since > p.spell_until) starts) AS reopened
       FROM institution_past_spell p WHERE p.institution_id = $1 AND p.ended_by_closing) gaps
     WHERE closed < $2::date AND reopened > $2::date`,
    [institutionId, day],
  );
  if (gap)
    throw badInput([
      {
        path,
        message: `must not fall while ${recordName('institution', region, institutionId)} was closed, after its closing (${gap.closed}) and before its reopening (${gap.reopened})`,
      },
    ]);
}
