import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journal reads an EPCI's trail newest first, a page at a time from where the previous page
 * ended (keyset, never OFFSET), optionally one person's changes only: two indexes in exactly that
 * order make each page an index range scan, however long the trail. The first replaces the
 * (epci_id, occurred_at) index, which it covers.
 */
export class AuditJournal1795860000000 implements MigrationInterface {
  name = 'AuditJournal1795860000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX audit_event_journal ON audit_event (epci_id, occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_event_journal_actor ON audit_event (epci_id, actor_user_id, occurred_at DESC, id DESC)`);
    await db.query(`DROP INDEX audit_event_epci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX audit_event_epci ON audit_event (epci_id, occurred_at)`);
    await db.query(`DROP INDEX audit_event_journal_actor, audit_event_journal`);
  }
}
