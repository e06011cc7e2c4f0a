import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters that hold across app instances: GraphQL requests per user per minute, and sign-in
 * attempts per (account, address) pair and per address. One upserted row per key, counted and
 * checked in the same statement, so concurrent requests cannot all slip under a limit.
 */
export class RequestLimits1795800000000 implements MigrationInterface {
  name = 'RequestLimits1795800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE request_budget (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        window_start timestamptz NOT NULL,
        requests integer NOT NULL
      )`);
    await db.query(`
      CREATE TABLE login_attempt_counter (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        attempts integer NOT NULL
      )`);
    // Throttling no longer counts failures in the audit trail.
    await db.query(`DROP INDEX audit_event_login_failure`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX audit_event_login_failure ON audit_event (occurred_at) WHERE action = 'auth.login.failure'`);
    await db.query(`DROP TABLE login_attempt_counter, request_budget`);
  }
}
