// `npm start`: builds what is missing or out of date, then runs the server (embedded database,
// demo data unless configured otherwise). A second start with nothing changed does not rebuild.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outputs = ['backend/dist/main.js', 'frontend/dist/index.html'].map((p) => path.join(root, p));
// backend/schema.gql is not among them: it is generated from backend/src, and every development
// start-up rewrites it (NODE_ENV defaults to development), which made every second start build again.
const sources = ['backend/src', 'frontend/src', 'frontend/index.html', 'package-lock.json'];
// Written by the build itself (codegen, after the backend is compiled): counting it made every
// start right after `npm run build` build again.
const generated = new Set(['frontend/src/gql']);

const newest = (p) => {
  const full = path.join(root, p);
  if (generated.has(p) || !fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(full).map((name) => newest(path.join(p, name))));
};

const builtAt = Math.min(...outputs.map((o) => (fs.existsSync(o) ? fs.statSync(o).mtimeMs : 0)));
if (builtAt < Math.max(...sources.map(newest))) {
  console.log('Construction de Mutualis (première fois ou sources modifiées)…');
  // What is built must not depend on the environment the server runs in (NODE_ENV=test would make
  // Vite ship React's development build).
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [path.join(root, 'backend/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
