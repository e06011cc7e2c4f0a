import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { StartupError } from '../config/config.js';

/**
 * The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) persisted under `dataDir`,
 * served on an ephemeral loopback port so TypeORM talks to it through the ordinary `pg` driver.
 * PGlite is a single session: the socket server accepts one connection and the pool must be one.
 */
export interface EmbeddedDatabase {
  url: string;
  close(): Promise<void>;
}

const LOCK_FILE = 'mutualis.lock';

export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const releaseLock = acquireLock(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(path.join(dataDir, 'pglite'));
  } catch {
    releaseLock();
    throw new StartupError(
      `Le dossier de données ${dataDir} est illisible ou corrompu ; restaurez une sauvegarde ou choisissez un autre DATA_DIR / ` +
        `the data directory is unreadable or corrupt; restore a backup or choose another DATA_DIR`,
    );
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async close() {
      await server.stop();
      await db.close();
      releaseLock();
    },
  };
}

/** Two processes on one PGlite directory would corrupt it: the second one is refused. */
function acquireLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  const holder = readLockHolder(lockPath);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new StartupError(
      `Le dossier de données ${dataDir} est déjà utilisé par un autre processus Mutualis (pid ${holder}) ; arrêtez-le d'abord / ` +
        `the data directory is locked by another Mutualis process (pid ${holder}); stop it first`,
    );
  }
  fs.writeFileSync(lockPath, String(process.pid));
  return () => {
    if (readLockHolder(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
  };
}

function readLockHolder(lockPath: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
