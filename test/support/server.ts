import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Starts the compiled Mutualis server as a real process on a fresh database: a new PGlite
 * directory, or — when DATABASE_URL is set — a new database on that PostgreSQL server, dropped
 * afterwards. Tests then speak HTTP to it, as a browser or a client would.
 */
export const REPO_ROOT = path.resolve(__dirname, '../..');
export const MAIN = path.join(REPO_ROOT, 'backend/dist/main.js');

export interface TestServer {
  url: string;
  env: Record<string, string>;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export interface FreshDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** Environment for a new, empty database of the engine under test. */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mutualis-${label}-`));
    return { env: { DATA_DIR: dir }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `mutualis_${label.replace(/\W/g, '_')}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

/** Runs `node backend/dist/<script>` to completion; resolves with its exit code and output. */
export function runNode(script: string, args: string[], env: Record<string, string>, input?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'backend/dist', script), ...args], {
      cwd: REPO_ROOT,
      env: { ...baseEnv(), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(input ?? '');
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function baseEnv(): Record<string, string> {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...(rest as Record<string, string>), NODE_ENV: 'test', LOG_LEVEL: 'warn', DEMO: '0' };
}

/** Starts the server and waits until /health answers. */
export async function startServer(env: Record<string, string>): Promise<TestServer> {
  const port = await freePort();
  const fullEnv = { ...baseEnv(), PORT: String(port), ...env };
  const child = spawn(process.execPath, [MAIN], { cwd: REPO_ROOT, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before answering:\n${output}`))),
  );
  const deadline = Date.now() + 60_000;
  const ready = (async () => {
    while (Date.now() < deadline) {
      try {
        // A server that accepts but never answers (a database stuck in recovery) must not hang the run.
        const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) });
        if (res.ok) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not become healthy in 60 s:\n${output}`);
  })();
  await Promise.race([ready, exited]);
  child.removeAllListeners('exit');
  return {
    url,
    env: fullEnv,
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        // A process killed by a signal has no exit code, only a signal code.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
