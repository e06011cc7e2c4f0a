// Reading a whole draft with its costing over GraphQL, for the largest EPCI (CA du Pays Basque,
// 158 communes) with 40 actions of every kind, on the embedded engine and on the PostgreSQL
// server: median and p95 latency, SQL statements per request (budget: constant, ≤ 4), payload
// (as JSON, and the bytes gzip puts on the wire).
// Then freezing that draft as a version, and comparing two versions one changed action apart.
// Run: npm run bench (builds the backend first). The PostgreSQL server is BENCH_DATABASE_URL,
// or postgres://postgres@127.0.0.1:5432/test; it is skipped, saying so, when unreachable.
import http from 'node:http';
import pg from 'pg';
import { OPERATOR } from '../test/support/accounts';
import type { Client } from '../test/support/graphql';
import { freshDatabase, runNode, startServer } from '../test/support/server';
import { prepare } from './fixtures/pays-basque-scheme';

const STATEMENTS_BUDGET = 4;
const WARM_UP_READS = 20;
const MEASURED_READS = 100;
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const READ = `query ($id: ID!) { scheme(id: $id) { id revision actions { id definition } costing { result problems { actionId message } } } }`;

/** Bytes of the response as they travel, compressed, to a browser that accepts gzip. */
function wireBytes(url: string, cookie: string | null, query: string, variables: Record<string, unknown>): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br', ...(cookie ? { cookie } : {}) } },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ bytes, encoding: String(response.headers['content-encoding'] ?? 'none') }));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ query, variables }));
  });
}

const percentile = (sorted: readonly number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];

async function measure(engine: string, databaseUrl: string | undefined) {
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;
  const database = await freshDatabase('bench');
  try {
    const created = await runNode('cli/user-create.js', ['--operator', '--email', OPERATOR.email, '--name', OPERATOR.name], database.env, `${OPERATOR.password}\n`);
    if (created.code !== 0) throw new Error(`could not create the operator: ${created.stderr}`);
    const server = await startServer(database.env);
    try {
      const { drafter, schemeId, revision, firstAction } = await prepare(server.url);
      let statements = 0;
      let bytes = 0;
      let problems = 0;
      const durations: number[] = [];
      for (let i = 0; i < WARM_UP_READS + MEASURED_READS; i++) {
        const start = performance.now();
        const result = await drafter.request(READ, { id: schemeId });
        const elapsed = performance.now() - start;
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        if (i >= WARM_UP_READS) durations.push(elapsed);
        statements = Math.max(statements, result.statements ?? Infinity);
        bytes = JSON.stringify(result.data).length;
        problems = result.data.scheme.costing.problems.length;
      }
      durations.sort((a, b) => a - b);
      const wire = await wireBytes(server.url, drafter.sessionCookie, READ, { id: schemeId });
      const versions = await freezeAndCompare(drafter, schemeId, revision, firstAction);
      return { engine, median: percentile(durations, 0.5), p95: percentile(durations, 0.95), statements, bytes, wire, problems, versions };
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

const FREEZES = 10;
const DIFFS = 30;
const FREEZE = `mutation ($s: ID!, $r: Int!, $m: String!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: $m) { id } }`;

/** Freezes the draft several times (median latency), then compares the last two versions around one changed action. */
async function freezeAndCompare(drafter: Client, schemeId: string, revision: number, firstAction: { id: string; input: unknown }) {
  const freezes: number[] = [];
  let last = '';
  for (let i = 0; i < FREEZES; i++) {
    const start = performance.now();
    last = (await drafter.ok(FREEZE, { s: schemeId, r: revision, m: `Version ${i + 1}` })).freezeVersion.id;
    freezes.push(performance.now() - start);
  }
  const changed = { ...(firstAction.input as Record<string, unknown>), title: 'Service commun 1 (révisé)', allocation: { kind: 'split', epciShare: { kind: 'percent', percent: '40' }, key: { kind: 'equal' } } };
  const updated = await drafter.ok(`mutation ($s: ID!, $a: ID!, $r: Int!, $input: ActionInput!) { updateAction(schemeId: $s, actionId: $a, expectedRevision: $r, input: $input) { revision } }`, {
    s: schemeId,
    a: firstAction.id,
    r: revision,
    input: changed,
  });
  const next = (await drafter.ok(FREEZE, { s: schemeId, r: updated.updateAction.revision, m: 'Une action changée' })).freezeVersion.id;
  const diffs: number[] = [];
  let diffBytes = 0;
  for (let i = 0; i < DIFFS; i++) {
    const start = performance.now();
    const { versionDiff } = await drafter.ok(`query ($from: ID!, $to: ID!) { versionDiff(fromId: $from, toId: $to) }`, { from: last, to: next });
    diffs.push(performance.now() - start);
    diffBytes = JSON.stringify(versionDiff).length;
  }
  freezes.sort((a, b) => a - b);
  diffs.sort((a, b) => a - b);
  return { freezeMedian: percentile(freezes, 0.5), diffMedian: percentile(diffs, 0.5), diffBytes };
}

async function reachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const runs = [await measure('embedded (PGlite)', undefined)];
  if (await reachable(SERVER_URL)) runs.push(await measure('PostgreSQL server', SERVER_URL));
  else console.log(`PostgreSQL server unreachable at ${SERVER_URL}: skipped.`);
  console.log('GraphQL read of a whole draft with its costing — CA du Pays Basque, 158 communes, 40 actions, 2026–2032');
  console.table(
    Object.fromEntries(
      runs.map((r) => [
        r.engine,
        {
          'median (ms)': r.median.toFixed(1),
          'p95 (ms)': r.p95.toFixed(1),
          'SQL statements': `${r.statements} (≤ ${STATEMENTS_BUDGET})`,
          'payload (KB)': (r.bytes / 1024).toFixed(0),
          'on the wire (KB)': `${(r.wire.bytes / 1024).toFixed(0)} (${r.wire.encoding})`,
          'actions held up': r.problems,
        },
      ]),
    ),
  );
  console.log('Versions — freezing that draft, and comparing two versions one changed action apart');
  console.table(
    Object.fromEntries(
      runs.map((r) => [
        r.engine,
        {
          'freeze, median (ms)': r.versions.freezeMedian.toFixed(1),
          'diff, median (ms)': r.versions.diffMedian.toFixed(1),
          'diff payload (KB)': (r.versions.diffBytes / 1024).toFixed(1),
        },
      ]),
    ),
  );
  const over = runs.filter((r) => r.statements > STATEMENTS_BUDGET || r.problems > 0);
  if (over.length > 0) {
    console.error(`Over budget or incomplete: ${over.map((r) => r.engine).join(', ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
