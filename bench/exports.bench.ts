// Office files of the largest EPCI (CA du Pays Basque, 158 communes, 40 actions, 2026–2032), on the
// embedded engine: the allocation workbook and the report of a frozen version, downloaded over HTTP
// as a browser does. Median time to the last byte (budgets: workbook ≤ 1 s, report ≤ 2 s), size,
// the server's peak resident memory, and how long a health check waits while files are generated
// (the server must keep answering other requests). The machine's load average is printed too, and
// the server's CPU time per file, which load inflates less than wall time.
// Run: npm run bench (builds the backend first).
import fs from 'node:fs';
import os from 'node:os';
import { OPERATOR } from '../test/support/accounts';
import type { Client } from '../test/support/graphql';
import { freshDatabase, runNode, startServer } from '../test/support/server';
import { prepareBenchScheme } from './fixtures/bench-scheme';

const BUDGETS_MS = { xlsx: 1000, docx: 2000 } as const;
const WARM_UP = 2;
const MEASURED = 10;

const percentile = (sorted: readonly number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];

/** CPU time the server process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The server's resident memory now and at its peak so far, in MB (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))![1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function timedDownload(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - start, bytes };
}

/** Health checks every 20 ms while `work` runs: the longest wait says whether the event loop was held up. */
async function longestHealthWait(url: string, work: Promise<unknown>): Promise<number> {
  let done = false;
  let longest = 0;
  const probing = (async () => {
    while (!done) {
      const start = performance.now();
      await fetch(`${url}/health`);
      longest = Math.max(longest, performance.now() - start);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await work;
  done = true;
  await probing;
  return longest;
}

async function measure(url: string, pid: number, drafter: Client, versionId: string, format: 'xlsx' | 'docx') {
  const address = `${url}/exports/versions/${versionId}/${format}`;
  const cookie = drafter.sessionCookie!;
  for (let i = 0; i < WARM_UP; i++) await timedDownload(address, cookie);
  const runs: { ms: number; bytes: number }[] = [];
  const cpuBefore = cpuMsOf(pid);
  for (let i = 0; i < MEASURED; i++) runs.push(await timedDownload(address, cookie));
  const cpuPerFile = (cpuMsOf(pid) - cpuBefore) / MEASURED;
  const durations = runs.map((r) => r.ms).sort((a, b) => a - b);
  const healthWait = await longestHealthWait(url, timedDownload(address, cookie));
  return { median: percentile(durations, 0.5), p95: percentile(durations, 0.95), cpuPerFile, bytes: runs[0].bytes, healthWait };
}

async function main() {
  delete process.env.DATABASE_URL;
  const database = await freshDatabase('bench-exports');
  try {
    const created = await runNode('cli/user-create.js', ['--operator', '--email', OPERATOR.email, '--name', OPERATOR.name], database.env, `${OPERATOR.password}\n`);
    if (created.code !== 0) throw new Error(`could not create the operator: ${created.stderr}`);
    const server = await startServer(database.env);
    try {
      const { drafter, schemeId, revision } = await prepareBenchScheme(server.url);
      const { freezeVersion } = await drafter.ok(`mutation ($s: ID!, $r: Int!, $m: String!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: $m) { id } }`, {
        s: schemeId,
        r: revision,
        m: 'Banc d’essai des exports',
      });
      const before = memoryOf(server.process.pid!);
      const pid = server.process.pid!;
      const results = { xlsx: await measure(server.url, pid, drafter, freezeVersion.id, 'xlsx'), docx: await measure(server.url, pid, drafter, freezeVersion.id, 'docx') };
      const after = memoryOf(server.process.pid!);
      console.log('Office files of a version — CA du Pays Basque, 158 communes, 40 actions, 2026–2032 (embedded engine, over HTTP)');
      console.table(
        Object.fromEntries(
          (['xlsx', 'docx'] as const).map((format) => [
            format === 'xlsx' ? 'workbook' : 'report',
            {
              'median (ms)': `${results[format].median.toFixed(0)} (≤ ${BUDGETS_MS[format]})`,
              'p95 (ms)': results[format].p95.toFixed(0),
              'server CPU per file (ms)': results[format].cpuPerFile.toFixed(0),
              'size (KB)': (results[format].bytes / 1024).toFixed(0),
              'longest health check meanwhile (ms)': results[format].healthWait.toFixed(0),
            },
          ]),
        ),
      );
      console.log(`Load average during the run: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`);
      console.log(`Server resident memory: ${before.rss.toFixed(0)} MB before the exports, peak ${after.peak.toFixed(0)} MB (peak before them: ${before.peak.toFixed(0)} MB)`);
      const over = (['xlsx', 'docx'] as const).filter((format) => results[format].median > BUDGETS_MS[format]);
      if (over.length > 0) {
        console.error(`Over budget: ${over.join(', ')}`);
        process.exitCode = 1;
      }
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
