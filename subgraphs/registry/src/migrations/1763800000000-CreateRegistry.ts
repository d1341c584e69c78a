import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registry schema every region starts from. */
export class CreateRegistry1763800000000 implements MigrationInterface {
  name = 'CreateRegistry1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE source (
        id text PRIMARY KEY,
        document text NOT NULL,
        title text NOT NULL,
        publisher text,
        reprinted_from text,
        published_on text,
        note text
      )`);

    await db.query(`
      CREATE TABLE institution (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key text UNIQUE,
        credit_code char(18) UNIQUE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_en text,
        kind text NOT NULL CHECK (kind IN ('GENERAL_HOSPITAL','SPECIALTY_HOSPITAL','TCM_HOSPITAL','PRIMARY_CARE',
          'PUBLIC_HEALTH','SOCIAL_WORK_AGENCY','SOCIAL_WORK_STATION','COUNTY_GUIDANCE_CENTRE','UNIVERSITY',
          'TRAINING_BASE','GOVERNMENT_BODY','FOUNDATION_OR_ASSOCIATION','SCHOOL','COUNTY','OTHER')),
        grade text CHECK (grade IN ('TERTIARY','SECONDARY','PRIMARY','UNGRADED')),
        city text,
        county text,
        township text,
        social_work_setup text CHECK (social_work_setup IN ('DEPARTMENT','POSTS','NONE')),
        social_work_since text,
        founded_on text,
        service_fields text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','CLOSED')),
        provenance text NOT NULL CHECK (provenance IN ('PUBLISHED','DEMO','REGISTERED')),
        source_id text REFERENCES source (id),
        quote text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT institution_grade_only_medical CHECK (grade IS NULL OR kind IN
          ('GENERAL_HOSPITAL','SPECIALTY_HOSPITAL','TCM_HOSPITAL','PRIMARY_CARE','PUBLIC_HEALTH'))
      )`);
    await db.query(`CREATE INDEX institution_kind_grade_idx ON institution (kind, grade)`);
    await db.query(`CREATE INDEX institution_city_county_idx ON institution (city, county)`);
    await db.query(`CREATE INDEX institution_provenance_idx ON institution (provenance)`);
    await db.query(
      `CREATE INDEX institution_service_fields_idx ON institution USING gin (service_fields)`,
    );

    await db.query(`
      CREATE TABLE social_worker (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key text UNIQUE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        certificate_level text NOT NULL DEFAULT 'NONE'
          CHECK (certificate_level IN ('ASSISTANT','INTERMEDIATE','SENIOR','NONE')),
        certificate_number text UNIQUE,
        institution_id bigint CONSTRAINT social_worker_institution_fk REFERENCES institution (id),
        employment text CHECK (employment IN ('FULL_TIME','PART_TIME','DISPATCHED')),
        recruitment_source text CHECK (recruitment_source IN ('RECRUITMENT','INTERNAL_TRANSFER','PURCHASED_SERVICE')),
        service_fields text[] NOT NULL DEFAULT '{}',
        supervisor_rank text CHECK (supervisor_rank IN ('ASSISTANT_SUPERVISOR','SUPERVISOR','SUPERVISOR_MENTOR')),
        started_on date,
        ended_on date,
        provenance text NOT NULL CHECK (provenance IN ('PUBLISHED','DEMO','REGISTERED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(
      `CREATE INDEX social_worker_institution_idx ON social_worker (institution_id, id)`,
    );
    await db.query(
      `CREATE INDEX social_worker_certificate_level_idx ON social_worker (certificate_level)`,
    );
    await db.query(`CREATE INDEX social_worker_provenance_idx ON social_worker (provenance)`);
    await db.query(
      `CREATE INDEX social_worker_service_fields_idx ON social_worker USING gin (service_fields)`,
    );

    await db.query(`
      CREATE TABLE program (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key text UNIQUE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        name_en text,
        kind text NOT NULL CHECK (kind IN ('DEMONSTRATION','CULTIVATION','RESIDENT_WORKER','DISPATCHED_WORKER',
          'GOVERNMENT_PURCHASED_SERVICE','TALENT_SUPPORT_PLAN','TRAINING_BASE','PILOT','TRAINING','SUBSIDY','OTHER')),
        service_fields text[] NOT NULL DEFAULT '{}',
        host_institution_id bigint CONSTRAINT program_host_institution_fk REFERENCES institution (id),
        year int,
        batch text,
        funding_yuan numeric(16,2) CHECK (funding_yuan >= 0),
        period_start text,
        period_end text,
        individual_cases int CHECK (individual_cases >= 0),
        group_sessions int CHECK (group_sessions >= 0),
        community_services int CHECK (community_services >= 0),
        beneficiaries int CHECK (beneficiaries >= 0),
        provenance text NOT NULL CHECK (provenance IN ('PUBLISHED','DEMO','REGISTERED')),
        source_id text REFERENCES source (id),
        quote text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(
      `CREATE INDEX program_host_institution_idx ON program (host_institution_id, id)`,
    );
    await db.query(`CREATE INDEX program_kind_year_idx ON program (kind, year)`);
    await db.query(`CREATE INDEX program_service_fields_idx ON program USING gin (service_fields)`);

    await db.query(`
      CREATE TABLE figure (
        id text PRIMARY KEY,
        indicator text NOT NULL,
        value numeric NOT NULL,
        unit text NOT NULL,
        as_of text NOT NULL,
        period_start text,
        scope text,
        qualifier text NOT NULL DEFAULT 'EXACT' CHECK (qualifier IN ('EXACT','AT_LEAST','APPROXIMATELY')),
        baseline_value numeric,
        baseline_year int,
        change_percent numeric,
        source_id text NOT NULL REFERENCES source (id),
        quote text NOT NULL,
        note text,
        breakdown_dimension text,
        breakdown_value text,
        provenance text NOT NULL DEFAULT 'PUBLISHED' CHECK (provenance IN ('PUBLISHED','REGISTERED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX figure_indicator_idx ON figure (indicator, as_of)`);

    await db.query(`
      CREATE TABLE policy (
        id text PRIMARY KEY,
        title text NOT NULL,
        issuers text[] NOT NULL DEFAULT '{}',
        issued_on text
      )`);

    await db.query(`
      CREATE TABLE target (
        id text PRIMARY KEY,
        indicator text NOT NULL,
        target_value numeric NOT NULL,
        unit text NOT NULL,
        target_year int NOT NULL CHECK (target_year BETWEEN 2000 AND 2100),
        description text NOT NULL,
        milestones jsonb NOT NULL DEFAULT '[]',
        policy_id text REFERENCES policy (id),
        source_id text REFERENCES source (id),
        quote text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX target_indicator_idx ON target (indicator)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'target',
      'policy',
      'figure',
      'program',
      'social_worker',
      'institution',
      'source',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
