import { MigrationInterface, QueryRunner } from 'typeorm';

/** The mail outbox, single-use links (invitations, password resets) and notification preferences. */
export class Mail1795820000000 implements MigrationInterface {
  name = 'Mail1795820000000';

  async up(db: QueryRunner): Promise<void> {
    // A mail is a row written in the transaction of the change that causes it; a worker delivers it
    // after commit. `next_attempt_at` is both the retry backoff and the lease of a worker that has
    // claimed it: a crashed worker's row becomes claimable again once its lease runs out.
    await db.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        epci_id uuid REFERENCES epci (id),
        kind text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await db.query(`CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING'`);
    await db.query(`CREATE INDEX mail_outbox_by_epci ON mail_outbox (epci_id, created_at)`);
    // Invited accounts have no password until their owner chooses one.
    await db.query(`ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL`);
    await db.query(`ALTER TABLE app_user ADD COLUMN notify_reminders boolean NOT NULL DEFAULT true`);
    await db.query(`ALTER TABLE app_user ADD COLUMN notify_opinions boolean NOT NULL DEFAULT true`);
    // Only the SHA-256 of a link's token is stored: a database leak opens no account.
    await db.query(`
      CREATE TABLE user_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
        token_hash char(64) NOT NULL UNIQUE,
        epci_id uuid REFERENCES epci (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX user_token_by_user ON user_token (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE user_token`);
    await db.query(`ALTER TABLE app_user DROP COLUMN notify_opinions, DROP COLUMN notify_reminders`);
    await db.query(`DROP TABLE mail_outbox`);
  }
}
