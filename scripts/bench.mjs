// `npm run bench`: runs every bench/*.bench.ts, each printing its figures and comparing them with
// its budget. Exits non-zero if any bench is over budget.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const benches = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).sort();
// Some benches run the compiled server.
const build = spawnSync('npm', ['run', 'build', '-w', 'backend'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench}`);
  const run = spawnSync('npx', ['tsx', path.join('bench', bench)], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
console.log(failed ? `\n${failed} bench(es) over budget or failing` : '\nAll benches within budget');
process.exit(failed ? 1 : 0);
