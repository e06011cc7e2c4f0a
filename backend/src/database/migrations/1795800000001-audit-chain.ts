import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tamper evidence for the audit trail: each row carries its place in a chain, the previous row's
 * hash and its own, so a row deleted or altered with the triggers switched off breaks the chain
 * (`npm run audit:verify`). The hash covers every column; timestamps as microseconds since the
 * epoch and jsonb in its canonical text, so the session's time zone or date style never change it.
 */
export class AuditChain1795800000001 implements MigrationInterface {
  name = 'AuditChain1795800000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_event ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash char(64), ADD COLUMN row_hash char(64)`);
    await db.query(`
      CREATE FUNCTION audit_event_digest(e audit_event) RETURNS char(64) LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(json_build_array(
          e.chain_seq, e.prev_hash, e.id, (extract(epoch FROM e.occurred_at) * 1000000)::bigint, e.actor_user_id, e.actor_label,
          e.epci_id, e.action, e.entity_type, e.entity_id, e.before, e.after, e.ip)::text, 'UTF8')), 'hex')
      $$`);
    // The rows written so far, chained in the order they were written.
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await db.query(`
      DO $$
      DECLARE
        r record;
        previous char(64) := NULL;
        seq bigint := 0;
      BEGIN
        FOR r IN SELECT id FROM audit_event ORDER BY id LOOP
          seq := seq + 1;
          UPDATE audit_event SET chain_seq = seq, prev_hash = previous WHERE id = r.id;
          UPDATE audit_event e SET row_hash = audit_event_digest(e) WHERE id = r.id RETURNING row_hash INTO previous;
        END LOOP;
      END $$`);
    await db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    // A transaction-scoped lock makes writers take their turn from the insert to their commit, so
    // each new row links to the last committed one.
    await db.query(`
      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last record;
      BEGIN
        PERFORM pg_advisory_xact_lock(7246130515);
        SELECT chain_seq, row_hash INTO last FROM audit_event ORDER BY chain_seq DESC NULLS LAST LIMIT 1;
        NEW.chain_seq := coalesce(last.chain_seq, 0) + 1;
        NEW.prev_hash := last.row_hash;
        NEW.row_hash := audit_event_digest(NEW);
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`);
    await db.query(`CREATE UNIQUE INDEX audit_event_chain_seq ON audit_event (chain_seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await db.query(`DROP FUNCTION audit_event_chain, audit_event_digest`);
    await db.query(`ALTER TABLE audit_event DROP COLUMN chain_seq, DROP COLUMN prev_hash, DROP COLUMN row_hash`);
  }
}
