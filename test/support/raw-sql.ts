import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

export type SqlResult = { rows: Record<string, unknown>[] } | { error: string };

/**
 * Runs raw SQL statements, one by one, on a database no server is holding: on the PostgreSQL
 * database itself, or on the embedded PGlite directory opened by a separate Node process (PGlite
 * cannot load inside Jest's module sandbox) — the way an administrator with psql or a script would.
 */
export async function rawSql(env: Record<string, string>, statements: string[]): Promise<SqlResult[]> {
  if (!env.DATABASE_URL) {
    const run = spawnSync(process.execPath, [path.join(__dirname, 'raw-sql-runner.mjs')], {
      input: JSON.stringify(statements),
      env: { ...process.env, DATA_DIR: env.DATA_DIR },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`raw SQL runner failed: ${run.stderr}`);
    return JSON.parse(run.stdout);
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    const results: SqlResult[] = [];
    for (const statement of statements) {
      try {
        results.push({ rows: (await client.query(statement)).rows });
      } catch (error) {
        results.push({ error: (error as Error).message });
      }
    }
    return results;
  } finally {
    await client.end();
  }
}
