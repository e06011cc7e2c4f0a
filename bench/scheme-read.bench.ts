// Reading a whole draft with its costing over GraphQL as the scheme page does, for the largest EPCI
// (CA du Pays Basque, 158 communes) with 40 actions of every kind, on the embedded engine and on the
// PostgreSQL server: median and p95 latency, SQL statements per request, payload (as JSON, and the
// bytes gzip puts on the wire); one commune's shares with their explanations, as its sheet reads them.
// Then freezing that draft as a version, comparing two versions one changed action apart, and
// `npm start` on that data, timed from outside the process to its first GraphQL answer.
// Run: npm run bench (builds the backend first). The PostgreSQL server is BENCH_DATABASE_URL,
// or postgres://postgres@127.0.0.1:5432/test; it is skipped, saying so, when unreachable.
import http from 'node:http';
import pg from 'pg';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { OPERATOR } from '../test/support/accounts';
import type { Client } from '../test/support/graphql';
import { REPO_ROOT, freshDatabase, runNode, startServer } from '../test/support/server';
import { prepareBenchScheme } from './fixtures/bench-scheme';

const BUDGET = { statements: 4, readMs: 30, readKb: 400, freezeMs: 100, diffMs: 30, startMs: 3000 };
const WARM_UP_READS = 20;
const MEASURED_READS = 100;
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// What the scheme page reads (frontend/src/features/schemes/graphql/schemes.ts, SchemeFields).
const READ = `query ($id: ID!) { scheme(id: $id) { id revision actions { id position definition }
  costing { summary problems { actionId reason message } warnings { actionId reason message } } } }`;
const COMMUNE_SHARES = `query ($id: ID!, $insee: String!) { scheme(id: $id) { costing { shares(insee: $insee) } } }`;

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
      const { drafter, schemeId, revision, firstAction } = await prepareBenchScheme(server.url);
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
      const commune = await communeShares(drafter, schemeId);
      const versions = await freezeAndCompare(drafter, schemeId, revision, firstAction);
      await server.stop();
      const startUp = await startUpTimes(database.env);
      return { engine, median: percentile(durations, 0.5), p95: percentile(durations, 0.95), statements, bytes, wire, problems, commune, versions, startUp };
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

/** Bayonne's shares of every action, with their explanations, as its sheet reads them. */
async function communeShares(drafter: Client, schemeId: string) {
  const durations: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 10 + MEASURED_READS / 2; i++) {
    const start = performance.now();
    const { scheme } = await drafter.ok(COMMUNE_SHARES, { id: schemeId, insee: '64102' });
    if (i >= 10) durations.push(performance.now() - start);
    bytes = JSON.stringify(scheme).length;
  }
  durations.sort((a, b) => a - b);
  return { median: percentile(durations, 0.5), bytes };
}

const STARTS = 3;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * `npm start` on the bench's data (already built), from the moment the command is run to its first
 * GraphQL answer, as seen from outside the process: npm, Node, Nest, the database and migrations.
 */
async function startUpTimes(env: Record<string, string>) {
  const durations: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const port = await freePort();
    const { DATABASE_URL: _parent, ...parentEnv } = process.env;
    const start = performance.now();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: REPO_ROOT,
      env: { ...parentEnv, ...env, PORT: String(port), DEMO: '0', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
    });
    // A start that builds first (sources newer than the build) is not the start-up being measured.
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
        if (output.includes('Construction de Mutualis')) throw new Error('npm start rebuilt the application: run npm run build, then the bench');
        try {
          const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ __typename }' }),
            signal: AbortSignal.timeout(5_000),
          });
          if (response.ok && (await response.json()).data) break;
        } catch {
          /* not listening yet */
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (performance.now() - start > 60_000) throw new Error('npm start did not answer within 60 s');
      }
      durations.push(performance.now() - start);
    } finally {
      // npm, the start script and the server form one process group.
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  }
  durations.sort((a, b) => a - b);
  return { median: percentile(durations, 0.5), max: durations.at(-1)! };
}

const FREEZES = 10;
const DIFFS = 30;
// The same draft is frozen several times: identical versions, confirmed.
const FREEZE = `mutation ($s: ID!, $r: Int!, $m: String!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: $m, confirmIdentical: true) { id } }`;
const MONEY = `before after difference`;
const DIFF = `query ($from: ID!, $to: ID!) { versionDiff(fromId: $from, toId: $to) { scheme { label before after }
  actions { actionId title change fields { label before after } joined left }
  communes { insee name years { year ${MONEY} } mandate { ${MONEY} } } totals { total { ${MONEY} } } } }`;

const DRAFT_DIFF = `query ($s: ID!, $v: ID!) { draftDiff(schemeId: $s, versionId: $v) { actions { actionId change } totals { total { ${MONEY} } } } }`;

