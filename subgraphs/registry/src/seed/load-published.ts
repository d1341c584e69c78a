import type { DataSource, EntityManager } from 'typeorm';
import { readPublishedData, type PublishedData } from './published-data.js';

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
 * Loads a region's published sources, institutions, programmes, figures and targets. Records
 * already in the registry are left as they are: once loaded, a record belongs to the registry and
 * is changed through the API, not by editing a data file. Returns how many rows were new.
 */
export async function loadPublishedData(
  dataSource: DataSource,
  slug: string,
  data: PublishedData = readPublishedData(slug),
) {
  return dataSource.transaction(async (db) => {
    const sources = await insertRows(
      db,
      `INSERT INTO source (id, document, url, title, publisher, reprinted_from, published_on, note)
       SELECT id, document, url, title, publisher, "reprintedFrom", "publishedOn", note
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, document text, url text, title text, publisher text,
         "reprintedFrom" text, "publishedOn" text, note text)
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
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, name text, "nameEn" text, kind text, role text, "serviceFields" jsonb,
         "hostInstitution" text, year int, batch text, "fundingYuan" numeric, "periodStart" text, "periodEnd" text,
         "individualCases" int, "groupSessions" int, "communityServices" int, "groupServicePersonTimes" int,
         "communityServicePersonTimes" int, beneficiaries int, source text, quote text)
       LEFT JOIN institution host ON host.key = r."hostInstitution"
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
    const figures = await insertRows(
      db,
      `INSERT INTO figure (id, indicator, value, unit, as_of, as_of_inferred, period_start, scope, qualifier, qualifier_word,
         kind, scope_program_id, baseline_value, baseline_year, baseline_year_inferred, change_percent, breakdown_dimension,
         breakdown_value, source_id, quote, note)
       SELECT r.id, r.indicator, r.value, r.unit, r."asOf", r."asOfInferred", r."periodStart", r.scope, r.qualifier,
         r."qualifierWord", r.kind, scoped.id, r."baselineValue", r."baselineYear", r."baselineYearInferred",
         r."changePercent", r.breakdown->>'dimension', r.breakdown->>'value', r.source, r.quote, r.note
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, indicator text, value numeric, unit text, "asOf" text,
         "asOfInferred" boolean, "periodStart" text, scope text, qualifier text, "qualifierWord" text, kind text,
         "scopeProgram" text, "baselineValue" numeric, "baselineYear" int, "baselineYearInferred" boolean,
         "changePercent" numeric, breakdown jsonb, source text, quote text, note text)
       LEFT JOIN program scoped ON scoped.key = r."scopeProgram"
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      data.figures,
    );
    // A policy is identified by the article that reports it: every target of one article shares its policy.
    await insertRows(
      db,
      `INSERT INTO policy (id, title, issuers, issued_on)
       SELECT DISTINCT ON (source) source, policy->>'title',
         ARRAY(SELECT jsonb_array_elements_text(policy->'issuers')), policy->>'issuedOn'
       FROM jsonb_to_recordset($1::jsonb) AS r(source text, policy jsonb)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      data.targets,
    );
    const targets = await insertRows(
      db,
      `INSERT INTO target (id, indicator, target_value, unit, target_year, description, milestones, qualifier,
         scope_program_id, scope_kinds, policy_id, source_id, quote)
       SELECT r.id, r.indicator, r."targetValue", r.unit, r."targetYear", r.description, r.milestones, r.qualifier,
         scoped.id,
         CASE WHEN jsonb_typeof(r.scope->'kinds') = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(r.scope->'kinds')) END, r.source, r.source, r.quote
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, indicator text, "targetValue" numeric, unit text,
         "targetYear" int, description text, milestones jsonb, qualifier text, scope jsonb, source text, quote text)
       LEFT JOIN program scoped ON scoped.key = r.scope->>'program'
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      data.targets,
    );
    return {
      sources: sources.length,
      institutions: institutions.length,
      programs: programs.length,
      figures: figures.length,
      targets: targets.length,
    };
  });
}
