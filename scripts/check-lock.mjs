// Part of `npm run check`: `npm ci` — which CI and the Dockerfile run — must accept the lock file.
// It refuses one that lacks other platforms' optional binaries (« Missing: @swc/core-darwin-arm64
// from lock file »), which a lock regenerated from an existing node_modules can lack; `npm install`
// on a clean clone writes them. npm itself is asked, with --dry-run: nothing is installed or removed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: root, encoding: 'utf8' });
if (run.status !== 0) {
  const missing = `${run.stdout}${run.stderr}`.split('\n').filter((line) => /Missing: |error/.test(line));
  console.error(`package-lock.json: \`npm ci\` would refuse it:\n${missing.join('\n')}`);
  console.error('Regenerate it on a clean clone (git clone …, npm install), then commit package-lock.json.');
  process.exit(1);
}
console.log('package-lock.json: `npm ci` accepts it, with every platform’s optional binaries it requires.');
