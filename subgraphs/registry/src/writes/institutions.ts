import type { EntityManager } from 'typeorm';
import { today } from '../dates.js';
import { InstitutionEntity, type Institution } from '../entities/Institution.js';
import { given, insertRecord, updateRecord } from './records.js';
import { closingDate } from './field-schemas.js';
import { institutionInput, institutionRules, placeAndCodeRules } from './institution-input.js';
import { assertRules, badInput, parseArgument, parseRecord } from './validation.js';
import type { Written } from './write.js';
import type { Region } from '../../../regions.js';
import { recordName } from '../global-ids.js';
import { staleEnglishName } from './english-name.js';
import { endPostsAtClosing, restorePostsAtReopening } from './closing-posts.js';
import {
  assertReopenedAfterClosing,
  correctSocialWorkRun,
  datedChangeProblems,
  firstDayCounted,
  firstPeriodEnd,
  assertFirstPeriodHoldsADay,
  foundingProblems,
  keepCurrentSpell,
  withSocialWorkStart,
} from './institution-history.js';

async function assertCreditCodeFree(
  tx: EntityManager,
  region: Region,
  creditCode: string | null | undefined,
  except?: string,
) {
  if (!creditCode) return;
  const [holder] = await tx.query(
    `SELECT id FROM institution WHERE credit_code = $1 AND id <> $2`,
    [creditCode, except ?? '0'],
  );
  if (holder)
    throw badInput([
      {
        path: 'input.creditCode',
        message: `is already the code of ${recordName('institution', region, holder.id)}`,
      },
    ]);
}

/** What names an institution without a credit code: its name and where it is. */
export interface NamedPlace {
  name: string;
  city?: string | null;
  county?: string | null;
  township?: string | null;
}

/** A name and place in NFKC, as they are compared: 社工站(街道) typed at full width is 社工站（街道）. */
const placeParts = (values: NamedPlace) =>
  [values.name, values.city, values.county, values.township].map(
    (part) => part?.normalize('NFKC') ?? null,
  );

/**
 * The advisory locks of names and places: the first key of a two-key lock, which no one-key lock
 * (the published data's) can meet, and the number of second keys a name and place fall among.
 * PostgreSQL keeps every lock a transaction holds in one table shared by all its databases (64 per
 * connection by default), so an import of 15,000 new stations, a lock each, ran out of shared
 * memory; it now holds at most this many, and two names of one lock only wait on each other.
 */
const NAMED_PLACE_LOCK_CLASS = 0x4e50;
const NAMED_PLACE_LOCKS = 256;

/**
 * Locks these names and places until the transaction ends: every write that may register an
 * institution without a credit code (a mutation, an import's new rows) takes the lock of its name
 * and place before it looks for one already there, so that of two at once the second finds the
 * first's. Taken in one order, so that two imports locking many places never wait on each other
 * in a circle.
 */
export async function lockNamedPlaces(tx: EntityManager, places: NamedPlace[]): Promise<void> {
  const keys = [...new Set(places.map((place) => JSON.stringify(placeParts(place))))];
  if (!keys.length) return;
  await tx.query(
    `SELECT pg_advisory_xact_lock($2::int, bucket)
     FROM (SELECT DISTINCT abs(hashtext(key) % $3::int) AS bucket FROM unnest($1::text[]) AS key
           ORDER BY bucket) AS locks`,
    [keys, NAMED_PLACE_LOCK_CLASS, NAMED_PLACE_LOCKS],
  );
}

/**
 * A new institution without a credit code is known by its name and place, as the import knows one
 * (match-records.ts: compared in NFKC, closed ones too): one a record already has is refused,
 * naming it, rather than registered twice, after which neither could be imported by its name; so
 * is an update that renames or moves one onto another's (`except`, itself). Writes of one name and
 * place wait on each other (lockNamedPlaces), so that two at once cannot both pass.
 */
async function assertPlaceFree(
  tx: EntityManager,
  region: Region,
  values: NamedPlace & { creditCode?: string | null },
  except?: string,
) {
  if (values.creditCode) return;
  const place = placeParts(values);
  await lockNamedPlaces(tx, [values]);
  const [holder] = await tx.query(
    `SELECT id FROM institution WHERE credit_code IS NULL AND normalize(name, NFKC) = $1
       AND normalize(city, NFKC) IS NOT DISTINCT FROM $2 AND normalize(county, NFKC) IS NOT DISTINCT FROM $3
       AND normalize(township, NFKC) IS NOT DISTINCT FROM $4 AND id <> $5`,
    [...place, except ?? '0'],
  );
  if (holder)
    throw badInput([
      {
        path: 'input.name',
        message: `is already the name of ${recordName('institution', region, holder.id)} in the same place: update that one (reopen it, if it closed), or tell the new one apart by its name`,
      },
    ]);
}

export async function createInstitution(
  tx: EntityManager,
  input: unknown,
  region: Region,
): Promise<Written<Institution>> {
  const values = parseRecord(institutionInput, input, 'input', (record) =>
    institutionRules(record, region),
  );
  await assertCreditCodeFree(tx, region, values.creditCode);
  await assertPlaceFree(tx, region, values);
  const after = await insertRecord(tx, InstitutionEntity, {
    ...values,
    serviceFields: values.serviceFields ?? [],
    provenance: 'REGISTERED',
  });
  return { entity: 'institution', id: after.id, before: null, after };
}

