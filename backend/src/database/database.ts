import { DataSource } from 'typeorm';
import { StatementCountingLogger } from './statement-count.js';
import pg from 'pg';
import { AppConfig, DatabaseEngine, StartupError, engineOf, redactUrl } from '../config/config.js';
import { startEmbeddedDatabase } from './embedded.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export interface Database {
  dataSource: DataSource;
  engine: DatabaseEngine;
  close(): Promise<void>;
}

/** Any number between processes works; it only has to be the same for every Mutualis instance. */
const MIGRATION_LOCK_KEY = 7_246_130_514;

/** Opens the configured engine and brings the schema up to date (migrations run at start-up). */
export async function openDatabase(config: AppConfig): Promise<Database> {
  const engine = engineOf(config);
  const embedded = engine === 'embedded' ? await startEmbeddedDatabase(config.dataDir) : null;
  const url = embedded?.url ?? config.databaseUrl!;
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logger: new StatementCountingLogger(),
    // PGlite serialises everything anyway; a second pooled connection would only be refused.
    extra: { max: engine === 'embedded' ? 1 : 10, connectionTimeoutMillis: 5000 },
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.close();
    throw new StartupError(
      `Base de données injoignable (${redactUrl(url)}) : ${(error as Error).message} / database unreachable`,
    );
  }
  const close = async () => {
    await dataSource.destroy();
    await embedded?.close();
  };
  try {
    if (config.migrationDatabaseUrl) await migrateAsOwner(config.migrationDatabaseUrl, url);
    else await migrate(dataSource, engine, url);
  } catch (error) {
    await close();
    throw error instanceof StartupError
      ? error
      : new StartupError(`Échec des migrations / migrations failed: ${(error as Error).message}`);
  }
  return { dataSource, engine, close };
}

/** Several app instances may start at once on one server: a session advisory lock makes them queue. */
async function migrate(dataSource: DataSource, engine: DatabaseEngine, url: string): Promise<void> {
  if (engine === 'embedded') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.end();
  }
}

/**
 * Migrations through the owner's connection, then the app's role granted what it uses: reading and
 * writing rows, never altering a table (so never switching a trigger off), and only adding to the
 * append-only tables.
 */
async function migrateAsOwner(ownerUrl: string, appUrl: string): Promise<void> {
  const owner = new DataSource({ type: 'postgres', url: ownerUrl, migrations: MIGRATIONS, synchronize: false, installExtensions: false, uuidExtension: 'pgcrypto' });
  await owner.initialize();
  try {
    await migrate(owner, 'server', ownerUrl);
    const appRole = pg.escapeIdentifier(decodeURIComponent(new URL(appUrl).username));
    await owner.query(`GRANT USAGE ON SCHEMA public TO ${appRole}`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole}`);
    await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, scheme_version FROM ${appRole}`);
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole}`);
  } finally {
    await owner.destroy();
  }
}

/** What /health reports about the schema. */
export async function migrationState(dataSource: DataSource) {
  const applied: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id');
  const known = dataSource.migrations.map((m) => m.name ?? m.constructor.name);
  const appliedNames = new Set(applied.map((r) => r.name));
  return {
    applied: applied.length,
    pending: known.filter((name) => !appliedNames.has(name)).length,
    last: applied.at(-1)?.name ?? null,
  };
}
