import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group and community services counted in person-times (人次), as the documents publish them and the
 * catalog's GROUP_SERVICE_PERSON_TIMES and COMMUNITY_SERVICE_PERSON_TIMES count them, beside the
 * sessions and activities held: the two are different numbers and neither can stand for the other.
 */
export class AddServicePersonTimes1764200000000 implements MigrationInterface {
  name = 'AddServicePersonTimes1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE program
      ADD COLUMN group_service_person_times int CHECK (group_service_person_times >= 0),
      ADD COLUMN community_service_person_times int CHECK (community_service_person_times >= 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE program DROP COLUMN group_service_person_times, DROP COLUMN community_service_person_times`,
    );
  }
}
