/**
 * The records of the data files as relations of SQL: `jsonb_to_recordset` maps the camelCase keys
 * of a file to typed columns, the figure table's and the source table's, as `r`. The loader inserts
 * from them and the corrections compare with them, so both read a file alike.
 */

/** A data file's sources, as `r`, from the JSON array in `$1`. */
export const SOURCE_RECORDS = `jsonb_to_recordset($1::jsonb) AS r(id text, document text, url text, title text,
  "titleEn" text, "titleConstructed" boolean, "titleCitedIn" text, publisher text, "publisherInferred" boolean, "publisherEn" text, "reprintedFrom" text, "reprintedFromEn" text,
  "readOnReprint" boolean, "publishedOn" text, "publishedOnInferred" boolean, note text)`;

/**
 * A data file's figures, as `r`, from the JSON array in `$1`, with the programme each counts as
 * `scoped` and the institution whose own numbers it gives as `body`.
 */
export const FIGURE_RECORDS = `jsonb_to_recordset($1::jsonb) AS r(id text, indicator text, value numeric, unit text,
  "asOf" text, "asOfInferred" boolean, "periodStart" text, "periodStartInferred" boolean, scope text, qualifier text, "qualifierWord" text,
  "roundedTo" numeric,
  kind text, "scopeProgram" text, "scopeInstitution" text, "baselineValue" numeric, "baselineYear" int, "baselineYearInferred" boolean,
  "changePercent" numeric, breakdown jsonb, source text, quote text, note text)
  LEFT JOIN program scoped ON scoped.key = r."scopeProgram"
  LEFT JOIN institution body ON body.key = r."scopeInstitution"`;

/** Inserts figures under the ids they carry: a file's own, or a correction's (figure-corrections.ts). */
export const INSERT_FIGURES = `INSERT INTO figure (id, indicator, value, unit, as_of, as_of_inferred, period_start,
    period_start_inferred, scope, qualifier, qualifier_word, rounded_to, kind, scope_program_id, scope_institution_id, baseline_value, baseline_year,
    baseline_year_inferred, change_percent, breakdown_dimension, breakdown_value, source_id, quote, note)
  SELECT r.id, r.indicator, r.value, r.unit, r."asOf", r."asOfInferred", r."periodStart", r."periodStartInferred", r.scope, r.qualifier,
    r."qualifierWord", r."roundedTo", r.kind, scoped.id, body.id, r."baselineValue", r."baselineYear", r."baselineYearInferred",
    r."changePercent", r.breakdown->>'dimension', r.breakdown->>'value', r.source, r.quote, r.note
  FROM ${FIGURE_RECORDS}
  ON CONFLICT (id) DO NOTHING RETURNING id`;

/** A data file's targets, as `r`, from the JSON array in `$1`, with the programme each counts as `scoped`. */
export const TARGET_RECORDS = `jsonb_to_recordset($1::jsonb) AS r(id text, indicator text, "targetValue" numeric,
  unit text, "targetYear" int, description text, milestones jsonb, qualifier text, scope jsonb, source text,
  quote text)
  LEFT JOIN program scoped ON scoped.key = r.scope->>'program'`;

/** The institution kinds a target of `r` counts, as the column holds them; null for every kind. */
export const TARGET_KINDS = `CASE WHEN jsonb_typeof(r.scope->'kinds') = 'array'
  THEN ARRAY(SELECT jsonb_array_elements_text(r.scope->'kinds')) END`;

/** A data file's programmes, as `r`, from the JSON array in `$1`, with the institution that hosts each as `host`. */
export const PROGRAM_RECORDS = `jsonb_to_recordset($1::jsonb) AS r(id text, name text, "nameEn" text, kind text,
  role text, "serviceFields" jsonb, parent text, "hostInstitution" text, year int, batch text, "fundingYuan" numeric,
  "periodStart" text, "periodEnd" text, "individualCases" int, "groupSessions" int, "communityServices" int,
  "groupServicePersonTimes" int, "communityServicePersonTimes" int, beneficiaries int, source text, quote text)
  LEFT JOIN institution host ON host.key = r."hostInstitution"`;
