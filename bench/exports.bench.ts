// Office files of the largest EPCI (CA du Pays Basque, 158 communes, 40 actions, 2026–2032), on the
// embedded engine: the allocation workbook and the report of a frozen version, downloaded over HTTP
// as a browser does. Median time to the last byte (budgets: workbook ≤ 1 s, report ≤ 2 s), size,
// the server's peak resident memory, and how long a health check waits while files are generated
// (the server must keep answering other requests).
// Run: npm run bench (builds the backend first).
import fs from 'node:fs';
import { OPERATOR } from '../test/support/accounts';
import type { Client } from '../test/support/graphql';
import { freshDatabase, runNode, startServer } from '../test/support/server';
import { prepare } from './fixtures/pays-basque-scheme';

const BUDGETS_MS = { xlsx: 1000, docx: 2000 } as const;
const WARM_UP = 2;
const MEASURED = 10;

const percentile = (sorted: readonly number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];

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

async function measure(url: string, drafter: Client, versionId: string, format: 'xlsx' | 'docx') {
  const address = `${url}/exports/versions/${versionId}/${format}`;
  const cookie = drafter.sessionCookie!;
  for (let i = 0; i < WARM_UP; i++) await timedDownload(address, cookie);
  const runs: { ms: number; bytes: number }[] = [];
  for (let i = 0; i < MEASURED; i++) runs.push(await timedDownload(address, cookie));
  const durations = runs.map((r) => r.ms).sort((a, b) => a - b);
  const healthWait = await longestHealthWait(url, timedDownload(address, cookie));
  return { median: percentile(durations, 0.5), p95: percentile(durations, 0.95), bytes: runs[0].bytes, healthWait };
}

async function main() {
  delete process.env.DATABASE_URL;
  const database = await freshDatabase('bench-exports');
  try {
    const created = await runNode('cli/user-create.js', ['--operator', '--email', OPERATOR.email, '--name', OPERATOR.name], database.env, `${OPERATOR.password}\n`);
    if (created.code !== 0) throw new Error(`could not create the operator: ${created.stderr}`);
    const server = await startServer(database.env);
    try {
      const { drafter, schemeId, revision } = await prepare(server.url);
      const { freezeVersion } = await drafter.ok(`mutation ($s: ID!, $r: Int!, $m: String!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: $m) { id } }`, {
        s: schemeId,
        r: revision,
        m: 'Banc d’essai des exports',
      });
      const before = memoryOf(server.process.pid!);
      const results = { xlsx: await measure(server.url, drafter, freezeVersion.id, 'xlsx'), docx: await measure(server.url, drafter, freezeVersion.id, 'docx') };
      const after = memoryOf(server.process.pid!);
      console.log('Office files of a version — CA du Pays Basque, 158 communes, 40 actions, 2026–2032 (embedded engine, over HTTP)');
      console.table(
        Object.fromEntries(
          (['xlsx', 'docx'] as const).map((format) => [
            format === 'xlsx' ? 'workbook' : 'report',
            {
              'median (ms)': `${results[format].median.toFixed(0)} (≤ ${BUDGETS_MS[format]})`,
              'p95 (ms)': results[format].p95.toFixed(0),
              'size (KB)': (results[format].bytes / 1024).toFixed(0),
              'longest health check meanwhile (ms)': results[format].healthWait.toFixed(0),
            },
          ]),
        ),
      );
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
