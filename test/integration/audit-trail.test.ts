import { SIREN } from '../support/accounts';
import { rawSql } from '../support/raw-sql';
import { freshDatabase, runNode } from '../support/server';

/** The audit trail is append-only in the database itself, not only in the code: checked with raw SQL. */
it('refuses UPDATE, DELETE and TRUNCATE of audit events, on the engine under test', async () => {
  const database = await freshDatabase('audit');
  try {
    const imported = await runNode('cli/epci-import.js', [SIREN.portesDeRomilly], database.env);
    expect(imported.code).toBe(0);
    const [events, update, remove, truncate, count] = await rawSql(database.env, [
      `SELECT action, actor_label, after->>'siren' AS siren FROM audit_event`,
      `UPDATE audit_event SET action = 'rien'`,
      `DELETE FROM audit_event`,
      `TRUNCATE audit_event`,
      `SELECT count(*)::int AS n FROM audit_event`,
    ]);
    expect(events).toEqual({ rows: [{ action: 'epci.import', actor_label: 'cli:epci-import', siren: SIREN.portesDeRomilly }] });
    expect(update).toEqual({ error: expect.stringMatching(/append-only: UPDATE refused/) });
    expect(remove).toEqual({ error: expect.stringMatching(/append-only: DELETE refused/) });
    expect(truncate).toEqual({ error: expect.stringMatching(/append-only: TRUNCATE refused/) });
    expect(count).toEqual({ rows: [{ n: 1 }] });
  } finally {
    await database.drop();
  }
});
