// `npm run bench`: runs every bench/*.bench.ts, each printing its figures and comparing them with
// its budget. Exits non-zero if any bench is over budget.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const benches = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).sort();
// Some benches run the compiled server, one the built pages.
const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
// Figures depend on what else the machine is doing: say it.
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(', ');
console.log(`\nLoad average (1, 5, 15 min): ${load()} on ${os.cpus().length} CPUs`);
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench}`);
  const run = spawnSync('npx', ['tsx', path.join('bench', bench)], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
console.log(`\nLoad average (1, 5, 15 min): ${load()}`);
console.log(failed ? `${failed} bench(es) over budget or failing` : 'All benches within budget');
process.exit(failed ? 1 : 0);