/** Freezes the draft several times (median latency), then compares the last two versions around one changed action, and the last but one with the draft. */
async function freezeAndCompare(drafter: Client, schemeId: string, revision: number, firstAction: { id: string; input: unknown }) {
  const freezes: number[] = [];
  let last = '';
  for (let i = 0; i < FREEZES; i++) {
    const start = performance.now();
    last = (await drafter.ok(FREEZE, { s: schemeId, r: revision, m: `Version ${i + 1}` })).freezeVersion.id;
    freezes.push(performance.now() - start);
  }
  const changed = { ...(firstAction.input as Record<string, unknown>), title: 'Service commun 1 (révisé)', allocation: { kind: 'split', epciShare: { kind: 'percent', percent: '40' }, key: { kind: 'equal' } } };
  const updated = await drafter.ok(`mutation ($s: ID!, $a: ID!, $r: Int!, $input: ActionDefinition!) { updateAction(schemeId: $s, actionId: $a, expectedRevision: $r, action: $input) { revision } }`, {
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
    const { versionDiff } = await drafter.ok(DIFF, { from: last, to: next });
    diffs.push(performance.now() - start);
    diffBytes = JSON.stringify(versionDiff).length;
  }
  // The draft now is `next`: comparing `last` with it costs the draft once, as freezing does.
  const draftDiffs: number[] = [];
  for (let i = 0; i < DIFFS; i++) {
    const start = performance.now();
    await drafter.ok(DRAFT_DIFF, { s: schemeId, v: last });
    draftDiffs.push(performance.now() - start);
  }
  freezes.sort((a, b) => a - b);
  diffs.sort((a, b) => a - b);
  draftDiffs.sort((a, b) => a - b);
  return { freezeMedian: percentile(freezes, 0.5), diffMedian: percentile(diffs, 0.5), diffBytes, draftDiffMedian: percentile(draftDiffs, 0.5) };
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

const within = (value: number, budget: number) => (value <= budget ? '✓' : '✗ over budget');

async function main() {
  const runs = [await measure('embedded (PGlite)', undefined)];
  if (await reachable(SERVER_URL)) runs.push(await measure('PostgreSQL server', SERVER_URL));
  else console.log(`PostgreSQL server unreachable at ${SERVER_URL}: skipped.`);
  console.log('GraphQL read of a whole draft with its costing, as the scheme page reads it — CA du Pays Basque, 158 communes, 40 actions, 2026–2032');
  console.table(
    Object.fromEntries(
      runs.map((r) => [
        r.engine,
        {
          'median (ms)': `${r.median.toFixed(1)} (≤ ${BUDGET.readMs}) ${within(r.median, BUDGET.readMs)}`,
          'p95 (ms)': r.p95.toFixed(1),
          'SQL statements': `${r.statements} (≤ ${BUDGET.statements}) ${within(r.statements, BUDGET.statements)}`,
          'payload (KB)': `${(r.bytes / 1024).toFixed(0)} (≤ ${BUDGET.readKb}) ${within(r.bytes / 1024, BUDGET.readKb)}`,
          'on the wire (KB)': `${(r.wire.bytes / 1024).toFixed(0)} (${r.wire.encoding})`,
          'actions held up': r.problems,
        },
      ]),
    ),
  );
  console.log("One commune's shares of every action with their explanations (Bayonne), as its sheet reads them");
  console.table(Object.fromEntries(runs.map((r) => [r.engine, { 'median (ms)': r.commune.median.toFixed(1), 'payload (KB)': (r.commune.bytes / 1024).toFixed(0) }])));
  console.log('Versions — freezing that draft, comparing two versions one changed action apart, and a version with the draft');
  console.table(
    Object.fromEntries(
      runs.map((r) => [
        r.engine,
        {
          'freeze, median (ms)': `${r.versions.freezeMedian.toFixed(1)} (≤ ${BUDGET.freezeMs}) ${within(r.versions.freezeMedian, BUDGET.freezeMs)}`,
          'diff, median (ms)': `${r.versions.diffMedian.toFixed(1)} (≤ ${BUDGET.diffMs}) ${within(r.versions.diffMedian, BUDGET.diffMs)}`,
          'diff payload (KB)': (r.versions.diffBytes / 1024).toFixed(1),
          'draft diff, median (ms)': `${r.versions.draftDiffMedian.toFixed(1)} (≤ ${BUDGET.diffMs}) ${within(r.versions.draftDiffMedian, BUDGET.diffMs)}`,
        },
      ]),
    ),
  );
  console.log(`\`npm start\` on that data (already built) → first GraphQL answer, from outside the process, ${STARTS} starts`);
  console.table(
    Object.fromEntries(
      runs.map((r) => [r.engine, { 'median (ms)': `${r.startUp.median.toFixed(0)} (≤ ${BUDGET.startMs}) ${within(r.startUp.median, BUDGET.startMs)}`, 'max (ms)': r.startUp.max.toFixed(0) }]),
    ),
  );
  const over = runs.filter(
    (r) =>
      r.problems > 0 ||
      r.statements > BUDGET.statements ||
      r.median > BUDGET.readMs ||
      r.bytes / 1024 > BUDGET.readKb ||
      r.versions.freezeMedian > BUDGET.freezeMs ||
      r.versions.diffMedian > BUDGET.diffMs ||
      r.versions.draftDiffMedian > BUDGET.diffMs ||
      r.startUp.median > BUDGET.startMs,
  );
  if (over.length > 0) {
    console.error(`Over budget or incomplete: ${over.map((r) => r.engine).join(', ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
