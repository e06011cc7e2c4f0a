import fc from 'fast-check';
import pg from 'pg';
import { Client, errorCode } from '../support/graphql';
import { GOOD_PASSWORD, OPERATOR, SIREN } from '../support/accounts';
import { sharedService } from '../support/actions';
import { appointAdmin, importEpci, member, type Territory } from '../support/fixtures';
import { freshDatabase, runNode, startServer, type FreshDatabase, type TestServer } from '../support/server';

/**
 * The reliability tier (`npm run test:reliability`, run by .ci/run on the PostgreSQL server): two
 * app instances on one database, writers racing on one draft, kill -9 in the middle of freezes,
 * fuzzed mutation inputs, the alias flood and the login race. Each scenario is bounded; the
 * figures are printed at the end.
 */
jest.setTimeout(300_000);
const MANDATE = { first: 2026, last: 2032 };
const figures: Record<string, string | number> = {};

let database: FreshDatabase;
let instances: TestServer[] = [];
let territory: Territory;
let admin: Client & { userId: string };
let drafters: Client[];

const sql = async (text: string, params: unknown[] = []) => {
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
};

const start = () => startServer({ ...database.env, TRUST_PROXY: '1' });

beforeAll(async () => {
  if (!process.env.DATABASE_URL) throw new Error('The reliability tier runs on a PostgreSQL server: set DATABASE_URL (as .ci/run does).');
  database = await freshDatabase('reliability');
  const created = await runNode('cli/user-create.js', ['--operator', '--email', OPERATOR.email, '--name', OPERATOR.name], database.env, `${OPERATOR.password}\n`);
  if (created.code !== 0) throw new Error(created.stderr + created.stdout);
  instances = await Promise.all([start(), start()]);
  const operator = new Client(instances[0]!.url, '10.1.0.1');
  await operator.login(OPERATOR.email, OPERATOR.password);
  territory = await importEpci(operator, SIREN.pontivyCommunaute);
  admin = await appointAdmin(operator, territory.epciId, 'admin@fiabilite.test');
  const first = await member(admin, territory.epciId, 'DRAFTER', 'redaction@fiabilite.test');
  // The same person, signed in on each instance.
  const second = new Client(instances[1]!.url, '10.1.0.2');
  await second.login('redaction@fiabilite.test', GOOD_PASSWORD);
  drafters = [first, second];
});

afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await database?.drop();
  console.log(`Reliability figures:\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
});

async function newDraft(title: string) {
  const { createScheme } = await drafters[0]!.ok(`mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { id revision } }`, {
    input: { epciId: territory.epciId, title, description: '', mandate: MANDATE },
  });
  const four = territory.communes.slice(0, 4).map((c) => ({ insee: c.inseeCode, statusQuoCents: 250_000 }));
  const added = await drafters[0]!.ok(`mutation ($s: ID!, $r: Int!, $input: ActionDefinition!) { addAction(schemeId: $s, expectedRevision: $r, action: $input) { id revision } }`, {
    s: createScheme.id,
    r: createScheme.revision,
    input: sharedService(four, 1_000_000, '20'),
  });
  return added.addAction as { id: string; revision: number };
}

it('loses no update when twenty writers on two instances race on one draft', async () => {
  const draft = await newDraft('Course à l’écriture');
  const UPDATE = `mutation ($id: ID!, $r: Int!, $input: SchemeDetailsInput!) { updateScheme(id: $id, expectedRevision: $r, input: $input) { revision } }`;
  const READ = `query ($id: ID!) { scheme(id: $id) { revision } }`;
  let accepted = 0;
  let conflicts = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: 20 }, async (_, w) => {
      const tab = drafters[w % 2]!;
      for (let attempt = 0; attempt < 5; attempt++) {
        const { scheme } = await tab.ok(READ, { id: draft.id });
        const res = await tab.request(UPDATE, { id: draft.id, r: scheme.revision, input: { title: `Écrit par ${w}.${attempt}`, description: '', mandate: MANDATE } });
        if (errorCode(res) === 'CONFLICT') conflicts++;
        else if (!res.errors) accepted++;
        else throw new Error(JSON.stringify(res.errors));
      }
    }),
  );
  const { scheme } = await drafters[0]!.ok(READ, { id: draft.id });
  const lost = accepted - (scheme.revision - draft.revision);
  Object.assign(figures, { 'writers: accepted updates': accepted, 'writers: conflicts': conflicts, 'writers: lost updates': lost, 'writers: ms': Date.now() - started });
  expect(accepted).toBeGreaterThan(0);
  expect(lost).toBe(0);
});

it('leaves no partial version when an instance is killed with -9 during freezes', async () => {
  // The same draft is frozen again and again: identical versions, confirmed.
  const FREEZE = `mutation ($s: ID!, $r: Int!, $m: String!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: $m, confirmIdentical: true) { id } }`;
  const draft = await newDraft('Gel interrompu');
  let kills = 0;
  for (let round = 0; round < 5; round++) {
    const victim = instances[1]!;
    const tab = new Client(victim.url, '10.1.0.2');
    await tab.login('redaction@fiabilite.test', GOOD_PASSWORD);
    const [{ revision }] = await sql(`SELECT revision FROM scheme WHERE id = $1`, [draft.id]);
    const freezes = Array.from({ length: 3 }, (_, i) => tab.request(FREEZE, { s: draft.id, r: revision, m: `gel ${round}.${i}` }).catch(() => null));
    // From before the first statement to after the commit, a different moment each round.
    await new Promise((r) => setTimeout(r, 50 + round * 400));
    victim.process.kill('SIGKILL');
    kills++;
    await Promise.all(freezes);
    instances[1] = await start();
  }
  drafters[1] = new Client(instances[1]!.url, '10.1.0.2');
  await drafters[1].login('redaction@fiabilite.test', GOOD_PASSWORD);
  const verify = await runNode('cli/version-verify.js', [], database.env);
  const [{ versions, audited }] = await sql(
    `SELECT (SELECT count(*)::int FROM scheme_version WHERE scheme_id = $1) AS versions,
            (SELECT count(*)::int FROM audit_event WHERE action = 'scheme.version.freeze' AND entity_id = ANY (SELECT id::text FROM scheme_version WHERE scheme_id = $1)) AS audited`,
    [draft.id],
  );
  Object.assign(figures, { 'kill -9: kills': kills, 'kill -9: versions kept': versions, 'kill -9: versions without their audit row': versions - audited });
  expect(verify.code).toBe(0);
  expect(audited).toBe(versions);
});

it('answers fuzzed mutation inputs without an internal error, and changes nothing when it refuses', async () => {
  const draft = await newDraft('Entrées aléatoires');
  const tab = drafters[0]!;
  const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\u0000', '\ud800', 'a'.repeat(300), '123456789012345678901234567890'));
  const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(9_007_199_254_740_991, -1, 1e300));
  const mutations = [
    fc.record({ title: text, description: text }).map((input) => ({
      query: `mutation ($id: ID!, $r: Int!, $input: SchemeDetailsInput!) { updateScheme(id: $id, expectedRevision: $r, input: $input) { revision } }`,
      variables: (revision: number) => ({ id: draft.id, r: revision, input: { ...input, mandate: MANDATE } }),
    })),
    fc.record({ label: text, referenceYear: fc.option(number) }).map((input) => ({
      query: `mutation ($e: ID!, $input: UsageMetricInput!) { defineUsageMetric(epciId: $e, input: $input) { id } }`,
      variables: () => ({ e: territory.epciId, input }),
    })),
    fc.record({ yearly: number, percent: text }).map(({ yearly, percent }) => ({
      query: `mutation ($s: ID!, $r: Int!, $input: ActionDefinition!) { addAction(schemeId: $s, expectedRevision: $r, action: $input) { revision } }`,
      variables: (revision: number) => ({ s: draft.id, r: revision, input: sharedService([{ insee: territory.communes[0]!.inseeCode, statusQuoCents: 0 }], yearly, percent) }),
    })),
  ];
  let runs = 0;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(fc.oneof(...mutations), async ({ query, variables }) => {
      runs++;
      const [before] = await sql(`SELECT (SELECT revision FROM scheme WHERE id = $1) AS revision, (SELECT max(chain_seq) FROM audit_event) AS audit`, [draft.id]);
      const res = await tab.request(query, variables(before.revision));
      expect(errorCode(res)).not.toBe('INTERNAL_SERVER_ERROR');
      expect(res.status).toBeLessThan(500);
      if (res.errors) {
        refused++;
        const [after] = await sql(`SELECT (SELECT revision FROM scheme WHERE id = $1) AS revision, (SELECT max(chain_seq) FROM audit_event) AS audit`, [draft.id]);
        expect(after).toEqual(before);
      }
    }),
    { numRuns: 150, interruptAfterTimeLimit: 120_000 },
  );
  Object.assign(figures, { 'fuzzing: inputs': runs, 'fuzzing: refused (database unchanged)': refused });
});

it('refuses the alias flood quickly and keeps serving', async () => {
  const draft = await newDraft('Inondation d’alias');
  const flood = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: scheme(id: "${draft.id}") { costing { summary } }`).join(' ')} }`;
  const started = Date.now();
  const results = await Promise.all(Array.from({ length: 3 }, () => drafters[0]!.request(flood)));
  const ms = Date.now() - started;
  const alive = await drafters[1]!.ok(`{ me { email } }`);
  Object.assign(figures, { 'alias flood: 3 requests refused in ms': ms });
  expect(results.map(errorCode)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
  expect(alive.me.email).toBe('redaction@fiabilite.test');
});

it('checks at most five passwords when forty wrong ones race on two instances', async () => {
  await member(admin, territory.epciId, 'ELECTED', 'course@fiabilite.test');
  const results = await Promise.all(
    Array.from({ length: 40 }, (_, i) => new Client(instances[i % 2]!.url, '10.1.9.9').login('course@fiabilite.test', `essai faux numéro ${i}`)),
  );
  const checked = results.filter((r) => errorCode(r) === 'UNAUTHENTICATED').length;
  Object.assign(figures, { 'login race: password checks for a limit of 5': checked });
  expect(checked).toBe(5);
});

it('runs the app as a role that cannot switch the audit trail’s triggers off', async () => {
  const role = `mutualis_app_${process.pid}`;
  await sql(`CREATE ROLE ${role} LOGIN PASSWORD 'app' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
  const appUrl = new URL(database.env.DATABASE_URL!);
  appUrl.username = role;
  appUrl.password = 'app';
  const server = await startServer({ DATABASE_URL: appUrl.toString(), MIGRATION_DATABASE_URL: database.env.DATABASE_URL! });
  try {
    const tab = new Client(server.url, '10.1.0.3');
    expect(errorCode(await tab.login(OPERATOR.email, OPERATOR.password))).toBeUndefined();
    const app = new pg.Client({ connectionString: appUrl.toString() });
    await app.connect();
    const attempt = (statement: string) => app.query(statement).then(() => 'allowed', (e: Error) => e.message);
    const disable = await attempt(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    const remove = await attempt(`DELETE FROM audit_event`);
    await app.end();
    expect(disable).toMatch(/must be owner/);
    expect(remove).toMatch(/permission denied/);
  } finally {
    await server.stop();
    await sql(`DROP OWNED BY ${role}`);
    await sql(`DROP ROLE ${role}`);
  }
});
