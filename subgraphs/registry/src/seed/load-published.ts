import type { DataSource, EntityManager } from 'typeorm';
import { correctPublishedData } from './correct-published.js';
import { referredWithdrawn } from './referred-withdrawn.js';
import { readPublishedData, type PublishedData } from './published-data.js';
import {
  INSERT_FIGURES,
  PROGRAM_RECORDS,
  SOURCE_RECORDS,
  TARGET_KINDS,
  TARGET_RECORDS,
} from './published-rows.js';

/**
 * Inserts one JSON array as rows in a single statement. `jsonb_to_recordset` maps the camelCase
 * keys of the data files to typed columns, so no row passes through JavaScript one by one.
 */
async function insertRows(db: EntityManager, sql: string, rows: object[]): Promise<string[]> {
  if (!rows.length) return [];
  const result: { id: string }[] = await db.query(sql, [JSON.stringify(rows)]);
  return Array.isArray(result) ? result.map((row) => row.id) : [];
}

/**
 * Loads a region's published sources, institutions, programmes, figures and targets, new records
 * only; a reading the data files correct reaches a registry that loaded the old one, except where
 * the region's team has changed the record itself (correct-published.ts). Returns how many rows
 * were new, what was corrected, the programmes the files withdraw that the registry keeps, and
 * the withdrawn programmes that standing records still refer to (referred-withdrawn.ts).
 */
export async function loadPublishedData(
  dataSource: DataSource,
  slug: string,
  data: PublishedData = readPublishedData(slug),
) {
  return dataSource.transaction(async (db) => {
    // Replicas of a subgraph start at once: one loads and corrects, the others then find it done.
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('load-published-data'))`);
    const sources = await insertRows(
      db,
      `INSERT INTO source (id, document, url, title, title_en, title_constructed, title_cited_in, publisher,
         publisher_inferred, publisher_en, reprinted_from, reprinted_from_en, read_on_reprint, published_on,
         published_on_inferred, note)
       SELECT id, document, url, title, "titleEn", "titleConstructed", "titleCitedIn", publisher, "publisherInferred", "publisherEn",
         "reprintedFrom", "reprintedFromEn", "readOnReprint", "publishedOn", "publishedOnInferred", note FROM ${SOURCE_RECORDS}
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      data.sources,
    );
    const institutions = await insertRows(
      db,
      `INSERT INTO institution (key, name, name_en, kind, grade, city, county, township, social_work_setup,
         social_work_since, founded_on, service_fields, provenance, source_id, quote)
       SELECT id, name, "nameEn", kind, grade, city, county, township, "socialWorkSetup", "socialWorkSince",
         "foundedOn", ARRAY(SELECT jsonb_array_elements_text("serviceFields")), 'PUBLISHED', source, quote
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, name text, "nameEn" text, kind text, grade text, city text,
         county text, township text, "socialWorkSetup" text, "socialWorkSince" text, "foundedOn" text,
         "serviceFields" jsonb, source text, quote text)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      data.institutions,
    );
    const programs = await insertRows(
      db,
      `INSERT INTO program (key, name, name_en, kind, role, service_fields, host_institution_id, year, batch, funding_yuan,
         period_start, period_end, individual_cases, group_sessions, community_services,
         group_service_person_times, community_service_person_times, beneficiaries, provenance, source_id, quote)
       SELECT r.id, r.name, r."nameEn", r.kind, r.role, ARRAY(SELECT jsonb_array_elements_text(r."serviceFields")),
         host.id, r.year, r.batch, r."fundingYuan", r."periodStart", r."periodEnd", r."individualCases",
         r."groupSessions", r."communityServices", r."groupServicePersonTimes", r."communityServicePersonTimes", r.beneficiaries, 'PUBLISHED', r.source, r.quote
       FROM ${PROGRAM_RECORDS}
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      data.programs,
    );
    // Parents are set once every programme of the file exists; only the rows just written get one.
    await db.query(
      `UPDATE program child SET parent_id = parent.id
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, parent text), program parent
       WHERE child.key = r.id AND parent.key = r.parent AND child.id = ANY($2::bigint[])`,
      [JSON.stringify(data.programs), programs],
    );
    const figures = await insertRows(db, INSERT_FIGURES, data.figures);
    // A policy is identified by the article that reports it: every target of one article shares its policy.
    await insertRows(
      db,
      `INSERT INTO policy (id, title, title_en, title_constructed, title_cited_in, issuers, issuers_en, issuer_count,
         issued_on, issued_on_inferred)
       SELECT DISTINCT ON (source) source, policy->>'title', policy->>'titleEn', (policy->>'titleConstructed')::boolean,
         policy->>'titleCitedIn', ARRAY(SELECT jsonb_array_elements_text(policy->'issuers')),
         ARRAY(SELECT jsonb_array_elements_text(policy->'issuersEn')),
         (policy->>'issuerCount')::int, policy->>'issuedOn', (policy->>'issuedOnInferred')::boolean
       FROM jsonb_to_recordset($1::jsonb) AS r(source text, policy jsonb)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      data.targets,
    );
    const targets = await insertRows(
      db,
      `INSERT INTO target (id, indicator, target_value, unit, target_year, description, milestones, qualifier,
         scope_program_id, scope_kinds, policy_id, source_id, quote)
       SELECT r.id, r.indicator, r."targetValue", r.unit, r."targetYear", r.description, r.milestones, r.qualifier,
         scoped.id, ${TARGET_KINDS}, r.source, r.source, r.quote
       FROM ${TARGET_RECORDS}
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      data.targets,
    );
    const { corrected, keptPrograms } = await correctPublishedData(db, data);
    return {
      referredWithdrawn: await referredWithdrawn(db),
      sources: sources.length,
      institutions: institutions.length,
      programs: programs.length,
      figures: figures.length,
      targets: targets.length,
      corrected,
      keptPrograms,
    };
  });
}
