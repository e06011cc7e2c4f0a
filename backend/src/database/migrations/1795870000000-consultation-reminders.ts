import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a commune's reminder (15 days before its deadline) was claimed: sent once, by one instance. */
export class ConsultationReminders1795870000000 implements MigrationInterface {
  name = 'ConsultationReminders1795870000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE consultation_commune ADD COLUMN reminded_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE consultation_commune DROP COLUMN reminded_at`);
  }
}