/**
 * Changes the given fields. With `effectiveOn`, a change of what the measures read over time (its
 * kind, grade, place, social work) takes effect that day, and the days before keep the institution
 * as it was (institution-history.ts); without, it is a correction of the current spell.
 */
export async function updateInstitution(
  tx: EntityManager,
  id: string,
  version: number,
  input: unknown,
  region: Region,
  effectiveOn?: unknown,
): Promise<Written<Institution>> {
  // The fields' rules beside their own problems, at once; the rules over the whole record once it
  // is read.
  const parsed = given(
    parseRecord(institutionInput.partial(), input, 'input', (fields) =>
      placeAndCodeRules(fields, region),
    ),
  ) as Partial<Institution>;
  const dated = effectiveOn == null ? null : parseArgument(closingDate, effectiveOn, 'effectiveOn');
  await assertCreditCodeFree(tx, region, parsed.creditCode, id);
  const name = recordName('Institution', region, id);
  // Read before the lock, to date the change; the version, checked under the lock, says it is
  // still the record read.
  const was = dated ? await tx.getRepository(InstitutionEntity).findOneBy({ id }) : null;
  const changes =
    dated && was ? { ...withSocialWorkStart(was, parsed, dated), currentSince: dated } : parsed;
  const firstDay = dated ? await firstDayCounted(tx, id) : null;
  const firstEnd = 'foundedOn' in parsed ? await firstPeriodEnd(tx, id) : null;
  const { before, after } = await updateRecord(
    tx,
    InstitutionEntity,
    name,
    id,
    version,
    changes,
    (merged, was) => {
      assertRules([...institutionRules(merged, region), ...staleEnglishName(parsed, was)], 'input');
      const problems = [
        ...foundingProblems(merged, firstEnd),
        ...(dated ? datedChangeProblems(was, merged, dated, firstDay) : []),
      ];
      if (problems.length) throw badInput(problems);
    },
    dated ? () => keepCurrentSpell(tx, id, { nextFrom: dated }) : undefined,
  );
  if (firstEnd) await assertFirstPeriodHoldsADay(tx, id, firstEnd);
  if (!dated && before.socialWorkSince !== after.socialWorkSince)
    await correctSocialWorkRun(tx, id, before.socialWorkSince);
  const moved = (['name', 'city', 'county', 'township', 'creditCode'] as const).some(
    (field) => before[field] !== after[field],
  );
  if (moved) await assertPlaceFree(tx, region, after, id);
  return { entity: 'institution', id, before, after };
}

/**
 * Reopens a closed institution. Without `reopenedOn`, the closing is withdrawn as a mistake: it
 * counts through it again, and the posts it ended run on. With it, the institution truly closed and
 * opened again that day: the closed spell is kept, in which neither it nor its workers count.
 */
export async function reopenInstitution(
  tx: EntityManager,
  id: string,
  version: number,
  region: Region,
  reopenedOn?: unknown,
): Promise<Written<Institution>> {
  const dated = reopenedOn == null ? null : parseArgument(closingDate, reopenedOn, 'reopenedOn');
  const { before, after } = await updateRecord(
    tx,
    InstitutionEntity,
    recordName('Institution', region, id),
    id,
    version,
    { status: 'ACTIVE', closedOn: null, ...(dated ? { currentSince: dated } : {}) },
    (_, was) => {
      if (was.status !== 'CLOSED')
        throw badInput([
          { path: 'id', message: `${recordName('institution', region, id)} is not closed` },
        ]);
      if (dated) assertReopenedAfterClosing(was, dated);
    },
    dated ? (was) => keepCurrentSpell(tx, id, { closedOn: was.closedOn! }) : undefined,
  );
  if (dated) return { entity: 'institution', id, before, after };
  const alongside = await restorePostsAtReopening(tx, id, before.closedOn!, region);
  return { entity: 'institution', id, before, after, alongside };
}

/**
 * Closes on the given day (today when none is given): from the day after, the institution counts no
 * more, nor do its social workers, whose posts end on that day.
 */
export async function closeInstitution(
  tx: EntityManager,
  id: string,
  version: number,
  closedOn: unknown,
  region: Region,
): Promise<Written<Institution>> {
  const day = parseArgument(closingDate, closedOn ?? today(), 'closedOn');
  const { before, after } = await updateRecord(
    tx,
    InstitutionEntity,
    recordName('Institution', region, id),
    id,
    version,
    { status: 'CLOSED', closedOn: day },
    (_, was) => {
      if (was.status === 'CLOSED')
        throw badInput([
          { path: 'id', message: `${recordName('institution', region, id)} is already closed` },
        ]);
      // The later of its founding and its start of social work, named by its field: an institution
      // founded in 1982 that began social work in 2020 did not close in 2000, and the message says
      // which of the two dates the closing is before.
      const opened = (['foundedOn', 'socialWorkSince'] as const)
        .filter((field) => was[field] != null)
        .sort((a, b) => (was[a]! < was[b]! ? -1 : 1))
        .at(-1);
      if (opened && day < was[opened]!)
        throw badInput([
          { path: 'closedOn', message: `must not be before ${opened} (${was[opened]})` },
        ]);
      // Its current spell began then (a dated change or reopening): the spells before stay as kept.
      if (was.currentSince && day < was.currentSince)
        throw badInput([
          { path: 'closedOn', message: `must not be before currentSince (${was.currentSince})` },
        ]);
    },
  );
  const alongside = await endPostsAtClosing(tx, id, day, region);
  return { entity: 'institution', id, before, after, alongside };
}
