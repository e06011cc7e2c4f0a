// Part of `npm run check`: the lock file must list every optional dependency of every locked
// package (the other platforms' binaries of @swc/core, unrs-resolver, esbuild…), or `npm ci` —
// which CI and the Dockerfile run — refuses it with « Missing: … from lock file ». `npm install`
// on a clean clone writes them; a lock regenerated from an existing node_modules may not.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const packages = lock.packages ?? {};

/** Where Node would find `name` from the package at `from`: its own node_modules, then each parent's. */
function resolves(from, name) {
  for (let dir = from; ; ) {
    if (packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent < 0 ? '' : dir.slice(0, parent);
  }
}

const missing = [];
for (const [location, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!resolves(location, name)) missing.push(`${name} (optional dependency of ${location || 'the root'})`);
  }
}
if (missing.length > 0) {
  console.error(`package-lock.json lacks ${missing.length} optional package(s), so \`npm ci\` would refuse it:\n  ${missing.join('\n  ')}`);
  console.error('Regenerate it on a clean clone: rm -rf node_modules && npm install, then commit package-lock.json.');
  process.exit(1);
}
console.log(`package-lock.json lists every optional dependency of its ${Object.keys(packages).length} packages.`);
