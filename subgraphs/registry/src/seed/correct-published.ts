import type { EntityManager } from 'typeorm';
import type { PublishedData } from './published-data.js';
import { SOURCE_RECORDS } from './published-rows.js';
import { correctFigures, withdrawFigures } from './figure-corrections.js';
import { PROGRAMS, reviseUntouched, TARGETS } from './team-records.js';
import { withdrawPrograms, type KeptProgram } from './program-withdrawals.js';

/**
 * Corrections of the published data reaching a registry that loaded an earlier reading.
 *
 * The data files are read again against their sentences, and corrected (a date the page does not
 * print, a scope, a figure that never counted what it was recorded as). A regional team's registry
 * loaded them once; without this it would go on serving the old reading, and the national analyst
 * would compare regions read at different times. A figure is never edited, as through the API:
 * - a fact corrected (value, date, period, quote…) records the file's figure as a new one, under the
 *   file's id with `~2`, `~3`… (`sc-certified-social-workers~2`), and withdraws the standing one,
 *   pointing to it, with the fields corrected as its reason;
 * - a figure the files withdraw (`withdrawn-figures.json`) is withdrawn with the files' reason;
 * - an annotation (the words describing its scope, the note, the place a printed figure is rounded
 *   to, whether a date or a baseline year is inferred) is set in place: it is what the reading says
 *   of the figure, not the figure.
 * A figure the team withdrew or corrected through the API is theirs: the files change it no more.
 * A target or a programme is revised in place, as `setTarget` and `updateProgram` revise one, while
 * nobody but the files has changed it (the audit says); once the team has, it is theirs. A programme
 * the files withdraw (`withdrawn-programs.json`) is withdrawn on the same terms, and while nothing
 * refers to it; one kept is returned with what keeps it, for the start to say (program-withdrawals.ts).
 * A source
 * or a policy, the description of a document, is set in place. Every change to a figure, a target
 * or a programme is in the audit, so the change feed shows it (actor `published-data`); sources and
 * policies are not audited records.
 *
 * The files are the reading: a release rolled back brings its older reading back as one more
 * correction (`~3`), and a withdrawal is not undone by taking it out of `withdrawn-figures.json`.
 */

export interface Corrections {
  /** Figures whose facts the files correct: withdrawn, each pointing to its new version. */
  figures: string[];
  /** Figures whose scope wording, note or inferred flags were set in place. */
  annotated: string[];
  /** Figures the files withdraw. */
  withdrawn: string[];
  /** Targets revised in place, by their files' ids. */
  targets: string[];
  /** Programmes revised in place, by their files' ids. */
  programs: string[];
  /** Programmes the files withdraw, by their files' ids. */
  withdrawnPrograms: string[];
  /** Sources whose description was set in place. */
  sources: string[];
  /** Policies whose title, issuers (or their English) or date were set in place. */
  policies: string[];
}

/** Brings the registry's published records to the data files' reading, where its team has not changed them. */
export async function correctPublishedData(
  db: EntityManager,
  data: Pick<
    PublishedData,
    'figures' | 'targets' | 'programs' | 'sources' | 'withdrawnFigures' | 'withdrawnPrograms'
  >,
): Promise<{ corrected: Corrections; keptPrograms: KeptProgram[] }> {
  const figures = await correctFigures(db, data.figures);
  const withdrawn = await withdrawFigures(db, data.withdrawnFigures);
  const targets = await reviseUntouched(db, TARGETS, data.targets);
  const programs = await reviseUntouched(db, PROGRAMS, data.programs);
  // Last: the figures, targets and projects the files moved off a programme no longer hold it.
  const programWithdrawals = await withdrawPrograms(db, data.withdrawnPrograms);
  const corrections: Corrections = {
    ...figures,
    withdrawn,
    targets,
    programs,
    withdrawnPrograms: programWithdrawals.withdrawn,
    sources: [],
    policies: [],
  };
  if (data.targets.length) {
    const [policies]: [{ id: string }[], number] = await db.query(
      `UPDATE policy p SET title = r.policy->>'title', title_en = r.policy->>'titleEn',
         title_constructed = (r.policy->>'titleConstructed')::boolean, title_cited_in = r.policy->>'titleCitedIn',
         issuers = ARRAY(SELECT jsonb_array_elements_text(r.policy->'issuers')),
         issuers_en = ARRAY(SELECT jsonb_array_elements_text(r.policy->'issuersEn')),
         issuer_count = (r.policy->>'issuerCount')::int, issued_on = r.policy->>'issuedOn',
         issued_on_inferred = (r.policy->>'issuedOnInferred')::boolean
       FROM (SELECT DISTINCT ON (source) source, policy FROM jsonb_to_recordset($1::jsonb) AS t(source text, policy jsonb)) r
       WHERE p.id = r.source AND (p.title, p.title_en, p.title_constructed, p.title_cited_in, p.issuers, p.issuers_en,
           p.issuer_count, p.issued_on, p.issued_on_inferred) IS DISTINCT FROM
         (r.policy->>'title', r.policy->>'titleEn', (r.policy->>'titleConstructed')::boolean, r.policy->>'titleCitedIn',
          ARRAY(SELECT jsonb_array_elements_text(r.policy->'issuers')),
          ARRAY(SELECT jsonb_array_elements_text(r.policy->'issuersEn')), (r.policy->>'issuerCount')::int,
          r.policy->>'issuedOn', (r.policy->>'issuedOnInferred')::boolean)
       RETURNING p.id`,
      [JSON.stringify(data.targets)],
    );
    corrections.policies = policies.map((p) => p.id);
  }

  if (data.sources.length) {
    const [updated]: [{ id: string }[], number] = await db.query(
      `UPDATE source s SET document = r.document, url = r.url, title = r.title, title_en = r."titleEn",
         title_constructed = r."titleConstructed", title_cited_in = r."titleCitedIn", publisher = r.publisher,
         publisher_inferred = r."publisherInferred", publisher_en = r."publisherEn", reprinted_from = r."reprintedFrom",
         reprinted_from_en = r."reprintedFromEn", read_on_reprint = r."readOnReprint", published_on = r."publishedOn",
         published_on_inferred = r."publishedOnInferred", note = r.note
       FROM ${SOURCE_RECORDS}
       WHERE s.id = r.id AND (s.document, s.url, s.title, s.title_en, s.title_constructed, s.title_cited_in, s.publisher,
           s.publisher_inferred, s.publisher_en, s.reprinted_from, s.reprinted_from_en, s.read_on_reprint, s.published_on,
           s.published_on_inferred, s.note)
         IS DISTINCT FROM (r.document, r.url, r.title, r."titleEn", r."titleConstructed", r."titleCitedIn", r.publisher,
           r."publisherInferred", r."publisherEn", r."reprintedFrom", r."reprintedFromEn", r."readOnReprint", r."publishedOn",
           r."publishedOnInferred", r.note)
       RETURNING s.id`,
      [JSON.stringify(data.sources)],
    );
    corrections.sources = updated.map((s) => s.id);
    // A record counts from the day its source was published, at the latest: its trigger
    // (record_known_from_source) reads the source's date on a write of the record only, so the
    // records citing a source dated anew are written again, to count from the day a registry
    // seeded now would give them.
    for (const table of ['institution', 'program'])
      await db.query(`UPDATE ${table} SET known_from = known_from WHERE source_id = ANY($1)`, [
        corrections.sources,
      ]);
  }
  return { corrected: corrections, keptPrograms: programWithdrawals.kept };
}
